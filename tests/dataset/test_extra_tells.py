"""The extra republisher tells (detector/dataset/farms/extra_tells.py, extra_tells_2.py): each
puts its mechanism on the page, in the HTML and (where it is text) in the text record; they are
drawn apart from the families' own draws and deterministically; the farm pages of a build carry
them and the hard negatives carry their legitimate twins."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, datetime

import pytest

from detector.dataset import load_manifest
from detector.dataset.builder import BuildSummary
from detector.dataset.farms import extra_tells as X
from detector.dataset.farms import extra_tells_2 as Y
from detector.dataset.farms.base import BuildContext
from detector.dataset.farms.extra_tells_3 import TELL_NAMES_3
from detector.dataset.farms.extra_tells_4 import TELL_NAMES_4
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


# --------------------------------------------------------------------------------------------
# The second menu (extra_tells_2.py).

HEADLINES = [(f"Council approves new budget plan number {k}", "business") for k in range(30)]


def ctx2() -> BuildContext:
    return BuildContext(seed=0, headlines=HEADLINES, by_topic={})


def many(tell: str, lang: str = "en", n: int = 40) -> list[tuple[str, str, str]]:
    """(tell name, html, text) of `tell` over `n` generators."""
    out = []
    for k in range(n):
        c, parts = page(lang)
        parts.paragraphs += list(PARAS)  # a full story (the cadence list stands beside one)
        c.rng = random.Random(k)
        got = Y.cadence(c, ctx2()) if tell == "cadence" else Y.TELLS_2[tell](c)
        html, text = rendered(c)
        out.append((got, html, text))
    return out


def test_origin_marks_name_the_outlet_or_speak_as_it() -> None:
    seen = set()
    for got, _html, text in many("origin_mark"):
        seen.add(got)
        if got in ("origin_mail_signoff", "origin_rights_line"):
            assert re.search(r"@[\w.-]+\.(com|net|co\.uk)\b", text), got
        if got == "origin_rights_line":
            assert "©" in text
        if got == "origin_our_outlet":
            assert re.search(r"(?i)our (newsroom|paper|reporter)|this newspaper", text)
        if got == "origin_backref":
            assert re.search(r"Earlier|Previously|As The", text)
    assert {"origin_mail_signoff", "origin_rights_line", "origin_backref"} <= seen


def test_origin_marks_skip_credited_pages() -> None:
    c, _parts = page()
    c.tells.append("credit_kept")
    assert Y.origin_mark(c) == ""


def test_away_dateline_opens_the_story_with_a_capital() -> None:
    for got, _html, text in many("away_dateline"):
        if got:
            assert re.search(r"(WASHINGTON|LONDON|NEW YORK|BRUSSELS)[ ,.:–—-]", text)
            assert "(Reuters)" not in text


def test_clone_network_claims_towns_or_repeats_the_headline() -> None:
    seen = set()
    for got, _html, text in many("clone_network"):
        seen.add(got)
        if got == "clone_places_claim":
            assert re.search(r"\d[\d,. ]*\+? (towns|communities)|two thousand|All \d", text)
        if got == "clone_story_other_place":
            assert text.count("Crude oil prices climb after output deal") >= 3
    assert seen == {"clone_places_claim", "clone_story_other_place"}


def test_cadence_lists_items_minutes_apart() -> None:
    for got, _html, text in many("cadence", n=10):
        assert got == "cadence_minutes_apart"
        times = re.findall(r"^(?:\d\d\.\d\d )?(\d\d)[:.](\d\d) ", text, re.MULTILINE)
        minutes = [int(h) * 60 + int(m) for h, m in times]
        assert len(minutes) >= 5
        assert max(minutes) - min(minutes) <= 2 * len(minutes) or max(minutes) > 23 * 60


def test_cadence_needs_headlines_and_a_full_story() -> None:
    c, parts = page()
    assert Y.cadence(c, ctx2()) == ""  # 90 words: an excerpt
    parts.paragraphs += list(PARAS)
    assert Y.cadence(c, ctx()) == ""


def test_prose_template_asks_and_sums_up() -> None:
    c, parts = page()
    parts.paragraphs += [p.replace("Oil", "Gas") for p in PARAS]  # a longer story
    assert Y.prose_template(c) == "prose_question_summary"
    heads = [p for p in parts.paragraphs if len(p) < 70 and not p.endswith(".")]
    assert len(heads) >= 2
    assert "crude oil prices climb after output deal" in parts.paragraphs[-1]


def test_prose_template_asks_about_the_sites_own_town() -> None:
    c, parts = page()
    c.theme.facts["town"] = "Millbrook"
    parts.paragraphs += list(PARAS)
    assert Y.prose_template(c) == "prose_own_town"
    assert any("mean for Millbrook?" in p for p in parts.paragraphs)


def test_story_commerce_splices_after_the_lead_or_lists_partners() -> None:
    seen = set()
    for got, html, text in many("story_commerce"):
        seen.add(got)
        if got == "commerce_story_trade":
            lead = text.split("WASHINGTON", 1)[1].split("\n", 1)[0]
            assert not re.search(r"(?i)casino|loan", lead)
        if got == "commerce_partner_block":
            assert 'class="partners"' in html
    assert seen == {"commerce_story_trade", "commerce_partner_block"}


def test_second_menu_keeps_the_first_menus_draws() -> None:
    """The first menu's tells of a page are the same with and without the second menu."""
    saved = dict(Y.FAMILY_TELLS_2)
    try:
        runs = []
        for menu in (saved, {}):
            Y.FAMILY_TELLS_2.clear()
            Y.FAMILY_TELLS_2.update(menu)
            got = []
            for k in range(80):
                c, parts = page()
                story = replace(article(), id=f"reuters21578:{k}")
                tells = X.add_extra_tells("autoblog", ctx2(), story, c.theme, parts, [], None)
                assert len(tells) <= X.MAX_EXTRA
                # (the third and fourth menus draw last, from wherever the second left the
                # generator)
                got.append([t for t in tells if t not in TELL_NAMES_3 | TELL_NAMES_4])
            runs.append(got)
        assert any(runs[1]) and any(len(a) > len(b) for a, b in zip(*runs, strict=True))
        for with_2, without in zip(*runs, strict=True):
            assert with_2[: len(without)] == without
            assert len(with_2) <= X.MAX_EXTRA
    finally:
        Y.FAMILY_TELLS_2.clear()
        Y.FAMILY_TELLS_2.update(saved)


def test_legit_twins_of_the_second_menu() -> None:
    c, parts = page()
    assert Y.credited_agency_mail(c) == "lookalike_agency_mail"
    _html, text = rendered(c)
    assert "Reporting by" in text and "@thomsonreuters.com" in text
    c, parts = page()
    parts.byline = "By Reuters"
    assert Y.correspondent_dateline(c) == ""
    parts.byline = ""
    assert Y.correspondent_dateline(c) == "lookalike_correspondent_dateline"
    assert parts.byline and parts.paragraphs[0].split(" — ")[0].isupper()
    c, parts = page()
    assert Y.live_blog(c, ctx2()) == "lookalike_live_blog"
    assert parts.headline.lower().startswith(("live", "as it happened"))
    c, parts = page()
    parts.paragraphs += list(PARAS)
    assert Y.explainer_questions(c) == "lookalike_explainer_questions"
    assert sum(p.endswith("?") for p in parts.paragraphs) == 2


def test_a_build_carries_the_second_menu_on_farms_only(medium_build: BuildSummary) -> None:
    rows = load_manifest(medium_build.manifest)
    farm = {t for r in rows if r.group == "farm" for t in r.tells} & Y.TELL_NAMES_2
    legit = {t for r in rows if r.group != "farm" for t in r.tells}
    assert len(farm) >= 2, sorted(farm)
    assert not legit & (Y.TELL_NAMES_2 - {"affiliate_links", "canonical_offsite"})
