# A span over several lines is marked to the end of its first line; non-ASCII columns count characters.
names = {'é': 1}
print(names['é'])
x = ('ü', names['é'] +
     None)
