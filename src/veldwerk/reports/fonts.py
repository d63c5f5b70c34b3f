"""The embedded font of the overviews: DejaVu Sans (regular and bold), full Latin coverage.

The TrueType files and their licence ship in `veldwerk/resources/fonts` and are read through
`veldwerk.assets` (importlib.resources), so a wheel or a frozen app finds them wherever it is
installed. Reportlab embeds a subset of each font in every PDF, so names such as "Nguyễn Thị Hà"
print as typed.
"""

from __future__ import annotations

import io
import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from veldwerk import assets

REGULAR = "VeldwerkSans"
BOLD = "VeldwerkSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def ensure_fonts() -> None:
    """Register the report fonts with reportlab once per process (thread-safe, idempotent)."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FILES.items():
            if name not in known:
                data = assets.resource_bytes("fonts", file_name)
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
