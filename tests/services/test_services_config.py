"""The settings kept inside the encrypted profile (`veldwerk config`, the Settings dialog): one
check per key, so the GUI and the command line agree, with every refusal by its code."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.common import PASSPHRASE
from support.pages import find_markers
from veldwerk.domain.errors import DomainError
from veldwerk.learning.keys import generate_coordinator_keypair
from veldwerk.services.config import ConfigService
from veldwerk.workspace import Workspace

REGION_HINT = (
    "een regionaam van 1 tot 60 letters, cijfers, spaties, - en ', die begint met een letter, "
    "een cijfer of ' (bijvoorbeeld Noord-Veluwe of 's-Hertogenbosch)"
)
"""The region rule (`domain.region`), as `config set region` says it (issue 11)."""
KEYS = [
    "region",
    "shared_folder",
    "auto_lock_minutes",
    "language",
    "coordinator_key",
    "user_name",
    "organisation",
    "team_folder",
    "role",
    "no_contact_weeks",
    "retention_years",
]


def _refused(ws: Workspace, key: str, value: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        ws.config.set(key, value)
    return caught.value


def test_a_new_profile_has_the_defaults(workspace: Workspace) -> None:
    """Protects the first start: every known setting is listed, only the auto-lock (5
    minutes), the agenda's weeks without contact (6) and the retention period (20 years) have
    a value until the user sets one."""
    assert ConfigService.known() == KEYS
    assert workspace.config.all() == dict.fromkeys(KEYS) | {
        "auto_lock_minutes": "5",
        "no_contact_weeks": "6",
        "retention_years": "20",
    }
    assert workspace.config.get("region") is None
    assert workspace.config.get("auto_lock_minutes") == "5"
    assert workspace.config.auto_lock_minutes() == 5


@pytest.mark.parametrize(
    ("key", "typed", "stored"),
    [
        ("region", "  Noord-\tVeluwe  en   Flevoland ", "Noord- Veluwe en Flevoland"),
        ("region", "R" * 60, "R" * 60),
        ("region", "’s-Hertogenbosch", "'s-Hertogenbosch"),
        ("region", "Fryslân 2", "Fryslân 2"),
        ("region", "Zuid-Holland 't Süd", "Zuid-Holland 't Süd"),
        ("auto_lock_minutes", " 15 ", "15"),
        ("auto_lock_minutes", "1", "1"),
        ("auto_lock_minutes", "240", "240"),
        ("language", " EN ", "en"),
        ("language", "nl", "nl"),
        ("shared_folder", " /srv/gedeeld/veldwerk ", "/srv/gedeeld/veldwerk"),
        ("shared_folder", "~/Gedeeld", str(Path("~/Gedeeld").expanduser())),
        ("user_name", "  Eva   Mulder ", "Eva Mulder"),
        ("organisation", "Sociaal Team\tHarderwijk", "Sociaal Team Harderwijk"),
        ("team_folder", " /srv/team ", "/srv/team"),
        ("no_contact_weeks", " 8 ", "8"),
        ("retention_years", "15", "15"),
    ],
)
def test_set_stores_the_normalised_value(
    workspace: Workspace, key: str, typed: str, stored: str
) -> None:
    """Protects what a setting holds: spaces are tidied, case is folded where it does not
    matter, a folder gets its home expanded; `set` returns what it stored and `get` gives it."""
    assert workspace.config.set(key, typed) == stored
    assert workspace.config.get(key) == stored
    assert workspace.config.all()[key] == stored


@pytest.mark.parametrize(
    ("key", "value", "hint"),
    [
        ("region", "R" * 61, REGION_HINT),
        ("region", "Zuid-Holland, Süd", REGION_HINT),
        ("region", '=HYPERLINK("http://x.example")', REGION_HINT),
        ("region", "-Noord", REGION_HINT),
        ("region", "Noord\x1b[2J", REGION_HINT),
        ("region", "Noord/Zuid", REGION_HINT),
        ("auto_lock_minutes", "0", "een heel aantal minuten van 1 tot 240"),
        ("auto_lock_minutes", "241", "een heel aantal minuten van 1 tot 240"),
        ("auto_lock_minutes", "tien", "een heel aantal minuten van 1 tot 240"),
        ("auto_lock_minutes", "2.5", "een heel aantal minuten van 1 tot 240"),
        ("language", "de", "nl of en"),
        ("no_contact_weeks", "0", "een heel aantal weken van 1 tot 104"),
        ("retention_years", "twintig", "een heel aantal jaren van 1 tot 115"),
        ("user_name", "Eva\u202eMulder", "je naam, zoals collega's die kennen"),
        ("organisation", "O" * 201, "de naam van je organisatie, zoals collega's die kennen"),
    ],
)
def test_a_bad_value_is_refused_and_the_old_one_kept(
    workspace: Workspace, key: str, value: str, hint: str
) -> None:
    """Protects the settings from nonsense: a value outside the key's rule is refused with
    "config.bad_value" on that field, saying in Dutch what is allowed, and the value stored
    before stays."""
    before = workspace.config.get(key)
    error = _refused(workspace, key, value)
    assert (error.code, error.field) == ("config.bad_value", key)
    assert error.message("nl") == f"'{value}' is geen geldige waarde voor {key}: {hint}"
    assert workspace.config.get(key) == before


def test_an_empty_value_goes_back_to_the_default(workspace: Workspace) -> None:
    """Protects clearing a setting: None, "" or spaces remove the stored value, so `get` gives
    the default again (5 for the auto-lock, nothing for the region)."""
    workspace.config.set("auto_lock_minutes", "30")
    workspace.config.set("region", "Noord-Veluwe")
    assert workspace.config.set("auto_lock_minutes", "") is None
    assert workspace.config.set("region", "   ") is None
    assert workspace.config.get("auto_lock_minutes") == "5"
    assert workspace.config.auto_lock_minutes() == 5
    assert workspace.config.get("region") is None
    workspace.config.set("region", "Noord-Veluwe")
    assert workspace.config.set("region", None) is None
    assert workspace.config.get("region") is None


def test_an_unknown_key_is_refused_with_the_known_ones(workspace: Workspace) -> None:
    """Protects against a typo in `veldwerk config set`: an unknown key is "config.unknown_key"
    for both get and set, and the message lists the keys that exist."""
    for call in (lambda: workspace.config.get("regio"), lambda: workspace.config.set("regio", "x")):
        with pytest.raises(DomainError) as caught:
            call()
        assert (caught.value.code, caught.value.field) == ("config.unknown_key", "key")
        assert caught.value.message("en") == (
            "Unknown setting 'regio'. Known settings: " + ", ".join(KEYS) + "."
        )


def test_the_coordinator_key_is_stored_as_its_text(workspace: Workspace, tmp_path: Path) -> None:
    """Protects learning exports from a moved file: the coordinator's public key is checked and
    its PEM text is stored (not the path), so it still works when the file is gone."""
    _private, public = generate_coordinator_keypair(tmp_path / "keys")
    pem = public.read_text(encoding="ascii")
    assert workspace.config.set("coordinator_key", f"  {public}  ") == pem
    public.unlink()
    assert workspace.config.get("coordinator_key") == pem


def test_a_wrong_coordinator_key_file_says_what_is_wrong(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Protects the coordinator's secret and the user's time: the private key instead of the
    public one, a missing file and a file that is no key each keep their own code (the key
    file's own message, which names the file), and nothing is stored."""
    private, _public = generate_coordinator_keypair(tmp_path / "keys")
    garbage = tmp_path / "sleutel.pem"
    garbage.write_text("-----BEGIN PUBLIC KEY-----\nnonsense\n-----END PUBLIC KEY-----\n")
    for path, code in (
        (private, "learning.key_file_is_private"),
        (tmp_path / "nope.pem", "learning.key_file_missing"),
        (garbage, "learning.key_file_wrong"),
    ):
        error = _refused(workspace, "coordinator_key", str(path))
        assert error.code == code and str(path) in error.message("nl")
    assert workspace.config.get("coordinator_key") is None


def test_settings_live_encrypted_in_the_profile(workspace: Workspace) -> None:
    """Protects the settings across sessions and from prying eyes: they are there after closing
    and opening again, and not readable in the database file."""
    workspace.config.set("region", "Zeldzaamgebied")
    workspace.config.set("auto_lock_minutes", "12")
    root, db_path = workspace.paths.root, workspace.paths.db
    workspace.close()
    assert find_markers([("db", db_path.read_bytes())], ["Zeldzaamgebied"]) == []
    with Workspace.open(root, PASSPHRASE) as ws:
        assert ws.config.get("region") == "Zeldzaamgebied"
        assert ws.config.auto_lock_minutes() == 12
