"""Compiled regular expressions kept between processes.

The analysis builds a few dozen very large regular expressions (the disclosure cues,
one per theme, the sentiment lexicon). ``re`` takes about 0.2 s to compile them: most
of the start-up of ``flask analyse`` once its imports are done. ``compile(source,
flags)`` returns the same ``re.Pattern`` as ``re.compile`` (equal to it, program and
all), but keeps the compiled program, the list of numbers that ``re`` hands to its C
engine, in a cache file; the next process rebuilds the pattern from that in
microseconds. :func:`memo` keeps other values derived from code and data files the
same way (the sources of the theme patterns, the English word list of redaction,
what each pattern needs for :mod:`feedback.analysis.prefilter`).

The file is ``feedback-analysis/regex-<python tag>.bin`` in the user's cache directory
(``$XDG_CACHE_HOME``, else ``~/.cache``). ``FEEDBACK_ANALYSIS_CACHE`` names another
directory (an absolute path), or turns the cache off with ``off``. Entries are keyed
by the exact pattern text and flags, so an edited pattern is simply a new entry; the
whole file is ignored when another Python or ``re`` engine version wrote it, or when
it is unreadable or corrupt (the C engine also checks every program it is given). It
is written once, at exit, and only when something new was compiled, through a
temporary file and a rename, so processes sharing it never read half of one. Where
the directory cannot be written, patterns are simply compiled every time.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

try:  # the C engine behind re and the parser and compiler that feed it (CPython)
    import _sre
    from re import _compiler as _sre_compiler  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None  # type: ignore[assignment]

_FORMAT = 1
T = TypeVar("T")
_KEEP_UNUSED = 64  # entries other processes used are kept up to this many, at least
_lock = threading.Lock()
_entries: dict[Any, Any] | None = None  # loaded on first use
_used: set[Any] = set()
_dirty = False
_save_registered = False


def _code_typecode() -> str | None:
    if _sre is None:
        return None
    for typecode in ("I", "L"):
        if array.array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    return None  # pragma: no cover


_TYPECODE = _code_typecode()


def _header() -> tuple[Any, ...]:
    magic = getattr(_sre, "MAGIC", None)
    return (_FORMAT, sys.version, sys.implementation.cache_tag, magic, _TYPECODE, sys.maxunicode)


def cache_path() -> Path | None:
    """The cache file, or None when caching is off."""
    configured = os.environ.get("FEEDBACK_ANALYSIS_CACHE")
    if configured is not None:
        if configured.strip().lower() in ("", "0", "off", "no", "false"):
            return None
        folder = Path(configured).expanduser()
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "feedback-analysis"
    tag = sys.implementation.cache_tag
    if tag is None or not folder.is_absolute():
        return None
    return folder / f"regex-{tag}.bin"


def _read(path: Path | None) -> dict[Any, Any]:
    if path is None:
        return {}
    try:
        # The file sits with the package's bytecode, which is marshal data run as code:
        # whoever can write one can write the other.
        data = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == _header()):
        return {}
    entries = data[1]
    return entries if isinstance(entries, dict) else {}


def _load() -> dict[Any, Any]:
    global _entries
    if _entries is None:
        with _lock:
            if _entries is None:
                _entries = _read(cache_path())
    return _entries


def _save() -> None:
    """Write the entries this process added, merged with the file's current ones."""
    global _dirty
    path = cache_path()
    if not _dirty or path is None:
        return
    with _lock:
        mine = dict(_entries or {})
        used = set(_used)
        _dirty = False
    merged = _read(path)
    merged.update(mine)
    # Entries for patterns that have since been edited are never used again: once the
    # unused outnumber the used, only the entries this process used are kept.
    if len(merged) - len(used) > max(len(used), _KEEP_UNUSED):
        merged = {key: value for key, value in merged.items() if key in used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                marshal.dump((_header(), merged), out)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except (OSError, ValueError):  # read-only, full, or a value marshal cannot write
        return


def _remember(key: Any, value: Any) -> None:
    global _dirty, _save_registered
    entries = _load()
    with _lock:
        entries[key] = value
        _used.add(key)
        _dirty = True
        if not _save_registered:
            _save_registered = True
            atexit.register(_save)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@lru_cache(maxsize=64)
def _file_digest(path: str) -> str | None:
    try:
        return _digest(Path(path).read_bytes())
    except OSError:
        return None


def _memo_key(name: str, inputs: object, files: Iterable[str | Path]) -> Any:
    digests = tuple(_file_digest(os.fspath(f)) for f in files)
    if None in digests:
        return None
    return ("memo", name, _digest(repr(inputs).encode("utf-8", "surrogatepass")), digests)


def memo(name: str, inputs: object, build: Callable[[], T], files: Iterable[str | Path] = ()) -> T:
    """``build()``, kept between processes like a compiled pattern.

    The value is built again whenever ``inputs`` (compared by their ``repr``) or the
    content of one of ``files`` changes: name there the modules whose code builds the
    value and the data files it reads. It must suit :mod:`marshal`: None, booleans,
    numbers, strings, bytes, and tuples, lists, sets, frozensets and dicts of them.
    """
    key = _memo_key(name, inputs, files)
    if key is None:
        return build()
    entries = _load()
    if key in entries:
        _used.add(key)
        value: T = entries[key]
        return value
    value = build()
    _remember(key, value)
    return value


def is_kept(name: str, inputs: object, files: Iterable[str | Path] = ()) -> bool:
    """Whether :func:`memo` has this value already, so would not build it."""
    key = _memo_key(name, inputs, files)
    return key is not None and key in _load()


def is_compiled(source: str, flags: int = 0) -> bool:
    """Whether :func:`compile` has this pattern's program already."""
    return ("re", source, int(flags)) in _load()


def _from_entry(source: str, entry: Any) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    program = list(array.array(_TYPECODE or "I", code))
    pattern: re.Pattern[str] = _sre.compile(source, flags, program, groups, groupindex, indexgroup)
    return pattern


def _entry(source: str, flags: int) -> tuple[Any, ...]:
    # What re._compiler.compile does, keeping its pieces.
    parsed = _sre_parser.parse(source, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = array.array(_TYPECODE or "I", code).tobytes()
    return (
        flags | parsed.state.flags,
        packed,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, with the compiled program kept between processes."""
    if _TYPECODE is None or type(source) is not str or flags & re.DEBUG:
        return re.compile(source, flags)
    key = ("re", source, int(flags))
    entries = _load()
    entry = entries.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # a bad entry: compile afresh below
            pattern = _from_entry(source, entry)
            _used.add(key)
            return pattern
    try:
        entry = _entry(source, int(flags))
        pattern = _from_entry(source, entry)
    except Exception:
        return re.compile(source, flags)
    _remember(key, entry)
    return pattern


__all__ = ["cache_path", "compile", "is_compiled", "is_kept", "memo"]
