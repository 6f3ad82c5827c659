# dir() goes through __dir__: object.__dir__ (instance dict, then the class and its bases),
# type.__dir__ (the class and its bases, not the metaclass), a class's own __dir__, modules.
import sys
class Meta(type):
    meta_attr = 1
class Base(metaclass=Meta):
    base_attr = 1
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
c = Child()
print([n for n in dir(c) if not n.startswith('__')], [n for n in dir(Child) if not n.startswith('__')])
print(sorted(n for n in object.__dir__(c) if not n.startswith('__')))
print(sorted(n for n in type.__dir__(Child) if not n.startswith('__')), 'meta_attr' in dir(Child))
print('__dict__' in dir(c), '__class__' in dir(c), '__init_subclass__' in dir(Child), 'mro' in dir(Child), 'mro' in dir(Meta))
class Custom:
    def __dir__(self):
        return ('zeta', 'alpha', 'alpha')
print(dir(Custom()))
print('argv' in dir(sys), 'argv' in sys.__dict__, sys.__dict__ is vars(sys))
print(object.__subclasshook__(1), Child.__subclasshook__(), object.__doc__.splitlines()[0])
class NotIter:
    def __dir__(self):
        return 5
try:
    dir(NotIter())
except TypeError as e:
    print(e)
