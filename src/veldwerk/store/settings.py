"""Settings and secrets kept inside the encrypted profile."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table, delete, insert, select, update

from veldwerk.store import audit
from veldwerk.store.models import SecretRow, SettingRow

settings_t: Table = SettingRow.__table__  # type: ignore[assignment]
secrets_t: Table = SecretRow.__table__  # type: ignore[assignment]


class SettingsRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> str | None:
        return self.conn.execute(select(settings_t.c.value).where(settings_t.c.key == key)).scalar()

    def all(self) -> dict[str, str]:
        return {r.key: r.value for r in self.conn.execute(select(settings_t))}

    def set(self, key: str, value: str | None) -> None:
        exists = self.get(key) is not None
        if value is None:
            self.conn.execute(delete(settings_t).where(settings_t.c.key == key))
        elif exists:
            self.conn.execute(update(settings_t).where(settings_t.c.key == key).values(value=value))
        else:
            self.conn.execute(insert(settings_t).values(key=key, value=value))
        audit.record(self.conn, "update", "settings", None, [key])

    def secret(self, name: str) -> bytes | None:
        return self.conn.execute(select(secrets_t.c.value).where(secrets_t.c.name == name)).scalar()

    def secret_or_create(self, name: str, make: Callable[[], bytes]) -> bytes:
        value = self.secret(name)
        if value is None:
            value = make()
            self.conn.execute(insert(secrets_t).values(name=name, value=value))
            audit.record(self.conn, "insert", "secrets", None, [name])
        return value

    def set_secret(self, name: str, value: bytes) -> None:
        if self.secret(name) is None:
            self.conn.execute(insert(secrets_t).values(name=name, value=value))
        else:
            self.conn.execute(update(secrets_t).where(secrets_t.c.name == name).values(value=value))
        audit.record(self.conn, "update", "secrets", None, [name])
