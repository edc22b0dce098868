class G(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    raise G("m", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(repr(e))
