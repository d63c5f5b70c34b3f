"""The program's own files (fonts, icons, compiled translations), reached through
importlib.resources so that an installed wheel, an editable install and a frozen app all work.
Never a path relative to the working directory.

`resources/` holds fonts and icons with their licences; `i18n/` holds the compiled Qt
translations (``veldwerk*_<lang>.qm``), built from ``translations/*.ts`` at install time.
"""

from __future__ import annotations

import re
from importlib import resources
from importlib.resources.abc import Traversable

_QM_NAME = re.compile(r"^veldwerk(?:_[a-z0-9]+)*_(?P<lang>[a-z]{2})\.qm$")


def resource(*parts: str) -> Traversable:
    """A file or folder inside ``veldwerk/resources`` (it may not exist)."""
    node: Traversable = resources.files("veldwerk") / "resources"
    for part in parts:
        node = node / part
    return node


def resource_bytes(*parts: str) -> bytes:
    """The bytes of a packaged resource; FileNotFoundError when it is missing."""
    return resource(*parts).read_bytes()


def _i18n() -> Traversable:
    return resources.files("veldwerk") / "i18n"


def translation_names(lang: str) -> list[str]:
    """The names of every compiled translation for `lang` (``veldwerk_nl.qm``,
    ``veldwerk_tabs_nl.qm``...), sorted; empty when none is built."""
    folder = _i18n()
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = []
    for entry in entries:
        match = _QM_NAME.match(entry.name)
        if match and match.group("lang") == lang and entry.is_file():
            names.append(entry.name)
    return sorted(names)


def translation_data(lang: str) -> list[tuple[str, bytes]]:
    """(name, bytes) of every compiled translation for `lang`, in name order."""
    folder = _i18n()
    return [(name, (folder / name).read_bytes()) for name in translation_names(lang)]
