s = f'{lambda x: x}'
