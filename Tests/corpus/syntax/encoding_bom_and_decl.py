# coding: utf-8
# mode: ast
x = '€'
