# mode: ast
a = "\x00\x01\x1f\x7f\x80\x9f\xa0\xad"
b = "\u2028\u2029\u200b\ufeff\ue000"
c = "\ud800\udfff"
d = "\U0010ffff\U000e0001"
e = "tab\there"
f = "é ü ß ø 中文 😀"
g = "\u0301\u0300"
h = "\u00a0 \u3000 \u2000"
