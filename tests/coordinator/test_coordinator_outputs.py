"""What a run writes: the CSV files, the report (suppression in its text too), the command line
(`veldwerk collect`), and the documentation of every column and reason."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from cryptography.hazmat.primitives import serialization

from support.coordinator import (
    bundle_bytes,
    coordinator_key_file,
    enrol,
    make_installations,
    read_csv,
    records_of,
    write_history,
)
from support.facts import ev, fam
from veldwerk.cli.main import main
from veldwerk.coordinator.outputs import write_outputs
from veldwerk.coordinator.overview import Selection, build_overview
from veldwerk.coordinator.perturb import COARSE_FROM, COARSE_STEP, STEP
from veldwerk.coordinator.report import report_pdf
from veldwerk.coordinator.suppress import DEFAULT_THRESHOLD, METRIC_COLUMNS, MIN_THRESHOLD
from veldwerk.coordinator.texts import REASONS
from veldwerk.domain import codes
from veldwerk.learning.bundle import bundle_file_name
from veldwerk.learning.keys import generate_coordinator_keypair
from veldwerk.samples.bundles import enrol_every_installation

DOCS = Path(__file__).resolve().parents[2] / "docs" / "coordinator-outputs.md"


def small_and_large_families() -> list:  # type: ignore[type-arg]
    """42 families where barriers, enablers and quarters come in every size from 1 up."""
    families = []
    barriers = list(codes.BARRIERS)
    enablers = list(codes.ENABLERS)
    for i in range(42):
        # barrier k is met by the first k+1 families: sizes 1, 2, 3, ... up to 17
        bs = tuple(b for k, b in enumerate(barriers) if i <= k)
        xs = tuple(x for k, x in enumerate(enablers) if i <= 2 * k)
        quarter = (
            ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"][min(i // 4, 3)] if i < 16 else "2025-Q1"
        )
        families.append(
            fam(
                "Noord" if i < 30 else ("Zuid" if i < 39 else "Klein"),
                n=i,
                quarter=quarter,
                events=(
                    ev("signal", "pregnancy", bs, xs, 0),
                    ev("intake", "pregnancy", (), (), 1 + i % 4),
                ),
            )
        )
    return families


def test_csv_files_are_protected(tmp_path: Path) -> None:
    """Protects aggregates.csv and metrics.csv: headers as specified, small cells written as
    <5 with empty events, every other count rounded to 5, nothing below the threshold anywhere,
    the all row the sum of the regions shown (marked + since two are hidden)."""
    families = small_and_large_families()
    write_outputs(tmp_path, families, (), 5)
    aggregates = read_csv(tmp_path / "aggregates.csv")
    assert aggregates[0] == ["dimension", "category", "families", "events"]
    rows = {(d, c): (f, e) for d, c, f, e in aggregates[1:]}
    assert rows[("barrier", barrier_of_size(4))] == ("<5", "")
    assert rows[("barrier", barrier_of_size(5))] == ("5", "5")
    assert rows[("barrier", barrier_of_size(7))] == ("5", "5")
    assert rows[("barrier", barrier_of_size(8))] == ("10", "10")
    assert rows[("region", "Klein")] == ("<5", "")
    assert rows[("region", "Zuid")] == ("x", "")
    assert rows[("region", "Noord")] == ("30", "")
    for dimension, category, families_cell, events in aggregates[1:]:
        for cell in (families_cell, events):
            assert cell in ("<5", "x", "") or int(cell) % 5 == 0, (dimension, category, cell)
        assert families_cell in ("<5", "x") or int(families_cell) >= 5, (dimension, category)
    metrics = read_csv(tmp_path / "metrics.csv")
    assert tuple(metrics[0]) == METRIC_COLUMNS
    assert [r[0] for r in metrics[1:]] == ["Klein", "Noord", "Zuid", "all"]
    assert metrics[1] == ["Klein", "<5", "", "", "", "", ""]
    assert metrics[3] == ["Zuid", "x", "", "", "", "", ""]
    assert metrics[4][:2] == ["all", "30+"]
    assert read_csv(tmp_path / "rejected.csv") == [["file", "reason"]]


def barrier_of_size(size: int) -> str:
    return list(codes.BARRIERS)[size - 1]


def _pdf_lines(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_never_prints_a_small_number_of_families(tmp_path: Path, lang: str) -> None:
    """Protects report.pdf: every barrier or enabler line and every quarter carries a rounded
    number of at least the threshold, or a marker; small ones are named without a number; the
    total is marked + for its hidden regions; the report is in the chosen language, with its
    charts, and says that numbers are rounded."""
    families = small_and_large_families()
    overview = build_overview(families, 5)
    lines = _pdf_lines(report_pdf(overview, lang=lang, rejected=2), tmp_path)
    text = "\n".join(lines)
    labels = [codes.label("barrier", b, lang) for b in codes.BARRIERS]
    labels += [codes.label("enabler", x, lang) for x in codes.ENABLERS]
    checked = 0
    for line in lines:
        for label in labels:
            m = re.fullmatch(re.escape(label) + r" (\d+)", line)
            if m:
                checked += 1
                assert int(m.group(1)) >= 5 and int(m.group(1)) % 5 == 0, line
    assert checked >= 10
    quarters = [line for line in lines if re.match(r"^20\d\d-Q\d ", line)]
    assert quarters and all(
        re.match(r"^20\d\d-Q\d (<5|x|\d\d+|[5-9])( |$)", q) for q in quarters
    ), quarters
    assert ("Leren van de praktijk" if lang == "nl" else "Learning from practice") in text
    assert ("overzicht: 30+" if lang == "nl" else "overview: 30+") in text
    assert ("afgerond op 5" if lang == "nl" else "rounded to 5") in text
    assert "rejected.csv" in text


def test_the_report_is_the_same_for_the_same_data_and_names_the_selection(tmp_path: Path) -> None:
    """Protects a report that can be compared and passed on: no timestamps in the file, and a
    filtered report says which region and period it covers."""
    families = small_and_large_families()
    first = report_pdf(build_overview(families, 5), lang="en")
    assert first == report_pdf(build_overview(families, 5), lang="en")
    selected = build_overview(families, 5, Selection("Noord", "2024-Q2", "2025-Q1"))
    text = "\n".join(_pdf_lines(report_pdf(selected, lang="en"), tmp_path))
    assert "Region: Noord" in text and "2024-Q2" in text


def test_collect_command_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects `veldwerk collect`: encrypted bundles opened with a passphrase-protected key,
    a bad file listed and refused, all four files written to --out, messages in Dutch; and a
    threshold below 5 refused."""
    private, _public = generate_coordinator_keypair(tmp_path / "keys", passphrase=b"geheim")
    key = serialization.load_pem_private_key(private.read_bytes(), password=b"geheim")
    shared = tmp_path / "shared"
    installations = make_installations(count=6)
    write_history(shared, installations, bundles=2, coordinator_key=key.public_key())  # type: ignore[union-attr]
    (shared / "notes.txt").write_text("hello")
    monkeypatch.setenv("VELDWERK_COORDINATOR_KEY_PASSPHRASE", "geheim")
    out = tmp_path / "out"
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    assert enrol_every_installation(db, shared, private_key=key) == 6  # type: ignore[arg-type]
    code = main(
        [
            "collect",
            str(shared),
            "--out",
            str(out),
            "--db",
            db,
            "--key",
            str(private),
            "--lang",
            "nl",
        ]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "13 bestanden bekeken: 6 nieuwe bundels verwerkt" in printed.out
    assert "notes.txt: Dit bestand is geen leerbundel van veldwerk." in printed.out
    assert sorted(p.name for p in out.iterdir()) == [
        "aggregates.csv",
        "metrics.csv",
        "rejected.csv",
        "report.pdf",
        "waiting.csv",
    ]
    assert read_csv(out / "rejected.csv") == [["file", "reason"], ["notes.txt", "not_a_bundle"]]
    assert main(["collect", str(shared), "--db", db, "--threshold", "2", "--lang", "nl"]) == 1
    assert "De drempel moet minstens 5 zijn (gegeven: 2)" in capsys.readouterr().err


def test_collect_command_with_trusted_keys_and_without_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Protects --trusted-keys (hex and PEM files) and clear messages: a bundle of an unlisted
    key is refused as untrusted_key; without --key (every bundle is encrypted) nothing is
    collected or written, and the message says how to give the key."""
    a, b, c = make_installations(count=4)[:3]
    shared = tmp_path / "shared"
    shared.mkdir()
    for inst in (a, b, c):
        (shared / bundle_file_name(inst.id, 1)).write_bytes(
            bundle_bytes(inst, 1, records_of(inst, [1, 2]))
        )
    keys = tmp_path / "trusted"
    keys.mkdir()
    (keys / "a.txt").write_text(f"# installation a\n{a.public_hex}\n")
    (keys / "b.pem").write_bytes(
        b.key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    enrol(db, [a, b, c])
    without_key = tmp_path / "without-key.sqlite3"
    argv = ["collect", str(shared), "--out", str(tmp_path / "without-key")]
    assert main([*argv, "--db", f"sqlite:///{without_key}", "--lang", "en"]) == 1
    printed = capsys.readouterr()
    assert "Choose the coordinator's private key first" in printed.err
    assert "veldwerk collect FOLDER --key coordinator-private.pem" in printed.err
    assert not (tmp_path / "without-key").exists() and not without_key.exists()
    key = coordinator_key_file(tmp_path / "ck")
    assert (
        main(
            [
                "collect",
                str(shared),
                "--out",
                str(tmp_path / "out"),
                "--db",
                db,
                "--key",
                str(key),
                "--trusted-keys",
                str(keys),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert read_csv(tmp_path / "out" / "rejected.csv")[1:] == [
        [bundle_file_name(c.id, 1), "untrusted_key"]
    ]
    assert "signed with a key that is not in the list of trusted keys" in capsys.readouterr().out
    (keys / "junk.txt").write_text("not a key")
    argv = ["collect", str(shared), "--db", db, "--key", str(key), "--trusted-keys", str(keys)]
    assert main(argv) == 1
    assert "junk.txt" in capsys.readouterr().err


def test_every_column_and_reason_is_documented() -> None:
    """Protects the documentation: every column of the three CSV files, every reason, the
    markers and the protection's parameters are explained in docs/coordinator-outputs.md."""
    text = DOCS.read_text(encoding="utf-8")
    for name in (
        "dimension",
        "category",
        "families",
        "events",
        *METRIC_COLUMNS,
        "file",
        "reason",
        *REASONS,
        "`<10`",
        "`x`",
        "`+`",
        "`--threshold`",
    ):
        assert f"`{name.strip('`')}`" in text, name
    for parameter in (
        f"default {DEFAULT_THRESHOLD}",
        f"never below {MIN_THRESHOLD}",
        f"nearest {STEP}",
        f"from {COARSE_FROM} on",
        f"nearest {COARSE_STEP}",
    ):
        assert parameter in text, parameter
