import atexit, sys
atexit.register(print, 'cleared, never printed')
atexit._clear()
atexit.register(print, 'runs after SystemExit', end='!\n')
def order(n): print('order', n)
for i in range(3): atexit.register(order, i)
print('exiting with 3')
sys.exit(3)
