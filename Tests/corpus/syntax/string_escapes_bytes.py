# mode: ast
b1 = b"\\ \' \" \a \b \f \n \r \t \v"
b2 = b"\0 \7 \101 \377"
b3 = b"\x00\x7f\x80\xff"
b4 = b"\u00e9 \N{EN DASH} \d"
b5 = b'it\'s'
b6 = b"'"
b7 = b'"'
b8 = b"\'\""
