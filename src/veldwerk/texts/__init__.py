"""The one text catalogue (`text`) and the one date formatter (`format_date`), below every other
package of veldwerk: no Qt, nothing of veldwerk imported. See `catalogue` and `dates`."""

from veldwerk.texts.catalogue import LANGUAGES, Ref, has, text
from veldwerk.texts.dates import format_date, format_iso_date

__all__ = ["LANGUAGES", "Ref", "format_date", "format_iso_date", "has", "text"]
