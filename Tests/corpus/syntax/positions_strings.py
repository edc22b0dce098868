# mode: ast-positions
"abc"
"a" "b"
"""multi
line"""
b"bytes"
r"raw"
("a"
 "b")
