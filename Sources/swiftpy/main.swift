import PySyntax

print("swiftpy: not yet")
