"""publisher_credits: credits to other publishers read by their shape, and the families reading them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detector.features._pagememo import forget
from detector.features.copy_context import CopyContext
from detector.features.provenance import Provenance
from detector.features.publisher_credits import (
    credited_name,
    find_publisher_credits,
    publisher_credits,
    site_credited,
)
from detector.features.site_identity import SiteIdentity
from detector.features.wire import WireCopy
from detector.originals.records import Match
from features._republisher_pages import (
    STORY,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)

SHAPES = [
    ("Source: BBC News", "BBC News", "label"),
    ("- Source: Press Association", "Press Association", "label"),
    ("Photo: Jane Doe. (Source: The Guardian)", "The Guardian", "label"),
    ("Quelle: Spiegel Online", "Spiegel Online", "label"),
    ("Source : Le Monde", "Le Monde", "label"),
    ("Source: Legrandcontinent", "Legrandcontinent", "label"),  # "Le" is no article here
    ("Fuente: El País", "El País", "label"),
    ("Fonte: Corriere della Sera", "Corriere della Sera", "label"),
    ("via Bloomberg", "Bloomberg", "via"),
    (
        "This article originally appeared on The Conversation, an independent news site.",
        "The Conversation",
        "origin",
    ),
    (
        "This article was originally published by Futurism. Read the original article.",
        "Futurism",
        "origin",
    ),
    ("Originally published on Live Science.", "Live Science", "origin"),
    ("Dieser Artikel erschien zuerst bei Zeit Online.", "Zeit Online", "origin"),
    ("Cet article a été publié initialement sur Mediapart.", "Mediapart", "origin"),
    (
        "Este artículo fue publicado originalmente en El Confidencial.",
        "El Confidencial",
        "origin",
    ),
    ("Questo articolo è stato pubblicato originariamente su Il Post.", "Il Post", "origin"),
    ("Republished with permission from The Atlantic.", "The Atlantic", "permission"),
    ("Reprinted from Foreign Policy.", "Foreign Policy", "permission"),
    ("Mit freundlicher Genehmigung von Heise Online", "Heise Online", "permission"),
    (
        "Avec l'aimable autorisation de Courrier International",
        "Courrier International",
        "permission",
    ),
    ("Per gentile concessione di Internazionale", "Internazionale", "permission"),
]


@pytest.mark.parametrize(("line", "name", "kind"), SHAPES)
def test_credit_shapes_name_the_publisher(line: str, name: str, kind: str) -> None:
    found = find_publisher_credits([line])
    assert [(c.name, c.kind) for c in found] == [(name, kind)]


def test_a_url_credits_its_site() -> None:
    (credit,) = find_publisher_credits(
        ["Originally published at https://www.theguardian.com/world/2023/jan/01/story"]
    )
    assert credit.domain == "theguardian.com" and credit.names_site("theguardian.com")


def test_copyright_holder_and_distributor_are_both_credited() -> None:
    found = find_publisher_credits(["(c) 2023 The Guardian, distributed by Tribune Content Agency"])
    assert {(c.name, c.kind) for c in found} == {
        ("Tribune Content Agency", "distribution"),
        ("The Guardian", "holder"),
    }


def test_a_label_alone_credits_the_next_short_line() -> None:
    (credit,) = find_publisher_credits(["Source:", "Reuters AlertNet", "More news"])
    assert credit.name == "Reuters AlertNet"


@pytest.mark.parametrize(
    "line",
    [
        "The post Fed raises rates appeared first on Daily Market News.",  # feed importer footer
        "First published on November 19, 2019 / 8:16 AM",  # a date, not a publisher
        "Notify me of follow-up comments via email.",
        "India's Tata expands regional footprint via NatSteel buyout",  # "via" in prose
        "Cases of the virus first appeared in West Michigan at the end of August.",
        "Originally Posted by MavRick:",  # a forum quote names a member, not a publisher
        "Credit: Getty Images",  # a photo credit
        "Source: Getty",
        "Source: this site",
        "Open source software is eating the world, sources say.",
        # a government body or "social networks" licenses nothing (G3)
        "Fonte: Governo Federal / Redes sociais",
        "Source: Ministry of Health",
        "Quelle: Bundesregierung",
        "Fuente: Redes sociales",
        "Source : réseaux sociaux",
    ],
)
def test_lines_that_credit_no_publisher(line: str) -> None:
    assert find_publisher_credits([line]) == []


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        ("BBC News. © 2005 BBC.", ("BBC News", "")),
        ("Wired.com.", ("wired.com", "wired.com")),
        ("November 19, 2019", ("", "")),
        ("email", ("", "")),
        ("Social Media Today", ("Social Media Today", "")),  # a publisher, not a vague source
        ("Agências", ("", "")),
        ("a lengthy clause that goes on and on naming nothing at all really", ("", "")),
    ],
)
def test_credited_name(rest: str, expected: tuple[str, str]) -> None:
    assert credited_name(rest) == expected


def test_the_page_path_finds_what_the_line_path_finds() -> None:
    # publisher_credits narrows the trigger words by the page's trigrams and scans the joined
    # lines: every credit shape above must come through it, wherever the line stands.
    for k in range(0, len(SHAPES), 5):  # a page keeps at most 8 credits
        chunk = SHAPES[k : k + 5]
        lines = [line for line, _, _ in chunk]
        page = story_page(paragraphs=STORY, other_lines=("Home", *lines, "Contact us"))
        assert [c.name for c in publisher_credits(page)] == [name for _, name, _ in chunk]


def test_credits_of_the_page_itself_are_left_out() -> None:
    page = story_page(
        url="https://www.bbc.co.uk/news/world-123",
        paragraphs=(*STORY, "Source: BBC News"),
    )
    assert publisher_credits(page) == ()
    other = story_page(paragraphs=(*STORY, "Source: BBC News"))
    assert [c.name for c in publisher_credits(other)] == ["BBC News"]


def test_meta_original_source_is_a_credit() -> None:
    page = story_page(meta={"original-source": "http://www.theatlantic.com/politics/x/1"})
    assert site_credited(page, "theatlantic.com").startswith("meta")


def test_byline_credit_is_read() -> None:
    page = story_page(byline="Source: The Conversation")
    assert site_credited(page, "theconversation.com")


# --- the families that read the credits -------------------------------------------------------


def test_wire_credits_a_copy_that_names_its_publisher() -> None:
    plain = story_page()
    credited = story_page(paragraphs=(*STORY, "This article originally appeared on Slate."))
    assert values(WireCopy(), plain)["wire_credited"] == 0
    v = values(WireCopy(), credited)
    assert v["wire_credited"] == 1 and v["wire_credits"] == 0  # a publisher, not an agency
    assert "credits the publisher Slate" in " | ".join(WireCopy().extract(credited)[1])


def test_an_agency_named_by_shape_is_an_agency_credit() -> None:
    head = "NEW YORK (Bloomberg) -- " + STORY[0]
    stripped = story_page(paragraphs=(head, *STORY[1:]))
    via = story_page(paragraphs=(head, *STORY[1:], "via Bloomberg"))
    assert values(WireCopy(), stripped)["wire_uncredited"] == 1
    v = values(WireCopy(), via)
    assert v["wire_uncredited"] == 0 and v["wire_credited"] == 1 and v["wire_credits"] >= 1


def test_agency_dateline_with_only_a_publisher_credit_stays_uncredited() -> None:
    # The AP's copy is credited to the AP, not to a newspaper that ran it before.
    head = "BEIJING (AP) — " + STORY[0]
    page = story_page(paragraphs=(head, *STORY[1:], "Source: The Morning Courier"))
    assert values(WireCopy(), page)["wire_uncredited"] == 1


def test_site_identity_excuses_a_canonical_on_the_credited_site() -> None:
    canonical = "https://www.dailyherald-online.com/news/senators-china"
    bare = story_page(canonical=canonical)
    credited = story_page(
        canonical=canonical, paragraphs=(*STORY, "Republished with permission from Daily Herald.")
    )
    assert values(SiteIdentity(), bare)["ident_canonical_foreign"] == 1
    assert values(SiteIdentity(), credited)["ident_canonical_foreign"] == 0
    assert values(Provenance(), credited)["prov_canonical_offsite"] == 0


def _match(site: str) -> Match:
    return Match(
        id="x",
        url=f"https://{site}/story",
        site=site,
        title="Senators see hope",
        published=None,
        corpus="test",
        similarity=0.9,
        containment_of_original=0.95,
        containment_of_page=0.9,
        days_earlier=None,
    )


def test_copy_context_reads_publisher_credits() -> None:
    ctx = CopyContext()
    plain = story_page()
    assert ctx.credit(plain, _match("theconversation.com")) == ""
    named = story_page(paragraphs=(*STORY, "This article originally appeared on The Conversation."))
    assert "originally appeared on The Conversation" in ctx.credit(
        named, _match("theconversation.com")
    )
    # The brand word of the matched site in a short line, spaced as a name ("The Conversation").
    short = story_page(paragraphs=(*STORY, "The Conversation"))
    assert ctx.credit(short, _match("theconversation.com")) == '"The Conversation"'


def test_the_seed_still_reads_as_stripped_agency_copy() -> None:
    page = seed_page()
    assert publisher_credits(page) == ()
    v = values(WireCopy(), page)
    assert v["wire_uncredited"] == 1 and v["wire_credited"] == 0


def test_memo_follows_the_page() -> None:
    a = story_page(paragraphs=(*STORY, "Source: BBC News"))
    b = replace(a, paragraphs=STORY)
    forget()
    assert publisher_credits(a) and not publisher_credits(b) and publisher_credits(a)


def test_real_pages_stay_quiet_on_the_farm_side() -> None:
    pages = real_sample()
    assert fire_share(Provenance(), "prov_canonical_offsite", pages) <= 0.03
    assert fire_share(SiteIdentity(), "ident_canonical_foreign", pages) <= 0.03
    assert fire_share(WireCopy(), "wire_uncredited", pages) <= 0.03


def test_squash_keeps_what_isalnum_keeps() -> None:
    from detector.features.publisher_credits import squash

    # Every code point: the regex's `[^\W_]` is `str.isalnum`, one character at a time.
    chars = "".join(map(chr, range(0x110000)))
    assert squash(chars) == "".join(ch for ch in chars.lower() if ch.isalnum())
    assert squash("The Conversation_2 — İstanbul'un") == "theconversation2istanbulun"
