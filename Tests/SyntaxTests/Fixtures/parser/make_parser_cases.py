#!/usr/bin/env python3
"""Writes parser_cases.json: swiftpy's parser test cases with CPython 3.11's answers.

Each case is a source (text, or bytes for undecodable input), a mode ('exec', 'eval',
'single', 'func_type') and the expected result: `ast.dump(tree, include_attributes=True)`
on one line, or the SyntaxError as "ERROR <type> <repr(msg)> lineno offset end_lineno
end_offset" (MemoryError as "ERROR MemoryError"); "PARSED-TOO-DEEP-TO-DUMP" when the
parse succeeds but CPython cannot build the Python objects of so deep a tree. The sources are passed to ast.parse as
bytes, as swiftpy's `Parser.parse(bytes:)` receives them.

Deep-nesting cases are given as "pieces" ([text, count] pairs, concatenated as text * count)
and expect only "OK" (parsed) or the error; "ERROR RecursionError" where CPython's parser
succeeds but the tree is too deep to convert (swiftpy stops such trees in the parser).

Run with CPython 3.11:  python3 make_parser_cases.py
"""
import ast, json, os, sys, warnings

assert sys.version_info[:2] == (3, 11), "expected results must come from CPython 3.11"
warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))

def expected(source: bytes, mode: str) -> str:
    try:
        tree = ast.parse(source, "<test>", mode=mode)
        text = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return "ERROR %s %r %s %s %s %s" % (type(e).__name__, e.msg, e.lineno, e.offset,
                                           e.end_lineno, e.end_offset)
    except MemoryError:
        return "ERROR MemoryError"
    except RecursionError:
        # The parser succeeded; converting its tree to Python objects went too deep.
        return "PARSED-TOO-DEEP-TO-DUMP"
    return text

def cases():
    from parser_snippets import SNIPPETS
    for item in SNIPPETS:
        mode, src = item if isinstance(item, tuple) else ("exec", item)
        yield mode, src.encode("utf-8") if isinstance(src, str) else src

def deep_cases():
    from parser_snippets import DEEP
    for pieces in DEEP:
        src = "".join(text * count for text, count in pieces).encode("utf-8")
        try:
            ast.parse(src, "<test>")
            result = "OK"
        except RecursionError:
            # CPython's parser accepts the tree, building its Python objects fails; swiftpy
            # rejects such trees while parsing (see TreeDepth.swift).
            result = "ERROR RecursionError"
        except MemoryError:
            result = "ERROR MemoryError"
        except SyntaxError:
            result = expected(src, "exec")
        yield {"mode": "exec", "pieces": [[t, c] for t, c in pieces], "expected": result}

def main():
    sys.path.insert(0, HERE)
    out = []
    seen = set()
    for mode, src in cases():
        if (mode, src) in seen:
            continue
        seen.add((mode, src))
        case = {"mode": mode, "expected": expected(src, mode)}
        try:
            case["source"] = src.decode("utf-8")
        except UnicodeDecodeError:
            case["source_bytes"] = list(src)
        out.append(case)
    out.extend(deep_cases())
    with open(os.path.join(HERE, "parser_cases.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(len(out), "cases")

if __name__ == "__main__":
    main()
