"""What a screen reader hears (issue 16): `atspi_reader.py` starts veldwerk under Xvfb with its
AT-SPI bridge on, unlocks it, opens a family and the change of contact person, all through
AT-SPI as Orca would, and these tests judge what it read, in Dutch.

It needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi (scripts/test.sh installs them
where it may); without them the tests are skipped, saying which is missing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
READER = HERE / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
TIMEOUT_S = 90

Node = dict[str, Any]


def missing() -> str | None:
    """Why the reader cannot run here (None: it can)."""
    for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"), ("dbus-send", "dbus")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package {package})"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is not installed (Debian package at-spi2-core)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing (python3-pyatspi is a package of the system's Python)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (Debian package python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def readout(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Node]]:
    reason = missing()
    if reason is not None:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("atspi") / "readout.json"
    env = dict(os.environ, VELDWERK_PYTHON=sys.executable)
    env.pop("QT_QPA_PLATFORM", None)  # the app runs on the X screen, not offscreen
    proc = subprocess.Popen(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), str(out), "--lang", "nl"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so a run that hangs is stopped with everything it started
    )
    try:
        said, _ = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        said, _ = proc.communicate()
    text = said.decode(errors="replace")
    assert proc.returncode == 0, text[-4000:]
    return dict(json.loads(out.read_text(encoding="utf-8")))


def first(nodes: list[Node], role: str, name: str | None = None) -> Node:
    found = [n for n in nodes if n["role"] == role and (name is None or n["name"] == name)]
    assert found, f"no {role} {name or ''} in {[(n['role'], n['name']) for n in nodes]}"
    return found[0]


def focused(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if "focused" in n["states"]]


def unnamed_controls(nodes: list[Node]) -> list[Node]:
    """Focusable nodes a screen reader would announce with no name (cells of a table or tree
    are read with their column, and an empty cell is allowed to be empty)."""
    controls = [n for n in nodes if "focusable" in n["states"] and "cell" not in n["role"]]
    return [n for n in controls if not n["name"].strip()]


def test_the_unlock_window_reads_out_its_field_and_button(readout) -> None:  # type: ignore[no-untyped-def]
    """Protects the unlock window for a screen reader: it is named, the passphrase field is a
    password field named "Wachtwoord" with the focus, the button says "Openen", the language
    choice says what it is."""
    nodes = readout["unlock"]
    assert nodes[0]["name"] == "veldwerk – ontgrendelen"
    secret = first(nodes, "password text", "Wachtwoord")
    assert [secret] == focused(nodes)
    first(nodes, "push button", "Openen")
    assert first(nodes, "combo box")["description"] == "Taal"
    assert unnamed_controls(nodes) == []


def test_the_main_window_reads_out_the_list_the_family_and_its_contacts(readout) -> None:  # type: ignore[no-untyped-def]
    """Protects the main window for a screen reader: the family list is a named table whose
    rows say name, reference and phase, and a missing backup in words; the family shown, its
    contact persons (role and name), the tabs and the buttons are named; no control is
    announced without a name."""
    nodes = readout["main"]
    first(nodes, "table", "Lijst van gezinnen")
    cells = [n["name"] for n in nodes if n["role"] == "table cell"]
    assert "Gezin De Vries, HW-2026-001, eerste levensjaar" in cells
    assert "Op dit moment geen achterwacht" in cells  # a word, not only a colour
    first(nodes, "label", "Gezin De Vries")
    first(nodes, "panel", "Vast aanspreekpunt: Femke Jansen")
    first(nodes, "panel", "Achterwacht: Ahmed El Amrani")
    first(nodes, "push button", "Contactpersoon wisselen")
    tabs = [n["name"] for n in nodes if n["role"] == "page tab"]
    assert tabs == ["Gezin", "Netwerk", "Klantreis", "Plan", "Reflecties"]
    for combo in (n for n in nodes if n["role"] == "combo box"):
        assert combo["labelled_by"] or combo["description"], combo
    assert unnamed_controls(nodes) == []


def test_the_eco_map_reads_out_everyone_and_their_tie(readout) -> None:  # type: ignore[no-untyped-def]
    """Protects the eco-map's text equivalent: its description names every person with their
    tie and says how to walk it by keyboard."""
    eco_map = readout["network"][0]
    assert eco_map["name"] == "Ecogram van het netwerk"
    text = eco_map["description"]
    assert text.startswith("Personen op de kaart: 5.")
    for who in ("Ans de Vries", "Piet Hendriks", "Karin Bos", "Femke Jansen", "Ahmed El Amrani"):
        assert who in text
    assert "band: belastend" in text and "pijltjestoetsen" in text


def test_the_change_of_contact_dialog_reads_out_its_fields_in_order(readout) -> None:  # type: ignore[no-untyped-def]
    """Protects the change of contact person for a screen reader: the dialog is named, the
    first field (the role) has the focus, the person's choice list is labelled "Nieuwe
    persoon", the date field is named, the summary is read, and the buttons come after the
    fields."""
    nodes = readout["change_contact"]
    assert nodes[0]["role"] == "dialog" and nodes[0]["name"] == "Contactpersoon wisselen"
    assert focused(nodes) == [first(nodes, "radio button", "Vast aanspreekpunt")]
    first(nodes, "radio button", "Achterwacht")
    assert first(nodes, "combo box")["labelled_by"] == ["Nieuwe persoon"]
    first(nodes, "text", "Datum van de wissel")
    assert any(n["name"].startswith("Vanaf 24-11-2026 is ") for n in nodes)
    order = [n["name"] for n in nodes]
    assert order.index("Wisselen") > order.index("Datum van de wissel")
    assert unnamed_controls(nodes) == []
