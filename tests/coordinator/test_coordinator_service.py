"""The coordinator service, the one core under `veldwerk collect` and the coordinator window:
collecting, the families, the output files and the report through it on a real SQLite database,
its key loading, and the window and the command giving the same files for the same folder, with
the same trusted keys and worker count."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

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
)
from support.learning import COORDINATOR_PRIVATE
from veldwerk.cli.main import build_parser, main
from veldwerk.coordinator import collect as collect_module
from veldwerk.coordinator.overview import Selection, build_overview
from veldwerk.coordinator.service import NEEDS_PASSPHRASE, CoordinatorService
from veldwerk.domain.errors import DomainError
from veldwerk.learning.bundle import bundle_file_name
from veldwerk.learning.keys import generate_coordinator_keypair
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator import run_coordinator_window
from veldwerk.ui.coordinator.window import CoordinatorWindow

OUTPUTS = ["aggregates.csv", "metrics.csv", "rejected.csv", "report.pdf", "waiting.csv"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Any]]:
    """Six installations with one bundle each (the last one not in the trusted keys),
    a file that is not a bundle, and a folder of trusted keys (hex and PEM)."""
    base = tmp_path_factory.mktemp("service")
    shared = base / "shared"
    shared.mkdir()
    installations = make_installations(count=6)
    for inst in installations:
        records = records_of(inst, range(1, len(inst.families) + 1))
        (shared / bundle_file_name(inst.id, 1)).write_bytes(bundle_bytes(inst, 1, records))
    (shared / "notulen.docx").write_bytes(b"PK\x03\x04 not a bundle")
    keys = base / "trusted"
    keys.mkdir()
    (keys / "hex.txt").write_text("\n".join(i.public_hex for i in installations[:4]) + "\n")
    (keys / "five.pem").write_bytes(
        installations[4]
        .key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return shared, keys, installations


@pytest.fixture
def workers_seen(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The worker count every collection's bundle checker is made with."""
    seen: list[int | None] = []
    original = collect_module.Checker.__init__

    def spy(self: Any, private_key: Any, workers: int | None) -> None:
        seen.append(workers)
        original(self, private_key, workers)

    monkeypatch.setattr(collect_module.Checker, "__init__", spy)
    return seen


def test_collect_outputs_and_report_through_the_service(
    tmp_path: Path, folder: tuple[Path, Path, list[Any]], workers_seen: list[int | None]
) -> None:
    """Protects the service's use cases on a real database: collect (with trusted keys and a
    worker count) reports what happened and gives back the kept families, which `families()`
    reads again from the database; collecting again changes nothing; the output files
    (waiting.csv too) and a report of one region are written where asked."""
    shared, keys, installations = folder
    service = CoordinatorService(
        f"sqlite:///{tmp_path / 'c.sqlite3'}", trusted_keys=keys, workers=1
    )
    enrol(service.db_url, installations)
    assert service.database_name == str(tmp_path / "c.sqlite3")
    collected = service.collect(shared, private_key=COORDINATOR_PRIVATE)
    result = collected.result
    assert (result.files, result.new_bundles, result.installations) == (7, 5, 5)
    assert sorted((r.file, r.reason) for r in result.rejected) == [
        (bundle_file_name(installations[5].id, 1), "untrusted_key"),
        ("notulen.docx", "not_a_bundle"),
    ]
    assert workers_seen == [1]
    kept = sum(len(i.families) for i in installations[:5])
    assert len(collected.families) == result.families == kept
    assert service.families() == collected.families
    again = service.collect(shared, private_key=COORDINATOR_PRIVATE).result
    assert (again.new_bundles, again.unchanged, again.families) == (0, 5, kept)

    written = service.write_outputs(
        tmp_path / "out", collected.families, result.rejected, 5, lang="en"
    )
    assert [p.name for p in written] == OUTPUTS
    assert ["notulen.docx", "not_a_bundle"] in read_csv(tmp_path / "out" / "rejected.csv")

    region = installations[0].region
    overview = build_overview(collected.families, 5, Selection(region=region))
    target = tmp_path / "region.pdf"
    service.save_report(target, overview, lang="en", rejected=len(result.rejected))
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert f"Region: {region}" in text and "Collected: 24 November 2026" in text


def test_the_service_loads_the_key_and_refuses_calmly(tmp_path: Path) -> None:
    """Protects key loading and refusals: a passphrase-protected key needs its passphrase (the
    code the command line asks it on) and opens with it; collecting without the coordinator's
    key (every bundle is encrypted to it), a missing shared folder and a folder of trusted keys
    with junk in it are DomainErrors that say what to do, not crashes."""
    private, _ = generate_coordinator_keypair(tmp_path / "keys", passphrase=b"geheim")
    with pytest.raises(DomainError) as needs:
        CoordinatorService.load_private_key(private)
    assert needs.value.code == NEEDS_PASSPHRASE
    with pytest.raises(DomainError) as wrong:
        CoordinatorService.load_private_key(private, "fout")
    assert wrong.value.code == "learning.key_file_wrong_passphrase"
    assert CoordinatorService.load_private_key(private, "geheim") is not None
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    with pytest.raises(DomainError) as no_key:
        CoordinatorService(db).collect(tmp_path)
    assert no_key.value.code == "coordinator.key_missing"
    assert "--key" in no_key.value.message("nl") and "--key" in no_key.value.message("en")
    with pytest.raises(DomainError) as missing:
        CoordinatorService(db).collect(tmp_path / "nowhere", private_key=COORDINATOR_PRIVATE)
    assert missing.value.code == "coordinator.folder_missing"
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("not a key")
    with pytest.raises(DomainError) as unreadable:
        CoordinatorService(db, trusted_keys=junk).collect(tmp_path, private_key=COORDINATOR_PRIVATE)
    assert unreadable.value.code == "coordinator.trusted_keys_unreadable"


def test_the_window_and_the_command_write_the_same_files(
    qtbot: Any,
    tmp_path: Path,
    folder: tuple[Path, Path, list[Any]],
    workers_seen: list[int | None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Protects one core under both front ends: `veldwerk collect --trusted-keys DIR --workers 1`
    and the window given the same trusted keys and worker count (each on a database of its own)
    collect the same folder into byte-identical aggregates.csv, metrics.csv, rejected.csv,
    report.pdf and waiting.csv, the untrusted installation refused by both."""
    shared, keys, installations = folder
    by_command = tmp_path / "command"
    key = coordinator_key_file(tmp_path / "key")
    argv = ["collect", str(shared), "--out", str(by_command), "--lang", "en", "--key", str(key)]
    argv += ["--db", f"sqlite:///{tmp_path / 'cli.sqlite3'}"]
    enrol(f"sqlite:///{tmp_path / 'cli.sqlite3'}", installations)
    enrol(f"sqlite:///{tmp_path / 'gui.sqlite3'}", installations)
    assert main([*argv, "--trusted-keys", str(keys), "--workers", "1"]) == 0

    window = CoordinatorWindow(
        db_url=f"sqlite:///{tmp_path / 'gui.sqlite3'}",
        shared_dir=shared,
        key=key,
        lang="en",
        trusted_keys=keys,
        workers=1,
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.start_collect()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    by_window = tmp_path / "window"
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: by_window)
    assert [p.name for p in window.save_csv()] == OUTPUTS

    assert workers_seen == [1, 1]
    for name in OUTPUTS:
        assert (by_window / name).read_bytes() == (by_command / name).read_bytes(), name
    untrusted = [bundle_file_name(installations[5].id, 1), "untrusted_key"]
    assert untrusted in read_csv(by_window / "rejected.csv")


def test_the_coordinator_command_passes_trusted_keys_and_workers(
    qtbot: Any, tmp_path: Path, folder: tuple[Path, Path, list[Any]]
) -> None:
    """Protects `veldwerk coordinator --trusted-keys DIR --workers N`: the command line's
    options reach the window's service, as `veldwerk collect`'s reach its own."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from veldwerk.cli.context import Context

    shared, keys, _ = folder
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    args = build_parser().parse_args(
        ["coordinator", str(shared), "--db", db, "--trusted-keys", str(keys), "--workers", "2"]
    )
    assert isinstance(args, argparse.Namespace)
    seen: list[tuple[Any, ...]] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CoordinatorWindow) and widget.isVisible():
                service = widget.service
                seen.append((service.db_url, service.trusted_keys, service.workers))
                widget.wait_idle()
                widget.close()

    QTimer.singleShot(300, close)
    assert run_coordinator_window(args, Context(args=args, lang="en")) == 0
    assert seen == [(db, keys, 2)]
