"""JSON token scanner
"""
# swiftpy: the scanner is native (_json.make_scanner); there is no pure-Python fallback.
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

make_scanner = c_make_scanner
