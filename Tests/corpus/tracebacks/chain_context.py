try:
    {}["a"]
except KeyError:
    [][1]
