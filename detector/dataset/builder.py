"""Build the labelled dataset: generated pages as files, real pages by reference, one manifest.

Splits are assigned to groups, never to pages: every source article gets a split (a stable draw
from the seed and its id), every site gets a split (spread evenly over a family's invented sites;
a stable draw from the host for real sites and for the clones of a real site), and a page is only
made from an article of its site's split. So no source article and no site is in two splits.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from detector.config import PROJECT_ROOT, Settings
from detector.dataset.farms import farm_families
from detector.dataset.farms.base import BuildContext, Family, Site
from detector.dataset.farms.skeleton import TemplateUnusableError, site_key
from detector.dataset.foreign import FOREIGN_STORY_SHARE, ForeignPools, foreign_pools
from detector.dataset.legit import negative_families
from detector.dataset.manifest import MANIFEST_NAME, Row, content_hash, write_manifest
from detector.dataset.realpages import fallback_date, list_real_pages, load_farm_hosts
from detector.dataset.rng import SPLITS, rng_for, split_of, unit
from detector.dataset.sources import Article, RealPage, load_articles, load_headlines
from detector.dataset.wet import html_to_text
from detector.errors import ConfigError, DetectorError

SEED_FILE = PROJECT_ROOT / "seeds" / "000_92ec4ba84c87f13f.txt"
SEED_CLAIMED = "2025-04-24"  # the "Date:" the seed page shows
SEED_FETCHED = "2025-04-25"  # not recorded with the seed: a day after its claimed date
DEFAULT_PER_FAMILY = 400
SMALL_PER_FAMILY = 8
SMALL_REAL_PAGES = 25
# Share of generated pages written without a URL in the manifest (real pages: 594 of 4,339).
NO_URL_SHARE = 0.14
# Collections read for --small (the two smallest with URLs), to keep the small build fast.
SMALL_COLLECTIONS = ("html/goose3.jsonl.gz", "html/article_extraction_benchmark.jsonl.gz")
# Share of real pages whose HTML is kept as a candidate skeleton for the `skeleton` family.
TEMPLATE_SHARE = 0.35
TEMPLATE_MAX_CHARS = 400_000
STAGING = ".staging"
# Languages of generated sites (themes: de, fr, es, it; cloned skeletons: any) that take stories from real
# pages in their own language (detector.dataset.foreign).
FOREIGN_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "pl", "nl", "ja", "ru", "zh"})


@dataclass(slots=True)
class BuildSummary:
    """What a build produced."""

    out_dir: Path
    manifest: Path
    manifest_sha256: str
    content_hash: str
    rows: int
    by_family: dict[str, int] = field(default_factory=dict)
    by_split: dict[str, int] = field(default_factory=dict)
    by_label: dict[str, int] = field(default_factory=dict)
    real_dropped: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """The deterministic part of the summary (no timing, no absolute paths)."""
        return {
            "manifest_sha256": self.manifest_sha256,
            "content_hash": self.content_hash,
            "rows": self.rows,
            "by_family": self.by_family,
            "by_split": self.by_split,
            "by_label": self.by_label,
            "real_dropped": self.real_dropped,
        }


class SplitLeakError(DetectorError):
    """A source article or a site appears in two splits: a bug in the builder."""

    kind = "split_leak"


def check_splits(rows: Iterable[Row]) -> None:
    """Raise SplitLeakError when a source article or a site is in more than one split."""
    seen: dict[tuple[str, str], str] = {}
    for r in rows:
        for what, key in (("source", r.source), ("site", r.site)):
            prev = seen.setdefault((what, key), r.split)
            if prev != r.split:
                raise SplitLeakError(f"{what} {key!r} is in both {prev} and {r.split} (row {r.id})")


def _article_pools(
    articles: list[Article], seed: int
) -> tuple[dict[str, list[Article]], dict[tuple[str, str], list[Article]]]:
    by_split: dict[str, list[Article]] = {s: [] for s in SPLITS}
    by_topic: dict[tuple[str, str], list[Article]] = {}
    for a in articles:
        s = split_of(seed, "article", a.id)
        by_split[s].append(a)
        by_topic.setdefault((s, a.topic), []).append(a)
    return by_split, by_topic


def _write(out: Path, rel: str, text: str) -> None:
    p = out / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _generate_family(
    family: Family,
    ctx: BuildContext,
    pools: dict[str, list[Article]],
    n_pages: int,
    out: Path,
    only_split: str | None,
    taken: set[str],
    foreign: ForeignPools | None = None,
) -> list[Row]:
    sites: list[Site] = family.make_sites(ctx)
    for n, site in enumerate(sites):
        if getattr(family, "keeps_real_domains", False):
            continue  # real hosts publishing their own pages: the domain is the real one
        # A domain names one site: two families (or a clone and a real host) never share one.
        while site.theme.domain in taken:
            stem, _, tld = site.theme.domain.partition(".")
            site.theme.domain = f"{stem}{n % 10}.{tld}"
        taken.add(site.theme.domain)
    if only_split:
        sites = [s for s in sites if s.split == only_split]
    if not sites:
        raise ConfigError(f"family {family.name}: no sites to generate pages on")
    rng_for(ctx.seed, "site-order", family.name).shuffle(sites)
    rows: list[Row] = []
    used: set[str] = set()
    offset = 0
    group = "farm" if family.label == 1 else "hard_negative"
    for i in range(round(n_pages * family.share)):
        rng = rng_for(ctx.seed, "page", family.name, i)
        for _attempt in range(len(sites)):
            site = sites[(i + offset) % len(sites)]
            pool = pools[site.split]
            lang = site.language or site.theme.lang
            local = (foreign or {}).get((site.split, lang))
            # Its own draw, so that English sites get the same pages as without foreign stories.
            pick = rng_for(ctx.seed, "foreign-story", family.name, i)
            if local and pick.random() < FOREIGN_STORY_SHARE:
                pool = local
            article = pool[rng.randrange(len(pool))]
            for _ in range(5):
                if article.id not in used:
                    break
                article = pool[rng.randrange(len(pool))]
            try:
                page = family.render(article, site, rng, ctx)
                break
            except TemplateUnusableError:
                offset += 1  # this real page has no story container: use the next site
        else:
            raise ConfigError(f"family {family.name}: no usable site for page {i}")
        used.add(article.id)
        text = html_to_text(page.html)
        base = f"pages/{family.name}/{i:05d}"
        # As many generated pages as real ones come without a URL (files scored as they are),
        # so that a missing URL says nothing about the label.
        url = "" if unit(ctx.seed, "no-url", family.name, str(i)) < NO_URL_SHARE else page.url
        for kind, content, ext in (("html", page.html, "html"), ("text", text, "txt")):
            _write(out, f"{base}.{ext}", content)
            rows.append(
                Row(
                    id=f"{family.name}/{i:05d}/{kind}",
                    kind=kind,
                    label=family.label,
                    family=family.name,
                    group=group,
                    source=article.id,
                    site=site.domain,
                    split=site.split,
                    path=f"{base}.{ext}",
                    url=url,
                    fetched=page.fetched.isoformat(),
                    claimed=page.claimed.isoformat() if page.claimed else None,
                    language=site.language or site.theme.lang,
                    tells=page.tells,
                    sha256=_sha(content),
                    template=site.template_id or None,
                )
            )
    return rows


def _real_rows(
    pages: list[RealPage], seed: int, only_split: str | None, limit: int | None
) -> list[Row]:
    rows: list[Row] = []
    chosen = []
    for p in pages:
        site = site_key(p.host, p.record_id)
        split = split_of(seed, "site", site)
        if only_split and split != only_split:
            continue
        chosen.append((p, site, split))
    if limit is not None:
        chosen.sort(key=lambda t: unit(seed, "small-real", t[0].record_id))
        chosen = sorted(chosen[:limit], key=lambda t: (t[0].collection_file, t[0].record_id))
    for p, site, split in chosen:
        family = "real_wire" if p.wire else "real"
        fetched = (p.published or fallback_date(p.collection_file)).isoformat()
        for kind in ("html", "text"):
            rows.append(
                Row(
                    id=f"{p.record_id}/{kind}",
                    kind=kind,
                    label=0,
                    family=family,
                    group="real",
                    source=f"real:{p.record_id}",
                    site=site,
                    split=split,
                    record={"collection_file": p.collection_file, "record_id": p.record_id},
                    url=p.url,
                    fetched=fetched,
                    claimed=p.published.isoformat() if p.published else None,
                    language=p.language,
                    tells=("wire_dateline",) if p.wire else (),
                    sha256=p.sha256,
                )
            )
    return rows


def _seed_row(out: Path) -> Row:
    if not SEED_FILE.is_file():
        raise ConfigError(f"the seed page {SEED_FILE} is missing")
    text = SEED_FILE.read_text(encoding="utf-8")
    rel = f"pages/seed/{SEED_FILE.name}"
    _write(out, rel, text)
    return Row(
        id="seed/000_92ec4ba84c87f13f/text",
        kind="text",
        label=1,
        family="seed",
        group="seed",
        source="seed:000_92ec4ba84c87f13f",
        site="seed:wealthtrail-solutions",
        split="test",
        path=rel,
        url="",
        fetched=SEED_FETCHED,
        claimed=SEED_CLAIMED,
        language="en",
        tells=(
            "unrelated_brand",
            "mismatched_breadcrumb",
            "reaction_counter",
            "gossip_lists",
            "fresh_date",
            "dateline_kept",
            "credit_stripped",
        ),
        sha256=_sha(text),
    )


def build_dataset(
    settings: Settings,
    out_dir: str | Path,
    *,
    seed: int = 0,
    per_family: int | None = None,
    small: bool = False,
    collections: tuple[str, ...] | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the dataset into `out_dir` (its `pages/` and `manifest.jsonl` are replaced).

    Args:
        settings: where the shared data is (`settings.data_dir`).
        out_dir: the output folder (e.g. `data/generated`).
        seed: the build seed; the same seed gives byte-identical output.
        per_family: pages per generated family (each also written as a text record).
        small: build only test-split pages, few per family, from two small collections: a pinned
            held-out set, disjoint from the train split of the full build with the same seed.
        collections: the real-page collection files to read (default: all of `html/`, or two
            small ones with `small`); tests use it to keep a full-mode build fast.
        progress: called with a short message at each step.
    """
    say = progress or (lambda _m: None)
    start = time.perf_counter()
    out = Path(out_dir)
    data_dir = Path(settings.data_dir)
    n_pages = (
        per_family
        if per_family is not None
        else (SMALL_PER_FAMILY if small else DEFAULT_PER_FAMILY)
    )
    if n_pages < 1:
        raise ConfigError(f"--per-family must be at least 1, not {n_pages}")
    only = "test" if small else None
    # Everything is written to a staging folder and moved in at the end, so that a reader of
    # the previous build (a training run) never sees a half-written one.
    final = out
    out = final / STAGING
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    say("reading source articles")
    articles = load_articles(data_dir)
    pools, by_topic = _article_pools(articles, seed)
    headlines = load_headlines(data_dir)

    say("listing real pages")
    files: tuple[str, ...]
    if collections is not None:
        files = collections
    elif small:
        files = SMALL_COLLECTIONS
    else:
        files = tuple(sorted(f"html/{p.name}" for p in (data_dir / "html").glob("*.jsonl.gz")))
    listed = load_farm_hosts(data_dir / "lists")

    def keep(p: RealPage) -> bool:
        if only and split_of(seed, "site", site_key(p.host, p.record_id)) != only:
            return False
        return unit(seed, "template", p.record_id) < (1.0 if small else TEMPLATE_SHARE)

    real_pages, kept_html, dropped = list_real_pages(data_dir, files, listed, keep)
    templates = {
        f"{p.collection_file}#{p.record_id}": (p.host, kept_html[p.record_id])
        for p in real_pages
        if p.record_id in kept_html and len(kept_html[p.record_id]) <= TEMPLATE_MAX_CHARS
    }
    ctx = BuildContext(
        seed=seed,
        headlines=headlines,
        by_topic=by_topic,
        templates=templates,
    )
    say("reading stories in other languages")
    foreign = foreign_pools(real_pages, data_dir, seed, FOREIGN_LANGUAGES)

    rows: list[Row] = []
    taken = {p.host for p in real_pages if p.host}
    families: list[Family] = [*farm_families(), *negative_families()]
    for family in families:
        say(f"generating {family.name}")
        rows += _generate_family(family, ctx, pools, n_pages, out, only, taken, foreign)
    rows.append(_seed_row(out))
    rows += _real_rows(real_pages, seed, only, SMALL_REAL_PAGES if small else None)
    check_splits(rows)

    sha = write_manifest(rows, out / MANIFEST_NAME)
    summary = BuildSummary(
        out_dir=final,
        manifest=final / MANIFEST_NAME,
        manifest_sha256=sha,
        content_hash=content_hash(rows),
        rows=len(rows),
        by_family=dict(sorted(Counter(r.family for r in rows).items())),
        by_split=dict(sorted(Counter(r.split for r in rows).items())),
        by_label={str(k): v for k, v in sorted(Counter(r.label for r in rows).items())},
        real_dropped=dict(sorted(dropped.items())),
    )
    (out / "summary.json").write_text(
        json.dumps(summary.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    _swap_in(out, final)
    summary.seconds = time.perf_counter() - start
    return summary


def _swap_in(staging: Path, final: Path) -> None:
    """Move a finished build from its staging folder into place, replacing the previous one."""
    old = final / ".previous"
    if old.exists():
        shutil.rmtree(old)
    if (final / "pages").exists():
        old.mkdir()
        (final / "pages").rename(old / "pages")
    (staging / "pages").rename(final / "pages")
    for name in (MANIFEST_NAME, "summary.json"):
        os.replace(staging / name, final / name)
    shutil.rmtree(staging)
    if old.exists():
        shutil.rmtree(old)


def print_progress(message: str) -> None:
    """A progress line on stderr."""
    print(f"[data] {message}", file=sys.stderr, flush=True)
