# mode: ast
raise
raise X
raise X("message")
raise X from Y
raise X from None
raise X() from exc
