"""The fourth menu of extra tells (detector/dataset/farms/extra_tells_4.py): each puts its
mechanism on the page (HTML and text record) in the page's language; it fits only the pages it
is natural on (hard news, uncredited copy); the menu is drawn after the first three without
changing their draws, within the cap; the hard negatives get the legitimate twins."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from detector.dataset import load_manifest
from detector.dataset.builder import BuildSummary
from detector.dataset.farms import extra_tells as X
from detector.dataset.farms import extra_tells_4 as F
from detector.dataset.sources import Article

from .test_extra_tells import article, ctx2, page, rendered

HARD = (
    "The government lost a key vote in parliament on Tuesday after the prime minister's own "
    "party rebelled over the budget, officials said.",
    "The finance minister told lawmakers the court ruling left no room for further delay and "
    "that the cabinet would meet again on Thursday.",
    "Opposition leaders called for an early election and said the president should intervene "
    "before the end of the week.",
)
HEADLINE = "Government loses budget vote in parliament as ruling party rebels"


def hard_story(k: int = 0) -> Article:
    return replace(article(paras=HARD), id=f"reuters21578:{k}", title=HEADLINE, topic="politics")


def canvas(lang: str = "en", k: int = 0, story: Article | None = None) -> X.Canvas:
    c, parts = page(lang)
    story = story or hard_story(k)
    c.article = story
    parts.paragraphs = list(story.paragraphs)
    parts.headline = story.title
    c.rng = random.Random(k)
    return c


def many(name: str, lang: str = "en", n: int = 40) -> list[tuple[str, str, str, X.Canvas]]:
    out = []
    for k in range(n):
        c = canvas(lang, k)
        got = F._TELLS[name](c)
        html, text = rendered(c)
        out.append((got, html, text, c))
    return out


def test_every_tell_name_is_listed() -> None:
    seen: set[str] = set()
    for name in {n for menu in F.FAMILY_TELLS_4.values() for n, _ in menu}:
        for lang in ("en", "de", "fr"):
            seen |= {got for got, *_ in many(name, lang, 20)}
    seen.discard("")
    assert seen == F.TELL_NAMES_4


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it"])
def test_niche_shelf_files_hard_news_under_a_non_news_label(lang: str) -> None:
    shelves = {s for _, kids in F._SHELVES[lang] for s in kids}
    for got, html, _text, c in many("niche_shelf", lang, 20):
        assert got == "news_on_niche_shelf"
        assert c.parts.section in shelves
        assert f'content="{c.parts.section}"' in html.replace("&amp;", "&")


def test_niche_shelf_and_shop_chrome_need_uncredited_hard_news() -> None:
    soft = replace(article(), topic="business")  # oil prices: no two state actors
    c = canvas(story=soft)
    assert F.niche_shelf(c) == "" and F.shop_chrome(c) == ""
    c = canvas()
    c.tells.append("credit_kept")
    assert F.niche_shelf(c) == "" and F.desk_mark(c) == "" and F.desk_voice(c) == ""
    c = canvas()
    c.parts.paragraphs[0] = "LONDON (Reuters) - " + c.parts.paragraphs[0]
    assert F.shop_chrome(c) == ""  # the agency left in the copy's dateline


def test_desk_mark_closes_the_story() -> None:
    kinds = set()
    for got, _html, text, c in many("desk_mark", "en", 40):
        assert got == "desk_mark_uncredited"
        last = c.parts.paragraphs[-1]
        slash = re.search(r"(?:[a-zś]{2,3}\s*/\s*){2,3}$", last)
        kinds.add("initials" if slash else last)
        assert last.split()[-1] in text
    assert "initials" in kinds and kinds & {"(END)", "-0-", "/ends"}


def test_shop_chrome_replaces_the_menu_and_the_byline() -> None:
    for got, html, _text, c in many("shop_chrome", "de", 10):
        assert got == "news_in_shop_chrome"
        nav = html.split("<nav id=", 1)[1].split("</nav>", 1)[0]
        assert not re.search(r">(Politik|Welt|Wirtschaft|News|Nachrichten)<", nav)
        assert c.parts.byline == ""
        assert re.search(r"Warenkorb|Leistungen|Preise|Shop", nav)


def test_sales_cta_sits_in_or_under_the_story() -> None:
    for got, _html, text, _c in many("sales_cta", "en", 30):
        assert got == "sales_cta_after_news"
        assert re.search(r"(?i)book|code|loan|whatsapp|order|quote", text.split(HARD[1][:30])[-1])


def test_headline_variants_reword_the_headline() -> None:
    heads = set(HEADLINE.lower().split())
    for got, _html, _text, c in many("headline_variants", "en", 20):
        assert got == "related_headline_variants"
        items = [t for t, _ in c.parts.blocks[0].items]
        assert 3 <= len(items) <= 6
        for it in items:
            assert it.lower() != HEADLINE.lower()
            assert len(heads & set(it.lower().split())) >= 5


def test_messenger_banner_and_channel_footer() -> None:
    for got, _html, text, _c in many("messenger_banner", "en", 20):
        assert got == "messenger_join_banner"
        assert re.search(r"(?im)^.*(WhatsApp|Telegram).*$", text)
    for got, _html, text, c in many("channel_footer", "en", 20):
        assert got == "channel_footer_other"
        assert re.search(r"(Subscribe|Join channel) \| .*(Send us news|Send a tip) \| .*Chat", text)
        assert any(name in text for name in F._CHANNELS["en"])
        assert c.theme.brand not in " ".join(c.parts.paragraphs)


def test_desk_voice_names_another_reporter_under_a_desk_byline() -> None:
    for got, _html, text, c in many("desk_voice", "en", 20):
        assert got == "desk_voice_other_reporter"
        assert re.search(r"the [A-Z]{2,3} (reporter|correspondent)", text)
        assert re.match(r"(newsbot|Portal|News Desk Bot|Admin on|By Portal)", c.parts.byline)


def test_fourth_menu_keeps_the_earlier_draws_and_the_cap() -> None:
    saved = dict(F.FAMILY_TELLS_4)
    try:
        runs = []
        for menu in (saved, {}):
            F.FAMILY_TELLS_4.clear()
            F.FAMILY_TELLS_4.update(menu)
            got = []
            for k in range(150):
                c, parts = page()
                parts.paragraphs, parts.headline = list(HARD), HEADLINE
                got.append(
                    X.add_extra_tells("mfa", ctx2(), hard_story(k), c.theme, parts, [], None)
                )
            runs.append(got)
        assert any(len(a) > len(b) for a, b in zip(*runs, strict=True))
        for with_4, without in zip(*runs, strict=True):
            assert with_4[: len(without)] == without
            assert len(with_4) <= X.MAX_EXTRA
    finally:
        F.FAMILY_TELLS_4.clear()
        F.FAMILY_TELLS_4.update(saved)


def test_scraper_stays_within_its_tell_budget() -> None:
    for k in range(150):
        c, parts = page()
        parts.paragraphs, parts.headline = list(HARD), HEADLINE
        tells = ["credit_stripped", "a"]
        X.add_extra_tells("scraper", ctx2(), hard_story(k), c.theme, parts, tells, None)
        assert len(set(tells) - X._NOT_COUNTED) <= X.TELL_BUDGET["scraper"]


def test_legit_twins() -> None:
    c = canvas()
    assert F.desk_mark_credited(c) == "lookalike_desk_mark_credited"
    assert "Reuters" in " ".join(c.parts.paragraphs[-2:])
    c = canvas(story=replace(article(), topic="health"))
    assert F.lifestyle_shelf(c) == "lookalike_lifestyle_shelf"
    assert c.parts.section in F._LIFESTYLE["en"]
    c = canvas()
    assert F.own_prompt(c) == "lookalike_own_prompt"
    c = canvas()
    assert F.own_channel(c) == "lookalike_own_channel"
    html, _text = rendered(c)
    assert f"{c.theme.brand} |" in html.split("<footer", 1)[1]


def test_a_build_carries_the_fourth_menu(medium_build: BuildSummary) -> None:
    rows = load_manifest(medium_build.manifest)
    farm = {t for r in rows if r.group == "farm" for t in r.tells} & F.TELL_NAMES_4
    legit = {t for r in rows if r.group != "farm" for t in r.tells}
    assert len(farm) >= 4, sorted(farm)
    assert not legit & F.TELL_NAMES_4
