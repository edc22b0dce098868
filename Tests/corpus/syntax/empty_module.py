# mode: ast
