"""Shared families through the team folder, with two real encrypted profiles (A shares, B is
the backup) in a temporary folder.

    .venv/bin/python benchmarks/bench_team.py [--change-sets 1000] [--steps 2000] [--families 50]

Budgets (issue 13), each printed with a floor measured in the same run and the ratio to it:

- B applies 1,000 change sets received from A (each a new step of one of 10 families): under
  1 s. Floor: reading, verifying, decrypting and parsing the same files, nothing stored.
- The first share of a family of 2,000 steps, sent by A and received by B: under 2 s. Floor:
  handing the same family over as a case file (A exports it, B imports it).
- A sync with nothing new over 50 shared families (B's): under 200 ms. Floor: opening a unit
  of work and listing the team folder.

Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")

from timing import timed  # noqa: E402

from veldwerk.domain import clock  # noqa: E402
from veldwerk.domain.model import Family  # noqa: E402
from veldwerk.interchange import reader  # noqa: E402
from veldwerk.services.team_journal import identity, op_body  # noqa: E402
from veldwerk.services.team_sync import SyncResult  # noqa: E402
from veldwerk.store.keys import FAST_KDF_FOR_TESTS  # noqa: E402
from veldwerk.team import folder as team_folder  # noqa: E402
from veldwerk.team.changeset import (  # noqa: E402
    Recipient,
    decode_payload,
    encode_payload,
    open_change_set,
    seal,
)
from veldwerk.team.ops import Op, op_from_json, op_to_json  # noqa: E402
from veldwerk.workspace import Workspace  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "case-file.example.json"
PASSPHRASE = "benchmark passphrase, not secret"
PEOPLE = {"a": ("Femke Jansen", "Sociaal Team Harderwijk"), "b": ("Ahmed El Amrani", "MEE Veluwe")}


def family(ref: str, steps: int) -> Family:
    """The example's first family (A its fixed contact, B its backup) as `ref`, with `steps`
    steps cloned from its journey."""
    base = reader.read_case_file(EXAMPLE, clock.today())[0]
    journey = tuple(
        dataclasses.replace(base.journey[i % len(base.journey)], title=f"Stap {i}")
        for i in range(steps)
    )
    return dataclasses.replace(base, ref=ref, journey=journey or base.journey)


class Pair:
    """Profiles A and B with each other's cards and one team folder."""

    def __init__(self, root: Path) -> None:
        self.folder = root / "team"
        self.folder.mkdir(parents=True)
        self.ws: dict[str, Workspace] = {}
        codes = {}
        for who, (name, organisation) in PEOPLE.items():
            ws = Workspace.create(root / who, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)[0]
            ws.config.set("user_name", name)
            ws.config.set("organisation", organisation)
            ws.config.set("team_folder", str(self.folder))
            codes[who] = ws.team.write_card(root / f"{who}.card")
            self.ws[who] = ws
        self.ws["a"].team.add_colleague(root / "b.card", codes["b"])
        self.ws["b"].team.add_colleague(root / "a.card", codes["a"])

    def share(self, families: list[Family]) -> None:
        a = self.ws["a"]
        a.families.import_families(families)
        for f in families:
            a.team.share(f.ref, "Ahmed El Amrani")

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()


def write_change_sets(pair: Pair, n: int) -> list[Path]:
    """`n` change sets from A to B, each adding one step to one of A's shared families, as A's
    veldwerk writes them."""
    a, b = pair.ws["a"], pair.ws["b"]
    with b.db.unit_of_work(write=True) as uow:
        to_b = Recipient(identity(uow).device_id, identity(uow).exchange_public)
        uow.commit()
    paths = []
    with a.db.unit_of_work(write=True) as uow:
        me = identity(uow)
        clock_a = a.team_sync._journal.clock(uow)  # the device's own clock
        tags = [s.tag for s in uow.team.shared()]
        seq = int(uow.team.state("seq") or "0")
        for i in range(n):
            seq += 1
            op = Op(
                clock_a.tick().text(),
                "add",
                "event",
                secrets.token_hex(16),
                {
                    "date": "2026-11-20",
                    "type": "contact",
                    "title": f"Ontvangen stap {i}",
                    "description": None,
                    "involved": [],
                    "barriers": [],
                    "enablers": [],
                    "planned": False,
                },
            )
            uow.team.add_ops(tags[i % len(tags)], [(op.id, op_body(op))], unsent=False)
            payload = encode_payload({"ops": [op_to_json(op)]})
            data = seal(payload, writer=me, family=tags[i % len(tags)], seq=seq, recipients=[to_b])
            paths.append(team_folder.write_change_set(pair.folder, me.device_id, seq, data))
        uow.team.set_state("seq", str(seq))
        a.team_sync._journal.save_clock(uow, clock_a)
        uow.commit()
    return paths


def read_floor(pair: Pair, paths: list[Path]) -> float:
    """Read, verify, decrypt and parse every file: the least any reader does."""
    a, b = pair.ws["a"], pair.ws["b"]
    with a.db.unit_of_work(write=True) as uow:
        keys = {identity(uow).device_id: identity(uow).signing_public}
        uow.commit()
    with b.db.unit_of_work(write=True) as uow:
        me = identity(uow)
        uow.commit()

    def work() -> None:
        for path in paths:
            found = team_folder.Found("", path.name, 0, path)
            opened = open_change_set(team_folder.read_change_set(found), keys)
            payload = decode_payload(opened.decrypt(me) or b"")
            [op_from_json(x) for x in payload["ops"]]

    return timed(work)


def bench_apply(root: Path, n: int) -> tuple[float, float]:
    pair = Pair(root / "apply")
    try:
        pair.share([family(f"BENCH-{i:02d}", 40) for i in range(10)])
        pair.ws["a"].team_sync.sync()
        pair.ws["b"].team_sync.sync()
        paths = write_change_sets(pair, n)
        floor = read_floor(pair, paths)
        result: list[SyncResult] = []
        spent = timed(lambda: result.append(pair.ws["b"].team_sync.sync()))
        assert result[0].received == n, result
        steps = sum(len(pair.ws["b"].families.get(f"BENCH-{i:02d}").journey) for i in range(10))
        assert steps == 10 * 40 + n, steps
        return spent, floor
    finally:
        pair.close()


def bench_first_share(root: Path, steps: int) -> tuple[float, float]:
    pair = Pair(root / "share")
    try:
        a, b = pair.ws["a"], pair.ws["b"]
        big = family("BENCH-BIG", steps)
        a.families.import_families([big])

        def share() -> None:
            a.team.share("BENCH-BIG", "Ahmed El Amrani")
            a.team_sync.sync()
            b.team_sync.sync()

        spent = timed(share)
        assert len(b.families.get("BENCH-BIG").journey) == steps

        def hand_over_as_a_file() -> None:
            path = root / "big.json"
            a.families.export_to(path, ["BENCH-BIG"])
            doc = json.loads(path.read_text(encoding="utf-8"))
            doc["families"][0]["ref"] = "BENCH-FILE"
            path.write_text(json.dumps(doc), encoding="utf-8")
            b.families.import_file(path)

        return spent, timed(hand_over_as_a_file)
    finally:
        pair.close()


def bench_nothing_new(root: Path, families: int) -> tuple[float, float]:
    pair = Pair(root / "idle")
    try:
        pair.share([family(f"IDLE-{i:02d}", 20) for i in range(families)])
        pair.ws["a"].team_sync.sync()
        b = pair.ws["b"]
        b.team_sync.sync()
        assert len(b.families.list()) == families

        def floor() -> None:
            with b.db.unit_of_work() as uow:
                uow.team.shared()
            for entry in os.scandir(pair.folder):
                list(os.scandir(entry.path))

        spent = timed(lambda: b.team_sync.sync(), repeat=7)
        return spent, timed(floor, repeat=7)
    finally:
        pair.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--change-sets", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--families", type=int, default=50)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows.append(
            (
                f"apply {args.change_sets} received change sets",
                *bench_apply(root, args.change_sets),
                1.0,
            )
        )
        rows.append(
            (
                f"first share of {args.steps} steps, sent+received",
                *bench_first_share(root, args.steps),
                2.0,
            )
        )
        rows.append(
            (
                f"sync, nothing new, {args.families} families",
                *bench_nothing_new(root, args.families),
                0.2,
            )
        )
    print(f"\n{'':<46}{'time':>10}{'floor':>10}{'ratio':>8}{'budget':>10}  ok")
    ok = True
    for name, spent, floor, budget in rows:
        good = spent < budget
        ok = ok and good
        print(
            f"{name:<46}{spent * 1000:>8.0f}ms{floor * 1000:>8.0f}ms{spent / floor:>8.1f}"
            f"{budget * 1000:>8.0f}ms  {'yes' if good else 'NO'}"
        )
    print(
        "\nfloors: reading, verifying, decrypting and parsing the files without storing; "
        "handing the family over as a case file; a unit of work and listing the team folder"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
