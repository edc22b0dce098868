from typing import Dict, Union
print(Dict, Union)
print(Dict[str, Union[str, int]])
x: Dict[str, Union[str, int]] = {'a': 1, 'b': 'c'}
print(x)
