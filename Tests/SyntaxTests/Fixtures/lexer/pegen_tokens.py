#!/usr/bin/env python3
"""Expected tokens for swiftpy's tokenizer tests, from CPython 3.11's `tokenize` module,
converted to what CPython's C tokenizer hands its PEG parser:

- no ENCODING / NL / COMMENT tokens; operators by exact type (LPAR, NOTEQUAL, ...),
- columns in UTF-8 bytes (tokenize counts characters),
- NEWLINE ends at the newline (pegen: p_end = cur - 1) and starts there too, or at the '#' of
  a comment just before it (pegen: p_start = tok->start, set before the comment was skipped),
- INDENT / DEDENT / ENDMARKER have columns -1 (no text in pegen) and, at the end of input,
  the last line's number (the C tokenizer does not advance past the last line).

Usage:
  pegen_tokens.py FILE...                 dump each file (to stdout)
  pegen_tokens.py --snippets IN OUT       expected dumps of every snippet of IN (see below)

Snippet files: sections "=== NAME" followed by the source lines; "=== NAME nonl" drops the
final newline of that snippet.
"""
import io, sys, tokenize, token

def dump(src: bytes) -> str:
    enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    text = src.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if text == "":
        nlines = 1

    def bcol(lineno, col):
        if lineno - 1 >= len(lines):
            return col
        return len(lines[lineno - 1][:col].encode("utf-8"))

    out = []
    prev = None
    for t in tokenize.tokenize(io.BytesIO(src).readline):
        comment_before, prev = prev, t
        if t.type in (tokenize.ENCODING, tokenize.NL, tokenize.COMMENT):
            continue
        if t.type == tokenize.ERRORTOKEN:
            raise SystemExit("ERRORTOKEN in input: %r" % (t,))
        name = token.tok_name[t.exact_type]
        (l, c), (el, ec) = t.start, t.end
        s = t.string
        if t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            l = el = min(l, nlines)
            c = ec = -1
            s = ""
        else:
            c, ec = bcol(l, c), bcol(el, ec)
        if t.type == tokenize.NEWLINE:
            el, ec, s = l, c, ""
            if comment_before is not None and comment_before.type == tokenize.COMMENT and comment_before.start[0] == l:
                c = bcol(l, comment_before.start[1])
        out.append("%s %d,%d-%d,%d %r" % (name, l, c, el, ec, s))
    return "\n".join(out) + "\n"

def read_snippets(path):
    sections, name, buf = [], None, []
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n")[:-1]:
            if raw.startswith(b"=== "):
                if name is not None:
                    sections.append((name, buf))
                name, buf = raw[4:].decode(), []
            else:
                buf.append(raw)
    if name is not None:
        sections.append((name, buf))
    result = []
    for header, body in sections:
        parts = header.split()
        src = b"\n".join(body) + b"\n"
        if "nonl" in parts[1:]:
            src = src[:-1]
        result.append((parts[0], src))
    return result

if __name__ == "__main__":
    if sys.argv[1] == "--snippets":
        with open(sys.argv[3], "w") as out:
            for name, src in read_snippets(sys.argv[2]):
                out.write("=== %s\n" % name)
                out.write(dump(src))
    else:
        for p in sys.argv[1:]:
            with open(p, "rb") as f:
                sys.stdout.write(dump(f.read()))
