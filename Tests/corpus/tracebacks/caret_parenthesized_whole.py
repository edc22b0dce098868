x = None
(x.attr)
