# mode: ast
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] if direction in exits:
        pass
    case 1 | 2 | 3 as n:
        pass
    case (1 | 2) as m:
        pass
    case [1, 2] | [3, 4] as pair if pair:
        pass
    case str() as s:
        pass
    case _:
        pass
