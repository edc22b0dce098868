def run(src):
    return eval(src)
run("1 +")
