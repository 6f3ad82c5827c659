# json's pure-Python scanner and string functions (json.scanner.py_make_scanner, json.decoder.py_scanstring,
# json.encoder.py_encode_basestring*) give the same values and errors as the accelerated ones.
import json
import json.decoder
import json.encoder
import json.scanner

decoder = json.JSONDecoder(object_pairs_hook=list, parse_float=str)
decoder.scan_once = json.scanner.py_make_scanner(decoder)
plain = json.JSONDecoder()
plain.scan_once = json.scanner.py_make_scanner(plain)
docs = ['{"a": [1, 2.5, -3e2, true, false, null, NaN, -Infinity], "b": {"c": "\\u00e9\\ud83d\\ude00"}}', '[]', '{}', ' "x" ', '-0', '[[[[1]]]]']
for doc in docs:
    print(decoder.decode(doc), plain.decode(doc))
bad_docs = ['', '[', '{"a"', '{"a":', '{"a": 1,', '[1,]', '{"a" : 1 "b": 2}', '[1 2]', 'nul', '-', '01', '"abc', '"\\x"', '"\\u12G4"', '[1] x', '{1: 2}']
for bad in bad_docs:
    for d in (plain, json.JSONDecoder()):
        try:
            d.decode(bad)
        except json.JSONDecodeError as e:
            print(repr(bad), '->', e)
print(json.decoder.py_scanstring('"a\\tb\\u0041" tail', 1), json.decoder.scanstring('"a\\tb\\u0041" tail', 1))
print(json.encoder.py_encode_basestring('é"\n'), json.encoder.py_encode_basestring_ascii('é"\n\U0001f600'), json.encoder.encode_basestring_ascii('é"\n\U0001f600'))
