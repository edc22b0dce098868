# -*- coding: UTF8 -*-
# mode: ast
x = 'é'
