"""`veldwerk team ...`: colleague cards, colleagues, links, sync and conflicts of shared
families (docs/team-sharing.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context, common_options
from veldwerk.cli.terminal import json_text
from veldwerk.services.team import ConflictInfo
from veldwerk.texts import format_date


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="share families with colleagues through the team folder",
        description="Colleague cards, colleagues, sync and conflicts of shared families.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(action_name: str, help_text: str) -> Any:
        return actions.add_parser(action_name, help=help_text, parents=[common_options()])

    card = action("card", "write this profile's colleague card; prints its safety code last")
    card.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    action("code", "print this profile's safety code")
    add = action("add", "add a colleague from their card, with the code they read out")
    add.add_argument("file", type=Path)
    add.add_argument("--code", required=True, help="the colleague's safety code")
    action("colleagues", "list the colleagues")
    remove = action("remove", "remove a colleague: nothing is read from or sent to them")
    remove.add_argument("name")
    link = action("link", "say which colleague a network member of a family is")
    link.add_argument("ref")
    link.add_argument("network_id", metavar="NETWORK_ID")
    link.add_argument("name", nargs="?", help="the colleague (leave out to undo the link)")
    action("sync", "read and write the team folder")
    conflicts = action("conflicts", "list the conflicts to resolve")
    conflicts.add_argument("--json", action="store_true", help="print a JSON array")
    resolve = action("resolve", "resolve a conflict by choosing one of its values")
    resolve.add_argument("ref")
    resolve.add_argument("conflict", metavar="ID")
    resolve.add_argument("choice", type=int, metavar="N", help="the number of the choice (1 ...)")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_workspace() as ws:
        team = ws.team
        if args.action == "card":
            code = team.write_card(args.output)
            ctx.print(ctx.t("team.card_written", path=str(args.output)))
            ctx.print(code)
        elif args.action == "code":
            ctx.print(ctx.t("team.safety_code"))
            ctx.print(team.safety_code())
        elif args.action == "add":
            added = team.add_colleague(args.file, args.code)
            ctx.print(
                ctx.t("team.colleague_added", name=added.name, organisation=added.organisation)
            )
        elif args.action == "colleagues":
            found = team.colleagues()
            for c in found:
                key = "team.colleague_line_removed" if c.removed else "team.colleague_line"
                ctx.print(
                    ctx.t(key, name=c.name, organisation=c.organisation, safety=c.safety_code)
                )
            if not found:
                ctx.print(ctx.t("team.no_colleagues"))
        elif args.action == "remove":
            gone = team.remove_colleague(args.name)
            ctx.print(ctx.t("team.colleague_removed_done", name=gone.name))
        elif args.action == "link":
            team.link(args.ref, args.network_id, args.name)
            key = "team.linked" if args.name else "team.unlinked"
            ctx.print(ctx.t(key, id=args.network_id, ref=args.ref, name=args.name or ""))
        elif args.action == "sync":
            return _sync(ctx, ws)
        elif args.action == "conflicts":
            _conflicts(ctx, team.conflicts(), as_json=args.json)
        else:
            team.resolve(args.ref, args.conflict, args.choice)
            ctx.print(ctx.t("team.resolved", id=args.conflict, ref=args.ref))
    return 0


def _sync(ctx: Context, ws: Any) -> int:
    result = ws.team_sync.sync()
    ctx.print(ctx.t("team.sync_done", sent=result.sent, received=result.received))
    for ref in result.new:
        ctx.print(ctx.t("team.sync_new", ref=ref))
    for ref in result.updated:
        ctx.print(ctx.t("team.sync_updated", ref=ref))
    for ref in result.removed:
        ctx.print(ctx.t("team.sync_removed", ref=ref))
    for notice in result.refused:
        where = "/".join(x for x in (notice.who or notice.device, notice.file) if x)
        ctx.error(ctx.t("team.sync_refused", file=where, reason=ctx.t(notice.reason)))
    for notice in result.waiting:
        where = "/".join(x for x in (notice.who or notice.device, notice.file) if x)
        ctx.error(ctx.t("team.sync_waiting", file=where, reason=ctx.t(notice.reason)))
    return 0


def _conflicts(ctx: Context, found: list[ConflictInfo], *, as_json: bool) -> None:
    if as_json:
        ctx.print(
            json_text(
                [
                    {
                        "ref": c.ref,
                        "id": c.id,
                        "kind": c.kind,
                        "field": c.field,
                        "choices": [
                            {"n": i, "value": ch.value, "by": ch.by, "at": ch.at.isoformat() + "Z"}
                            for i, ch in enumerate(c.choices, start=1)
                        ],
                    }
                    for c in found
                ],
                indent=2,
            )
        )
        return
    if not found:
        ctx.print(ctx.t("team.conflicts_none"))
    for c in found:
        what = ctx.t(f"team.conflict.{c.kind}", field=c.field)
        ctx.print(ctx.t("team.conflict_line", ref=c.ref, what=what, id=c.id))
        for i, ch in enumerate(c.choices, start=1):
            value = ch.value if isinstance(ch.value, str) else json_text(ch.value)
            at = format_date(ch.at.date(), ctx.lang)
            ctx.print(ctx.t("team.choice_line", n=i, value=value, by=ch.by or "?", at=at))
