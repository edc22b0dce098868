#!/usr/bin/env python3
"""Runs the thread stress programs of Tests/stress/ with swiftpy and reports each one as
OK, FAILED (an invariant broke: the program says which), CRASH (killed by a signal) or
TIMEOUT.

Usage (from the repository root):
    swift build -c release
    python3 Tests/stress/run.py [--swiftpy .build/release/swiftpy] [--scale 1.0] [--repeat 1]

--scale multiplies the operation counts (0.1 for a quick run with a debug build). The same
programs run under CPython too (`--swiftpy python3`), which checks the checks.

ThreadSanitizer run (slow; a separate build directory):
    swift build --sanitize=thread --build-path .build-tsan
    TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0" \
        python3 Tests/stress/run.py --swiftpy .build-tsan/debug/swiftpy --scale 0.02
"""
import argparse
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# program, arguments at scale 1.0
PROGRAMS = [
    ("containers.py", [8, 100_000]),
    ("runtime.py", [8, 2_000]),
    ("sync.py", [200_000]),
    ("method_cache.py", [300_000]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--swiftpy", default=os.path.join(ROOT, ".build", "release", "swiftpy"))
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("programs", nargs="*", help="names of programs to run (default: all)")
    args = ap.parse_args()
    bad = 0
    for _ in range(args.repeat):
        for name, counts in PROGRAMS:
            if args.programs and name not in args.programs:
                continue
            # The thread count stays; the operation counts scale.
            scaled = [counts[0]] + [max(1, int(c * args.scale)) for c in counts[1:]] if len(counts) > 1 \
                else [max(1, int(counts[0] * args.scale))]
            cmd = [args.swiftpy, os.path.join(HERE, name)] + [str(c) for c in scaled]
            t0 = time.monotonic()
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                print(f"TIMEOUT {name} after {args.timeout:.0f}s")
                bad += 1
                continue
            took = time.monotonic() - t0
            if p.returncode < 0:
                print(f"CRASH   {name}: {signal.Signals(-p.returncode).name} after {took:.1f}s")
                # The crash report: its head (the fatal error and the crashed thread's frames).
                print("\n".join(p.stderr.splitlines()[:80]))
                bad += 1
            elif p.returncode != 0 or not p.stdout.startswith("OK"):
                print(f"FAILED  {name} (exit {p.returncode}, {took:.1f}s)")
                print(p.stdout[-3000:] + p.stderr[-3000:])
                bad += 1
            else:
                print(f"{p.stdout.strip()}  [{took:.1f}s]")
                if p.stderr:
                    print(p.stderr[-3000:])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
