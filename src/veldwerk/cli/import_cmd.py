"""`veldwerk import FILE [--replace]`: import a case file, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veldwerk.cli.context import Context
from veldwerk.domain import messages

messages.register(
    {
        "import.done": (
            "{n} gezin(nen) ingelezen ({replaced} vervangen).",
            "{n} family(ies) imported ({replaced} replaced).",
        ),
        "import.replace_hint": (
            "Om de gezinnen die er al zijn te vervangen door die in het bestand: lees het "
            "opnieuw in met --replace.",
            "To replace the families that are already there with those in the file, import it "
            "again with --replace.",
        ),
        "import.refused": (
            "Het bestand is niet ingelezen; er is niets opgeslagen. Wat er niet klopt:",
            "The file was not imported; nothing was stored. What is wrong:",
        ),
    }
)


def register(sub: Any, name: str) -> None:
    p = sub.add_parser(
        name,
        help="import a case file (all or nothing)",
        description="Import families from a veldwerk case file. A file with any "
        "problem is refused whole, with every problem listed.",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--replace", action="store_true", help="replace families whose ref already exists"
    )
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    from veldwerk.domain.errors import DomainError

    with ctx.open_workspace() as ws:
        try:
            result = ws.families.import_file(ctx.args.file, replace_existing=ctx.args.replace)
        except DomainError as exc:
            ctx.error(ctx.t("import.refused"))
            ctx.error(exc.describe(ctx.lang))
            if any(p.code == "family.ref_exists" for p in exc.problems):
                ctx.error(ctx.t("import.replace_hint"))
            return 1
    ctx.print(ctx.t("import.done", n=result.imported, replaced=result.replaced))
    return 0
