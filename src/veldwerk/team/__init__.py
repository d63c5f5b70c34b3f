"""Shared families: colleague cards (`cards`), the device identity (`identity`), the hybrid
logical clock (`hlc`), a family's records as ops (`records`, `ops`, `diff`), their merge
(`merge`), the change set file (`changeset`) and the team folder (`folder`). Pure Python over
files; no Qt, no SQLAlchemy. Who may see a family is the domain's rule (`domain.team`), and the
services store, send and receive (`services.team*`). The format is `docs/team-sharing.md`."""
