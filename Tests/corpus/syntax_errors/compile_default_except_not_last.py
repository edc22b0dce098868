# xfail: compile-time error (symtable/compiler), not the parser's
try:
    pass
except:
    pass
except ValueError:
    pass
