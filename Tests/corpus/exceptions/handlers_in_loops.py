def collect():
    out = []
    for i in range(6):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i == 4:
                continue
            if i == 5:
                break
            out.append(i)
        except ValueError as e:
            out.append(("caught", e.args[0]))
            continue
        finally:
            out.append(("finally", i))
    return out
print(collect())

def nested_loops():
    res = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    raise KeyError(j)
                res.append((i, j))
            except KeyError:
                break
    return res
print(nested_loops())

def while_retry():
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < 3:
                raise ConnectionError("retry")
            return attempts
        except ConnectionError:
            continue
print(while_retry())

def comprehension_errors():
    try:
        return [1 // x for x in [1, 0, 2]]
    except ZeroDivisionError as e:
        return str(e)
print(comprehension_errors())

def generator_expression_errors():
    g = (int(s) for s in ["1", "x"])
    got = []
    try:
        for v in g:
            got.append(v)
    except ValueError as e:
        got.append(str(e))
    return got
print(generator_expression_errors())

def lambda_raise():
    f = lambda: (_ for _ in ()).throw(ValueError("from lambda"))
    try:
        f()
    except ValueError as e:
        return repr(e)
print(lambda_raise())
