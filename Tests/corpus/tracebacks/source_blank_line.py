exec(compile("\n\n1/0", __file__, "exec"))
# line 3 of this file is blank:

