"""ProcessPoolExecutor: not available in swiftpy yet.

CPython's implementation runs work in child processes through `multiprocessing`, which
swiftpy does not have yet; importing this module (which `concurrent.futures` does on the
first use of `ProcessPoolExecutor`) raises ModuleNotFoundError for it.
"""

import multiprocessing  # noqa: F401  (ModuleNotFoundError until swiftpy has it)
