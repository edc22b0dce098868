#!/usr/bin/env python3
"""Regenerates the expected files (<name>.out, <name>.err) of corpus tests by running them
with CPython 3.11 exactly as the harness runs swiftpy (see Tests/corpus/README.md).

Usage: Tests/tools/regen_expected.py [--python PATH] [paths...]   (default: the whole corpus)
Never edit an expected file by hand.
"""
import argparse
import concurrent.futures
import subprocess
import sys

import corpus


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", default=sys.executable, help="CPython 3.11 interpreter (default: this one)")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    if version != "3.11":
        sys.exit("regen_expected.py: %s is Python %s; the expected files must come from CPython 3.11"
                 % (args.python, version or "?"))

    tests = corpus.find_tests(args.paths)

    def regen(test):
        status, out, err = test.run(args.python, is_cpython=True)
        if status is None:
            return test, "timed out"
        test.write_expected(status, out, err)
        return test, None

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for test, problem in pool.map(regen, tests):
            if problem:
                failures += 1
                print("%s: %s (expected files left unchanged)" % (test.rel, problem))
    print("regenerated %d tests%s" % (len(tests) - failures, ", %d failed" % failures if failures else ""))
    sys.exit(1 if failures else 0)


main()
