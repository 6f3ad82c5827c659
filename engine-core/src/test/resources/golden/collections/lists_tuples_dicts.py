# list, tuple and dict displays, indexing, methods and iteration
nums = [3, 1, 4, 1, 5]
nums.append(9)
nums.extend((2, 6))
nums.insert(0, 0)
print(nums, len(nums), nums[0], nums[-1], nums.index(4), nums.count(1))
print(nums.pop(), nums.pop(0), nums)
nums[1] = 100
del nums[2]
print(nums, 100 in nums, [1, 2] + [3], [0] * 3, [] == [], [1] < [1, 0])
t = (1, "a", 2.5, None)
print(t, t[1], len(t), (1,), (), t == (1, "a", 2.5, None))
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1] if False else [1, 2]
print(first, rest)
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, d["two"], len(d), "one" in d, d.get("four"), d.get("four", 4))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "=", value)
print(list(d.keys()), list(d.values()), d.keys(), d.items())
print(d.pop("one"), d, d.setdefault("z", 26), d)
del d["two"]
print(d, dict(a=1, b=2), dict([("x", 1)]), list("abc"), tuple([1, 2]))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    nums[99]
except IndexError as e:
    print("IndexError", e)
merged = {**d, "extra": 1}
print(merged, [*t, *"xy"], (*range(3),))
