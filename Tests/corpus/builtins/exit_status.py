print('before')
exit(4)
print('after')
