"""Trade words in more languages: stems, phrases, and the lines beside a site's name that say
its trade."""

from __future__ import annotations

import unicodedata

from detector.features.brand import tagline_trade
from detector.lexicon.stems import (
    BRAND_STEM_SET,
    CHROME_STEM_SET,
    StemSet,
    brand_trade_words,
)
from detector.lexicon.trades_intl import BRAND_STEMS, CHROME_STEMS
from detector.page import parse_page

_NO_SPACES = ("zh", "ja", "ko", "th")


def test_a_word_is_found_by_its_shortest_stem() -> None:
    stems = StemSet(["pożycz", "pożyczkow", "kasyn"])
    assert stems.stem_of("pożyczek") == "pożycz"
    assert stems.stem_of("pożyczkowy") == "pożycz"
    assert stems.stem_of("kasa") == ""
    assert stems.words_in(["kasynowe", "wybory", "kasynowe"]) == [("kasynowe", "kasyn")]


def test_stems_are_long_enough_to_name_a_trade_and_not_a_news_word() -> None:
    for table in (BRAND_STEMS, CHROME_STEMS):
        for lang, stems in table.items():
            if lang in _NO_SPACES:
                continue
            for s in stems:
                letters = [c for c in s if unicodedata.category(c)[0] in "LM"]
                assert len(letters) >= 5, (lang, s)
    # Words of news and politics that a careless stem would begin.
    news = ["kasacja", "wybory", "regierung", "between", "magazine", "rabat", "reception"]
    assert not [w for w in news if BRAND_STEM_SET.stem_of(w) or CHROME_STEM_SET.stem_of(w)]


def test_brand_trade_words_in_several_scripts() -> None:
    assert brand_trade_words("Pożyczki Express", ["pożyczki", "express"]) == ["pożyczki"]
    assert "bất động sản" in brand_trade_words(
        "Bất động sản Sài Gòn", ["bất", "động", "sản", "sài", "gòn"]
    )
    assert brand_trade_words("暮らしの節約ナビ", ["暮らしの節約ナビ"]) == ["節約"]
    assert brand_trade_words("Gazeta Krakowska", ["gazeta", "krakowska"]) == []


def _page(title: str, headline: str, footer: str = "") -> object:
    html = (
        f"<html><head><title>{title}</title></head><body><h1>{headline}</h1>"
        "<article><p>Rząd przyjął w środę projekt ustawy o zmianach w podatkach, poinformowała "
        "w komunikacie kancelaria premiera. Nowe przepisy mają wejść w życie od stycznia.</p>"
        "<p>Opozycja zapowiedziała, że będzie głosować przeciwko projektowi w Sejmie.</p>"
        f"</article><footer>{footer}</footer></body></html>"
    )
    return parse_page(html, url="https://example.pl/a")


def test_a_site_says_its_trade_beside_a_plain_name() -> None:
    page = _page(
        "Zmiany w podatkach od stycznia | Centrum Stomatologii Uśmiech Kraków",
        "Zmiany w podatkach od stycznia",
    )
    line, words = tagline_trade(page, "Uśmiech")  # type: ignore[arg-type]
    assert line == "Centrum Stomatologii Uśmiech Kraków" and words == ("stomatologii",)


def test_a_newsroom_tagline_and_a_section_name_say_no_trade() -> None:
    news = _page(
        "Zmiany w podatkach | Wiadomości, nieruchomości i podróże - Gazeta Krakowska",
        "Zmiany w podatkach",
    )
    assert tagline_trade(news, "Gazeta Krakowska") == ("", ())  # type: ignore[arg-type]
    section = _page("Zmiany w podatkach | Nieruchomości | Dziennik", "Zmiany w podatkach")
    assert tagline_trade(section, "Dziennik") == ("", ())  # type: ignore[arg-type]


def test_chrome_phrases_are_found_by_their_first_word_and_in_unspaced_scripts() -> None:
    from detector.lexicon.stems import chrome_phrases
    from detector.wordruns import letter_runs

    text = "strona główna | dodaj do koszyka | darmowa wysyłka | 送料無料"
    assert chrome_phrases(text, letter_runs(text)) == ["do koszyka", "darmowa wysyłka", "送料無料"]
    plain = "the free market and a spin doctor"  # "free" and "spin" but not "free spins"
    assert chrome_phrases(plain, letter_runs(plain)) == []


def test_compound_trade_parts_come_in_the_same_order_in_every_process() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from detector.features.brand import brand_words, offworld_words;"
        "b = 'Gartenmöbel Discount Blog'; print(offworld_words(b, brand_words(b)))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert runs == {"['discount', 'garten', 'möbel']\n"}
