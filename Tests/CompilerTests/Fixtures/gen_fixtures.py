#!/usr/bin/env python3
"""Generates the CompilerTests fixtures from CPython 3.11 (the oracle).

Reads symtable_cases.txt and error_cases.txt (snippets separated by lines starting with
'#### <name>') and writes symtable_fixtures.jsonl and error_fixtures.jsonl: one JSON object per
snippet with its source, its AST as CPython's `ast.parse` builds it (so the tests do not depend
on swiftpy's parser) and what CPython says:
  - symtable cases: a text dump of the `symtable` module's tables (raw flags and scopes of every
    symbol, parameters, children) plus the code objects' co_flags bits, co_cellvars, co_freevars;
  - error cases: the SyntaxError raised by compile(src, "f.py", "exec"): msg, lineno, offset,
    end_lineno, end_offset (None as 0).
Run: python3 gen_fixtures.py   (from this directory; needs CPython 3.11)
"""
import ast, json, os, symtable, sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
CODE_FLAG_MASK = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def read_cases(path):
    cases, name, lines = [], None, []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("#### "):
            if name is not None:
                cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
            name, lines = line[5:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
    return cases


def const(v):
    if v is None: return {"k": "none"}
    if v is Ellipsis: return {"k": "ellipsis"}
    if isinstance(v, bool): return {"k": "bool", "v": v}
    if isinstance(v, int): return {"k": "int", "v": str(v)}
    if isinstance(v, float): return {"k": "float", "v": v.hex()}
    if isinstance(v, complex): return {"k": "complex", "re": v.real.hex(), "im": v.imag.hex()}
    if isinstance(v, str): return {"k": "str", "v": [ord(c) for c in v]}
    if isinstance(v, bytes): return {"k": "bytes", "v": list(v)}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if n is None:
        return None
    if isinstance(n, ast.AST):
        d = {"t": type(n).__name__}
        if hasattr(n, "lineno") and "lineno" in n._attributes:
            d["p"] = [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset]
        for f in n._fields:
            v = getattr(n, f)
            if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
                d[f] = const(v)
            else:
                d[f] = node(v)
        return d
    if isinstance(n, (str, int)):
        return n
    raise TypeError(type(n))


def codes(co, out):
    out.append(co)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            codes(c, out)


def first_lines(tree):
    m = {}
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            m.setdefault((n.name, n.lineno), []).append(
                n.decorator_list[0].lineno if n.decorator_list else n.lineno)
    return m


def dump_table(src):
    tree = ast.parse(src)
    top = symtable.symtable(src, "f.py", "exec")
    allcodes = [compile(src, "f.py", "exec")]
    firsts = first_lines(tree)
    out = []

    used = set()

    def code_for(t, parent_code):
        name, line = t.get_name(), t.get_lineno()
        if parent_code is None:
            return allcodes[0]
        want = set(firsts.get((name, line), [line]))
        want.add(line)
        names = {"lambda": "<lambda>", "listcomp": "<listcomp>", "setcomp": "<setcomp>",
                 "dictcomp": "<dictcomp>", "genexpr": "<genexpr>"}
        cands = [c for c in parent_code.co_consts if hasattr(c, "co_code") and id(c) not in used
                 and c.co_name == names.get(name, name) and c.co_firstlineno in want]
        if not cands:
            raise SystemExit(f"no code object for {name}@{line} in:\n{src}")
        used.add(id(cands[0]))
        return cands[0]

    def walk(t, depth, parent_code):
        ind = "  " * depth
        kind = {0: "function", 1: "class", 2: "module"}[t._table.type]
        out.append(f"{ind}{kind} {t.get_name()} line={t.get_lineno()} nested={t._table.nested}")
        out.append(f"{ind}  params: {','.join(t._table.varnames)}")
        for name in sorted(t._table.symbols, key=lambda s: s.encode()):
            raw = t._table.symbols[name]
            out.append(f"{ind}  sym {name} flags=0x{raw & 0x7ff:x} scope={(raw >> 11) & 15}")
        co = code_for(t, parent_code)
        out.append(f"{ind}  code flags=0x{co.co_flags & CODE_FLAG_MASK:x} cells={','.join(co.co_cellvars)}"
                   f" frees={','.join(co.co_freevars)}")
        for c in t.get_children():
            walk(c, depth + 1, co)

    walk(top, 0, None)
    return "\n".join(out) + "\n"


def error_of(src):
    try:
        compile(src, "f.py", "exec")
    except SyntaxError as e:
        return [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset or 0]
    return None


def main():
    with open(os.path.join(HERE, "symtable_fixtures.jsonl"), "w", encoding="utf-8") as f:
        for name, src in read_cases(os.path.join(HERE, "symtable_cases.txt")):
            tree = ast.parse(src)
            err = error_of(src)
            if err:
                raise SystemExit(f"symtable case {name} does not compile: {err}")
            f.write(json.dumps({"name": name, "src": src, "ast": node(tree), "dump": dump_table(src)}) + "\n")
    with open(os.path.join(HERE, "error_fixtures.jsonl"), "w", encoding="utf-8") as f:
        for name, src in read_cases(os.path.join(HERE, "error_cases.txt")):
            try:
                tree = ast.parse(src)
            except SyntaxError as e:
                raise SystemExit(f"error case {name} is a parser error: {e}")
            err = error_of(src)
            if err is None:
                raise SystemExit(f"error case {name} compiles without error")
            f.write(json.dumps({"name": name, "src": src, "ast": node(tree), "error": err}) + "\n")


def corpus(out_path, files):
    """Writes a symtable fixture per Python file (for the opt-in stdlib run of the tests:
    SYMTABLE_CORPUS=<out_path> swift test --filter CompilerTests)."""
    n = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for path in files:
            try:
                src = open(path, encoding="utf-8").read()
                tree = ast.parse(src)
                compile(src, path, "exec")
                dump = dump_table(src)
            except (SyntaxError, UnicodeDecodeError, ValueError, SystemExit, RecursionError) as e:
                print(f"skip {path}: {type(e).__name__}", file=sys.stderr)
                continue
            f.write(json.dumps({"name": path, "src": "", "ast": node(tree), "dump": dump}) + "\n")
            n += 1
    print(f"{n} files written to {out_path}")


def error_corpus(out_path, files):
    """Writes an error fixture for every file that parses but does not compile (for
    SYMTABLE_ERROR_CORPUS=<out_path> swift test --filter SymbolTableCorpusTests)."""
    n = 0
    with open(out_path, "w", encoding="utf-8") as f:
        for path in files:
            try:
                src = open(path, encoding="utf-8").read()
                tree = ast.parse(src)
            except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError):
                continue
            err = error_of(src)
            if err is None:
                continue
            f.write(json.dumps({"name": path, "src": src, "ast": node(tree), "error": err}) + "\n")
            n += 1
    print(f"{n} files written to {out_path}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--corpus":
        corpus(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) > 2 and sys.argv[1] == "--error-corpus":
        error_corpus(sys.argv[2], sys.argv[3:])
    else:
        main()
