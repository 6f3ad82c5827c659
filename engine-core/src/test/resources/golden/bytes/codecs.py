# str.encode and bytes.decode: codecs, error handlers and the Unicode errors.
texts = ['abc', 'h\xe9llo', '\u20ac5', '\U0001f600', 'a\udc80b', '\ud800']
for t in texts:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-be', 'utf-32-le', 'cp1252']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                    'surrogateescape', 'surrogatepass']:
            try:
                print(enc, err, t.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, err, 'UnicodeEncodeError:', e, e.start, e.end, e.reason)
blobs = [b'abc', b'\xff', b'h\xc3\xa9', b'\xe2\x82', b'\xed\xa0\x80', b'\xff\xfea\x00', b'\x81']
for b in blobs:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32', 'cp1252']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                    'surrogatepass']:
            try:
                print(enc, err, [ord(c) for c in b.decode(enc, err)])
            except UnicodeDecodeError as e:
                print(enc, err, 'UnicodeDecodeError:', e, e.object, e.start, e.end)
print('\xe9'.encode('ascii', 'namereplace'), b'x'.decode(encoding='utf-8', errors='strict'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError', e)
