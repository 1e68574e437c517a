"""wire_copy_v1 and its patterns: agency datelines, credits, and credited vs stripped copy."""

from __future__ import annotations

import pytest

from detector.features.ad_layout import AdLayout
from detector.features.leftovers import Leftovers
from detector.features.reactions import Engagement
from detector.features.wire import WireCopy
from detector.page import parse_page
from detector.parsing.agencies import (
    agency_for_host,
    agency_in_name,
)
from detector.parsing.agency_credits import (
    credit_line_agency,
    find_credits,
)
from detector.parsing.datelines import find_dateline
from detector.parsing.signoffs import find_signoff
from features._republisher_pages import (
    STORY,
    evidence,
    fire_share,
    l3s_page,
    real_sample,
    seed_page,
    story_page,
    values,
)


@pytest.mark.parametrize(
    ("text", "agency", "dateline"),
    [
        ("BEIJING (AP) — A group of senators", "AP", "BEIJING (AP) —"),
        ("WASHINGTON (Reuters) - The head of", "Reuters", "WASHINGTON (Reuters) -"),
        ("PARIS, Oct 3 (AFP) - France said", "AFP", "PARIS, Oct 3 (AFP) -"),
        ("MANILA, Nov. 24 (Xinhua) -- Philippine", "Xinhua", "MANILA, Nov. 24 (Xinhua) --"),
        ("Berlin (dpa) - Die Regierung hat", "dpa", "Berlin (dpa) -"),
        ("MADRID (EFE).- El Gobierno", "EFE", "MADRID (EFE).-"),
        ("SEOUL, Jan. 3 (Yonhap) -- North Korea", "Yonhap", "SEOUL, Jan. 3 (Yonhap) --"),
        ("TAIPEI, Taiwan (AP) - Taiwan's main", "AP", "TAIPEI, Taiwan (AP) -"),
        ("DENVER (AP) ? The NFC rushing title", "AP", "DENVER (AP) ?"),  # mis-decoded em dash
        ("WEST PALM BEACH, Fla./WASHINGTON (Reuters) - The", "Reuters", None),
        ("New Delhi, Jan 13 (IANS): Actor", "IANS", None),
        ("LONDON, Feb 26 - Britain's economy", None, "LONDON, Feb 26 -"),  # Reuters 1987
        ("Düsseldorf (dpa/lnw) - Die Polizei hat", "dpa", "Düsseldorf (dpa/lnw) -"),
        ("Madrid, 3 oct (EFE).- El Gobierno", "EFE", "Madrid, 3 oct (EFE).-"),
        ("新华社北京4月24日电 国务院总理", "Xinhua", "新华社北京4月24日电"),
        ("MADRID, 3 (EUROPA PRESS) - El Gobierno", "Europa Press", "MADRID, 3 (EUROPA PRESS) -"),
        # The Indian agencies print no dash: the story's first capital follows the code.
        ("New Delhi, May 14 (PTI) The government", "PTI", "New Delhi, May 14 (PTI)"),
        ("Mumbai, Feb 29 (IANS) India's economy", "IANS", "Mumbai, Feb 29 (IANS)"),
    ],
)
def test_datelines_of_many_agencies_and_styles(
    text: str, agency: str | None, dateline: str | None
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.agency.key if found.agency else None) == agency
    if dateline is not None:
        assert found.text == dateline


@pytest.mark.parametrize(
    "text",
    [
        "LONDON -- The tragic period romance dominated the race",  # own-staff dateline, no agency
        "He smiled (AP Photo/Andy Wong) - and left",  # a photo credit is not a dateline
        "The senators (AP) said they would return",  # sentence, not a dateline
        "WASHINGTON (AP) and others said on Monday",  # no dash and no capital after the code
        "said the report (Reuters) - which was",  # lower-case start
        "",
    ],
)
def test_no_dateline_in_ordinary_text(text: str) -> None:
    assert find_dateline(text) is None


def test_credits_found_by_shape_and_agency() -> None:
    text = "\n".join(
        [
            "Copyright 2008 The Associated Press. All rights reserved.",
            "(Reporting by Greg Stutchbury in Melbourne; Editing by John O'Brien)",
            "Source: AFP",
            "Quelle: dpa",
            "Associated Press writer Ken Moritsugu contributed to this report.",
            "All content © Copyright 2003-2007 WorldNow, WPRI and Associated Press.",
        ]
    )
    found = [(c.agency.key, c.kind) for c in find_credits(text)]
    assert found == [
        ("AP", "copyright"),
        ("Reuters", "reporting_editing"),
        ("AFP", "source"),
        ("dpa", "source"),
        ("AP", "contributed"),
        ("AP", "copyright"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In a statement to The Associated Press, his lawyer said the book was false.",
        "© 2020 Snap Inc. All rights reserved.",
        "Copyright 2025 WealthTrail Solutions",
        "PHOTO COLLECTION: AP Top Photos of the Day",
    ],
)
def test_mentions_are_not_credits(text: str) -> None:
    assert find_credits(text) == []


def test_names_hosts_and_credit_lines() -> None:
    assert agency_in_name("By JOE McDONALD and KEN MORITSUGU, Associated Press").key == "AP"  # type: ignore[union-attr]
    assert agency_in_name("By Andrew Downie | Reuters").key == "Reuters"  # type: ignore[union-attr]
    assert agency_in_name("By Jane Doe | AP").key == "AP"  # type: ignore[union-attr]
    assert agency_in_name("Jane Apple") is None
    assert agency_for_host("uk.reuters.com").key == "Reuters"  # type: ignore[union-attr]
    assert agency_for_host("hosted.ap.org").key == "AP"  # type: ignore[union-attr]
    assert agency_for_host("www.example-news.com") is None
    assert credit_line_agency("AP Golf Writer").key == "AP"  # type: ignore[union-attr]
    assert credit_line_agency("Associated Press - January 8, 2008 7:04 PM ET").key == "AP"  # type: ignore[union-attr]
    assert credit_line_agency("AP Sports Headlines") is None
    assert credit_line_agency("ap news and more") is None
    assert find_signoff("Reuter").key == "Reuters"  # type: ignore[union-attr]
    assert find_signoff("A long closing sentence that ends the story.") is None


def test_uncredited_dateline_is_flagged_with_evidence() -> None:
    page = story_page(paragraphs=("BEIJING (AP) — " + STORY[0], *STORY[1:]))
    v = values(WireCopy(), page)
    assert v["wire_dateline"] == 1 and v["wire_uncredited"] == 1 and v["wire_credited"] == 0
    assert 'AP dateline "BEIJING (AP) —" with no AP credit or byline' in evidence(WireCopy(), page)


@pytest.mark.parametrize(
    "changes",
    [
        {"byline": "By JOE McDONALD, Associated Press"},
        {"credit_lines": ("Copyright 2023 The Associated Press. All rights reserved.",)},
        {
            "jsonld": (
                {
                    "@type": "NewsArticle",
                    "author": {"@type": "Organization", "name": "The Associated Press"},
                },
            )
        },
        {
            "jsonld": (
                {"@graph": [{"@type": "NewsArticle", "publisher": {"name": "Associated Press"}}]},
            )
        },
        {"other_lines": ("Share", "AP Golf Writer", "Subscribe")},
        {"meta": {"dcsext.contentprovider": "AP"}},
        {"url": "https://apnews.com/article/senators-china-123"},
    ],
)
def test_credited_dateline(changes: dict[str, object]) -> None:
    page = story_page(paragraphs=("BEIJING (AP) — " + STORY[0], *STORY[1:]), **changes)
    v = values(WireCopy(), page)
    assert v["wire_credited"] == 1 and v["wire_uncredited"] == 0
    assert "credited" in evidence(WireCopy(), page) or "own site" in evidence(WireCopy(), page)


def test_credited_copy_without_a_dateline() -> None:
    page = story_page(credit_lines=("Reporting by Ruth Patel; Editing by Sofia Morgan",))
    v = values(WireCopy(), page)
    assert v["wire_credited"] == 1 and v["wire_dateline"] == 0 and v["wire_uncredited"] == 0
    assert evidence(WireCopy(), page).startswith("credits Reuters:")
    assert values(WireCopy(), story_page())["wire_credited"] == 0


def test_credit_for_another_agency_does_not_cover_the_dateline() -> None:
    page = story_page(
        paragraphs=("WASHINGTON (Reuters) - " + STORY[0], *STORY[1:]),
        credit_lines=("Copyright 2023 The Associated Press.",),
    )
    v = values(WireCopy(), page)
    assert v["wire_uncredited"] == 1
    assert "credits only AP" in evidence(WireCopy(), page)


def test_german_dpa_copy_credited_by_quelle() -> None:
    page = story_page(
        paragraphs=(
            "Berlin (dpa) - Die Bundesregierung hat am Dienstag neue Regeln beschlossen.",
            "Quelle: dpa",
        ),
        language="de",
    )
    assert values(WireCopy(), page)["wire_credited"] == 1


def test_chinese_xinhua_copy_credited_by_laiyuan() -> None:
    para = "新华社北京4月24日电 国务院总理今天在北京会见了来访的美国参议员代表团，双方就禁毒合作交换了意见。"
    stripped = story_page(paragraphs=(para,), language="zh")
    assert values(WireCopy(), stripped)["wire_uncredited"] == 1
    credited = story_page(paragraphs=(para,), other_lines=("来源：新华社",), language="zh")
    assert values(WireCopy(), credited)["wire_credited"] == 1


def test_generic_dated_dateline_and_reuter_signoff() -> None:
    page = story_page(paragraphs=("LONDON, Feb 26 - " + STORY[0], STORY[1], "Reuter"))
    v = values(WireCopy(), page)
    assert v["wire_generic_dateline"] == 1 and v["wire_credited"] == 1 and v["wire_dateline"] == 0


def test_dateline_after_menu_lines_is_found_but_not_deep_in_the_story() -> None:
    menu = ("Home", "World", "Email | Print |", "Thu Dec 27, 2007 12:30pm EST")
    page = story_page(paragraphs=(*menu, "LONDON (Reuters) - " + STORY[0], *STORY[1:]))
    assert values(WireCopy(), page)["wire_dateline"] == 1
    deep = story_page(paragraphs=(*STORY, *STORY, "LONDON (Reuters) - " + STORY[0]))
    assert values(WireCopy(), deep)["wire_dateline"] == 0


def test_seed_golden_uncredited_ap_copy() -> None:
    page = seed_page()
    v = values(WireCopy(), page)
    assert v["wire_dateline"] == 1 and v["wire_uncredited"] == 1 and v["wire_credited"] == 0
    assert evidence(WireCopy(), page) == 'AP dateline "BEIJING (AP) —" with no AP credit or byline'


@pytest.mark.parametrize(
    ("id_prefix", "agency"),
    [
        ("5d341f23", "Reuters"),  # swissinfo.ch: "Additional reporting by ...; Editing by ..."
        ("b5897149", "AP"),  # whotv.com: "Associated Press - January 8, 2008" credit line
        ("335b5036", "AP"),  # dailymail.com (Charleston): "AP Golf Writer" under the byline
        ("0f2b36ce", "Reuters"),  # ca.reuters.com: the agency's own site
    ],
)
def test_real_l3s_wire_pages_say_credited(id_prefix: str, agency: str) -> None:
    page, meta = l3s_page(id_prefix)
    assert meta["wire_dateline"] is True  # the corpus' own annotation
    v = values(WireCopy(), page)
    assert v["wire_dateline"] == 1 and v["wire_credited"] == 1 and v["wire_uncredited"] == 0
    assert evidence(WireCopy(), page).startswith(f"{agency} dateline")


def test_real_pages_rarely_look_uncredited() -> None:
    # Measured on all 4,395 real pages: 0.3% (local papers and sites that really strip the credit).
    assert fire_share(WireCopy(), "wire_uncredited", real_sample()) <= 0.03


@pytest.mark.parametrize("id_prefix", ["0f2b36ce", "5d341f23", "b5897149"])
def test_real_credited_pages_stay_quiet_on_the_farm_indicators(id_prefix: str) -> None:
    """A real outlet's page: no farm counter, no leftovers, no ad stuffing, credited copy."""
    page, _ = l3s_page(id_prefix)
    assert values(Engagement(), page)["react_farm_counter"] == 0
    assert sum(values(Leftovers(), page).values()) == 0
    assert values(AdLayout(), page)["ad_dense"] == 0
    assert values(WireCopy(), page)["wire_uncredited"] == 0


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Greg Beacham, Ap Sports Writer", "AP"),  # a title-casing template's "AP Sports Writer"
        ("Tom Krisher, Ap Auto Writer", "AP"),
        ("Dpa correspondent", "dpa"),
        ("Map editor", None),  # "ap" inside a word
        ("Jane Doe, staff writer", None),
    ],
)
def test_agency_token_in_any_case_before_a_staff_role(name: str, key: str | None) -> None:
    found = agency_in_name(name)
    assert (found.key if found else None) == key


def test_text_record_signature_above_the_story_credits_the_wire_copy() -> None:
    # A WET record of a busy page: the teaser lines above the story run on into the headline,
    # the date and the signature, which must still be read as the byline.
    lines = [
        "Lakers News - Example Gazette",
        "LATEST NEWS",
        *[f"Teaser headline number {i} about local sports" for i in range(6)],
        "Lakers hold off OKC 112-107",
        "Updated 1:33 am CST, Wednesday, November 20, 2019",
        "Greg Beacham, Ap Sports Writer",
        "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal. They are simply what "
        "happens when he plays the game the way he has since he was a boy, and he did it again.",
        "James had 23 points, 14 assists and 12 rebounds for the Lakers, who won their ninth "
        "straight game after a loss in their season opener, and Anthony Davis scored 34 points.",
    ]
    page = parse_page("\n".join(lines).encode(), content_type="text/plain")
    assert page.byline == "Greg Beacham, Ap Sports Writer"
    values, evidence = WireCopy().extract(page)
    assert values[WireCopy.FEATURES.index("wire_uncredited")] == 0.0
    assert any("credited" in e for e in evidence)
    signed = parse_page(
        "\n".join([*lines[:9], "Von Anna Weber", *lines[11:]]).encode(), content_type="text/plain"
    )
    assert signed.byline == "Von Anna Weber"
