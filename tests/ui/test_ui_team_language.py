"""Dutch on the team screens: translations/veldwerk_team_nl.ts holds every string of ui/team
(as lupdate finds them now), each finished, with the same placeholders and a mnemonic where
the English has one; the team strip speaks Dutch with the Dutch words of the work."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "veldwerk_team_nl.ts"
PLACEHOLDER = re.compile(r"%\d")


def test_dutch_translation_is_complete_and_keeps_placeholders() -> None:
    """Every source text has a finished Dutch translation (both plural forms), with its
    placeholders and its mnemonic."""
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 60
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
            assert ("&" in text) == ("&" in source), source
        if message.get("numerus") == "yes":
            assert len(forms) == 2, source


def test_translation_file_holds_every_text_of_the_code(tmp_path: Path) -> None:
    """lupdate over ui/team finds no text the committed .ts file lacks."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "check_nl.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "veldwerk" / "ui" / "team").glob("*.py"))
    done = subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in done.stdout + done.stderr, done.stdout + done.stderr
