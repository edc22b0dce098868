s = f'abc}'
