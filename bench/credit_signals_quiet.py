"""How often the credit-reading signals raise a farm-side sign on real outlet pages (not a speed run).

Run: .venv/bin/python bench/credit_signals_quiet.py [--per-collection 100] [--json out.json]
Reads up to N pages of every collection in ../shared/data/html/ (real outlets, many languages),
runs wire_copy_v1, provenance_v1, site_identity_v1 and copy_context_v1, and prints the share of
pages where each farm-side sign fires (an uncredited agency dateline, an off-site canonical, a
canonical on an uncredited site, an uncredited copy) and where a credit is read (agency or other
publisher). Real pages should stay quiet; run it in two trees to compare before/after.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import iter_parsed_real_pages

from detector.features.copy_context import CopyContext
from detector.features.provenance import Provenance
from detector.features.site_identity import SiteIdentity
from detector.features.wire import WireCopy

SIGNS = (
    (WireCopy, "wire_uncredited"),
    (Provenance, "prov_canonical_offsite"),
    (SiteIdentity, "ident_canonical_foreign"),
    (CopyContext, "ctx_copy_uncredited"),
)
CREDITS = ((WireCopy, "wire_credited"), (CopyContext, "ctx_copy_credited"))


def main(argv: list[str] | None = None) -> int:
    """Print fire rates per sign over the real pages; write JSON when asked."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-collection", type=int, default=100)
    ap.add_argument("--json", default="")
    args = ap.parse_args(argv)
    extractors = {cls: cls() for cls, _ in (*SIGNS, *CREDITS)}
    fired: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n = 0
    for rec, page in iter_parsed_real_pages(args.per_collection):
        n += 1
        for cls, feature in (*SIGNS, *CREDITS):
            ex = extractors[cls]
            sig = ex.signal(page).as_dict()
            if sig[feature] > 0:
                fired[feature] += 1
                if len(examples[feature]) < 5:
                    ev = " | ".join(ex.extract(page)[1])[:160]
                    examples[feature].append(f"{rec.get('url', '')[:60]}: {ev}")
    print(f"{n} real pages")
    report = {"pages": n, "fire_rates": {}}
    for _, feature in (*SIGNS, *CREDITS):
        rate = fired[feature] / max(n, 1)
        report["fire_rates"][feature] = rate
        print(f"  {feature:26} {fired[feature]:4d}  {rate:.4f}")
        for example in examples[feature]:
            print(f"      {example}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
