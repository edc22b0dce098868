# xfail: compile-time error (symtable/compiler), not the parser's
print(*a if b else c)
x = *a
