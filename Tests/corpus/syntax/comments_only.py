# mode: ast
# just a comment

# another one
