# if/elif/else, while and for over range, list, tuple and str with break, continue and else
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
for ch in "héllo":
    print(ch, end="|")
print()
for item in [1, "two", 3.0]:
    print(repr(item))
else:
    print("list done")
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in (5, 6):
    for y in range(3):
        if y == 1:
            break
        print(x, y)
n = 5
while n:
    n -= 1
print("n", n)
for k in range(10, 0, -3):
    print(k, end=" ")
print()
