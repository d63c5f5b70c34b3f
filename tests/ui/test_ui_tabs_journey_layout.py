"""Klantreis layout: the button row fits a narrow window (the chip legend moves to a row of its
own instead of widening the tab), and the timeline of a long journey is built and measured once
per family and width, not again on every switch back to it; nothing of it is kept once the
family leaves the screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication

from support.tabs import Tabs, answers, compile_dutch, install_dutch, tabs, workspace  # noqa: F401
from veldwerk.domain import codes
from veldwerk.domain.model import Event, Family

NETWORK_TAB = 1


def _long_family(t: Tabs, steps: int = 600) -> Family:
    ws = t.editor.ws
    base = ws.families.get("HW-2026-001")
    barriers, enablers = list(codes.BARRIERS), list(codes.ENABLERS)
    events = tuple(
        Event(
            date(2020, 1, 1) + timedelta(days=i * 3),
            "contact",
            f"Stap {i}",
            "Wat er gebeurde" if i % 3 else None,
            (),
            tuple(barriers[(i + k) % len(barriers)] for k in range(i % 3)),
            tuple(enablers[(i + k) % len(enablers)] for k in range(i % 4 // 2)),
        )
        for i in range(steps)
    )
    return ws.families.create(
        replace(
            base,
            ref="LONG-1",
            key=None,
            goals=(),
            reflections=(),
            journey=events,
            members=tuple(replace(m, key=None) for m in base.members),
            network=tuple(replace(n, key=None) for n in base.network),
            contacts=tuple(replace(c, key=None) for c in base.contacts),
        )
    )


def test_legend_wraps_instead_of_widening_the_tab_in_dutch(tabs: Tabs, tmp_path: Any) -> None:
    """Protects the 1280 x 800 window: in Dutch the journey tab asks for no more width than the
    network tab (it needed 872 px with the legend in the button row); when narrow the legend is
    on its own row, when wide it is back in the button row, and it is shown either way."""
    translator = install_dutch(compile_dutch(tmp_path))
    try:
        t = tabs
        t.show("HW-2026-001")
        t.host.setCurrentWidget(t.journey)
        journey = t.journey
        assert journey.order_label.text() == "V&olgorde:"
        network_min = t.widgets[NETWORK_TAB].minimumSizeHint().width()

        t.host.resize(700, 600)
        QApplication.processEvents()
        assert journey.legend_wrapped and journey.legend.isVisible()
        assert journey.minimumSizeHint().width() <= max(network_min, 700)
        assert journey.legend.geometry().top() > journey.add_button.geometry().bottom()
        assert journey.order.geometry().right() <= journey.width()

        t.host.resize(1200, 600)
        QApplication.processEvents()
        assert not journey.legend_wrapped and journey.legend.isVisible()
        assert journey.legend.geometry().top() < journey.add_button.geometry().bottom()
        assert journey.legend.width() >= journey.legend.sizeHint().width()

        # a width where the English row fits and the (longer) Dutch one does not: switching
        # the language moves the legend with the new texts
        dutch_row = journey.toolbar.sizeHint().width()
        t.host.resize(t.host.width() - (journey.width() - 24 - dutch_row) - 30, 600)
        QApplication.processEvents()
        assert journey.width() - 24 < dutch_row and journey.legend_wrapped
        QApplication.removeTranslator(translator)
        QApplication.processEvents()
        assert journey.add_button.text() == "&Add step" and not journey.legend_wrapped
        QApplication.installTranslator(translator)
        QApplication.processEvents()
        assert journey.add_button.text() == "&Stap toevoegen" and journey.legend_wrapped
    finally:
        QApplication.removeTranslator(translator)


def test_switching_back_to_a_long_journey_reuses_its_rows_and_heights(tabs: Tabs) -> None:
    """Protects the family switch budget: the rows and the row heights of a journey of 600
    steps are worked out once; showing the same (unchanged) family again reuses both, while a
    changed family (a new object) gets fresh ones."""
    t = tabs
    long = _long_family(t)
    other = t.family("HW-2026-001")
    t.host.setCurrentWidget(t.journey)
    journey = t.journey
    measured: list[int] = []
    measure = journey.delegate._measure

    def counting(model: Any, width: int) -> list[int]:
        measured.append(width)
        return measure(model, width)

    journey.delegate._measure = counting  # type: ignore[method-assign]
    journey.set_family(long)
    t.host.repaint()
    rows = journey.model.rows
    assert len(rows) > 600 and len(measured) == 1
    journey.set_family(other)
    t.host.repaint()
    journey.set_family(long)
    t.host.repaint()
    assert journey.model.rows is rows  # built once for this family object
    assert len(measured) == 2  # the long journey was not measured again

    changed = t.editor.ws.families.get("LONG-1")  # the same family, read again: a new object
    journey.set_family(changed)
    t.host.repaint()
    assert journey.model.rows is not rows and len(measured) == 3
    assert journey.row_texts()[1].startswith(journey.model.spoken(rows[1])[:11])


def test_no_timeline_is_kept_once_the_family_leaves(tabs: Tabs) -> None:
    """Protects the lock: after set_family(None) neither the model nor the delegate keeps rows
    or heights of any family shown before."""
    t = tabs
    t.host.setCurrentWidget(t.journey)
    for ref in ("HW-2026-001", "HW-2026-009"):
        t.journey.set_family(t.family(ref))
        t.host.repaint()
    assert t.journey.model._kept and t.journey.delegate._kept_heights
    t.journey.set_family(None)
    assert t.journey.model.rows == [] and not t.journey.model._kept
    assert not t.journey.delegate._kept_heights and t.journey.delegate._heights_of is None


def test_a_step_far_down_stays_in_sight_after_a_save(tabs: Tabs) -> None:
    """Protects the batched layout of long journeys: a step far down the timeline that is
    chosen stays chosen and in sight when the family comes back after a save (those rows are
    laid out at once then), while an ordinary switch lays out in batches."""
    t = tabs
    long = _long_family(t)
    t.host.setCurrentWidget(t.journey)
    journey = t.journey
    journey.set_family(long)
    t.host.repaint()
    assert journey.list.layoutMode() == journey.list.LayoutMode.Batched
    far = journey.model.rows[450].event
    assert far is not None and far.key is not None
    journey.select_key(far.key)
    QApplication.processEvents()
    fresh = t.editor.ws.families.get("LONG-1")  # what a save hands back: a new object
    journey.set_family(fresh)
    QApplication.processEvents()
    assert journey.selected_key() == far.key
    index = journey.list.currentIndex()
    assert index.row() == journey.model.row_of_key(far.key)
    assert journey.list.viewport().rect().intersects(journey.list.visualRect(index))
    journey.set_family(t.family("HW-2026-001"))
    assert journey.list.layoutMode() == journey.list.LayoutMode.Batched
