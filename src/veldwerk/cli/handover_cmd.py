"""`veldwerk handover REF ROLE NETWORK_ID [--on DATE] [--reason CODE] [--warm | --not-warm]
[--note TEXT]`: a new fixed contact person (primary) or backup, with the handover notes (why,
whether it was a warm handover, a note for the new person); `--end` ends the role with nobody
taking over."""

from __future__ import annotations

from datetime import date
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain import codes
from veldwerk.domain.handover import HandoverNotes


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="hand the fixed contact or the backup role to someone else",
        description="Hand the role of fixed contact person (primary) or backup to a "
        "professional of the family's network; the history is kept and the journey records "
        "the handover.",
    )
    p.add_argument("ref")
    p.add_argument("role", choices=["primary", "backup"])
    p.add_argument("network_id", nargs="?", metavar="NETWORK_ID")
    p.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--end", action="store_true", help="end the role; nobody takes over")
    p.add_argument(
        "--reason",
        choices=list(codes.HANDOVER_REASONS),
        metavar="CODE",
        help="why the contact person changes: " + ", ".join(codes.HANDOVER_REASONS),
    )
    warm = p.add_mutually_exclusive_group()
    warm.add_argument(
        "--warm",
        dest="warm",
        action="store_const",
        const=True,
        help="the handover was warm (in person, with the family)",
    )
    warm.add_argument(
        "--not-warm", dest="warm", action="store_const", const=False, help="it was not"
    )
    p.add_argument("--note", metavar="TEXT", help="a short note for the new person")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    args = ctx.args
    if (args.network_id is None) != args.end:
        ctx.error(ctx.t("handover.usage"))
        return 2
    with ctx.open_workspace() as ws:
        notes = HandoverNotes(args.reason, args.warm, args.note)
        family = ws.families.change_contact(args.ref, args.role, args.network_id, args.on, notes)
    role = codes.label("contact_role", args.role, ctx.lang)
    day = (args.on or max(c.start for c in family.contacts)).isoformat()
    if args.end:
        ctx.print(ctx.t("handover.ended", role=role.capitalize(), ref=args.ref, date=day))
    else:
        person = family.network_member(args.network_id)
        name = person.name if person else args.network_id
        ctx.print(ctx.t("handover.done", role=role.capitalize(), ref=args.ref, name=name, date=day))
    return 0
