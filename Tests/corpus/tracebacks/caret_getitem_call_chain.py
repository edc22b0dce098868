def get():
    return {"a": [1, 2]}
value = get()["a"][7]
