# string.Template, keyword, typing reprs, operator reprs and the bundled modules' file names.
import string, keyword, typing, operator
from string import Template
t = Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='tea'), t.substitute({'who': 'a'}, what='b'), t.safe_substitute(who='x'))
for bad in ['$who $', 'ok ${x', '$1']:
    try:
        Template(bad).substitute(who=1)
    except ValueError as e:
        print('ValueError', e)
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None, str], Union[int])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Any, TypeVar('T'), typing.cast(int, 'x'))
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(operator.itemgetter(1, 'a'), operator.attrgetter('x.y'), operator.methodcaller('m', 1, k=2))
print(operator.attrgetter('real', 'imag')(3 + 4j), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
for m in (string, keyword, typing):
    print(m.__name__, m.__file__ == m.__spec__.origin)
