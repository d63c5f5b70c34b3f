"""`veldwerk search TEXT [--json] [--limit N]`: search in everything."""

from __future__ import annotations

from typing import Any

from veldwerk.cli.context import Context
from veldwerk.cli.terminal import json_text, terminal_text
from veldwerk.domain.search import bracketed

JSON_HELP = (
    "print a JSON object: {query, note, more, hits: [{ref, kind, record_id, title, snippet}]}, "
    "best first. kind is family, member, network, event, goal, action or reflection; record_id "
    "is the record's key in this profile (the family's own for kind family); snippet marks the "
    "matched words with [ and ]; note is null, search.no_words or search.shortened"
)


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="search in everything",
        description="Find families by words of any of their records: names, network members "
        "and organisations, municipality, journey steps, goals and actions, notes and "
        "reflections. Every word must match the start of a word; case and accents are ignored.",
    )
    p.add_argument("text", help="the words to look for")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument("--limit", type=int, default=50, help="at most this many results (50)")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    with ctx.open_workspace() as ws:
        outcome = ws.search.search(ctx.args.text, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.print(
            json_text(
                {
                    "query": outcome.query[:400],
                    "note": outcome.note,
                    "more": outcome.more,
                    "hits": [
                        {
                            "ref": h.ref,
                            "kind": h.kind,
                            "record_id": h.record_id,
                            "title": h.title,
                            "snippet": bracketed(h.snippet),
                        }
                        for h in outcome.hits
                    ],
                },
                indent=2,
            )
        )
        return 0
    if outcome.note:
        ctx.print(ctx.t(outcome.note))
    if not outcome.hits:
        if outcome.note != "search.no_words":
            ctx.print(ctx.t("search.none", query=outcome.query[:80]))
        return 0
    for h in outcome.hits:
        kind = ctx.t(f"search.kind.{h.kind}")
        head = f"{h.ref}  {h.family_name} · {kind}"
        ctx.print(terminal_text(head, one_line=True))
        ctx.print("    " + terminal_text(bracketed(h.snippet), one_line=True))
    if outcome.more:
        ctx.print(ctx.t("search.more"))
    return 0
