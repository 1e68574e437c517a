"""keyword_stuffing_v1: a key phrase repeated through body, related list and tags fires; names,
topic pages and distinct tags do not."""

from __future__ import annotations

from dataclasses import replace

from detector.features._keyword_units import headline_phrases, keys, token_keys
from detector.features.base import load_all
from detector.features.keyword_stuffing import KeywordStuffing
from detector.page import Page
from features._pages import block


def values(page: Page) -> dict[str, float]:
    return KeywordStuffing().signal(page).as_dict()


ITALIAN_STUFFED = Page(
    headline="Bonus bollette 2026, arriva la conferma: ecco chi riceverà i soldi",
    paragraphs=(
        "Una notizia attesa: il bonus bollette 2026 è ufficiale. Ecco cosa c'è da sapere.",
        "Bonus bollette 2026: è arrivata la conferma che migliaia di famiglie aspettavano.",
        "Il Consiglio dei ministri ha approvato lunedì sera il decreto di proroga per luce e gas.",
        "Ma come funziona il bonus bollette 2026? Non serve fare domanda, lo sconto è automatico.",
        "Lo sconto sarà applicato a partire dalla bolletta di aprile, ha precisato il ministero.",
        "Il provvedimento prevede inoltre un contributo straordinario per i nuclei più fragili.",
        "Insomma, il bonus bollette 2026 è una misura importante per tante famiglie.",
    ),
    language="it",
)


def test_registered() -> None:
    assert load_all()["keyword_stuffing_v1"] is KeywordStuffing


def test_body_repeating_the_headline_phrase_is_counted() -> None:
    got = values(ITALIAN_STUFFED)
    assert got["kw_phrase_paragraphs"] == 4
    assert got["kw_phrase_share"] > 0.5
    # Topic essays repeat their noun phrase too: the body alone is a free number.
    assert got["kw_stuffed"] == 0.0


def test_body_and_tag_list_on_one_phrase_fire() -> None:
    tags = "Tag: bonus bollette 2026, bonus bollette, bonus luce e gas, bonus isee, pensioni"
    got = values(replace(ITALIAN_STUFFED, other_lines=(tags,)))
    assert got["kw_tag_variants"] == 4
    assert got["kw_stuffed"] == 1.0


def test_turkish_tag_variants_fire() -> None:
    page = Page(
        headline="İzmir'de deprem mi oldu? Son dakika İzmir deprem AFAD açıklaması",
        paragraphs=("AFAD, İzmir açıklarında 4,6 büyüklüğünde deprem meydana geldiğini açıkladı.",),
        other_lines=(
            "Gündem",
            "Ekonomi",
            "Etiketler:",
            "izmir deprem",
            "izmirde deprem mi oldu",
            "izmir deprem son dakika",
            "son depremler",
            "afad son depremler",
            "deprem son dakika",
            "© 2026 Haber Postası 24. Tüm hakları saklıdır ve her hakkı korunur, kopyalanamaz.",
        ),
        language="tr",
    )
    got = values(page)
    assert got["kw_tag_variants"] == 6  # "depremler" counts as an inflection of "deprem"
    assert got["kw_stuffed"] == 1.0


def test_korean_related_list_on_one_name_is_counted() -> None:
    page = Page(
        headline='가수 한별, 공항 패션 화제…"한별 공항 패션 어디 브랜드?"',
        paragraphs=("한별은 20일 오전 인천국제공항을 통해 출국했다.",),
        link_blocks=(
            block(
                "관련기사",
                '한별, 공항 출국…"여전한 미모"',
                "한별 나이·키·프로필 총정리",
                "한별 열애설 재조명…소속사 입장은?",
                "한별 공항패션 코트 브랜드는?",
                "오늘 날씨, 전국 첫 한파특보 발령",
            ),
        ),
        language="ko",
    )
    sig = KeywordStuffing().signal(page)
    got = sig.as_dict()
    assert got["kw_related_entity_count"] == 4
    assert got["kw_related_entity_share"] == 0.8
    assert any('"한별"' in e for e in sig.evidence)


def test_names_repeated_in_a_match_report_do_not_count() -> None:
    page = Page(
        headline="Real Madrid beat Atletico Madrid in the derby",
        paragraphs=(
            "Real Madrid beat Atletico Madrid 2-1 on Saturday night at the Bernabeu.",
            "Real Madrid took the lead after ten minutes through a header from a corner.",
            "Atletico Madrid equalised before the break, but Real Madrid won it late on.",
            "The win keeps Real Madrid top of the table, three points clear of Barcelona.",
        ),
        language="en",
    )
    got = values(page)
    assert got["kw_phrase_paragraphs"] <= 1  # only the lead restates "Madrid beat Atletico"
    assert got["kw_stuffed"] == 0.0


def test_topic_page_related_list_alone_is_not_stuffing() -> None:
    page = Page(
        headline="Israel-Gaza war: ceasefire talks resume in Cairo",
        paragraphs=(
            "Negotiators returned to Cairo on Monday for a new round of talks.",
            "Mediators from Egypt and Qatar said both sides had sent delegations.",
            "Aid agencies warned that conditions in the territory were worsening.",
            "The previous round ended without agreement last week.",
        ),
        link_blocks=(
            block(
                "More on this story",
                "Gaza aid convoy reaches northern Gaza",
                "What we know about the Gaza ceasefire plan",
                "Gaza hospitals run out of fuel, doctors say",
                "Israel strikes southern Gaza overnight",
            ),
        ),
        language="en",
    )
    got = values(page)
    assert got["kw_related_entity_count"] == 4  # a free number: topic pages do this too
    assert got["kw_phrase_paragraphs"] == 0
    assert got["kw_stuffed"] == 0.0


def test_distinct_tags_do_not_count() -> None:
    page = Page(
        headline="Senators see hope for fentanyl talks with China",
        paragraphs=("The senators met officials in Beijing.",),
        other_lines=("Tags:", "China", "Fentanyl", "US Senate", "Trade", "Diplomacy"),
        language="en",
    )
    assert values(page)["kw_tag_variants"] == 0


def test_missing_headline() -> None:
    got = values(Page(paragraphs=("Some text here.",)))
    assert got["kw_headline_missing"] == 1.0 and got["kw_stuffed"] == 0.0


def test_keys_per_script() -> None:
    assert token_keys("한별은") == ("한별은", "한별")  # a particle glued to the name
    assert token_keys("地震速報") == ("地震速", "震速報")
    assert token_keys("with") == () and token_keys("the") == ()
    assert "izmir" in keys("İzmir'de deprem")
    assert "bonus bollette 2026" in headline_phrases("Bonus bollette 2026, arriva la conferma")
