#!/usr/bin/env python3
"""Compares `swiftpy --ast FILE` with CPython 3.11's `ast.dump(ast.parse(source, FILE), indent=2)`
for every file of CPython's standard library (minus test/, lib2to3/, site-packages/ and files
CPython cannot parse), in parallel. Prints `N passed, N failed` and the failing files.

Usage: Tests/tools/compare_stdlib_ast.py [--swiftpy PATH] [--positions] [--diff] [-j N] [--only SUBSTR]
  --positions  compare with include_attributes=True (`swiftpy --ast-positions`)
  --diff       print a (shortened) diff for each failure
"""
import argparse
import ast
import concurrent.futures
import difflib
import os
import subprocess
import sys
import time
import warnings

import stdlib_files

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def cpython_dump(path_and_source, positions):
    path, source = path_and_source
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source, path)
    return ast.dump(tree, indent=2, include_attributes=positions) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--swiftpy", default=os.path.join(ROOT, ".build", "release", "swiftpy"))
    ap.add_argument("--positions", action="store_true")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--only", help="compare only paths containing this substring")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("compare_stdlib_ast.py: must run under CPython 3.11")
    if not os.path.exists(args.swiftpy):
        sys.exit("compare_stdlib_ast.py: no swiftpy at %s (swift build -c release, or --swiftpy)" % args.swiftpy)

    start = time.time()
    files = stdlib_files.stdlib_files()
    if args.only:
        files = [f for f in files if args.only in f[0]]
    flag = "--ast-positions" if args.positions else "--ast"
    root = stdlib_files.stdlib_dir()

    def check(item):
        path, _ = item
        expected = cpython_dump(item, args.positions)
        try:
            proc = subprocess.run([args.swiftpy, flag, path], capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            return path, "timed out", None
        if proc.returncode != 0:
            what = "killed by signal %d" % -proc.returncode if proc.returncode < 0 else "exit status %d" % proc.returncode
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            return path, "%s: %s" % (what, last[0]), None
        got = proc.stdout.decode("utf-8", "replace")
        if got != expected:
            return path, "AST differs", (expected, got)
        return path, None, None

    passed, failures = 0, []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, problem, texts in pool.map(check, files):
            if problem is None:
                passed += 1
                continue
            failures.append(path)
            print("FAIL %s: %s" % (os.path.relpath(path, root), problem))
            if args.diff and texts:
                lines = list(difflib.unified_diff(texts[0].splitlines(), texts[1].splitlines(),
                                                  "cpython", "swiftpy", n=2, lineterm=""))
                for line in lines[:40]:
                    print("    " + line)
                if len(lines) > 40:
                    print("    ... (%d more diff lines)" % (len(lines) - 40))
    print("%d passed, %d failed (%d files, %s, %.1fs)" % (passed, len(failures), len(files),
                                                          "with positions" if args.positions else "without positions",
                                                          time.time() - start))
    sys.exit(1 if failures else 0)


main()
