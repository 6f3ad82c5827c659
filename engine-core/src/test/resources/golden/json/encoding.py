# json.dumps/dump and JSONEncoder: every option, subclasses of the basic types, escapes and errors.
import json
import json.encoder


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


print(json.dumps({'a': [1, 2.5, None, True, False, 'x']}), json.dumps([[], {}, [[]], {'': {}}]))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': [3, {'k': 1, 'j': 2}]}}, sort_keys=True, indent=3))
print(json.dumps([1, {'a': []}], indent=''), json.dumps({'a': {}}, indent=-1), json.dumps([1], indent='--'))
print(json.dumps({'a': 1, 'b': 2}, separators=(';', '=')), json.dumps({'a': [1, 2]}, indent=2, separators=(' ,', ' : ')))
print(json.dumps('\x00\x1f\x7f\x80\u2028\ud800\U0001f600"\\\b\f\n\r\t/'), json.dumps('\x00\x7f\xe9\u2028\U0001f600"', ensure_ascii=False))
print(json.dumps([0.1, 1e22, 1e-5, 123456789.125, -1e-320, 5e-324, 1.7976931348623157e308, 2 ** 64, -2 ** 100, 0, -0]))
print(json.dumps({0.5: 1, 1e100: 2, float('nan'): 3, float('inf'): 4, False: 5, 10 ** 20: 6}))
print(json.dumps({'a': 1, (1,): 2, 'c': 3}, skipkeys=True), json.dumps({(1,): 2}, skipkeys=True, indent=2))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(k=MyList())]), json.dumps({MyInt(3): 1, MyFloat(0.5): 2}))
print(json.dumps(range(3), default=list), json.dumps({1, 2}, default=sorted), json.dumps(b'x', default=lambda b: b.decode()))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), {'p': Point(3, 4)}], cls=PointEncoder), PointEncoder(indent=1).encode(Point(0, 0)))
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': [1, 2], 'a': 'x'}), enc.encode('plain'), list(enc.iterencode({'k': [1]}))[:1] != [], ''.join(enc.iterencode([1, {'a': None}])))
print(enc.item_separator, enc.key_separator, enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan, enc.sort_keys, enc.indent)
print(json.encoder.encode_basestring('a"\n\xe9'), json.encoder.encode_basestring_ascii('a"\n\xe9\U0001f600'), json.encoder.INFINITY)
sink = Sink()
json.dump({'list': [1, 2], 'n': None}, sink, indent=1)
print(repr(''.join(sink.parts)), len(sink.parts) > 1)
sink = Sink()
json.dump('text', sink)
print(sink.parts)
loop = []
loop.append(loop)
cycle = {}
cycle['self'] = [cycle]
shared = [1]
print(json.dumps([shared, shared, {'a': shared}]), json.dumps([loop], check_circular=False, default=str) if False else 'skip')
for args, kwargs in [(([float('nan')],), {'allow_nan': False}), (([float('inf')],), {'allow_nan': False, 'indent': 1}),
                     (({float('-inf'): 1},), {'allow_nan': False}), (({(1, 2): 3},), {}), (({(1, 2): 3},), {'indent': 2}),
                     ((loop,), {}), ((cycle,), {}), ((loop,), {'indent': 1}), ((object(),), {}), ((Point(1, 2),), {}),
                     ((object(),), {'default': lambda o: o}), (({1, 2},), {'indent': 4}), ((1j,), {}), ((b'bytes',), {}),
                     (({'a': 1, 1: 2},), {'sort_keys': True}), (([1],), {'separators': (',',)}), (([1],), {'bogus': 1})]:
    try:
        print(json.dumps(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
chunked = json.JSONEncoder(allow_nan=False, sort_keys=True, indent=1)
for value in [[float('nan')], {'b': [1, {'z': 2, 'y': 'é'}], 'a': (None, True)}, loop, {(1,): 2}, object()]:
    try:
        print(repr(''.join(chunked.iterencode(value))))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sink = Sink()
json.dump({'b': [1.5, 'x'], 'a': {}}, sink, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
print(''.join(sink.parts))
deep = []
for i in range(5000):
    deep = [deep]
for kwargs in [{}, {'indent': 1}]:
    try:
        json.dumps(deep, **kwargs)
    except RecursionError:
        print('RecursionError')
