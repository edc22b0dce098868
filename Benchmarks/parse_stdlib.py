#!/usr/bin/env python3
"""Parser benchmark: parses the standard-library corpus (Tests/tools/stdlib_files.py: CPython
3.11's stdlib minus test/, lib2to3/, site-packages/) with swiftpy and with CPython's
`ast.parse`, the same files the same number of times, each timed inside its own process
(start-up and file reading excluded), and prints both times and the ratio.

Usage: Benchmarks/parse_stdlib.py [--swiftpy PATH] [-n REPETITIONS] [--rounds R]
Build swiftpy first with `swift build -c release`. The best of R rounds is reported for each.
"""
import argparse
import ast
import gc
import os
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(ROOT, "Tests", "tools"))
import stdlib_files  # noqa: E402


def cpython_seconds(files, repetitions):
    """(wall seconds, CPU seconds) of parsing every file `repetitions` times with ast.parse."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start, cpu_start = time.perf_counter(), time.process_time()
        for _ in range(repetitions):
            for path, source in files:
                ast.parse(source, path)
        return time.perf_counter() - start, time.process_time() - cpu_start


def swiftpy_seconds(swiftpy, list_path, repetitions):
    proc = subprocess.run([swiftpy, "--parse-bench", str(repetitions), "@" + list_path],
                          capture_output=True, text=True)
    fields = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    if "seconds" not in fields:
        sys.exit("swiftpy --parse-bench failed (status %d): %s" % (proc.returncode, proc.stderr.strip()))
    return (float(fields["seconds"]), float(fields.get("cpu seconds", fields["seconds"]))), int(fields.get("failed parses", "0"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--swiftpy", default=os.path.join(ROOT, ".build", "release", "swiftpy"))
    ap.add_argument("-n", "--repetitions", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("parse_stdlib.py: must run under CPython 3.11")

    files = stdlib_files.stdlib_files()
    total_bytes = sum(len(s) for _, s in files)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(p for p, _ in files) + "\n")
        list_path = f.name
    try:
        # Rounds alternate between the two so that a change in machine load hits both alike.
        swift_times, cpython_times, failed = [], [], 0
        for _ in range(args.rounds):
            seconds, failed = swiftpy_seconds(args.swiftpy, list_path, args.repetitions)
            swift_times.append(seconds)
            gc.collect()
            cpython_times.append(cpython_seconds(files, args.repetitions))
    finally:
        os.unlink(list_path)

    mb = total_bytes * args.repetitions / 1e6
    print("files: %d (%.1f MB), repetitions: %d, best of %d alternating rounds, load average %.1f"
          % (len(files), total_bytes / 1e6, args.repetitions, args.rounds, os.getloadavg()[0]))
    for label, index in (("wall clock", 0), ("CPU time", 1)):
        s = min(t[index] for t in swift_times)
        c = min(t[index] for t in cpython_times)
        print("%s:" % label)
        print("  swiftpy parser:    %.3f s  (%.1f MB/s)%s" % (s, mb / s, "  [%d files failed to parse]" % failed if failed else ""))
        print("  CPython ast.parse: %.3f s  (%.1f MB/s)" % (c, mb / c))
        print("  ratio: swiftpy is %.2fx %s" % (c / s if s < c else s / c, "faster" if s < c else "slower"))


main()
