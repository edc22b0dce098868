try:
    pass
except (ValueError, 5):
    pass
print("fine no raise")
try:
    1/0
except (ValueError, 5):
    pass
