"""The extra republisher tells (detector/dataset/farms/extra_tells.py): each puts its mechanism
on the page, in the HTML and (where it is text) in the text record; they are drawn apart from
the families' own draws and deterministically; the pinned small build carries none; the farm
pages of a build carry them and the hard negatives carry their legitimate twins."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from detector.dataset import load_manifest
from detector.dataset.builder import BuildSummary
from detector.dataset.farms import extra_tells as X
from detector.dataset.farms.base import BuildContext
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, make_theme, render_article
from detector.dataset.wet import html_to_text

from .conftest import read

EXTRA = {
    "persona_bio", "persona_foreign_mark", "hidden_sold_links", "link_offer", "voice_follow_other",
    "voice_signoff_other", "voice_domain_credit", "voice_self_credit", "translated_uncredited",
    "keyword_stuffing", "click_teaser", "network_claim", "canonical_offsite", "service_nav",
    "for_sale_banner", "affiliate_links",
}  # fmt: skip
LOOKALIKES = {
    "lookalike_credited_translation", "lookalike_staff_bio", "lookalike_sponsored_links",
    "lookalike_group_footer", "lookalike_canonical_same_site",
}  # fmt: skip

PARAS = (
    "WASHINGTON - Oil prices rose sharply on Tuesday after producers agreed to cut output "
    "for a third month, traders said, and analysts expect further gains this week.",
    "Benchmark crude climbed to its highest level since March as stockpiles fell, according "
    "to figures released by the government earlier in the day.",
    "Analysts said the agreement had surprised markets that had expected a smaller cut and a "
    "slower return of supplies from the main exporting countries in the region.",
    "The producers will meet again in June to review the deal, officials said on Tuesday.",
)
DE_PARAS = (
    "Die Ölpreise sind am Dienstag deutlich gestiegen, nachdem die Förderländer eine weitere "
    "Kürzung vereinbart hatten. Der Preis legte um 3,4 Prozent zu.",
    "Händler sprachen von einer Überraschung, da die Märkte mit einer kleineren Kürzung "
    "gerechnet hatten und die Lagerbestände zuletzt gesunken waren.",
    "Die Förderländer wollen sich im Juni erneut treffen, um die Vereinbarung zu prüfen und "
    "über die weitere Förderung zu beraten.",
)


def article(corpus: str = "reuters21578", paras: tuple[str, ...] = PARAS) -> Article:
    return Article(
        id=f"{corpus}:1",
        corpus=corpus,
        title="Crude oil prices climb after output deal",
        paragraphs=paras,
        city="WASHINGTON",
        agency="Reuters",
        published=date(2019, 5, 14),
        topic="business",
    )


def page(lang: str = "en", minimal: bool = False) -> tuple[X.Canvas, ArticleParts]:
    rng = random.Random(3)
    theme = make_theme(rng, "Sunny Garden Tips", "sunnygardentips.com", lang, minimal=0.0)
    theme.minimal = minimal
    story = article() if lang == "en" else article("real-de", DE_PARAS)
    parts = ArticleParts(
        url="https://sunnygardentips.com/news/crude-oil/",
        headline=story.title,
        paragraphs=list(story.paragraphs),
        published=datetime(2024, 3, 2, 10, 0),
    )
    return X.Canvas(theme, parts, story, random.Random(5), [], 2024), parts


def rendered(c: X.Canvas) -> tuple[str, str]:
    html = render_article(c.theme, c.parts, random.Random(1))
    return html, html_to_text(html)


@pytest.mark.parametrize(
    ("name", "lang", "html_mark", "text_mark"),
    [
        ("persona_bio", "en", r"author-(box|bio)", r"(writes|is) "),
        ("hidden_links", "en", r'style="[^"]*(none|-\d+px|:0|1px)', None),
        ("link_offer", "en", r"(?i)dofollow|backlink|link insertion|sponsored label", "$"),
        (
            "keyword_stuffing",
            "en",
            r"(related-(tags|searches)|popular-searches|trending-tags)",
            None,
        ),
        ("click_teaser", "en", r'href="https://[^"]+/(go|out|r|redirect|click|visit)\b', None),
        ("network_claim", "en", r"(local|community|hyperlocal) news", r"press release|Submit news"),
        ("canonical_offsite", "en", r'rel="canonical" href="https://www\.', None),
        ("service_nav", "en", r'class="services"', None),
        ("for_sale", "en", r"(?i)domain", r"(?i)domain"),
        ("affiliate", "en", r'rel="(sponsored )?nofollow"', r"(?i)affiliate|Amazon"),
        ("translated", "de", r"\$", r"\d\.\d+ (\$|Prozent|Milliarden|Millionen)|Meilen|/\d{4}"),
    ],
)
def test_each_tell_leaves_its_mechanism(
    name: str, lang: str, html_mark: str, text_mark: str | None
) -> None:
    c, _parts = page(lang)
    got = X.TELLS[name](c)
    assert got, name
    html, text = rendered(c)
    assert re.search(html_mark, html), (name, html_mark)
    if text_mark:
        assert re.search(text_mark, text), (name, text_mark)


def test_origin_voice_names_another_outlet_in_the_story() -> None:
    seen = set()
    for k in range(40):
        c, _parts = page()
        c.rng = random.Random(k)
        got = X.origin_voice(c)
        seen.add(got)
        _html, text = rendered(c)
        if got == "voice_self_credit":
            assert "Sunny Garden Tips" in text.split("Crude oil prices climb", 1)[-1]
        else:
            assert any(n.removeprefix("The ") in text or d in text for n, d in X._OUTLETS["en"]), (
                got
            )
    assert seen == {
        "voice_follow_other",
        "voice_signoff_other",
        "voice_domain_credit",
        "voice_self_credit",
    }


def test_translated_needs_a_story_in_the_sites_language() -> None:
    c, parts = page("en")
    assert X.translated(c) == ""
    c, parts = page("de")
    assert X.translated(c) == "translated_uncredited"
    text = " ".join(parts.paragraphs)
    assert "3.4 Prozent" in text and "3,4 Prozent" not in text


def test_click_teaser_keeps_a_short_opening() -> None:
    c, parts = page()
    assert X.click_teaser(c) == "click_teaser"
    assert sum(len(p.split()) for p in parts.paragraphs) < 120


def test_footer_tells_need_a_footer() -> None:
    c, _parts = page(minimal=True)
    assert X.network_claim(c) == "" and X.link_offer(c) == "" and X.service_nav(c) == ""


def test_key_phrase_skips_function_words() -> None:
    assert X.key_phrase("U.S. charges two with bribing African officials") == "african officials"
    assert X.key_phrase("It is so") == ""


def ctx(seed: int = 0) -> BuildContext:
    return BuildContext(seed=seed, headlines=[], by_topic={})


def test_draws_are_deterministic_and_apart() -> None:
    outs = []
    for _ in range(2):
        c, parts = page()
        tells: list[str] = ["credit_stripped"]
        for k in range(60):  # many stories: some draw tells
            story = replace(article(), id=f"reuters21578:{k}")
            X.add_extra_tells("mfa", ctx(), story, c.theme, parts, tells, None)
        outs.append((tuple(tells), render_article(c.theme, parts, random.Random(1))))
    assert outs[0] == outs[1]
    assert len(outs[0][0]) > 1


def test_scraper_pages_stay_within_their_budget() -> None:
    c, parts = page()
    tells = ["credit_stripped", "unrelated_brand", "fresh_date", "dateline_kept"]
    for k in range(60):
        story = replace(article(), id=f"reuters21578:{k}")
        assert X.add_extra_tells("scraper", ctx(), story, c.theme, parts, tells, None) == []


def test_a_build_puts_extra_tells_on_farms_and_twins_on_hard_negatives(
    medium_build: BuildSummary,
) -> None:
    rows = [r for r in load_manifest(medium_build.manifest) if r.kind == "html"]
    farm = [t for r in rows if r.group == "farm" for t in r.tells if t in EXTRA]
    legit = [t for r in rows if r.group == "hard_negative" for t in r.tells]
    assert len(set(farm)) >= 8, sorted(set(farm))
    assert not set(legit) & EXTRA
    assert set(legit) & LOOKALIKES
    for r in rows:
        if r.group != "farm" or not set(r.tells) & EXTRA:
            continue
        assert sum(t in EXTRA for t in r.tells) <= X.MAX_EXTRA + 1, r.id  # (+ a foreign mark)
        h = read(medium_build, str(r.path))
        if "hidden_sold_links" in r.tells:
            assert re.search(r'<(div|p|span) style="[^"]+"><a href="https://', h), r.id
        if "canonical_offsite" in r.tells:
            m = re.search(r'rel="canonical" href="https://(?:www\.)?([^/"]+)', h)
            assert m and m.group(1) != r.site, r.id
