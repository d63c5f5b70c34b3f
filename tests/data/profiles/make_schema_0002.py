"""Make the stored profile ``tests/data/profiles/schema-0002/``: a veldwerk profile folder whose
encrypted database is at Alembic revision 0002 (the audit log, the search index and reflection
approvals, before shared families) and holds one family with a fixed contact and a backup, and
a key file made with the fast test parameters of Argon2id and the published passphrase
(`support.common.SCHEMA_0002_PASSPHRASE`, also in README.md).

Run from the repository root, only to replace the stored files on purpose::

    PYTHONPATH=src python tests/data/profiles/make_schema_0002.py --force

It prints the new recovery key: put it into `support.common.SCHEMA_0002_RECOVERY_KEY` and
README.md. The rows are plain SQL into the 0002 tables, as veldwerk 0002 stored them (the
search row too; the audit log is empty), so the script does not depend on today's models.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for support.common

from support.common import SCHEMA_0002, SCHEMA_0002_PASSPHRASE  # noqa: E402
from support.stored_profiles import script_main  # noqa: E402

ROWS = [
    # Gezin Ouédraogo: active, a mother and an unborn child, a fixed contact and a backup.
    "INSERT INTO families (id, ref, name, municipality, status, opened_on, closed_on, due_date, "
    "vulnerabilities, learning_consent, updated_at) VALUES (4, 'OLD-2025-020', "
    "'Gezin Ouédraogo', 'Elburg', 'active', '2025-09-01', NULL, '2026-01-15', '[]', 'granted', "
    "'2025-09-01 09:00:00.000000')",
    "INSERT INTO members (family_id, local_id, position, role, given_name, family_name, "
    "birth_date, expected_on, phone, email, address, notes) VALUES "
    "(4, 'm1', 0, 'mother', 'Aïcha', 'Ouédraogo', '1999-04-12', NULL, NULL, NULL, NULL, NULL), "
    "(4, 'm2', 1, 'unborn_child', NULL, NULL, NULL, '2026-01-15', NULL, NULL, NULL, NULL)",
    "INSERT INTO network_members (family_id, local_id, position, kind, name, relation, mentor_of, "
    "organisation, profession, phone, email, strength, since, until) VALUES "
    "(4, 'n1', 0, 'professional', 'Joke Brinkman', NULL, NULL, 'Sociaal Team Elburg', "
    "'social_team', NULL, NULL, 'strong', '2025-09-01', NULL), "
    "(4, 'n2', 1, 'professional', 'Sven Ødegaard', NULL, NULL, 'MEE Veluwe', 'lvb_support', "
    "NULL, NULL, 'normal', '2025-09-01', NULL)",
    'INSERT INTO contact_assignments (family_id, position, role, network_id, "from", until) '
    "VALUES (4, 0, 'primary', 'n1', '2025-09-01', NULL), "
    "(4, 1, 'backup', 'n2', '2025-09-01', NULL)",
    "INSERT INTO events (family_id, position, date, type, title, description, involved, "
    "barriers, enablers) VALUES (4, 0, '2025-09-01', 'intake', 'Eerste gesprek', NULL, "
    "'[\"n1\", \"n2\"]', '[]', '[\"fixed_contact\"]')",
    "INSERT INTO family_search(rowid, family_id, names) VALUES "
    "(4, 4, 'OLD-2025-020 Gezin Ouédraogo Aïcha Ouédraogo')",
    "INSERT INTO settings (key, value) VALUES ('region', 'Noord-Veluwe')",
]


if __name__ == "__main__":
    sys.exit(script_main(__doc__, SCHEMA_0002, SCHEMA_0002_PASSPHRASE, "0002", ROWS))
