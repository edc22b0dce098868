# mode: ast
match color:
    case Color.RED:
        pass
    case a.b.c:
        pass
    case mod.CONSTANT | other.VALUE:
        pass
    case name:
        pass
