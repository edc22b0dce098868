exec('def boom():\n    raise ValueError("deep")\n')
boom()
