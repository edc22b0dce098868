# mode: ast-positions
é = "ü" + ñ
名前 = f(引数, キー=値)
x = "😀" + y
s = "ab€cd"[ü:ä]
