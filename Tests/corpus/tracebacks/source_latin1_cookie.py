# -*- coding: latin-1 -*-
s = "éé"
y = s + 1
