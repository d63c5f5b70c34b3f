"""The tabs drawn with the spec's example families (offscreen): nothing empty, nothing clipped,
and a long journey still opens quickly."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from support.tabs import Tabs, answers, tabs, workspace  # noqa: F401
from veldwerk.domain import codes
from veldwerk.domain.model import Event


def _colours(image: QImage) -> int:
    """How many distinct colours a coarse sample of the image has (an empty pane has few)."""
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_every_tab_draws_the_example_family(tabs: Tabs, tmp_path: Path) -> None:
    """Each tab of each example family renders to a PNG with real content (not one flat
    colour) and the eco-map's node texts fit inside their nodes."""
    t = tabs
    for ref in ("HW-2026-001", "HW-2025-017", "HW-2026-009"):
        t.show(ref)
        for i, tab in enumerate(t.widgets):
            t.host.setCurrentIndex(i)
            QApplication.processEvents()
            image = t.host.grab().toImage()
            path = tmp_path / f"{ref}-{i}.png"
            assert image.save(str(path)) and path.stat().st_size > 2000
            assert _colours(image) > 12, (ref, tab.tab_title())
        for node in t.network.map.nodes.values():
            if node.kind == "professional":
                assert node.shape_rect.contains(node.text_rect)
            assert node.text_w <= 200


def test_journey_of_two_thousand_steps_opens_quickly(tabs: Tabs) -> None:
    """A family with 2,000 steps: every tab gets it and the timeline is drawn well within a
    second (the budget for a family switch is 100 ms; this guards against gross slowness on a
    busy test machine)."""
    t = tabs
    ws = t.editor.ws
    base = ws.families.get("HW-2026-001")
    barriers, enablers, types = list(codes.BARRIERS), list(codes.ENABLERS), list(codes.EVENT_TYPES)
    events = tuple(
        Event(
            date(2019, 1, 1) + timedelta(days=(i * 37) % 2800),
            types[i % len(types)],
            f"Stap {i}",
            "Wat er gebeurde" if i % 3 else None,
            ("n2",) if i % 2 else (),
            tuple(barriers[(i + k) % len(barriers)] for k in range(i % 3)),
            tuple(enablers[(i + k) % len(enablers)] for k in range(i % 4 // 2)),
        )
        for i in range(2000)
    )
    big = replace(
        base,
        ref="BIG-1",
        key=None,
        goals=(),
        reflections=(),
        journey=events,
        members=tuple(replace(m, key=None) for m in base.members),
        network=tuple(replace(n, key=None) for n in base.network),
        contacts=tuple(replace(c, key=None) for c in base.contacts),
    )
    family = ws.families.create(big)
    t.host.setCurrentWidget(t.journey)
    QApplication.processEvents()
    start = time.perf_counter()
    for tab in t.widgets:
        tab.set_family(family)
    t.host.repaint()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    assert len(t.journey.model.rows) > 2000
    assert elapsed < 1.0, f"{elapsed:.3f} s"
