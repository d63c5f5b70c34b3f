"""Time to export the learning bundle of 1,000 families with 40 events each.

Target: under 2 s for the export (profile vocabulary, scrubbing the reflections for approval, one
record per family, canonical encoding, Ed25519 signature and encryption to the coordinator: every
bundle is encrypted). Reading a bundle back (verify, decrypt, schema check) is timed too, for
information.

    .venv/bin/python benchmarks/bench_learning.py [--families 1000] [--events 40] [--rounds 5]

Exit status 1 when the median export is over budget.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import date

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from timing import timed

from veldwerk.domain.model import Family
from veldwerk.learning.bundle import build_bundle, new_installation_id, read_bundle
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.record import build_record, pending_reflections, profile_vocabulary
from veldwerk.samples.synthetic import synthetic_families

BUDGET_SECONDS = 2.0
TODAY = date(2026, 11, 24)


def export(families: list[Family], coordinator: X25519PrivateKey) -> bytes:
    """What `veldwerk export` does after loading the families (always encrypted)."""
    vocabulary = profile_vocabulary(families)
    approved = frozenset(
        digest for f in families for _, _, digest in pending_reflections(f, vocabulary=vocabulary)
    )
    records = []
    for family in families:
        record = build_record(
            family,
            region="Noord-Veluwe",
            today=TODAY,
            approved_reflections=approved,
            vocabulary=vocabulary,
        )
        if record is not None:
            records.append(record)
    return build_bundle(
        records,
        installation_id=new_installation_id(),
        region="Noord-Veluwe",
        sequence=1,
        created=TODAY,
        signing_key=SIGNING_KEY,
        coordinator_key=coordinator.public_key(),
    )


SIGNING_KEY = generate_signing_key()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=1000)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    families = [
        dataclasses.replace(f, learning_consent="granted")
        for f in synthetic_families(args.families, args.events, seed=2026)
    ]
    coordinator = X25519PrivateKey.generate()
    sealed = export(families, coordinator)

    export_s = timed(lambda: export(families, coordinator), args.rounds, warm_up=1)
    read_s = timed(
        lambda: read_bundle(sealed, coordinator_private_key=coordinator), args.rounds, warm_up=1
    )

    print(
        f"{args.families} families x {args.events} events, bundle {len(sealed) / 1e6:.1f} MB "
        f"(encrypted), median of {args.rounds}:"
    )
    print(f"  export, sign and encrypt {export_s:6.2f} s   (budget {BUDGET_SECONDS:.1f} s)")
    print(f"  read (verify, decrypt)   {read_s:6.2f} s")
    if export_s > BUDGET_SECONDS:
        print("OVER BUDGET")
        sys.exit(1)


if __name__ == "__main__":
    main()
