"""How often the four topic-space signals raise an alarm on real outlet pages (not a speed run).

Run: .venv/bin/python bench/topic_signals_quiet.py [--per-collection 250]
Reads up to N pages of every collection in ../shared/data/html/ (real outlets, 2007-2020, many
languages), runs breadcrumb_topic_v1, link_blocks_v1, date_staleness_v1 and brand_mismatch_v1,
and counts pages where a signal states an alarm (evidence other than "fits" / "missing" /
summaries) and where each alarm rule holds. Real pages should stay quiet: a few percent at most.
Writes bench/results/topic_signals_quiet.md.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import iter_parsed_real_pages, write_markdown

from detector.features.base import PageFeatures
from detector.features.brand import BrandMismatch
from detector.features.breadcrumbs import BreadcrumbTopic
from detector.features.dates import DateStaleness
from detector.features.link_blocks import RELATED_HEADINGS, LinkBlocksTopic

# Evidence lines that state no alarm: fits, missing, summaries.
NEUTRAL = re.compile(
    r"\(fits\)$|fits the page$|^no |^story topic unknown|: no clear topic$|^link topics not|"
    r"^link texts not|^page names no brand|: no conflicting date cues$|"
    r"^page states no publication date"
)
BLOCK_LINE = re.compile(r'^block "([^"]*)": (\d+) of (\d+) links off')


def is_alarm(line: str) -> bool:
    """True when an evidence line states an alarm (a block line only for a "Related" list)."""
    m = BLOCK_LINE.match(line)
    if m:
        n_off, n = int(m.group(2)), int(m.group(3))
        ex = LinkBlocksTopic()
        return (
            bool(RELATED_HEADINGS.search(m.group(1)))
            and n >= ex.related_min_links
            and n_off / n >= ex.related_alarm_share
        )
    return not NEUTRAL.search(line)


RULES = {
    "breadcrumb_topic_v1": {"crumb_offtopic": lambda d: d["crumb_offtopic"] > 0},
    "link_blocks_v1": {
        "related lists >= 50% off-topic (numeric)": lambda d: d["related_offtopic_share"] >= 0.5,
        "celebrity share >= 0.2 (3+ links)": lambda d: (
            d["celebrity_anchor_share"] >= 0.2
            and d["celebrity_anchor_share"] * d["headline_anchors"] >= 3
        ),
        "any list mostly off-topic (numeric only)": lambda d: d["offtopic_blocks"] >= 1,
    },
    "date_staleness_v1": {
        "office-holder conflict": lambda d: d["office_conflict_years"] > 0,
        "weekday lag >= 2 days": lambda d: d["weekday_lag_days"] >= 2,
        "sidebar > 90 days older": lambda d: d["sidebar_lag_years"] > 90 / 365,
    },
    "brand_mismatch_v1": {
        "off-world brand on other news": lambda d: d["brand_story_mismatch"] > 0,
        "off-world brand words": lambda d: (
            d["offworld_brand_words"] > 0 and not d["news_brand_word"]
        ),
        "brand/domain < 0.5 (numeric only)": lambda d: (
            not d["domain_missing"]
            and not d["brand_missing"]
            and d["brand_domain_similarity"] < 0.5
        ),
    },
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-collection", type=int, default=250)
    ap.add_argument(
        "--out", default=str(Path(__file__).parent / "results" / "topic_signals_quiet.md")
    )
    args = ap.parse_args()
    extractors: list[PageFeatures] = [
        BreadcrumbTopic(),
        LinkBlocksTopic(),
        DateStaleness(),
        BrandMismatch(),
    ]
    alarms: collections.Counter[str] = collections.Counter()
    rules: collections.Counter[tuple[str, str]] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n = 0
    for rec, page in iter_parsed_real_pages(args.per_collection):
        n += 1
        for ex in extractors:
            sig = ex.signal(page)
            said = [e for e in sig.evidence if is_alarm(e)]
            if said:
                alarms[sig.name] += 1
                if len(examples[sig.name]) < 5:
                    examples[sig.name].append(f"{rec['id']}: {said[0]}")
            d = sig.as_dict()
            for rule, holds in RULES[sig.name].items():
                rules[(sig.name, rule)] += bool(holds(d))
    rows = [
        [name, "any alarm in evidence", alarms[name], f"{alarms[name] / n:.3f}"] for name in RULES
    ]
    rows += [[name, rule, c, f"{c / n:.3f}"] for (name, rule), c in sorted(rules.items())]
    for row in rows:
        print(" | ".join(str(c) for c in row))
    notes = f"{n} real pages.\n\nExamples of alarms:\n" + "\n".join(
        f"- {name}: {ex}" for name, exs in examples.items() for ex in exs
    )
    write_markdown(
        Path(args.out),
        "Topic signals on real outlet pages",
        ["signal", "rule", "pages", "share"],
        rows,
        notes,
    )


if __name__ == "__main__":
    main()
