"""split_story_v1 and story_commerce_v1's commerce_story_anchor: short stories paged for ads,
ad breaks after every paragraph, gambling/loan links inside a news paragraph."""

from __future__ import annotations

import pytest

from detector.features.split_story import SplitStory
from detector.features.story_ads import StoryCommerce
from detector.page import parse_page
from features._republisher_pages import values

_STORY = (
    "<html><head><title>{title}</title></head><body><article><h1>{head}</h1>{body}</article>"
    "</body></html>"
)
_P = {
    "tr": "Başkent'te yarın bazı mahallelerde doğalgaz verilemeyecek, dağıtım şirketi bakım "
    "çalışmaları nedeniyle planlı kesinti yapılacağını bildirdi.",
    "pt": "A Prefeitura anunciou nesta quarta-feira um mutirão de renegociação de dívidas do "
    "imposto predial, com descontos de até 90% nos juros.",
    "uk": "Граніт здобув перемогу над Вітрилом у матчі чемпіонату області і піднявся на п'яте "
    "місце турнірної таблиці після дев'яти турів сезону.",
    "en": "The council approved the new bridge budget on Thursday after a long debate over "
    "costs, and work is set to begin in the spring, officials said.",
}


def _html(head: str, body: str, title: str = "") -> str:
    return _STORY.format(title=title or head, head=head, body=body)


@pytest.mark.parametrize(
    ("title", "pager"),
    [
        ("Ankara'da doğalgaz kesintisi! Hangi ilçeler etkilenecek? (1/5)", ""),
        ("Mutirão de renegociação do IPTU começa hoje", "<p>Page 1 of 6</p>"),
    ],
)
def test_a_short_story_split_over_pages_fires(title: str, pager: str) -> None:
    lang = "tr" if "(1/5)" in title else "pt"
    page = parse_page(_html(title, f"<p>{_P[lang]}</p>{pager}"), url="https://x.example/a")
    assert values(SplitStory(), page)["split_short_story"] == 1


def test_a_long_story_split_over_pages_is_quiet() -> None:
    body = "".join(f"<p>{_P['en']}</p>" for _ in range(12))
    page = parse_page(_html("Bridge budget approved (1/3)", body), url="https://x.example/a")
    assert values(SplitStory(), page)["split_short_story"] == 0


@pytest.mark.parametrize(
    ("lang", "label"), [("pt", "CONTINUA DEPOIS DA PUBLICIDADE"), ("tr", "REKLAM"),
                        ("en", "Story continues below advertisement")],
)  # fmt: skip
def test_ad_breaks_after_each_short_paragraph_fire(lang: str, label: str) -> None:
    lines = ["Example Site", "Headline of the notice today"]
    for _ in range(4):
        lines += [_P[lang], label]
    page = parse_page("\n".join(lines).encode(), url=None)
    assert values(SplitStory(), page)["split_ad_breaks"] == 1


def test_two_ad_labels_in_a_long_story_are_quiet() -> None:
    lines = ["Example Site", "Bridge budget approved after long debate"]
    lines += [_P["en"]] * 6 + ["Advertisement"] + [_P["en"]] * 6 + ["Advertisement", _P["en"]]
    page = parse_page("\n".join(lines).encode(), url=None)
    assert values(SplitStory(), page)["split_ad_breaks"] == 0


def _linked(lang: str, text: str, href: str, head: str = "Match report of the week") -> object:
    body = f'<p>{_P[lang]}</p><p>{_P[lang]} Дивіться <a href="{href}">{text}</a> тут.</p>'
    return parse_page(_html(head, body), url="https://news.example.com/a")


@pytest.mark.parametrize(
    ("lang", "text", "href"),
    [
        ("uk", "ставки на футбол онлайн", "https://top-bookies.example.net/futbol/"),
        ("en", "the best casino bonuses", "https://bonus-hub.example.org/"),
        ("pt", "empréstimo na hora", "https://emprestimo-rapido.com.br/"),
    ],
)
def test_a_gambling_or_loan_link_inside_the_story_fires(lang: str, text: str, href: str) -> None:
    assert values(StoryCommerce(), _linked(lang, text, href))["commerce_story_anchor"] == 1


@pytest.mark.parametrize(
    ("text", "href", "head"),
    [
        ("the Gambling Commission", "https://www.gamblingcommission.gov.uk/", "Match report"),
        ("its loan terms", "https://lender.example.net/loans", "Payday loans face new cap"),
        ("the new phone", "https://shop.example.net/phone", "Match report of the week"),
        ("a free £20 bet", "https://clkuk.tradedoubler.com/click?p=1", "Match report"),
        ("on their pages", "https://lab.example.org/2013/05/bet-on-news/", "Match report"),
    ],
)
def test_regulators_stories_about_the_trade_and_shop_links_are_quiet(
    text: str, href: str, head: str
) -> None:
    page = _linked("en", text, href, head)
    assert values(StoryCommerce(), page)["commerce_story_anchor"] == 0
