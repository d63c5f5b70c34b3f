"""The contract between the family tabs and the main window.

The main window owns the one database worker (a thread that holds the open `Workspace`). A tab or
an edit dialog never touches the workspace itself: it asks the `FamilyEditor` to run a service
call on that worker. On success every tab receives the fresh `Family` through `set_family`; on a
`DomainError` the caller's `on_error` gets it, to show the message next to the field (its
`field`, e.g. ``journey[3].date``, names the place) in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from veldwerk.domain.errors import DomainError
    from veldwerk.domain.model import Family
    from veldwerk.workspace import Workspace


class FamilyEditor(Protocol):
    """What the main window offers the tabs and dialogs."""

    @property
    def lang(self) -> str:
        """ "nl" or "en": the language for code labels and domain messages."""
        ...

    def save(
        self,
        op: Callable[[Workspace], Family],
        on_done: Callable[[Family], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        """Run `op` on the database worker. On success: every tab gets the returned family,
        then `on_done(family)`. On a DomainError: `on_error(err)` (or a calm message box when
        None); nothing was stored. Any other exception: a calm generic message, logged."""
        ...

    def query(self, op: Callable[[Workspace], Any], on_done: Callable[[Any], None]) -> None:
        """Run a read-only `op` on the worker and hand its result to `on_done` (GUI thread)."""
        ...


class FamilyTab(Protocol):
    """A tab of the family detail (Gezin, Netwerk, Klantreis, Plan, Reflecties)."""

    def set_family(self, family: Family | None) -> None:
        """Show `family` (None: nothing, e.g. while locked). Must not keep older data."""
        ...

    def has_unsaved_changes(self) -> bool: ...
