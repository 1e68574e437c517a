"""The third menu of extra tells (detector/dataset/farms/extra_tells_3.py): each puts its
mechanism on the page (HTML and text record), in the page's language; the menu is drawn after the
first two without changing their draws, within the cap; the farm pages of a build carry the
tells and the hard negatives their legitimate twins."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from detector.dataset import load_manifest
from detector.dataset.builder import BuildSummary
from detector.dataset.farms import extra_tells as X
from detector.dataset.farms import extra_tells_3 as Z
from detector.dataset.farms.extra_tells_4 import TELL_NAMES_4
from detector.dataset.sources import Article

from .test_extra_tells import PARAS, article, ctx2, page, rendered

PT_PARAS = (
    "O governo anunciou nesta terça-feira um novo pacote de medidas para conter a alta dos "
    "preços dos alimentos, que subiram pelo terceiro mês seguido.",
    "Segundo o ministério, as medidas entram em vigor na próxima semana e devem beneficiar "
    "cerca de dois milhões de famílias em todo o país.",
    "Economistas ouvidos pela reportagem disseram que o efeito deve ser limitado enquanto os "
    "custos de transporte continuarem elevados.",
)


def canvas(lang: str = "en", k: int = 0, story: Article | None = None) -> X.Canvas:
    c, parts = page(lang)
    if story is not None:
        c.article = story
        parts.paragraphs = list(story.paragraphs)
    c.rng = random.Random(k)
    return c


def many(name: str, lang: str = "en", n: int = 60, story: Article | None = None) -> list:
    out = []
    for k in range(n):
        c = canvas(lang, k, story)
        got = Z.tell_3(name, c, ctx2())
        html, text = rendered(c)
        out.append((got, html, text, c))
    return out


def test_every_tell_name_is_listed() -> None:
    seen: set[str] = set()
    for name in {n for menu in Z.FAMILY_TELLS_3.values() for n, _ in menu}:
        for lang in ("en", "de"):
            seen |= {got for got, *_ in many(name, lang, 40)}
    seen.discard("")
    assert seen <= Z.TELL_NAMES_3
    assert Z.TELL_NAMES_3 - seen <= {"filler_service_second"}, Z.TELL_NAMES_3 - seen


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it"])
def test_filler_block_is_public_service_clickbait_in_the_sites_language(lang: str) -> None:
    forms = set()
    for got, _html, text, _c in many("filler", lang, 30):
        forms.add(got)
        heads = Z._FILLER_HEADS[lang]
        assert any(h in text for h in heads)
        assert re.search(r"\d", text.split(PARAS[0][:20] if lang == "en" else "Ölpreise")[-1])
    assert {"filler_service_block", "filler_service_lines"} <= forms


def test_filler_lines_are_a_label_line_then_headline_lines() -> None:
    for got, _html, text, _c in many("filler", "en", 40):
        if got != "filler_service_lines":
            continue
        lines = [x.strip() for x in text.splitlines()]
        at = next(i for i, x in enumerate(lines) if x in Z._FILLER_HEADS["en"])
        assert len(lines[at + 1].split()) >= 4  # a headline follows the label
        return
    pytest.fail("no text-line filler drawn")


def test_filler_after_a_page_block_is_a_second_block() -> None:
    from detector.dataset.themes import Block

    c = canvas()
    c.parts.blocks.append(Block("Related", [("Other story", "/other/")]))
    assert Z.filler(c, ctx2()) in ("filler_service_second", "filler_service_lines")
    c = canvas(k=3)
    c.parts.blocks.append(Block("Related", [("Other story", "/other/")]))
    got = [Z.filler(canvas(k=k), None) for k in range(5)]
    assert "filler_service_block" in got


def test_origin_tail_names_another_outlet_and_not_the_site() -> None:
    kinds = set()
    for got, html, text, _c in many("origin_tail", "en", 80):
        kinds.add(got)
        tail = text.split("output deal", 1)[-1]
        assert any(o in tail or d in html for o, d in Z._OUTLETS3["en"]), got
        if got == "tail_read_also_other":
            assert re.search(r'<a href="https://www\.[a-z]+\.(com|co\.uk)/', html)
    assert kinds == {
        "tail_rights_other", "tail_first_appeared_other", "tail_newsletter_other",
        "tail_staff_mail_other", "tail_read_also_other",
    }  # fmt: skip


def test_origin_tail_speaks_the_storys_language_and_skips_credited_pages() -> None:
    story = replace(article("real-pt", PT_PARAS), id="real:pt1")
    for got, _html, text, _c in many("origin_tail", "en", 30, story):
        assert got
        assert any(o in text or d in _html for o, d in Z._OUTLETS3["pt"])
    c = canvas()
    c.tells.append("credit_kept")
    assert Z.origin_tail(c, ctx2()) == ""


def test_desk_row_puts_the_desk_and_the_date_on_one_line() -> None:
    linked = 0
    for got, html, text, c in many("desk_row", "en", 30):
        assert got == "desk_date_byline_row"
        row = next(
            x for x in text.splitlines() if "2024" in x and any(d in x for d in Z._DESKS["en"])
        )
        assert len(row) < 60, row
        assert not c.parts.byline
        linked += "/author/" in html
    assert 5 < linked < 30
    got, html, text, _c = many("desk_row", "de", 10)[0]
    assert re.search(r"(Redaktion|admin).{0,30}2024|2024.{0,30}(Redaktion|admin)", text)


def test_month_url_keeps_the_year_and_month_only() -> None:
    c = canvas()
    assert Z.month_url(c) == "month_permalink"
    assert re.fullmatch(r"https://sunnygardentips\.com/2024/03/[a-z0-9-]+(/|\.html)", c.parts.url)
    c = canvas()
    c.parts.url = "https://sunnygardentips.com/2024/03/02/crude-oil/"
    assert Z.month_url(c) == "month_permalink" and "/02/" not in c.parts.url.split("/03/", 1)[1]
    c = canvas()
    c.parts.url = "https://sunnygardentips.com/2024/03/crude-oil/"
    assert Z.month_url(c) == ""
    c = canvas()
    c.parts.url = "https://sunnygardentips.com/crude-oil/?page=2"
    assert Z.month_url(c) and c.parts.url.endswith("?page=2")


def test_rewrite_leftovers() -> None:
    kinds = {}
    for got, _html, text, _c in many("rewrite_leftover", "en", 60):
        kinds.setdefault(got, text)
        if got == "rewrite_preamble":
            body = text.split("output deal", 1)[1]
            first = next(x for x in body.splitlines() if x.strip())
            assert first.strip() in Z._PREAMBLE["en"]
        if got == "google_news_follow_self":
            assert "Google News" in text and ("Sunny Garden Tips" in text)
        if got == "keywords_line":
            assert re.search(r"(?m)^(Keywords|Focus keywords)[:\s-]", text)
        if got == "faq_pairs":
            assert sum(x.strip().endswith("?") for x in text.splitlines()) >= 2
    assert set(kinds) == {
        "rewrite_preamble",
        "google_news_follow_self",
        "keywords_line",
        "faq_pairs",
    }


def test_messenger_line_sits_in_or_under_the_story() -> None:
    inside = 0
    for got, html, text, _c in many("messenger", "en", 30):
        assert got == "messenger_group_cta"
        assert re.search(r"WhatsApp|Telegram", text)
        body = html.split("</article>", 1)[0]
        inside += bool(re.search(r"(WhatsApp|Telegram)", body))
    assert inside == 30
    got, _h, text, _c = many("messenger", "de", 1)[0]
    assert "WhatsApp-Gruppe" in text or "Telegram-Kanal" in text


def test_disclaimers() -> None:
    kinds = {got for got, *_ in many("disclaimer", "en", 40)}
    assert kinds == {"disclaimer_not_government", "disclaimer_not_media", "disclaimer_open_sources"}
    got, _h, text, _c = many("disclaimer", "it", 8)[-1]
    assert got and re.search(r"governativo|testata|fonti aperte", text)


def test_niche_site_runs_hard_news_only() -> None:
    got, _html, text, c = many("niche", "en", 1)[0]
    assert got == "niche_site_hard_news"
    assert Z._niche_of(c) == "garden"  # "Sunny Garden Tips"
    assert "Popular posts" in text and "Indoor Plants" in text
    soft = replace(article(), topic="sport")
    assert all(got == "" for got, *_ in many("niche", "en", 5, soft))


def test_machine_translation_leftovers_only_on_translated_stories() -> None:
    assert all(got == "" for got, *_ in many("mt_leftover", "en", 10))
    kinds = set()
    for got, _html, text, _c in many("mt_leftover", "de", 40):
        kinds.add(got)
        if got == "mt_english_ui_line":
            assert re.search(
                r"(?m)^(Advertisement|ADVERTISEMENT|Story continues|Read more|Also read|RELATED|Click here)",
                text,
            )
        if got == "mt_imperial_units":
            assert re.search(r"Acres|Grad|Meilen|Fuß|Zoll", text)
    assert kinds == {"mt_english_ui_line", "mt_imperial_units"}
    story = replace(article("real-pt", PT_PARAS), id="real:pt1")
    assert all(got for got, *_ in many("mt_leftover", "en", 10, story))


def test_third_menu_keeps_the_earlier_draws_and_the_cap() -> None:
    saved = dict(Z.FAMILY_TELLS_3)
    try:
        runs = []
        for menu in (saved, {}):
            Z.FAMILY_TELLS_3.clear()
            Z.FAMILY_TELLS_3.update(menu)
            got = []
            for k in range(120):
                c, parts = page()
                story = replace(article(), id=f"reuters21578:{k}")
                tells = X.add_extra_tells("mfa", ctx2(), story, c.theme, parts, [], None)
                assert len(tells) <= X.MAX_EXTRA
                # (the fourth menu draws last, from wherever the third left the generator)
                got.append([t for t in tells if t not in TELL_NAMES_4])
            runs.append(got)
        assert any(len(a) > len(b) for a, b in zip(*runs, strict=True))
        for with_3, without in zip(*runs, strict=True):
            assert with_3[: len(without)] == without
            assert len(with_3) <= X.MAX_EXTRA
    finally:
        Z.FAMILY_TELLS_3.clear()
        Z.FAMILY_TELLS_3.update(saved)


def test_scraper_stays_within_its_tell_budget() -> None:
    for k in range(150):
        c, parts = page("de")
        story = replace(article("real-de", c.article.paragraphs), id=f"real:{k}")
        tells = ["credit_stripped", "a", "b"]
        X.add_extra_tells("scraper", ctx2(), story, c.theme, parts, tells, None)
        assert len(set(tells) - X._NOT_COUNTED) <= X.TELL_BUDGET["scraper"]


def test_legit_twins_carry_the_credit() -> None:
    c = canvas()
    assert Z.republished_permission(c) == "lookalike_republished_permission"
    _html, text = rendered(c)
    assert re.search(r"(?i)permission|licence", text)
    c = canvas()
    assert Z.newsdesk_agency(c) == "lookalike_newsdesk_agency"
    _html, text = rendered(c)
    assert re.search(r"Newsdesk.{0,40}Reuters|Reuters.{0,20}·", text)
    c = canvas()
    assert Z.footer_follow(c) == "lookalike_footer_follow"
    html, _text = rendered(c)
    assert "follow-gnews" in html.split("<footer", 1)[1]
    c = canvas()
    assert Z.explainer_faq(c) == "lookalike_explainer_faq"
    c = canvas(story=replace(article(), topic="sport"))
    assert Z.niche_own_news(c) == "lookalike_niche_own_news"


def test_a_build_carries_the_third_menu(medium_build: BuildSummary) -> None:
    rows = load_manifest(medium_build.manifest)
    farm = {t for r in rows if r.group == "farm" for t in r.tells} & Z.TELL_NAMES_3
    legit = {t for r in rows if r.group != "farm" for t in r.tells}
    assert len(farm) >= 4, sorted(farm)
    assert not legit & Z.TELL_NAMES_3
    for r in rows:
        if r.group == "farm":
            extra = [t for t in r.tells if t in Z.TELL_NAMES_3]
            assert len(extra) <= X.MAX_EXTRA
