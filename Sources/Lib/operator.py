# swiftpy's `operator`: the functions and callable getters of the native `_operator` module
# (Sources/PyModules/Operator), plus the dunder-named aliases CPython's module provides.

from _operator import *
from _operator import __doc__

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# `__add__` for `add` and so on; a few dunders differ from the plain names.
_g = globals()
for _name in ('abs', 'add', 'call', 'concat', 'contains', 'delitem', 'eq', 'floordiv', 'ge',
              'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
              'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'isub',
              'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne', 'neg',
              'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'xor'):
    _g['__' + _name + '__'] = _g[_name]
__and__ = and_
__or__ = or_
__not__ = not_
del _g, _name
