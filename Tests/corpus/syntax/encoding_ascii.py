# coding: ascii
# mode: ast
x = 'plain'
