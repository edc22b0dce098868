exec(compile("\n\n\n\n\n\n\n\n\n\n1/0", __file__, "exec"))
