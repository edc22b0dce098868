# xfail: compile() of a str in eval mode: CPython reports offset 0 and the text without its newline (parser/compile area)
def run(src):
    return eval(src)
run("1 +")
