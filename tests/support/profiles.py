"""Real encrypted profiles for tests, made once per test process and copied.

Making a profile (a key file, a new SQLCipher database, the schema) costs some 60-80 ms, and
some 300 tests need one; copying a closed one costs under 10 ms. Each test still gets its own
real encrypted store in its own folder, opened with the test passphrase (the small test
parameters of Argon2id); only the data key, the profile id and the salt are shared between the
copies, which no test compares across profiles."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from support.common import EXAMPLE, PASSPHRASE

_TEMPLATES: dict[bool, Path] = {}


def _template(example: bool) -> Path:
    found = _TEMPLATES.get(example)
    if found is not None:
        return found
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    base = Path(tempfile.mkdtemp(prefix="veldwerk-test-template-"))
    atexit.register(shutil.rmtree, base, True)
    root = base / "profile"
    ws, _recovery = Workspace.create(root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    try:
        if example:
            ws.families.import_file(EXAMPLE)
    finally:
        ws.close()
    _TEMPLATES[example] = root
    return root


def new_profile(root: Path, *, example: bool = True) -> None:
    """A closed profile in `root` (missing or empty) that opens with `PASSPHRASE`, holding the
    spec's three families if `example`."""
    shutil.copytree(
        _template(example), root, ignore=shutil.ignore_patterns(".lock"), dirs_exist_ok=True
    )
