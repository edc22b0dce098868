# comment été
x = 1
