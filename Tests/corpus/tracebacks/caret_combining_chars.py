name = "cafe\u0301"; r = name["k"]
