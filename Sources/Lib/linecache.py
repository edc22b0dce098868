"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

# swiftpy: our own implementation of CPython 3.11's linecache (same cache layout:
# filename -> (size, mtime, lines, fullname), or a 1-tuple holding a lazy loader).

import sys
try:
    import os
except ImportError:         # swiftpy: os may not exist yet; files are then read without stat
    os = None

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue        # no entry, or a lazy one
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue        # not a file on disk (e.g. registered source)
        try:
            st = _stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st is None:
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = _stat(fullname)
    except OSError:
        if lazycache(filename, module_globals) or (entry is not None and len(entry) == 1):
            loader_entry = cache.get(filename, entry)
            try:
                data = loader_entry[0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                return []
            lines = _split(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        if filename.startswith('/'):
            return []
        for dirname in sys.path:
            try:
                candidate = dirname.rstrip('/') + '/' + filename if dirname else filename
                st = _stat(candidate)
            except (OSError, TypeError, AttributeError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        with open(fullname, encoding='utf-8', errors='replace') as fp:
            text = fp.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split(text)
    if st is None:
        cache[filename] = len(text), None, lines, fullname
    else:
        cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def _stat(path):
    """os.stat(path); without os, None when the file can be opened (OSError otherwise)."""
    if os is not None:
        return os.stat(path)
    with open(path, 'rb'):
        pass
    return None


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
