import sys
n = sys.stdout.write("abc\n")
print(n)
print("warn", 1, file=sys.stderr)
sys.stderr.write("direct\n")
print(sys.stdout, sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
