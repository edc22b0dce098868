class G(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def derive(self, excs):
        return G(self.message, excs, self.extra)
try:
    raise G("m", [ValueError(1), TypeError(2)], 42)
except* ValueError as e:
    print(type(e).__name__, e.extra)
except* TypeError as e:
    print(type(e).__name__, e.extra)
