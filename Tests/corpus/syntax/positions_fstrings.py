# mode: ast-positions
f"{x}"
f"text {x!r:>{width}} end"
f"{x=}"
f"{a + b} {c.d} {e[f]}"
"pre" f"{x}" "post"
f"""
{x}
  {y +
z}
"""
x = f"{a}{b}"
