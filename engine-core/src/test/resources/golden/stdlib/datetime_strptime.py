# datetime.strptime: directives, 12-hour clock, %z, %j, composites, errors.
from datetime import datetime
tests = [('2024-03-15 14:30:05', '%Y-%m-%d %H:%M:%S'), ('15/03/24', '%d/%m/%y'), ('Mar 5 2024', '%b %d %Y'), ('Friday, March 15, 2024', '%A, %B %d, %Y'),
         ('3:04 PM', '%I:%M %p'), ('12:00 am', '%I:%M %p'), ('2024-03-15T14:30:05.123+0200', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-03-15 14:30Z', '%Y-%m-%d %H:%M%z'),
         ('2024 075', '%Y %j'), ('70', '%y'), ('68', '%y'), ('2024-03-15', '%Y-%m-%d %H'), ('2024-03-15 extra', '%Y-%m-%d'), ('x', '%Q'), ('2024', '%Y%'),
         ('Fri Mar 15 14:30:05 2024', '%c'), ('03/15/24', '%x'), ('2024-02-30', '%Y-%m-%d'), ('  2024   1', '%Y %m'), ('2024-03-15 -05:30', '%Y-%m-%d %z'), ('100%', '%d%%'), ('jUnE 1', '%B %d')]
for s, f in tests:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.strptime(1, '%Y')
except TypeError as e:
    print('TypeError', e)
