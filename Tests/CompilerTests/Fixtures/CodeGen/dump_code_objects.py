#!/usr/bin/env python3
"""Prints, as JSON, the facts of every code object CPython 3.11 compiles from the given
files (depth first): qualname, first line, argument counts, varnames, cellvars, freevars,
flags and names. Used by CodeGenCodeObjectTests to compare swiftpy's CodeUnits.

Usage: dump_code_objects.py FILE...
"""
import json
import sys


def walk(code, rows):
    rows.append([code.co_qualname, code.co_firstlineno, code.co_argcount, code.co_posonlyargcount,
                 code.co_kwonlyargcount, list(code.co_varnames), list(code.co_cellvars),
                 list(code.co_freevars), code.co_flags & 0x3FF, list(code.co_names)])
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            walk(c, rows)
    return rows


out = {}
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        out[path] = walk(compile(f.read(), path, "exec"), [])
json.dump(out, sys.stdout)
