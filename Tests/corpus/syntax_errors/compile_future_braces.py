# xfail: compile-time error (symtable/compiler), not the parser's
from __future__ import braces
