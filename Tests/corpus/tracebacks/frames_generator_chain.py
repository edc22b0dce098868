def numbers():
    yield 1
    yield "two"
def doubled():
    for n in numbers():
        yield n + n * 1 - 1
print(list(doubled()))
