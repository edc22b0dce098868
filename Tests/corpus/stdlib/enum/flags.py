from enum import Flag, IntFlag, auto, KEEP, CONFORM, EJECT, STRICT, FlagBoundary, EnumCheck, UNIQUE, show_flag_values
class P(Flag):
    R = 1; W = 2; X = 4; RW = 3
print(list(P), P.__members__, repr(P(7)), repr(~P.R), repr(P.RW), repr(P(3)), P._flag_mask_, P._all_bits_, P._singles_mask_)
class F(Flag):
    A = 1; C = 5
print(list(F), repr(F.C))
try: P(9)
except Exception as e: print(type(e).__name__, e)
class K(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(K(9)), repr(~K.A), K(-1))
class C2(Flag, boundary=CONFORM):
    A = 1; B = 2
print(repr(C2(9)))
class E2(Flag, boundary=EJECT):
    A = 1; B = 2
print(repr(E2(9)), type(E2(9)).__name__)
print(repr(IntFlag), FlagBoundary.STRICT, repr(STRICT), EnumCheck.UNIQUE, repr(UNIQUE))
class IP(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IP(0)), str(IP(0)), repr(~IP(0)), repr(IP.R ^ IP.W), IP.R & 5, type(IP.R & 5), repr(IP(-1)))
print(repr(IP.R | IP.W), str(IP.R | IP.W), IP.R | 8, repr(IP(9)), IP.R + 1, repr(~IP.R), format(IP.W), IP.R == 4)
class Z(Flag):
    A = 4; B = 1
print(list(Z), repr(Z(5)))
print(P.R in P.RW, P.R | P.W is P.RW, bool(P(0)), len(P.RW), len(P(0)))
try: 1 in P.R
except TypeError as e: print(e)
print(P.R.name, P(0).name, P(3).name, P(0).value, str(P(0)), repr(P(0)))
class A(Flag):
    ONE = auto(); TWO = auto(); FOUR = auto(); EIGHT = auto()
print([m.value for m in A], repr(A.ONE | A.EIGHT), list(A.ONE | A.FOUR), repr(~(A.ONE | A.TWO)))
try: P('x')
except ValueError as e: print(e)
print(show_flag_values(13), P.R & P.W, repr(P.R & P.W), repr(P.R ^ P.RW))
try: P.R | 1
except TypeError as e: print(e)
print(IP.R | 1, type(IP.R | 1).__name__, 1 | IP.R, type(1 | IP.R).__name__)
