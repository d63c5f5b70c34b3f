"""The embedded font of the overviews: DejaVu Sans (regular and bold), full Latin coverage.

The TrueType files and their licence ship in `veldwerk.resources/fonts` and are read through
`importlib.resources`, so a wheel or a frozen app finds them wherever it is installed. Reportlab
embeds a subset of each font in every PDF, so names such as "Nguyễn Thị Hà" print as typed.
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "VeldwerkSans"
BOLD = "VeldwerkSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def font_bytes(file_name: str) -> bytes:
    """The bytes of a font file shipped in `veldwerk.resources/fonts`."""
    return (resources.files("veldwerk.resources") / "fonts" / file_name).read_bytes()


def ensure_fonts() -> None:
    """Register the report fonts with reportlab once per process (thread-safe, idempotent)."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FILES.items():
            if name not in known:
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
