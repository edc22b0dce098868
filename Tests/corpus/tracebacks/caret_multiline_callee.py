class A:
    def m(self): return 1/0
(A()
 .m)()
