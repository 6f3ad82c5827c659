# sys.version_info, float_info, int_info, hash_info and flags are struct sequences (tuples
# with named fields); sys.intern, getdefaultencoding and the host facts.
import sys
print(sys.version_info)
print(type(sys.version_info), isinstance(sys.version_info, tuple), sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.version_info.major, sys.version_info.releaselevel, len(sys.version_info), tuple(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, rest, hash(sys.version_info) == hash(tuple(sys.version_info)))
print(sys.float_info)
print(sys.int_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag, sys.hash_info.width)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, sys.flags.verbose)
print(sys.implementation.name in ('cpython', 'krait'), sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.byteorder, sys.platform, isinstance(sys.executable, str), sys.getdefaultencoding())
a = sys.intern("".join(["ab", "cd"]))
b = sys.intern("abcd")
print(a is b, a)
for f in (lambda: sys.intern(1), lambda: sys.intern(), lambda: sys.getdefaultencoding(1), lambda: sys.intern(s='a')):
    try: f()
    except TypeError as e: print(e)
class S(str): pass
try: sys.intern(S('a'))
except TypeError as e: print(e)
print(sys.float_repr_style)
