# mode: ast
match x:
    case 1:
        pass
    case "a":
        pass
    case b"bytes":
        pass
    case 1.5:
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case "implicit" "concat":
        pass
    case -1:
        pass
    case -1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0j:
        pass
