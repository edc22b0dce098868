#!/usr/bin/env python3
"""Runs corpus tests with swiftpy and compares with the expected files (a development
convenience; `swift test` runs the same through Tests/DifferentialTests).

Usage: Tests/tools/run_corpus.py [--swiftpy PATH] [-q] [paths...]   (default: the whole corpus)
Prints each failure with a diff, then `N passed, N failed` (and expected failures).
"""
import argparse
import concurrent.futures
import os
import sys

import corpus

ROOT = os.path.normpath(os.path.join(corpus.TOOLS_DIR, "..", ".."))


def default_swiftpy():
    """The most recently built of .build/release/swiftpy and .build/debug/swiftpy."""
    paths = [os.path.join(ROOT, ".build", config, "swiftpy") for config in ("release", "debug")]
    paths = [p for p in paths if os.path.exists(p)]
    if not paths:
        sys.exit("run_corpus.py: no built swiftpy; run `swift build` or pass --swiftpy")
    return max(paths, key=os.path.getmtime)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--swiftpy", help="the swiftpy binary (default: the newer of .build/release and .build/debug)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-q", "--quiet", action="store_true", help="names of failures only, no diffs")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    swiftpy = os.path.abspath(args.swiftpy or default_swiftpy())

    tests = corpus.find_tests(args.paths)

    def check(test):
        status, out, err = test.run(swiftpy)
        return test, test.compare(status, out, err)

    passed = failed = xfailed = xpassed = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for test, problems in pool.map(check, tests):
            if test.xfail:
                if problems:
                    xfailed += 1
                    continue
                xpassed += 1
                failed += 1
                print("XPASS %s: passes but is marked '# xfail: %s'; remove the mark" % (test.rel, test.xfail))
                continue
            if not problems:
                passed += 1
                continue
            failed += 1
            if args.quiet:
                print("FAIL %s: %s" % (test.rel, problems[0].splitlines()[0]))
            else:
                print("FAIL %s" % test.rel)
                for p in problems:
                    print("  " + p.replace("\n", "\n  ").rstrip())
    summary = "%d passed, %d failed" % (passed, failed)
    if xfailed:
        summary += ", %d expected failures" % xfailed
    print(summary)
    sys.exit(1 if failed else 0)


main()
