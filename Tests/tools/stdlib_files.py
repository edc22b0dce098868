"""The CPython 3.11 standard-library files the front end is measured on: every `.py` file of
the stdlib directory except `test/`, `lib2to3/` and `site-packages/`, and except files CPython
itself cannot parse. Shared by compare_stdlib_ast.py and Benchmarks/parse_stdlib.py.
"""
import ast
import os
import sysconfig
import warnings

EXCLUDED_TOP_DIRS = {"test", "lib2to3", "site-packages"}


def stdlib_dir():
    return sysconfig.get_paths()["stdlib"]


def stdlib_files():
    """(path, source bytes) of every file in the measured set, sorted by path."""
    root = stdlib_dir()
    result = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        if rel == ".":
            dirnames[:] = [d for d in dirnames if d not in EXCLUDED_TOP_DIRS]
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                source = f.read()
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    ast.parse(source, path)
            except (SyntaxError, ValueError):
                continue  # CPython cannot parse it either
            result.append((path, source))
    return result
