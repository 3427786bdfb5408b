"""TextBlob's English pattern sentiment and word list, without importing NLTK.

The analysis uses two things from TextBlob: ``textblob.en.sentiment`` (the pattern
analyser, plain Python over the standard library) and the tagger's word list
``textblob/en/en-lexicon.txt``. But ``import textblob.en`` first runs
``textblob/__init__.py``, which imports NLTK, and numpy through it, for the
``TextBlob`` class: about 0.2 s, a third of the start-up of ``flask analyse``.

So when nothing has imported textblob yet, its package module is registered without
running ``__init__.py``, and ``textblob.en`` is imported into it as usual. The first
time anything reads another name from the package (``from textblob import
TextBlob``), ``__init__.py`` runs then (a module ``__getattr__``, PEP 562), so other
code still sees the whole package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

_PACKAGE = "textblob"
_lock = threading.Lock()


def package_dir() -> Path:
    """The directory of the textblob package (nothing is imported)."""
    module = sys.modules.get(_PACKAGE)
    locations = getattr(module, "__path__", None) if module is not None else None
    if not locations:
        spec = importlib.util.find_spec(_PACKAGE)
        locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise ModuleNotFoundError(f"No module named {_PACKAGE!r}", name=_PACKAGE)
    return Path(next(iter(locations)))


def en_data(name: str) -> Path:
    """A data file of TextBlob's English models, such as ``en-lexicon.txt``."""
    return package_dir() / "en" / name


def _register_without_init() -> None:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return  # an unusual install: let the ordinary import run
    loader = spec.loader
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> Any:
        # Runs textblob/__init__.py once, on first use of a name it defines.
        with _lock:
            if package.__dict__.pop("__getattr__", None) is not None:
                loader.exec_module(package)
        return getattr(package, name)

    package.__dict__["__getattr__"] = complete
    sys.modules[_PACKAGE] = package


def _import_en() -> ModuleType:
    with _lock:
        if _PACKAGE not in sys.modules:
            _register_without_init()
    # Not `from textblob import en`: that would read the package's attributes first.
    return importlib.import_module(f"{_PACKAGE}.en")


def pattern_sentiment() -> Any:
    """``textblob.en.sentiment``: TextBlob's pattern analyser (its lexicon loads lazily)."""
    return _import_en().sentiment


__all__ = ["en_data", "package_dir", "pattern_sentiment"]
