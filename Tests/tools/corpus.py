"""The differential corpus format (Tests/corpus/README.md), shared by regen_expected.py and
run_corpus.py: finding the tests, reading their directives, running one test with an
interpreter (swiftpy or CPython) exactly as the harness does, and comparing with the
expected files.

Tests/DifferentialTests/ implements the same rules in Swift for `swift test`; keep the two
in step.
"""
import os
import re
import shlex
import subprocess
import sys

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.normpath(os.path.join(TOOLS_DIR, "..", "corpus"))
CPYTHON_AST = os.path.join(TOOLS_DIR, "cpython_ast.py")

DEFAULT_TIMEOUT = 10.0
MODES = ("run", "ast", "ast-positions")
DIRECTIVE = re.compile(rb"^#\s*(mode|args|stderr|timeout|xfail)\s*:\s*(.*?)\s*$")

# The environment every test runs in (nothing inherited but PATH).
ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "PYTHONHASHSEED": "0",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


class Test:
    """One corpus test: its path and directives."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.dir = os.path.dirname(self.path)
        self.name = os.path.basename(self.path)
        self.mode = "run"
        self.args = []
        self.stderr_last_line = False
        self.timeout = DEFAULT_TIMEOUT
        self.xfail = None
        with open(self.path, "rb") as f:
            source = f.read()
        if source.startswith(b"\xef\xbb\xbf"):
            source = source[3:]
        for line in directive_lines(source):
            m = DIRECTIVE.match(line)
            if not m:
                continue
            key, value = m.group(1).decode(), m.group(2).decode("utf-8", "replace")
            if key == "mode":
                if value not in MODES:
                    raise ValueError("%s: unknown mode %r" % (path, value))
                self.mode = value
            elif key == "args":
                self.args = shlex.split(value)
            elif key == "stderr":
                if value != "last-line":
                    raise ValueError("%s: unknown stderr rule %r" % (path, value))
                self.stderr_last_line = True
            elif key == "timeout":
                self.timeout = float(value)
            elif key == "xfail":
                self.xfail = value or "expected to fail"

    @property
    def rel(self):
        return os.path.relpath(self.path, CORPUS_DIR)

    @property
    def out_path(self):
        return self.path[:-3] + ".out"

    @property
    def err_path(self):
        return self.path[:-3] + ".err"

    def command(self, interpreter, is_cpython):
        if self.mode == "run":
            return [interpreter, self.name] + self.args
        flag = "--ast" if self.mode == "ast" else "--ast-positions"
        if is_cpython:
            return [interpreter, CPYTHON_AST, flag, self.name]
        return [interpreter, flag, self.name]

    def run(self, interpreter, is_cpython=False):
        """Runs the test; returns (exit status or None on timeout, stdout, stderr), with the
        test directory's absolute path (+ "/") removed from the output: CPython shows a script's
        path made absolute, and the expected files must not depend on where the checkout is."""
        try:
            proc = subprocess.run(self.command(interpreter, is_cpython), cwd=self.dir, env=ENV,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=self.timeout)
        except subprocess.TimeoutExpired as e:
            return None, e.stdout or b"", e.stderr or b""
        prefix = os.fsencode(self.dir) + b"/"
        return proc.returncode, proc.stdout.replace(prefix, b""), proc.stderr.replace(prefix, b"")

    def expected(self):
        """(exit status, stdout, stderr) from the expected files."""
        out = b""
        if os.path.exists(self.out_path):
            with open(self.out_path, "rb") as f:
                out = f.read()
        status, err = 0, b""
        if os.path.exists(self.err_path):
            with open(self.err_path, "rb") as f:
                first, _, err = f.read().partition(b"\n")
            m = re.match(rb"^# exit: (-?\d+)$", first)
            if not m:
                raise ValueError("%s: first line must be '# exit: N'" % self.err_path)
            status = int(m.group(1))
        return status, out, err

    def write_expected(self, status, out, err):
        if out:
            with open(self.out_path, "wb") as f:
                f.write(out)
        elif os.path.exists(self.out_path):
            os.remove(self.out_path)
        if status != 0 or err:
            with open(self.err_path, "wb") as f:
                f.write(b"# exit: %d\n" % status + err)
        elif os.path.exists(self.err_path):
            os.remove(self.err_path)

    def compare(self, status, out, err):
        """A list of readable problems (empty when the result matches the expected files)."""
        exp_status, exp_out, exp_err = self.expected()
        problems = []
        if status is None:
            return ["timed out after %gs" % self.timeout]
        if status < 0:
            problems.append("killed by signal %d" % -status)
        elif status != exp_status:
            problems.append("exit status %d, expected %d" % (status, exp_status))
        if out != exp_out:
            problems.append("stdout differs:\n" + diff(exp_out, out))
        if self.stderr_last_line:
            if last_line(err) != last_line(exp_err):
                problems.append("last stderr line differs:\n  expected: %r\n  got:      %r"
                                % (last_line(exp_err), last_line(err)))
        elif err != exp_err:
            problems.append("stderr differs:\n" + diff(exp_err, err))
        return problems


def directive_lines(source):
    """The comment lines that may hold directives: the leading ones (before the first
    non-comment line) and the trailing ones (after the last non-comment line, for tests whose
    first line must be code), stripped."""
    lines = [l.strip() for l in source.splitlines()]

    def block(seq):
        out = []
        for l in seq:
            if not l:
                continue
            if not l.startswith(b"#"):
                break
            out.append(l)
        return out
    leading = block(lines)
    trailing = block(reversed(lines)) if len(leading) < len([l for l in lines if l]) else []
    return leading + trailing[::-1]


def last_line(data):
    lines = data.rstrip(b"\n").split(b"\n")
    return lines[-1].decode("utf-8", "replace") if lines else ""


def diff(expected, got, limit=60):
    import difflib
    exp_lines = expected.decode("utf-8", "replace").splitlines(keepends=True)
    got_lines = got.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp_lines, got_lines, "expected", "got", n=2))
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)\n" % (len(lines) - limit)]
    return "".join(l if l.endswith("\n") else l + "\n\\ no newline at end\n" for l in lines)


def find_tests(paths):
    """The corpus tests under the given files/directories (the whole corpus by default)."""
    if not paths:
        paths = [CORPUS_DIR]
    found = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        found.append(Test(os.path.join(root, name)))
        elif p.endswith(".py"):
            found.append(Test(p))
        else:
            sys.exit("not a corpus test: %s" % p)
    return found
