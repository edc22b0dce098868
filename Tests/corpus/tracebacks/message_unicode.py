raise ValueError("héllo wörld ✓ \U0001F600")
