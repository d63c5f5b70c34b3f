"""The services are composed, not looked up: each gets its database and collaborators passed
in, and a use case that spans two of them shares one unit of work (`veldwerk.services`), so
building an export is one transaction and a failed step keeps nothing of it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

import veldwerk.services.learning as learning_service
from support.learning import give_coordinator_key
from veldwerk.services.config import ConfigService
from veldwerk.services.families import FamilyService
from veldwerk.services.learning import LearningService
from veldwerk.workspace import Workspace

REGION = "Noord-Veluwe"


@contextmanager
def transactions(ws: Any) -> Iterator[list[int]]:
    """Counts the transactions begun on the profile's database while the block runs."""
    begun: list[int] = []

    def count(_conn: Any) -> None:
        begun.append(1)

    event.listen(ws.db.engine, "begin", count)
    try:
        yield begun
    finally:
        event.remove(ws.db.engine, "begin", count)


def test_services_are_made_from_their_collaborators_alone(example_workspace) -> None:
    """Protects constructor injection: a service needs the database and the services it calls,
    never the workspace, and none of them keeps a reference to it."""
    ws = example_workspace
    config = ConfigService(ws.db)
    learning = LearningService(ws.db, ws.paths.outbox, config)
    families = FamilyService(ws.db, ws.paths.backups, learning)
    config.set("region", REGION)
    assert families.count() == 3 and len(learning.records()) == 1
    for service in (ws.families, ws.config, ws.admin, ws.learning, ws.reports):
        assert not any(isinstance(v, Workspace) for v in vars(service).values())


def test_a_lent_unit_of_work_leaves_the_commit_to_its_owner(workspace) -> None:
    """Protects one transaction per use case: a service step given the caller's unit of work
    does not commit it; when the owner does not commit, nothing of the step is kept."""
    with workspace.db.unit_of_work(write=True) as uow:
        assert workspace.config.set("region", REGION, uow=uow) == REGION
        assert workspace.config.get("region", uow=uow) == REGION
    assert workspace.config.get("region") is None
    with workspace.db.unit_of_work(write=True) as uow:
        workspace.config.set("region", REGION, uow=uow)
        uow.commit()
    assert workspace.config.get("region") == REGION


def test_a_reader_is_never_lent_to_a_step_that_writes(workspace) -> None:
    """Protects SQLite's locking: a step that writes refuses a read-only unit of work (its lock
    would be upgraded half-way) instead of writing through it."""
    with workspace.db.unit_of_work() as uow, pytest.raises(RuntimeError):
        workspace.config.set("region", REGION, uow=uow)
    assert workspace.config.get("region") is None


def test_building_an_export_is_one_transaction(example_workspace, tmp_path) -> None:
    """Protects the export use case: region, secrets, families, approvals, the sequence number
    and the coordinator's key are read and written in one transaction."""
    example_workspace.config.set("region", REGION)
    give_coordinator_key(example_workspace, tmp_path / "keys")
    with transactions(example_workspace) as begun:
        result = example_workspace.learning.export()
    assert result.records == 1 and len(begun) == 1


def test_a_failed_build_takes_no_sequence_number(example_workspace, monkeypatch, tmp_path) -> None:
    """Protects the sequence: when drawing up the bundle fails, the sequence number taken for it
    is not kept (it was one transaction), so the next export is still number 1."""
    example_workspace.config.set("region", REGION)
    give_coordinator_key(example_workspace, tmp_path / "keys")
    real = learning_service.build_bundle

    def broken(*_a: Any, **_k: Any) -> bytes:
        raise OSError("disk trouble")

    monkeypatch.setattr(learning_service, "build_bundle", broken)
    with pytest.raises(OSError):
        example_workspace.learning.export()
    monkeypatch.setattr(learning_service, "build_bundle", real)
    assert example_workspace.learning.export().sequence == 1
