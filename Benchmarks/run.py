#!/usr/bin/env python3
"""Benchmark runner: runs each benchmark with swiftpy and CPython 3.11 (and, when present,
PyPy and CPython 3.13) interleaved in one run, several repetitions, and reports medians,
the time ratio CPython/swiftpy (> 1 means swiftpy is faster) and the geometric mean.
Fails (exit 1) if any implementation's output differs from CPython's.

Usage: Benchmarks/run.py [--swiftpy PATH] [--reps N] [--cpu] [--others] [benchmarks...]
  benchmarks: files or directories (default: Benchmarks/micro and Benchmarks/classic)
  --cpu     compare user+system CPU time instead of wall time (steadier on a loaded machine)
  --others  also run pypy3 and python3.13 if installed
"""
import argparse, math, os, resource, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run_once(cmd, path):
    """Runs one benchmark process; CPU time and peak RSS are that process's own (wait4)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd + [os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = _drain(p)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    cpu = usage.ru_utime + usage.ru_stime
    return p.returncode, out, err, wall, cpu, usage.ru_maxrss


def _drain(p):
    """Reads stdout and stderr to the end without waiting for the process (wait4 reaps it)."""
    import threading
    chunks = {}
    def read(name, f):
        chunks[name] = f.read()
    t = threading.Thread(target=read, args=("err", p.stderr))
    t.start()
    out = p.stdout.read()
    t.join()
    return out, chunks["err"]


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".py") and not f.startswith("_"))
        else:
            out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--swiftpy", default=os.path.join(ROOT, ".build/release/swiftpy"))
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--cpu", action="store_true")
    ap.add_argument("--others", action="store_true")
    ap.add_argument("benchmarks", nargs="*")
    a = ap.parse_args()
    paths = collect(a.benchmarks or [os.path.join(HERE, d) for d in ("micro", "classic") if os.path.isdir(os.path.join(HERE, d))])
    impls = [("swiftpy", [os.path.abspath(a.swiftpy)]), ("cpython3.11", [sys.executable if sys.version_info[:2] == (3, 11) else "python3"])]
    if a.others:
        for name, exe in (("pypy3", "pypy3"), ("cpython3.13", "python3.13")):
            if shutil.which(exe):
                impls.append((name, [exe]))
    metric = 4 if a.cpu else 3
    print(f"{'benchmark':24s}" + "".join(f"{n:>14s}" for n, _ in impls) + f"{'cpy/swiftpy':>13s}{'RSS swift/cpy':>15s}")
    ratios, failed = [], False
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        times = {n: [] for n, _ in impls}
        rss = {n: 0 for n, _ in impls}
        outputs = {}
        for rep in range(a.reps):
            for n, cmd in impls:
                rc, out, err, wall, cpu, maxrss = run_once(cmd, path)
                times[n].append((wall, cpu)[metric - 3])
                rss[n] = max(rss[n], maxrss)
                outputs.setdefault(n, (rc, out, err))
        ref = outputs["cpython3.11"]
        for n, _ in impls:
            if outputs[n][:2] != ref[:2]:
                failed = True
                print(f"  OUTPUT DIFFERS: {name} on {n}: exit {outputs[n][0]} stdout {outputs[n][1][:200]!r} stderr {outputs[n][2][-300:]!r}")
        med = {n: statistics.median(v) for n, v in times.items()}
        r = med["cpython3.11"] / med["swiftpy"] if med["swiftpy"] > 0 else float("inf")
        ratios.append(r)
        print(f"{name:24s}" + "".join(f"{med[n]:13.3f}s" for n, _ in impls) + f"{r:12.2f}x" + f"{rss['swiftpy'] / max(rss['cpython3.11'], 1):14.2f}x")
    if ratios:
        geo = math.exp(sum(math.log(max(r, 1e-9)) for r in ratios) / len(ratios))
        print(f"{'geomean':24s}" + " " * (14 * len(impls)) + f"{geo:12.2f}x")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
