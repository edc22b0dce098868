e = AttributeError("manual", name="upper", obj="text")
raise e
