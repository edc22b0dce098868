import sys
impl = sys.implementation
print(impl.name in ('cpython', 'swiftpy'))
print(impl.cache_tag in ('cpython-311', 'swiftpy-311'))
print(impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(type(impl).__name__)
