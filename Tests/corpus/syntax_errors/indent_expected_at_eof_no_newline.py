# (CPython behaviour checked here) for a script file CPython's offset is 0 here (no caret)
if x: