# A module that takes a while to initialise, imported by several threads at once in
# import_race.py (run alone, it prints nothing).
import time

first = "first"
time.sleep(0.3)
last = "last"
