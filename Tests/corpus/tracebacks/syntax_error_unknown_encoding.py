compile(b"# coding: bogus\nx=1\n", "s", "exec")
