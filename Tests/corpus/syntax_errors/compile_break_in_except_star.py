# xfail: compile-time error (symtable/compiler), not the parser's
for x in y:
    try:
        pass
    except* E:
        break
