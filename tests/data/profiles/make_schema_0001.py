"""Make the stored profile ``tests/data/profiles/schema-0001/``: a veldwerk profile folder whose
encrypted database is at Alembic revision 0001 and holds two families with diacritics in their
names, and a key file made with the fast test parameters of Argon2id and the published
passphrase (`support.common.SCHEMA_0001_PASSPHRASE`, also in README.md).

Run from the repository root, only to replace the stored files on purpose (the point of a stored
file is that its bytes stay as an older veldwerk wrote them)::

    PYTHONPATH=src python tests/data/profiles/make_schema_0001.py --force

It prints the new recovery key: put it into `support.common.SCHEMA_0001_RECOVERY_KEY` and
README.md. The rows are written as plain SQL into the 0001 tables (dates as ISO text, JSON lists
as text), as veldwerk 0001 stored them, so the script does not depend on today's models.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for support.common

from support.common import SCHEMA_0001, SCHEMA_0001_PASSPHRASE  # noqa: E402
from support.stored_profiles import script_main  # noqa: E402

ROWS = [
    # Gezin Çelik: active, a mother and a child, her fixed contact, one intake.
    "INSERT INTO families (id, ref, name, municipality, status, opened_on, closed_on, due_date, "
    "vulnerabilities, learning_consent, updated_at) VALUES (7, 'OLD-2024-003', 'Gezin Çelik', "
    "'Ermelo', 'active', '2024-03-04', NULL, NULL, '[\"lvb\"]', 'unknown', "
    "'2024-03-04 10:00:00.000000')",
    "INSERT INTO members (family_id, local_id, position, role, given_name, family_name, "
    "birth_date, expected_on, phone, email, address, notes) VALUES "
    "(7, 'm1', 0, 'mother', 'Zoë', 'Çelik', '2001-06-02', NULL, '06-24681357', NULL, "
    "'Kerkplein 3, Ermelo', 'Oudste notitie'), "
    "(7, 'm2', 1, 'child', 'Émile', 'Çelik', '2024-01-15', NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO network_members (family_id, local_id, position, kind, name, relation, mentor_of, "
    "organisation, profession, phone, email, strength, since, until) VALUES "
    "(7, 'n1', 0, 'professional', 'Hanneke Post', NULL, NULL, 'Sociaal Team Ermelo', "
    "'social_team', NULL, NULL, 'normal', '2024-03-04', NULL)",
    'INSERT INTO contact_assignments (family_id, position, role, network_id, "from", until) '
    "VALUES (7, 0, 'primary', 'n1', '2024-03-04', NULL)",
    "INSERT INTO events (family_id, position, date, type, title, description, involved, "
    "barriers, enablers) VALUES (7, 0, '2024-03-04', 'intake', 'Kennismaking', NULL, '[\"n1\"]', "
    "'[]', '[]')",
    # Gezin Nguyễn: closed, three members, an informal network member, a goal with an action,
    # a barrier and an enabler, and a reflection shared for learning.
    "INSERT INTO families (id, ref, name, municipality, status, opened_on, closed_on, due_date, "
    "vulnerabilities, learning_consent, updated_at) VALUES (12, 'OLD-2024-011', 'Gezin Nguyễn', "
    "'Nunspeet', 'closed', '2024-05-13', '2024-11-29', '2024-08-20', "
    "'[\"migrant_refugee\", \"income_debts\"]', 'granted', '2024-11-29 16:30:00.000000')",
    "INSERT INTO members (family_id, local_id, position, role, given_name, family_name, "
    "birth_date, expected_on, phone, email, address, notes) VALUES "
    "(12, 'm1', 0, 'mother', 'Thị Hà', 'Nguyễn', '1996-09-30', NULL, NULL, "
    "'ha.nguyen@example.org', 'Brink 12, Nunspeet', NULL), "
    "(12, 'm2', 1, 'father', 'Søren', 'Brønsted', '1994-02-11', NULL, NULL, NULL, NULL, NULL), "
    "(12, 'm3', 2, 'child', 'Bảo', 'Nguyễn', '2024-08-18', NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO network_members (family_id, local_id, position, kind, name, relation, mentor_of, "
    "organisation, profession, phone, email, strength, since, until) VALUES "
    "(12, 'n1', 0, 'professional', 'Geertje Ångström', NULL, NULL, 'Verloskundigenpraktijk "
    "Nunspeet', 'midwife', NULL, NULL, 'strong', '2024-05-13', '2024-11-29'), "
    "(12, 'n2', 1, 'informal', 'Oma Lê', 'grootmoeder', NULL, NULL, NULL, NULL, NULL, "
    "'strong', NULL, NULL)",
    'INSERT INTO contact_assignments (family_id, position, role, network_id, "from", until) '
    "VALUES (12, 0, 'primary', 'n1', '2024-05-13', '2024-11-29')",
    "INSERT INTO events (family_id, position, date, type, title, description, involved, "
    "barriers, enablers) VALUES "
    "(12, 0, '2024-05-06', 'signal', 'Signaal van de verloskundige', NULL, '[\"n1\"]', "
    "'[\"waiting_list\"]', '[]'), "
    "(12, 1, '2024-05-13', 'intake', 'Kennismaking thuis', 'Samen met oma Lê', "
    "'[\"n1\", \"n2\"]', '[]', '[\"trusted_relationship\"]'), "
    "(12, 2, '2024-11-29', 'closure', 'Afsluiting', NULL, '[\"n1\"]', '[]', '[]')",
    "INSERT INTO goals (id, family_id, position, title, status) VALUES "
    "(3, 12, 0, 'Rust in de financiën', 'achieved')",
    "INSERT INTO actions (goal_id, position, title, owner, due_on, status) VALUES "
    "(3, 0, 'Aanmelden bij schuldhulp', 'Geertje Ångström', '2024-06-30', 'done')",
    "INSERT INTO reflections (family_id, position, date, text, share_for_learning) VALUES "
    "(12, 0, '2024-11-29', 'Het vaste aanspreekpunt gaf vertrouwen', 1)",
    "INSERT INTO settings (key, value) VALUES ('region', 'Noord-Veluwe'), "
    "('auto_lock_minutes', '10')",
]


if __name__ == "__main__":
    sys.exit(script_main(__doc__, SCHEMA_0001, SCHEMA_0001_PASSPHRASE, "0001", ROWS))
