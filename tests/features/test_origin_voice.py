"""origin_voice_v1: the copied story still speaks for the outlet it was written for."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.origin_voice import OriginVoice, fold, is_own
from detector.page import Page
from features._republisher_pages import STORY, story_page

FOLLOW, SIGNOFF, DOMAIN, SELF = range(4)


def _page(tail: tuple[str, ...], **changes: object) -> Page:
    return story_page(paragraphs=(*STORY, *tail), **changes)


def _values(page: Page) -> tuple[float, ...]:
    return OriginVoice().extract(page)[0]


def test_registered() -> None:
    assert get_signal("origin_voice_v1") is OriginVoice


@pytest.mark.parametrize(
    ("line", "site", "url"),
    [
        (
            "Iscriviti alla newsletter del Corriere del Tirreno per ricevere le notizie.",
            "Notizie Oggi Italia",
            "https://www.notizieoggi-italia.it/cronaca/x/",
        ),
        (
            "Assine o Jornal do Planalto e tenha acesso ilimitado ao melhor conteúdo.",
            "Portal Vale Notícias",
            "https://portalvalenoticias.com.br/politica/x/",
        ),
        (
            "وللمزيد من الأخبار العاجلة تابعوا موقع «صدى النيل» على مدار الساعة.",
            "أخبار مصر لحظة بلحظة",
            "",
        ),
        # A look-alike domain: the brand words match, the registrable domain does not.
        (
            "Per restare aggiornato iscriviti al canale WhatsApp di CorriereTirreno.it",
            "Corriere Tirreno News",
            "https://www.corrieretirreno-news.com/livorno/x/",
        ),
    ],
)
def test_follow_call_naming_another_outlet(line: str, site: str, url: str) -> None:
    assert _values(_page((line,), site_name=site, url=url))[FOLLOW] == 1.0


@pytest.mark.parametrize(
    ("line", "site", "url"),
    [
        # The outlet's own call on its own page (brand variants compare loosely).
        (
            "Iscriviti alla newsletter del Corriere del Tirreno per ricevere le notizie.",
            "Il Corriere del Tirreno",
            "https://www.corrieredeltirreno.it/x/",
        ),
        ("Subscribe to The Daily Star newsletter for more.", "Daily Star", ""),
        # "our" channel, a platform, a newsletter's own name, prose with a plain verb.
        ("Iscriviti al nostro canale WhatsApp di Notizie Oggi.", "Altro Sito", ""),
        ("Follow us on Google News for the latest updates.", "Example News", ""),
        ("Sign up for the Morning Review newsletter.", "Example News", ""),
        ("Analysts follow the Financial Times index closely, subscribers say.", "X Post", ""),
    ],
)
def test_no_follow_call_of_another_outlet(line: str, site: str, url: str) -> None:
    assert _values(_page((line,), site_name=site, url=url))[FOLLOW] == 0.0


def test_agency_signoff_with_dateline_code() -> None:
    page = story_page(
        paragraphs=(
            "Jakarta (KBN) - Harga cabai rawit merah di Pasar Induk naik hingga Rp95.000.",
            *STORY,
            "Pewarta: Dewi Anggraeni",
            "Editor: Bambang Sutrisno",
            "COPYRIGHT © KBN 2026",
        ),
        site_name="Kabar Rakyat Terkini",
        url="https://kabarrakyatterkini.blogspot.com/2026/12/x.html",
    )
    assert _values(page)[SIGNOFF] == 1.0


def test_own_agency_signoff_is_quiet() -> None:
    page = story_page(
        paragraphs=("Jakarta (KBN) - Harga naik.", *STORY, "Editor: B. S.", "COPYRIGHT © KBN 2026"),
        site_name="KBN",
        url="https://www.kbn.co.id/berita/x",
    )
    assert _values(page)[SIGNOFF] == 0.0


def test_wire_signoff_without_any_agency() -> None:
    tail = ("(Reporting by Priya Raman in San Jose; Editing by Thomas Gale)",)
    assert _values(_page(tail, byline="Staff Writer"))[SIGNOFF] == 1.0
    # The same sign-off under an agency byline is credited copy.
    assert _values(_page(tail, byline="By Reuters"))[SIGNOFF] == 0.0


@pytest.mark.parametrize(
    ("line", "url", "want"),
    [
        ("Theo baodongdo.vn", "https://tinnhanhviet24h.net/a.html", 1.0),
        ("Nguồn: baodongdo.vn", "https://tinnhanhviet24h.net/a.html", 1.0),
        ("Source: baodongdo.vn", "https://tinnhanhviet24h.net/a.html", 0.0),  # leftovers_v1's
        ("Theo tinnhanhviet24h.net", "https://tinnhanhviet24h.net/a.html", 0.0),  # its own
        ("Via SyndiGate.info", "https://example.com/a", 0.0),  # a syndication service
    ],
)
def test_closing_domain_credit(line: str, url: str, want: float) -> None:
    assert _values(_page((line,), url=url))[DOMAIN] == want


def test_self_credit() -> None:
    site = {"site_name": "Kırşehir Manşet", "url": "https://www.kirsehirmanset.com/x.html"}
    assert _values(_page(("Kaynak: Kırşehir Manşet",), **site))[SELF] == 1.0
    # Its own reporting together with an agency's, or another source: no self-credit.
    assert _values(_page(("Kaynak: Kırşehir Manşet, AA",), **site))[SELF] == 0.0
    assert _values(_page(("Kaynak: Anadolu Ajansı",), **site))[SELF] == 0.0


def test_brand_comparison_is_loose() -> None:
    page = story_page(site_name="The New York Times", url="https://www.nytimes.com/x")
    assert is_own(page, "NYT")
    assert is_own(page, "New York Times")
    assert is_own(page, "nytimes.com")
    assert not is_own(page, "nytimes-news.com")
    assert fold("Kırşehir Manşet") == "kirsehirmanset"


def test_quiet_on_a_plain_story() -> None:
    assert _values(story_page()) == (0.0, 0.0, 0.0, 0.0)


def test_fold_takes_ascii_text_the_same_way() -> None:
    import random
    import unicodedata

    from detector.features.origin_voice import fold

    def reference(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.lower().replace("ı", "i"))
        return "".join(ch for ch in text if ch.isalnum())

    rng = random.Random(3)
    pool = [chr(c) for c in range(128)] + list("ıİKÉéß½²\u0301")
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        assert fold(text) == reference(text)
