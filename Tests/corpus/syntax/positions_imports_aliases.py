# mode: ast-positions
import a.b as c, d
from e.f import g as h, i
from . import (j,
    k as l)
from m import *
