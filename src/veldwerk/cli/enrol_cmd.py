"""`veldwerk enrol`: which installations the coordinator counts.

    veldwerk enrol [--db URL] INSTALLATION_ID --region NAME [--fingerprint HEX]
    veldwerk enrol [--db URL] --list
    veldwerk enrol [--db URL] --revoke INSTALLATION_ID

Only enrolled installations count; a bundle of any other waits on the waiting list
(waiting.csv). Enrolling binds the installation to one region and one key. The key is the one
the waiting list holds for it, or, with ``--fingerprint``, the one of that fingerprint (read out
by the case director over the phone: this also enrols an installation before its first bundle
arrives, and is needed when two keys claim one installation). ``--list`` shows both kinds with
their fingerprints; ``--revoke`` ends an enrolment (nothing of it counts afterwards).
"""

from __future__ import annotations

from typing import Any

from veldwerk.cli.collect_cmd import add_db_option
from veldwerk.cli.context import Context


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="approve installations for collection, or list them",
        description="Only bundles of enrolled installations are counted. Enrol one from the "
        "waiting list (or by the fingerprint its case director reads out), bound to one "
        "region; list the enrolled and waiting installations; or end an enrolment.",
    )
    p.add_argument("installation_id", nargs="?", metavar="INSTALLATION_ID")
    p.add_argument("--region", metavar="NAME", help="the region the installation counts in")
    p.add_argument(
        "--fingerprint",
        metavar="HEX",
        help="the fingerprint of the installation's key (32 hex digits, spaces allowed): "
        "compare it with the case director",
    )
    p.add_argument("--list", action="store_true", help="list enrolled and waiting installations")
    p.add_argument("--revoke", metavar="INSTALLATION_ID", help="end an installation's enrolment")
    add_db_option(p)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.coordinator.service import CoordinatorService
    from veldwerk.domain.errors import DomainError

    args = ctx.args
    chosen = [args.installation_id is not None, args.list, args.revoke is not None]
    if sum(chosen) != 1 or (args.installation_id is not None) != (args.region is not None):
        raise DomainError("enrol.usage")
    service = CoordinatorService(args.db)
    if args.list:
        _list(ctx, service)
    elif args.revoke is not None:
        service.revoke(args.revoke)
        ctx.print(ctx.t("coordinator.revoked", id=args.revoke.strip().lower()))
    else:
        done = service.enrol(args.installation_id, args.region, fingerprint=args.fingerprint)
        e = done.enrolment
        ctx.print(
            ctx.t(
                "coordinator.enrolled",
                id=e.installation_id,
                region=e.region,
                fingerprint=_shown(e.fingerprint),
            )
        )
        if done.other_keys_waiting:
            ctx.print(ctx.t("coordinator.enrol_other_keys_waiting"))
    return 0


def _shown(fingerprint: str) -> str:
    from veldwerk.domain.fingerprint import format_fingerprint

    return format_fingerprint(fingerprint)


def _list(ctx: Context, service: Any) -> None:
    from veldwerk.coordinator.texts import wait_text
    from veldwerk.coordinator.waiting import utc_text

    installations = service.installations()
    ctx.print(ctx.t("coordinator.list_enrolled", n=len(installations.enrolled)))
    for e in installations.enrolled:
        ctx.print(
            ctx.t(
                "coordinator.list_enrolled_line",
                id=e.installation_id,
                region=e.region,
                fingerprint=_shown(e.fingerprint),
                when=utc_text(e.enrolled_at),
            )
        )
    if not installations.enrolled:
        ctx.print(ctx.t("coordinator.list_none"))
    ctx.print(ctx.t("coordinator.list_waiting", n=len(installations.waiting)))
    for w in installations.waiting:
        ctx.print(
            ctx.t(
                "coordinator.list_waiting_line",
                id=w.installation_id,
                region=w.region,
                fingerprint=_shown(w.fingerprint),
                when=utc_text(w.first_seen),
                reason=wait_text(w.reason, ctx.lang),
            )
        )
    if not installations.waiting:
        ctx.print(ctx.t("coordinator.list_none"))
