# mode: ast
import a
import a.b.c
import a.b.c as d
import a, b as c, d.e as f
import os.path
