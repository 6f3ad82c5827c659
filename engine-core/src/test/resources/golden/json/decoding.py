# json.loads/load and JSONDecoder: values, hooks, strictness, bytes input and CPython's error positions.
import json
import json.decoder
from collections import OrderedDict


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.loads('{"a": [1, -2, 3.25, -0.5e2, 1E+2, 2e-3, 0, -0, 10000000000000000000000]}'))
print(json.loads(' \t\r\n[ 1 ,\n 2 ] \n'), json.loads('"\\u00e9\\u20ac\\ud83d\\ude00\\ud83d x\\udc00"') == '\xe9\u20ac\U0001f600\ud83d x\udc00')
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t', json.loads('[NaN, Infinity, -Infinity, true, false, null]'))
print(json.loads('{"b": 1, "a": {"c": [true]}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list), json.loads('{"x": {"y": 1}}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
print(json.loads('[1.5, 2, 3e2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": null}')), json.loads('[1]'.encode('utf-16')), json.loads('"x"'.encode('utf-16-le')),
      json.loads('[2]'.encode('utf-32')), json.loads('{}'.encode('utf-16-be')), json.loads(b'\xef\xbb\xbf[3]'), json.loads('7'.encode('utf-16-le')))
print(json.load(Source('{"from": "file"}')), json.loads('"tab\there"', strict=False) == 'tab\there', json.detect_encoding(b'\x00[\x00]'))
decoder = json.JSONDecoder()
print(decoder.decode('[1, 2]'), decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode('[1] [2]', 4), json.decoder.scanstring('"abc" rest', 1))
print(json.decoder.scanstring('"a\\nb"', 1), json.decoder.scanstring('x"\x01"', 2, False))
err = None
try:
    json.loads('[1,\n 2,\n oops]')
except json.JSONDecodeError as e:
    err = e
print(type(err).__name__, err, err.msg, err.pos, err.lineno, err.colno, err.doc == '[1,\n 2,\n oops]', isinstance(err, ValueError), err.args)
print(json.JSONDecodeError is json.decoder.JSONDecodeError, json.JSONDecodeError('boom', 'ab\ncd', 4).colno)
bad_docs = ['', ' ', '[', ']', '{"a"', '{"a":', '{"a": 1,', '{"a": 1,}', '[1,]', '[,1]', '{,}', '{"a" : 1 "b": 2}', '[1 2]', 'nul', 'True', 'NaNa', '-', '-x', '- 1',
            '.5', '1.', '1.e5', '1e', '1e+', '01', '-01', '0x10', '"abc', '"abc\\', '"\\x"', '"\\u12"', '"\\u12G4"', '"\\ud800\\uZZZZ"', '"a\nb"', '"a\x00"', '\ufeff[]',
            '[1] x', '{"a": 1}}', '1 2', '"\\', '[\n\n  ,]', 'truex', '[1, 2, 3', '{"a": [}', '{1: 2}', "{'a': 1}", '[-]', '[1e1000000]', '  \n  ']
for bad in bad_docs:
    try:
        print(repr(bad), '=', repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
for bad in [None, 5, ['[]']]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    decoder.raw_decode(' 1')
except json.JSONDecodeError as e:
    print('raw_decode:', e)
text = json.dumps({'nested': [{'k': [1.5, 'v', None]}] * 3, 'u': '\u2603'}, indent=2, sort_keys=True)
print(json.loads(text) == {'nested': [{'k': [1.5, 'v', None]}] * 3, 'u': '\u2603'}, json.loads(json.dumps(1e-7)), json.loads(json.dumps(2 ** 70)) == 2 ** 70)
for doc in ['[' * 100000, '{"a":' * 100000, '[' * 500 + ']' * 500]:
    try:
        print(len(str(json.loads(doc))))
    except RecursionError as e:
        print('RecursionError', e)
