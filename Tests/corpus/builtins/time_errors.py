import time
for call in (lambda: time.sleep(-1), lambda: time.gmtime('x'), lambda: time.strftime(1),
             lambda: time.struct_time((1, 2)), lambda: time.strptime('x', '%Y'),
             lambda: time.strptime('2020x', '%Y'), lambda: time.asctime((1, 2)), lambda: time.sleep(),
             lambda: time.get_clock_info('x'), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
