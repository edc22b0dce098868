# coding: cp1252
# mode: ast
x = '€ “quoted” …'
