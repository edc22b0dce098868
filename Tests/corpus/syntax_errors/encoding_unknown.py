# xfail: lexer: for a script file CPython reports 'encoding problem: klingon' with no location
# -*- coding: klingon -*-
x = 1
