try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("member")
except KeyError as e:
    member = e
raise ExceptionGroup("chained", [member, ValueError("other")])
