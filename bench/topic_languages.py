"""Does the topic space read German, French, Spanish and Italian pages? Held-out pairs on real pages.

Run: .venv/bin/python bench/topic_languages.py [--out FILE]

Real pages of the shared HTML corpora (none of them is in the space's training corpora), language
from the page's `<html lang>` or, failing that, detection (`Page.language`). For every page with a
headline and 80+ words of main text:
- story pairs: the headline against its own main text (first 250 words) vs against another page's
  main text of the same language; AUC = P(own pair scores above the other).
- crumb pairs: where the page has an informative breadcrumb or section (`informative_crumbs`),
  its most specific crumb against its own story vs another page's story.
Scored twice: "direct" reads every text as English (what the space did before the glossaries),
"glossary" reads a de/fr/es/it text through its glossary (`detector.lexicon`); English is read
directly in both, so its rows are the reference. Also reported: the mapped coverage of the stories
(share of content words the glossary maps) and the share of stories whose topic the signals read
(`story_topic(page).known`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import write_markdown

from detector.config import load_settings
from detector.errors import DetectorError
from detector.features._story import read_tokens, story_topic
from detector.features.breadcrumbs import informative_crumbs
from detector.lexicon import LANGUAGES
from detector.page import Page, parse_page
from detector.topic import _auc, load_topic_space

GROUPS = {"en": "en", "de": "de", "fr": "fr/es/it", "es": "fr/es/it", "it": "fr/es/it"}


def _pages(max_english: int) -> list[tuple[str, Page]]:
    out: list[tuple[str, Page]] = []
    n_en = 0
    for path in sorted((load_settings().data_dir / "html").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                try:
                    page = parse_page(rec["html"], url=rec.get("url"))
                except DetectorError:
                    continue
                lang = page.language[:2]
                if lang not in GROUPS or not (page.headline or page.title):
                    continue
                if sum(len(p.split()) for p in page.paragraphs) < 80:
                    continue
                if lang == "en":
                    n_en += 1
                    if n_en > max_english:
                        continue
                out.append((lang, page))
    return out


def _body(page: Page, limit: int = 250) -> str:
    words: list[str] = []
    for para in page.paragraphs:
        words.extend(para.split())
        if len(words) >= limit:
            break
    return " ".join(words[:limit])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max-english", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "topic_languages.md"))
    args = ap.parse_args()
    space = load_topic_space()
    pages = _pages(args.max_english)
    rng = np.random.default_rng(args.seed)
    by_lang: dict[str, list[Page]] = defaultdict(list)
    for lang, page in pages:
        by_lang[lang].append(page)
    rows = []
    stats: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for lang, group_pages in sorted(by_lang.items()):
        group = GROUPS[lang]
        n = len(group_pages)
        if n < 3:
            continue
        other = (np.arange(n) + rng.integers(1, n, n)) % n  # another page, never the same
        heads = [p.headline or p.title for p in group_pages]
        bodies = [_body(p) for p in group_pages]
        crumbs = [(i, informative_crumbs(p)) for i, p in enumerate(group_pages)]
        crumb_idx = [(i, c[-1]) for i, c in crumbs if c]
        for mode in ("direct", "glossary"):
            gl = lang if (mode == "glossary" and lang in LANGUAGES) else ""
            h, _ = space.read_tokens([read_tokens(t, gl) for t in heads])
            b, cov_b = space.read_tokens([read_tokens(t, gl) for t in bodies])
            stats[group][f"{mode}_own"].extend(np.einsum("ij,ij->i", h, b).tolist())
            stats[group][f"{mode}_other"].extend(np.einsum("ij,ij->i", h, b[other]).tolist())
            stats[group][f"{mode}_cov"].extend(cov_b.tolist())
            if crumb_idx:
                c, _ = space.read_tokens([read_tokens(t, gl) for _, t in crumb_idx])
                ii = np.array([i for i, _ in crumb_idx])
                stats[group][f"{mode}_crumb_own"].extend(np.einsum("ij,ij->i", c, b[ii]).tolist())
                stats[group][f"{mode}_crumb_other"].extend(
                    np.einsum("ij,ij->i", c, b[other[ii]]).tolist()
                )
        stats[group]["known"].extend(float(story_topic(p).known) for p in group_pages)
        stats[group]["n"].append(n)
    for group in ("en", "de", "fr/es/it"):
        st = stats.get(group)
        if not st:
            continue

        def auc(key: str, st: dict[str, list] = st) -> str:
            own, oth = st.get(f"{key}_own", []), st.get(f"{key}_other", [])
            if not own:
                return "-"
            return f"{_auc(np.array(own), np.array(oth)):.3f}"

        rows.append(
            [
                group,
                str(sum(st["n"])),
                auc("direct"),
                auc("glossary"),
                str(len(st.get("direct_crumb_own", []))),
                auc("direct_crumb"),
                auc("glossary_crumb"),
                f"{statistics.median(st['direct_cov']):.2f} / {statistics.median(st['glossary_cov']):.2f}",
                f"{np.percentile(st['glossary_cov'], 5):.2f}",
                f"{100 * statistics.mean(st['known']):.0f}%",
            ]
        )
    header = [
        "language",
        "pages",
        "AUC story direct",
        "AUC story glossary",
        "crumb pages",
        "AUC crumb direct",
        "AUC crumb glossary",
        "median coverage direct / glossary",
        "5th pct coverage glossary",
        "story topic read",
    ]
    note = (
        "Real pages of the shared HTML corpora; headline vs own main text against vs another "
        "page's main text of the same language, and the most specific breadcrumb/section vs "
        "the same. English is read directly in both columns (the reference). `story topic read`: "
        "share of pages whose story topic the signals read (`story_topic(page).known`) with "
        "this tree."
    )
    print("| " + " | ".join(header) + " |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    write_markdown(
        Path(args.out), "Topic space by language: held-out pairs on real pages", header, rows, note
    )


if __name__ == "__main__":
    main()
