"""Showing a refused edit next to the field it is about, in the user's language.

A form binds each of its inputs to the place the services name in `Problem.field` (``ref``,
``members[0].birth_date``, ``contacts[1].network_id``). `show(err, lang)` puts every problem's
message under its input (red border, text below); a problem about a place no input is bound to
goes into the form's general message line. The first input with a problem is scrolled into view
(in a form that scrolls) and gets the focus. Never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from veldwerk.domain.errors import DomainError, Problem
from veldwerk.ui import style


@dataclass
class _Binding:
    widget: QWidget | None
    label: QLabel


def error_label() -> QLabel:
    """The small red line under an input; hidden while there is nothing to say."""
    label = style.label("", "fieldError", wrap=True)
    label.hide()
    return label


def field_with_error(field: QWidget, error: QLabel) -> QVBoxLayout:
    """A field with its error line right under it."""
    box = QVBoxLayout()
    box.setSpacing(3)
    box.addWidget(field)
    box.addWidget(error)
    return box


def scroll_into_view(*widgets: QWidget) -> None:
    """Scroll the scroll area `widgets` sit in so that they show (the last one wins)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # place new lines first
    for widget in widgets:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget, 8, 16)


def _is_within(field: str, place: str) -> bool:
    return field == place or field.startswith(place + ".") or field.startswith(place + "[")


class FieldErrors:
    """The inputs of one form and the places they stand for."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._general.setObjectName("fieldError")
        self._general.setWordWrap(True)
        self._general.hide()
        self._bindings: dict[str, _Binding] = {}

    def bind(self, place: str, widget: QWidget | None, label: QLabel) -> None:
        """Problems at `place` (or inside it: ``place.x``, ``place[0]``) show in `label`, and
        mark `widget`."""
        self._bindings[place] = _Binding(widget, label)

    def binding_for(self, field: str) -> str | None:
        """The bound place a problem's field falls under (the longest match), or None."""
        matches = [p for p in self._bindings if _is_within(field, p)]
        return max(matches, key=len) if matches else None

    def clear(self) -> None:
        for binding in self._bindings.values():
            binding.label.clear()
            binding.label.hide()
            if binding.widget is not None:
                style.set_invalid(binding.widget, False)
        self._general.clear()
        self._general.hide()

    def show(self, err: DomainError, lang: str) -> list[Problem]:
        """Show every problem of `err`; returns those that went to the general line."""
        self.clear()
        by_place: dict[str, list[str]] = {}
        general: list[Problem] = []
        for problem in err.problems:
            place = self.binding_for(problem.field)
            if place is None:
                general.append(problem)
            else:
                by_place.setdefault(place, []).append(problem.message(lang))
        first: _Binding | None = None
        for place, texts in by_place.items():
            binding = self._bindings[place]
            binding.label.setText("\n".join(dict.fromkeys(texts)))
            binding.label.show()
            if binding.widget is not None:
                style.set_invalid(binding.widget, True)
                first = first or binding
        if general:
            self._general.setText("\n".join(dict.fromkeys(p.message(lang) for p in general)))
            self._general.show()
        if first is not None and first.widget is not None:
            scroll_into_view(first.label, first.widget)
            first.widget.setFocus()
        return general

    def message_at(self, place: str) -> str:
        """The text shown for `place` now ("" when none); for tests and accessibility."""
        binding = self._bindings.get(place)
        return binding.label.text() if binding and not binding.label.isHidden() else ""

    @property
    def general_message(self) -> str:
        return "" if self._general.isHidden() else self._general.text()
