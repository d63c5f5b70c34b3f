"""The team folder is hostile ground (issue 13, and the rules of issue 11's shared folder): a
change set of an unknown or removed colleague, or one tampered with, truncated or replayed, is
refused or harmless, and listed with its reason; links are never followed, reads are bounded,
a FIFO does not hang a sync, and the signature is checked before anything is parsed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.team_profiles import REF, Profiles, make_profiles
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.services.team_sync import SyncResult
from veldwerk.team.changeset import MAX_CHANGE_SET_BYTES, read_header


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Profiles]:
    """A shared the family with B, and both have synced."""
    for profiles in make_profiles(tmp_path, "ab"):
        profiles["a"].team.share(REF, "Ahmed El Amrani")
        profiles.sync("a", "b")
        yield profiles


def _edit(team: Profiles, name: str) -> Path:
    """A renames the family and syncs; the change set it wrote."""
    team["a"].families.update_details(REF, name=name)
    team.sync("a")
    return max((team.folder / team.device("a")).iterdir())


def _on_b(team: Profiles) -> Family:
    return team["b"].families.get(REF)


def _reasons(result: SyncResult) -> dict[str, list[str]]:
    return {
        "refused": sorted(n.reason.rsplit(".", 1)[1] for n in result.refused),
        "waiting": sorted(n.reason.rsplit(".", 1)[1] for n in result.waiting),
    }


def test_a_tampered_change_set_waits_and_changes_nothing(team: Profiles) -> None:
    """One flipped byte: the signature fails, the file is listed as waiting (it may be a sync
    tool's half copy) and tried again; the family is unchanged. The file as written is taken."""
    path = _edit(team, "Gezin Getest")
    good = path.read_bytes()
    bad = bytearray(good)
    bad[len(bad) - 140] ^= 0x20  # in the payload, just before the signature
    path.write_bytes(bytes(bad))
    result = team["b"].team_sync.sync()
    assert _reasons(result) == {"refused": [], "waiting": ["bad_signature"]}
    assert _on_b(team).name == "Gezin De Vries"
    assert _reasons(team["b"].team_sync.sync())["waiting"] == ["bad_signature"]  # again
    path.write_bytes(good)
    assert _reasons(team["b"].team_sync.sync()) == {"refused": [], "waiting": []}
    assert _on_b(team).name == "Gezin Getest"


def test_a_truncated_change_set_waits_until_it_has_arrived(team: Profiles) -> None:
    """Half a file (a cloud folder still syncing) is listed as waiting, then taken whole."""
    path = _edit(team, "Gezin Half")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])
    assert _reasons(team["b"].team_sync.sync())["waiting"] == ["truncated"]
    assert _on_b(team).name == "Gezin De Vries"
    path.write_bytes(good)
    team.sync("b")
    assert _on_b(team).name == "Gezin Half"


def test_a_replayed_change_set_is_refused_and_harmless(team: Profiles) -> None:
    """An old change set copied under a new name (to undo a later change) is listed as
    replayed; the family keeps its latest state; a copy into another folder is refused too."""
    first = _edit(team, "Gezin Een")
    team.sync("b")
    _edit(team, "Gezin Twee")
    team.sync("b")
    shutil.copy(first, first.parent / "0000000099.vwcs")
    result = team["b"].team_sync.sync()
    assert _reasons(result)["refused"] == ["replayed"]
    assert _on_b(team).name == "Gezin Twee"
    assert team["b"].team_sync.sync().refused == ()  # listed once: not read again


def test_files_of_unknown_and_removed_colleagues_are_not_taken(team: Profiles) -> None:
    """A folder of a device B has no card of is listed as from an unknown colleague; after B
    removes A, A's new change sets are listed as from a removed colleague and not read."""
    stranger = team.folder / ("ab" * 16)
    stranger.mkdir()
    shutil.copy(_edit(team, "Gezin Vreemd"), stranger / "0000000001.vwcs")
    result = team["b"].team_sync.sync()
    assert "unknown_colleague" in _reasons(result)["refused"]
    team["b"].team.remove_colleague("Femke Jansen")
    _edit(team, "Gezin Weg")
    result = team["b"].team_sync.sync()
    assert "removed" in _reasons(result)["refused"]
    assert _on_b(team).name == "Gezin Vreemd"


def test_links_are_never_followed(team: Profiles, tmp_path: Path) -> None:
    """A link among A's files (to a real change set elsewhere) and a linked device folder are
    listed as links; what they point to is not read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    real = _edit(team, "Gezin Link")
    team.sync("b")
    target = outside / "copy.vwcs"
    shutil.copy(real, target)
    (real.parent / "0000000050.vwcs").symlink_to(target)
    (team.folder / ("cd" * 16)).symlink_to(outside, target_is_directory=True)
    result = team["b"].team_sync.sync()
    assert _reasons(result)["refused"] == ["link", "link"]
    assert result.received == 0


def test_big_files_and_fifos_are_refused_without_reading_them(team: Profiles) -> None:
    """A file over the cap (sparse: it costs no disk) is refused as too large, a FIFO as not a
    file, at once (the sync does not wait for a writer)."""
    mine = team.folder / team.device("a")
    with open(mine / "0000000070.vwcs", "wb") as big:
        big.truncate(MAX_CHANGE_SET_BYTES + 1)
    os.mkfifo(mine / "0000000071.vwcs")
    result = team["b"].team_sync.sync()
    assert sorted(_reasons(result)["refused"]) == ["not_regular", "too_large"]


def test_the_signature_is_checked_before_the_payload_is_parsed(team: Profiles) -> None:
    """A file with A's real header but another payload of the same length (junk that no
    parser would take) fails on its signature: the junk is never parsed."""
    path = _edit(team, "Gezin Echt")
    data = path.read_bytes()
    header, start = read_header(data)
    junk = b"{" * header["payload_bytes"]
    path.write_bytes(data[:start] + junk + data[start + header["payload_bytes"] :])
    assert _reasons(team["b"].team_sync.sync())["waiting"] == ["bad_signature"]


def test_a_linked_own_folder_is_never_written_into(team: Profiles, tmp_path: Path) -> None:
    """When B's own folder in the team folder has been swapped for a link, B writes nothing
    (someone else could read along) and says why."""
    mine = team.folder / team.device("b")
    elsewhere = tmp_path / "elsewhere"
    if mine.exists():
        shutil.move(mine, elsewhere)
    else:
        elsewhere.mkdir()
    mine.symlink_to(elsewhere, target_is_directory=True)
    before = sorted(elsewhere.iterdir())
    team["b"].families.update_details(REF, name="Gezin B")
    with pytest.raises(DomainError) as caught:
        team["b"].team_sync.sync()
    assert caught.value.code == "team.folder_own_folder_link"
    assert sorted(elsewhere.iterdir()) == before
