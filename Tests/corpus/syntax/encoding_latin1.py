# -*- coding: latin-1 -*-
# mode: ast
x = 'éÿ '
été = 1
