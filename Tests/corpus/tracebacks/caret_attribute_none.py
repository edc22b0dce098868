config = None
port = config.port
