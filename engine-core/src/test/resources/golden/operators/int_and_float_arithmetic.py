# int and float arithmetic through BINARY_OP, with the long fast path and its overflow
a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
big = 9223372036854775807
print(big + 1, -big - 2, big * big)
print(2 ** 100, 2 ** -1, 10 // 4.0, 7.5 % 2)
print(1.5 + 2, 0.1 + 0.2, 1e300 * 1e10, -0.0)
print(a & b, a | b, a ^ b, ~a, a << 70, a >> 1)
x = 10
x += 5
x -= 1
x *= 2
x //= 3
print(x)
print(-a, +a, not a, not 0)
