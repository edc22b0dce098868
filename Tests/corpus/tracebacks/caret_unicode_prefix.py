s = "äöü"; n = None; t = s + n
