msg = "🐍🐍"; n = None; z = msg + n
