"""Real encrypted profiles that share families through one team folder (for the services'
tests): A is the fixed contact of the example's first family (Femke Jansen), B its backup
(Ahmed El Amrani), C a midwife in its network (Karin Bos). Each knows the others' cards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from support.common import EXAMPLE, PASSPHRASE
from veldwerk.store.keys import FAST_KDF_FOR_TESTS
from veldwerk.workspace import Workspace

REF = "HW-2026-001"
PEOPLE = {
    "a": ("Femke Jansen", "Sociaal Team Harderwijk"),
    "b": ("Ahmed El Amrani", "MEE Veluwe"),
    "c": ("Karin Bos", "Verloskundigenpraktijk Veluwe"),
}


@dataclass
class Profiles:
    root: Path
    folder: Path
    open: dict[str, Workspace]

    def __getitem__(self, who: str) -> Workspace:
        return self.open[who]

    def sync(self, *who: str) -> None:
        for name in who:
            self.open[name].team_sync.sync()

    def device(self, who: str) -> str:
        from veldwerk.services.team_journal import identity

        with self.open[who].db.unit_of_work(write=True) as uow:
            found = identity(uow).device_id
            uow.commit()
        return found


def make_profiles(root: Path, who: str = "abc", *, cards: bool = True) -> Iterator[Profiles]:
    folder = root / "team"
    folder.mkdir(parents=True)
    opened: dict[str, Workspace] = {}
    try:
        for name in who:
            ws, _recovery = Workspace.create(root / name, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
            opened[name] = ws
            person, organisation = PEOPLE[name]
            ws.config.set("user_name", person)
            ws.config.set("organisation", organisation)
            ws.config.set("team_folder", str(folder))
        codes = {n: ws.team.write_card(root / f"{n}.card") for n, ws in opened.items()}
        if cards:
            for name, ws in opened.items():
                for other in opened:
                    if other != name:
                        ws.team.add_colleague(root / f"{other}.card", codes[other])
        opened[who[0]].families.import_file(EXAMPLE)
        yield Profiles(root, folder, opened)
    finally:
        for ws in opened.values():
            ws.close()
