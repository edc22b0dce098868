# mode: ast
if a:
    x = 1

        
  # odd comment
    y = 2
# column 0 comment
    z = 3
w = 4
