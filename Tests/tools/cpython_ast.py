#!/usr/bin/env python3
"""CPython's side of `swiftpy --ast FILE` / `--ast-positions FILE`:
prints `ast.dump(ast.parse(source, FILE), indent=2)` (source read as bytes); a SyntaxError is
printed as the interpreter prints an uncaught one for a script (no traceback), exit status 1.
"""
import ast
import sys


def main():
    flag, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        e.__traceback__ = None
        sys.excepthook(type(e), e, None)
        sys.exit(1)
    print(ast.dump(tree, indent=2, include_attributes=(flag == "--ast-positions")))


main()
