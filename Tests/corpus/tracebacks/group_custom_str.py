class G(ExceptionGroup):
    def __str__(self): return "custom"
raise G("m", [ValueError()])
