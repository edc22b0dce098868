# args: one 'two words' --three
import sys
print(sys.argv)
