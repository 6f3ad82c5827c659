# slicing lists, tuples and str; slice assignment and deletion
l = list(range(10))
print(l[2:5], l[::2], l[::-1], l[-3:], l[:-7], l[8:2:-2], l[100:], "héllo"[1:4], "abc"[::-1], (1, 2, 3)[1:])
l[2:5] = ["x"]
print(l)
del l[:3]
print(l)
