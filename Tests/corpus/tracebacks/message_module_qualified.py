class AppError(Exception):
    pass
AppError.__module__ = "myapp.errors"
raise AppError("qualified")
