"""Settings kept inside the encrypted profile (`veldwerk config get|set`, the Settings dialog).
Each key has one validation rule here, so the GUI and the command line agree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from veldwerk.domain.caseload import DEFAULT_NO_CONTACT_WEEKS, MAX_NO_CONTACT_WEEKS
from veldwerk.domain.errors import DomainError
from veldwerk.domain.region import is_region_name, normalise_region
from veldwerk.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
)
from veldwerk.domain.text_rules import check_text
from veldwerk.services.uow import unit_of_work
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.texts import Ref


@dataclass(frozen=True)
class Setting:
    key: str
    default: str | None
    hint: str  # message code
    check: Callable[[str], str]  # returns the normalised value or raises ValueError


def _minutes(value: str) -> str:
    n = int(value.strip())
    if not 1 <= n <= 240:
        raise ValueError
    return str(n)


def _whole_number(low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        n = int(value.strip())
        if not low <= n <= high:
            raise ValueError
        return str(n)

    return check


def _language(value: str) -> str:
    v = value.strip().lower()
    if v not in ("nl", "en"):
        raise ValueError
    return v


def _region(value: str) -> str:
    """The one region rule (`domain.region`): the coordinator enrols and counts only names
    that keep it."""
    v = normalise_region(value)
    if not is_region_name(v):
        raise ValueError
    return v


def _folder(value: str) -> str:
    v = value.strip()
    if not v:
        raise ValueError
    return str(Path(v).expanduser())


def _person(value: str) -> str:
    """A name or an organisation: short text on one line, not empty (`domain.text_rules`)."""
    v = " ".join(value.split())
    if not v or check_text(v, "short", "value"):
        raise ValueError
    return v


def _coordinator_key(value: str) -> str:
    from veldwerk.learning.keys import load_coordinator_public_key

    path = Path(value.strip()).expanduser()
    try:
        load_coordinator_public_key(path)
    except DomainError:
        raise
    except Exception as exc:
        raise ValueError from exc
    return path.read_text(encoding="ascii")


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("region", None, "config.hint.region", _region),
        Setting("shared_folder", None, "config.hint.folder", _folder),
        Setting("auto_lock_minutes", "5", "config.hint.minutes", _minutes),
        Setting("language", None, "config.hint.language", _language),
        Setting("coordinator_key", None, "config.hint.coordinator_key", _coordinator_key),
        Setting("user_name", None, "config.hint.user_name", _person),
        Setting("organisation", None, "config.hint.organisation", _person),
        Setting("team_folder", None, "config.hint.folder", _folder),
        Setting("role", None, "config.hint.role", _person),  # the access log names it
        # the agenda and retention (issue 14; domain.caseload, domain.retention)
        Setting(
            "no_contact_weeks",
            str(DEFAULT_NO_CONTACT_WEEKS),
            "config.hint.weeks",
            _whole_number(1, MAX_NO_CONTACT_WEEKS),
        ),
        Setting(
            "retention_years",
            str(DEFAULT_RETENTION_YEARS),
            "config.hint.years",
            _whole_number(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS),
        ),
    )
}


class ConfigService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def known() -> list[str]:
        return list(SETTINGS)

    def _setting(self, key: str) -> Setting:
        setting = SETTINGS.get(key)
        if setting is None:
            raise DomainError(
                "config.unknown_key", "key", {"key": key, "known": ", ".join(SETTINGS)}
            )
        return setting

    def get(self, key: str, *, uow: UnitOfWork | None = None) -> str | None:
        setting = self._setting(key)
        with unit_of_work(self._db, uow) as uow:
            value = uow.settings.get(key)
        return value if value is not None else setting.default

    def all(self, *, uow: UnitOfWork | None = None) -> dict[str, str | None]:
        with unit_of_work(self._db, uow) as uow:
            stored = uow.settings.all()
        return {k: stored.get(k, s.default) for k, s in SETTINGS.items()}

    def set(self, key: str, value: str | None, *, uow: UnitOfWork | None = None) -> str | None:
        """Store a checked value (None or "" removes it, back to the default)."""
        setting = self._setting(key)
        normalised: str | None = None
        if value is not None and value.strip() != "":
            try:
                normalised = setting.check(value)
            except (ValueError, OSError) as exc:
                raise DomainError(
                    "config.bad_value",
                    key,
                    {"key": key, "value": value, "hint": Ref(setting.hint)},
                ) from exc
        with unit_of_work(self._db, uow, write=True) as uow:
            uow.settings.set(key, normalised)
            uow.commit()
        return normalised

    def number(self, key: str, *, uow: UnitOfWork | None = None) -> int:
        """A whole-number setting (`no_contact_weeks`, `retention_years`), its default when
        unset."""
        return int(self.get(key, uow=uow) or SETTINGS[key].default or 0)

    def auto_lock_minutes(self) -> int:
        return int(self.get("auto_lock_minutes") or 5)
