class Custom:
    def __dir__(self):
        return ["alpha", "beta", "gamma"]
Custom().alpah
