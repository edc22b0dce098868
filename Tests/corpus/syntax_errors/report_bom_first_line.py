x = = 1
# xfail: parser: for a file CPython's text keeps the BOM and the offset counts it (err_programtext)
