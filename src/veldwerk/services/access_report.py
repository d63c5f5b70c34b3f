"""The family's access request answered in one step (issue 15, AVG art. 15): everything
recorded about the family in readable form, who accessed it and when, to whom it was shared,
whether and in which pseudonymised form it went into learning data, and how long it is kept.
`veldwerk access-report REF -o FILE.pdf` and the button beside the Inzage view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from veldwerk.domain import clock, codes
from veldwerk.domain.consent import in_learning_data
from veldwerk.domain.model import Family
from veldwerk.domain.retention import retention_ends_on
from veldwerk.files import write_atomically
from veldwerk.learning.record import build_record
from veldwerk.progress import CancelToken, Progress
from veldwerk.reports.access_report import ReportText, build_access_report, sections_of
from veldwerk.services import access
from veldwerk.services.access import AccessEntry, AccessService
from veldwerk.services.config import ConfigService
from veldwerk.services.uow import unit_of_work
from veldwerk.store.database import Database
from veldwerk.texts import format_date, text


def describe(entry: AccessEntry, lang: str) -> str:
    """One entry as a person reads it: who (role, organisation), for whom, did what to which
    data, how often, and whether it was an emergency access."""
    who = entry.who.name or text("access.unknown_user", lang)
    holds = entry.contact_role in ("primary", "backup")
    role = text(f"access.role.{entry.contact_role}", lang) if holds else entry.who.role
    action = text(f"access.action.{entry.action}", lang)
    parts = [action[:1].upper() + action[1:], f"({text(f'access.kind.{entry.kind}', lang)})"]
    parts.append(text("access.by", lang, who=", ".join(p for p in (who, role) if p)))
    if entry.who.organisation:
        parts[-1] += f" ({entry.who.organisation})"
    if entry.acting_for is not None:
        parts[-1] += ","
        parts.append(text("access.for", lang, name=entry.acting_for.name))
    if entry.party is not None:
        key = "access.from" if entry.action == "receive" else "access.to"
        parts.append(text(key, lang, name=entry.party.name))
    if entry.count > 1:
        parts.append(text("access.times", lang, n=entry.count))
    if entry.emergency:
        parts.append(f"[{text('access.emergency', lang)}]")
    return " ".join(parts)


def when(entry: AccessEntry, lang: str) -> str:
    return format_date(entry.last_at, lang, "moment")


class AccessReport:
    """`access` logs that the report was made and gives the entries."""

    def __init__(self, db: Database, access_service: AccessService) -> None:
        self._db = db
        self._access = access_service

    def pdf(
        self,
        ref: str,
        *,
        lang: str = "nl",
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> bytes:
        with unit_of_work(self._db, None, write=True) as uow:
            family = access.load_family(uow, ref)
            access.record(uow, family, "report", "access_report")
            uow.commit()
        with unit_of_work(self._db, None) as uow:
            entries = self._access.entries(ref, uow=uow)
            years = ConfigService(self._db).number("retention_years", uow=uow)
            region = uow.settings.get("region") or ""
        content = compose(family, entries, years, region, lang)
        return build_access_report(content, lang=lang, progress=progress, cancel=cancel)

    def write(self, ref: str, target: Path, *, lang: str = "nl") -> None:
        from veldwerk.domain.errors import DomainError

        data = self.pdf(ref, lang=lang)
        try:
            write_atomically(Path(target), data)
        except OSError as exc:
            raise DomainError("file.unwritable", params={"path": str(target)}) from exc


def compose(
    family: Family, entries: list[AccessEntry], years: int, region: str, lang: str
) -> ReportText:
    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    def d(day: date | None) -> str:
        return format_date(day, lang, "long")

    people = {p.id: p.name for p in family.network}
    details = [
        t("areport.ref", ref=family.ref),
        t("areport.name", name=family.name),
        t("areport.municipality", municipality=family.municipality),
        t("areport.opened", date=d(family.opened_on)),
    ]
    if family.closed_on is not None:
        details.append(t("areport.closed", date=d(family.closed_on)))
    members = [
        f"• {m.display_name or '-'}, {codes.label('member_role', m.role, lang)}"
        + (f", {d(m.birth_date)}" if m.birth_date else "")
        + "".join(f", {v}" for v in (m.phone, m.email, m.address, m.notes) if v)
        for m in family.members
    ]
    network = [
        f"• {n.name}, {codes.label('network_kind', n.kind, lang)}"
        + "".join(f", {v}" for v in (n.relation, n.organisation, n.phone, n.email) if v)
        for n in family.network
    ]
    contacts = [
        "• "
        + t(
            "areport.contact_line",
            role=codes.label("contact_role", c.role, lang),
            name=people.get(c.network_id, c.network_id),
            start=d(c.start),
            until=d(c.until) if c.until else t("areport.now"),
        )
        for c in family.contacts
    ]
    journey = [
        f"• {d(e.date)}: {e.title}" + (f". {e.description}" if e.description else "")
        for e in family.journey
    ]
    plan: list[str] = []
    for g in family.goals:
        plan.append(f"• {g.title} ({codes.label('goal_status', g.status, lang)})")
        plan += [
            f"• — {a.title} ({codes.label('action_status', a.status, lang)})" for a in g.actions
        ]
    reflections = [f"• {d(r.date)}: {r.text}" for r in family.reflections]
    log = [f"• {when(e, lang)}: {describe(e, lang)}" for e in entries]
    shared = [
        "• "
        + t(
            "areport.received_line" if e.action == "receive" else "areport.shared_line",
            date=when(e, lang),
            name=e.party.name if e.party else "",
        )
        for e in entries
        if e.action in ("share", "receive")
    ]
    learning = _learning(family, entries, region, lang)
    closed = family.closed_on
    kept = retention_ends_on(closed, years) if closed is not None else None
    retention = [
        t("areport.retention_closed", date=d(kept))
        if kept is not None
        else t("areport.retention_open", years=years),
        t("areport.retention_log"),
    ]
    none = [t("areport.none")]
    pairs = [
        (t("areport.family"), details),
        (t("areport.members"), members or none),
        (t("areport.network"), network or none),
        (t("areport.contacts"), contacts or none),
        (t("areport.journey"), journey or none),
        (t("areport.plan"), plan or none),
        (t("areport.reflections"), reflections or none),
        (t("areport.access"), [t("areport.access_intro"), *log] if log else none),
        (t("areport.shared"), shared or [t("areport.shared_none")]),
        (t("areport.learning"), learning),
        (t("areport.retention"), retention),
    ]
    return ReportText(
        t("areport.title"),
        (t("areport.intro", date=d(clock.today())), t("areport.right")),
        sections_of(pairs),
        lambda n: t("areport.page", n=n),
    )


def _learning(family: Family, entries: list[AccessEntry], region: str, lang: str) -> list[str]:
    exports = [e for e in entries if e.action == "learning"]
    if not in_learning_data(family) and not exports:
        return [text("areport.learning_none", lang)]
    out = [text("areport.learning_yes", lang)]
    record = build_record(family, region=region or "-", today=clock.today())
    if record is not None:
        fields = [text(f"areport.learning_field.{k}", lang) for k in record if k != "pseudonym"]
        out.append(text("areport.learning_fields", lang, fields=", ".join(fields)))
    out += [
        "• "
        + text(
            "areport.learning_line",
            lang,
            date=format_date(e.last_at.date(), lang, "long"),
            n=e.records[0] if e.records else "?",
        )
        for e in exports
    ]
    return out
