def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

words = ["banana", "Apple", "cherry", "apple", "äpfel", "Zebra", "zebra", "", "a", "ab", "é", "e", "€", "𝔘", "\uffff"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(["a" < b for b in words])
print(max(words), min(words))
