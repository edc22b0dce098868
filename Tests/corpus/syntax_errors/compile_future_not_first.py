# xfail: compile-time error (symtable/compiler), not the parser's
x = 1
from __future__ import annotations
