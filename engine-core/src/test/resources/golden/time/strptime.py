# time.strptime: the C locale's directives, CPython's defaults, week and ISO week arithmetic, and its errors.
import time

cases = [('2024-03-09 07:05:03', '%Y-%m-%d %H:%M:%S'), ('Sat Mar  9 07:05:03 2024', None), ('sat MAR 9 7:5:3 2024', '%a %b %d %H:%M:%S %Y'),
         ('9 March 24', '%d %B %y'), ('1 jan 69', '%d %b %y'), ('31 Dec 68', '%d %b %y'), ('12:30 AM', '%I:%M %p'), ('12:30 pm', '%I:%M %p'), ('1:05 PM', '%I:%M %p'),
         ('7', '%I'), ('2024 100', '%Y %j'), ('2023 1', '%Y %j'), ('29 2', '%d %m'), ('30 1', '%d %m'), ('2024 0 Mon', '%Y %U %a'), ('2024 10 3', '%Y %W %w'),
         ('2024 52 Sunday', '%Y %U %A'), ('2021 0 0', '%Y %W %w'), ('2020 53 5', '%G %V %u'), ('2021 1 1', '%G %V %u'), ('2019 1 Tue', '%G %V %a'),
         ('03/09/24', '%x'), ('23:59:60', '%X'), ('Sat Mar  9 07:05:03 2024', '%c'), ('100%', '%d%%'), ('  5 ', ' %d '), ('5\t\n6', '%d %m'),
         ('2024-03-09T07:05:03+0530', '%Y-%m-%dT%H:%M:%S%z'), ('10 -07:30', '%H %z'), ('10 +01:02:03', '%H %z'), ('10 Z', '%H %z'), ('10 -0000', '%H %z'),
         ('UTC 2024', '%Z %Y'), ('gmt', '%Z'), ('1.5', '%S.%f'), ('2024 7', '%Y %u')]
for text, fmt in cases:
    try:
        t = time.strptime(text) if fmt is None else time.strptime(text, fmt)
        print(repr(text), fmt, t, t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(text), fmt, '->', e)
bad = [('2024-13-01', '%Y-%m-%d'), ('2023-02-29', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'), ('abc', '%Y'), ('2024x', '%Y'), ('2024', '%Y%Q'), ('5', '%'), ('5', '%d%'),
       ('1.', '%d%.'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'), ('10 1', '%V %u'), ('2020 1 1 5', '%G %V %u %j'), ('10 +01:0203', '%H %z'), ('', '%d'),
       ('5 ', '%d'), ('24:00', '%H:%M'), (' 5', '%d')]
for text, fmt in bad:
    try:
        print(repr(text), fmt, time.strptime(text, fmt))
    except ValueError as e:
        print(repr(text), fmt, '->', e)
for args in [(5,), ('5', 5), (), ('a', 'b', 'c')]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
import time
for f in [lambda: time.strptime('5', format='%d')]:
    try: f()
    except TypeError as e: print(e)
