"""The builder: determinism, families, splits, dates, the seed row, the pinned small set."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from detector.config import PROJECT_ROOT, load_settings
from detector.dataset import load_manifest
from detector.dataset.builder import (
    SEED_FILE,
    BuildSummary,
    SplitLeakError,
    build_dataset,
    check_splits,
)
from detector.dataset.farms import farm_families
from detector.dataset.farms.base import LATEST_FETCH
from detector.dataset.legit import negative_families
from detector.dataset.manifest import Row

PINNED = PROJECT_ROOT / "data" / "small_manifest.sha256"
GENERATED = [f.name for f in farm_families()] + [f.name for f in negative_families()]


def tree_digest(root: Path) -> str:
    """A digest of every file under root (names and bytes)."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def test_same_seed_gives_byte_identical_output(small_build: BuildSummary, tmp_path: Path) -> None:
    again = build_dataset(load_settings(), tmp_path / "again", seed=0, small=True)
    assert again.manifest_sha256 == small_build.manifest_sha256
    assert tree_digest(Path(again.out_dir)) == tree_digest(Path(small_build.out_dir))


def test_another_seed_gives_other_pages(small_build: BuildSummary, tmp_path: Path) -> None:
    other = build_dataset(load_settings(), tmp_path / "other", seed=1, small=True, per_family=2)
    assert other.manifest_sha256 != small_build.manifest_sha256


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed(small_build: BuildSummary, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = tmp_path / "hs"
    cmd = [
        sys.executable,
        "-m",
        "detector",
        "data",
        "build",
        "--small",
        "--quiet",
        "--out",
        str(out),
    ]
    subprocess.run(cmd, check=True, env=env, cwd=PROJECT_ROOT, capture_output=True)
    assert tree_digest(out) == tree_digest(Path(small_build.out_dir))


def test_small_build_matches_the_pinned_hash(small_build: BuildSummary) -> None:
    """The evaluation gate's held-out set is pinned: a change to it must be made on purpose."""
    pinned = PINNED.read_text(encoding="utf-8").split()[0]
    assert small_build.manifest_sha256 == pinned, (
        "the small held-out set changed; if on purpose, update data/small_manifest.sha256"
    )


def test_small_build_is_test_split_only_and_under_320_rows(small_build: BuildSummary) -> None:
    rows = load_manifest(small_build.manifest)
    assert {r.split for r in rows} == {"test"}
    assert 150 <= len(rows) <= 320


def test_every_family_is_present(small_build: BuildSummary, medium_build: BuildSummary) -> None:
    for build in (small_build, medium_build):
        fams = {r.family for r in load_manifest(build.manifest)}
        assert set(GENERATED) | {"seed", "real"} <= fams
    rows = load_manifest(medium_build.manifest)
    for fam in GENERATED:
        kinds = {r.kind for r in rows if r.family == fam}
        assert kinds == {"html", "text"}, fam


def test_labels_follow_the_family(medium_build: BuildSummary) -> None:
    label = {f.name: f.label for f in farm_families()} | {
        f.name: f.label for f in negative_families()
    }
    label |= {"seed": 1, "real": 0, "real_wire": 0}
    for r in load_manifest(medium_build.manifest):
        assert r.label == label[r.family], r.id
        assert r.group in {"farm", "hard_negative", "real", "seed"}


def test_splits_are_disjoint_by_source_and_site(medium_build: BuildSummary) -> None:
    rows = load_manifest(medium_build.manifest)
    for attr in ("source", "site"):
        where: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            where[getattr(r, attr)].add(r.split)
        leaks = {k: v for k, v in where.items() if len(v) > 1}
        assert not leaks, f"{attr} in several splits: {list(leaks.items())[:3]}"


def test_each_generated_family_has_all_three_splits(medium_build: BuildSummary) -> None:
    rows = load_manifest(medium_build.manifest)
    for fam in GENERATED:
        if fam in ("skeleton", "licensed"):  # their sites follow the real hosts they copy
            continue
        assert {r.split for r in rows if r.family == fam} == {"train", "validation", "test"}, fam


def test_skeleton_pages_share_the_split_of_the_real_site_they_clone(
    medium_build: BuildSummary,
) -> None:
    rows = load_manifest(medium_build.manifest)
    real_split = {
        f"{r.record['collection_file']}#{r.record['record_id']}": r.split for r in rows if r.record
    }
    skeletons = [r for r in rows if r.family in ("skeleton", "licensed")]
    assert skeletons
    checked = 0
    for r in skeletons:
        assert r.template
        if r.template in real_split:
            assert real_split[r.template] == r.split
            checked += 1
    assert checked > 0


def test_sites_not_in_english_carry_stories_of_real_pages_in_their_language(
    medium_build: BuildSummary,
) -> None:
    rows = load_manifest(medium_build.manifest)
    real = {r.source: r for r in rows if r.group == "real"}
    foreign = [r for r in rows if r.group != "real" and r.source.startswith("real:")]
    assert {r.label for r in foreign} == {0, 1}, "both farms and hard negatives take them"
    for r in foreign:
        page = real[r.source]
        assert r.language == page.language != "en", r.id
        assert r.split == page.split, r.id
    english = [r for r in rows if r.group in ("farm", "hard_negative") and r.language == "en"]
    assert english and not any(r.source.startswith("real:") for r in english)


def test_check_splits_catches_a_leak() -> None:
    a = Row(
        id="a",
        kind="html",
        label=1,
        family="f",
        group="farm",
        source="s1",
        site="x.com",
        split="train",
        path="a",
    )
    b = Row(
        id="b",
        kind="html",
        label=0,
        family="g",
        group="farm",
        source="s1",
        site="y.com",
        split="test",
        path="b",
    )
    with pytest.raises(SplitLeakError, match="s1"):
        check_splits([a, b])
    c = Row(
        id="c",
        kind="html",
        label=0,
        family="g",
        group="farm",
        source="s2",
        site="x.com",
        split="test",
        path="c",
    )
    with pytest.raises(SplitLeakError, match=r"x\.com"):
        check_splits([a, c])


def test_dates_are_realistic(medium_build: BuildSummary) -> None:
    for r in load_manifest(medium_build.manifest):
        fetched = date.fromisoformat(r.fetched)
        assert date(1987, 1, 1) <= fetched <= LATEST_FETCH, r.id
        if r.claimed and r.group != "real":
            assert fetched >= date.fromisoformat(r.claimed), r.id
        if "fresh_date" in r.tells and r.group == "farm":
            assert date.fromisoformat(r.claimed or "1900-01-01") >= date(2019, 1, 1), r.id


def test_the_seed_is_a_test_positive(small_build: BuildSummary, medium_build: BuildSummary) -> None:
    for build in (small_build, medium_build):
        seeds = [r for r in load_manifest(build.manifest) if r.family == "seed"]
        assert len(seeds) == 1
        s = seeds[0]
        assert (s.label, s.split, s.kind) == (1, "test", "text")
        assert (Path(build.out_dir) / str(s.path)).read_bytes() == SEED_FILE.read_bytes()


def test_no_tell_defines_a_family(medium_build: BuildSummary) -> None:
    """Each optional tell is missing from some pages of its family (so it cannot define it)."""
    rows = [
        r for r in load_manifest(medium_build.manifest) if r.kind == "html" and r.group == "farm"
    ]
    by_family: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_family[r.family].append(r)
    optional = {
        "network": [
            "reaction_counter",
            "gossip_lists",
            "mismatched_breadcrumb",
            "dateline_kept",
            "unrelated_brand",
            "filler_links",
            "old_date_in_url",
        ],
        "autoblog": ["appeared_first_on", "source_link", "dateline_kept"],
        "ai_rewrite": ["chatbot_phrase", "stock_summary", "invented_author", "seo_frame"],
        "mfa": ["pagination", "around_the_web", "auto_refresh", "filler_links"],
        "spinner": ["spintax", "dateline_kept"],
        "scraper": [
            "unrelated_brand",
            "fresh_date",
            "dateline_kept",
            "offtopic_links",
            "trade_chrome",
            "business_schema",
        ],
        "local_network": [
            "sister_sites",
            "automation_disclaimer",
            "own_desk_byline",
            "town_injected",
            "dateline_kept",
            "credit_bare",
            "fresh_date",
        ],
        "expired_domain": [
            "old_copyright",
            "owner_leftovers",
            "hidden_links",
            "archive_gap",
            "goods_posts",
            "dofollow_link",
            "fresh_date",
            "admin_byline",
            "persona_byline",
        ],
        "forum_repost": ["board_source", "story_url", "mutual_links", "headline_is_blog"],
    }
    for fam, tells in optional.items():
        pages = by_family[fam]
        for tell in tells:
            n = sum(tell in r.tells for r in pages)
            assert 0 < n < len(pages), (fam, tell, n, len(pages))


def test_scraper_pages_show_few_tells(medium_build: BuildSummary) -> None:
    # The family exists to teach that one to three tells make a republisher: no page may carry
    # more than three besides the stripped credit, and pages with one tell must be common.
    pages = [r for r in load_manifest(medium_build.manifest) if r.family == "scraper"]
    assert pages
    # The site's trade shows in its brand and, on gambling and coupon sites, its menu too: one
    # tell, as does the business type its theme declares. A kept or stripped credit is how the
    # copy was taken, not a tell of its own.
    site = {"credit_stripped", "credit_kept", "trade_chrome", "business_schema"}
    counts = [len(set(r.tells) - site) for r in pages]
    assert max(counts) <= 3
    assert sum(c <= 1 for c in counts) >= len(counts) // 4


def test_real_pages_on_farm_lists_are_not_used(medium_build: BuildSummary) -> None:
    summary = medium_build.to_dict()
    assert isinstance(summary["real_dropped"], dict)
    rows = load_manifest(medium_build.manifest)
    assert all(r.record is not None for r in rows if r.group == "real")
    assert all(r.path is not None for r in rows if r.group != "real")


def test_generated_pages_lack_a_url_about_as_often_as_real_ones(
    medium_build: BuildSummary,
) -> None:
    """A missing URL must say nothing about the label: both groups go without one at times."""
    rows = load_manifest(medium_build.manifest)
    for group in ("farm", "hard_negative"):
        mine = [r for r in rows if r.group == group]
        share = sum(not r.url for r in mine) / len(mine)
        assert 0.05 < share < 0.25, (group, share)
