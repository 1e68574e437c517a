"""Page furniture of text records (WET-like): native-ad widgets and pagers as text lines."""

from __future__ import annotations

from detector.features.ad_layout import AdLayout
from detector.page import parse_page
from detector.parsing import patterns as P

# A made-for-advertising page as a WET record: each widget item carries its own "Sponsored"
# line, and the pager's numbers and "Next" run into one line (written for this test).
MFA_RECORD = "\n".join(
    [
        "Harbour Times Today",
        "- Home",
        "- News",
        "Harbour strike enters second week",
        "Dock workers at the city's main harbour stayed off the job for a seventh day on Monday,"
        " as talks between the union and the port authority broke down again.",
        "Advertisement",
        "The union said its members would return only once a new shift rota was agreed, while"
        " the port authority said it had offered a pay rise of four per cent.",
        "Page 1 of 3 1 2 3Next page »",
        "Around the web",
        "Drivers Who Drive Less Than 50 Miles a Day Should Read This",
        "Sponsored",
        "Why Pilots Never Eat the Same Meal",
        "Sponsored",
        "25 Photos Taken Seconds Before Disaster",
        "Sponsored",
        "© 2026 Harbour Times Today",
    ]
)


def test_a_native_widget_keeps_its_items_across_their_sponsored_labels() -> None:
    page = parse_page(MFA_RECORD)
    widget = [b for b in page.link_blocks if b.heading == "Around the web"]
    assert len(widget) == 1
    assert [a.text for a in widget[0].anchors][:3] == [
        "Drivers Who Drive Less Than 50 Miles a Day Should Read This",
        "Why Pilots Never Eat the Same Meal",
        "25 Photos Taken Seconds Before Disaster",
    ]
    values, evidence = AdLayout().extract(page)
    assert values[AdLayout.FEATURES.index("ad_native_widgets")] == 1.0
    assert any("Around the web" in e for e in evidence)


def test_a_sponsored_label_under_a_related_list_still_ends_it() -> None:
    record = "\n".join(
        [
            "Council approves road repair plan - Harbour Times Today",
            "Related",
            "Council approves road repair plan",
            "Mayor opens new library",
            "Sponsored",
            "Drivers Who Drive Less Than 50 Miles a Day Should Read This",
            "Homeowners Are Getting Paid to Install Solar Panels",
        ]
    )
    page = parse_page(record)
    assert [b.heading for b in page.link_blocks] == ["Related", "Sponsored"]


def test_a_run_together_pager_line_is_pagination() -> None:
    assert parse_page(MFA_RECORD).pagination
    for line in ("Page 1 of 3 1 2 3Next page »", "Seite 2 von 4 1 2 3 4 Weiter"):
        assert P.PAGINATION_TEXT.match(line)
    assert not P.PAGINATION_TEXT.match("Page 1 of 3 of the report is missing")


WET_RECORD = (
    "WARC/1.0\r\n"
    "WARC-Type: conversion\r\n"
    "WARC-Target-URI: https://example-clinic.test/news/storm-knocks-out-power/\r\n"
    "WARC-Date: 2024-07-19T16:38:51Z\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "Storm knocks out power to thousands - Example Clinic\n"
    "Storm knocks out power to thousands\n"
    "A line of thunderstorms knocked out power to thousands of homes across the county on"
    " Tuesday night, the utility said, and crews worked through the night.\n"
    "Power was restored to most homes by Wednesday morning, a spokesman for the utility said,"
    " though some outages in rural areas could last until the weekend.\n"
)


def test_a_wet_record_saved_with_its_header_gives_url_and_fetch_date() -> None:
    page = parse_page(WET_RECORD)
    assert page.url == "https://example-clinic.test/news/storm-knocks-out-power/"
    assert str(page.fetched) == "2024-07-19"
    assert page.title == "Storm knocks out power to thousands - Example Clinic"
    assert not any("WARC" in line for line in (*page.other_lines, *page.paragraphs))
    # What the caller gives wins over the header.
    given = parse_page(WET_RECORD, url="https://elsewhere.test/a")
    assert given.url == "https://elsewhere.test/a"


def test_a_warc_response_record_skips_its_http_headers() -> None:
    record = (
        "WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://news.test/a\n"
        "WARC-Date: 2023-01-02T00:00:00Z\n\nHTTP/1.1 200 OK\nContent-Type: text/html\n\n"
        "<html><head><title>Storm - News</title></head><body><h1>Storm</h1><p>A storm hit the"
        " coast on Tuesday, cutting power to thousands of homes, officials said.</p></body></html>"
    )
    page = parse_page(record)
    assert page.kind == "html" and page.url == "https://news.test/a"
    assert str(page.fetched) == "2023-01-02"


def test_text_that_only_mentions_warc_is_left_alone() -> None:
    text = "WARC files hold crawls\nThe format stores pages as records, one after another.\n"
    assert parse_page(text).url == ""


def test_a_saved_record_reads_its_header_as_the_warc_reader_does() -> None:
    # Angle brackets around the URI (some writers put them) are dropped, as `--warc` does.
    record = WET_RECORD.replace(
        "WARC-Target-URI: https://example-clinic.test/news/storm-knocks-out-power/",
        "WARC-Target-URI: <https://example-clinic.test/news/storm-knocks-out-power/>",
    )
    assert parse_page(record).url == "https://example-clinic.test/news/storm-knocks-out-power/"


def test_a_record_copied_without_its_version_line_is_read_all_the_same() -> None:
    record = WET_RECORD.replace("WARC/1.0\r\n", "", 1)
    page = parse_page(record)
    assert page.url == "https://example-clinic.test/news/storm-knocks-out-power/"
    assert str(page.fetched) == "2024-07-19"
    assert page.title == "Storm knocks out power to thousands - Example Clinic"
    # A first line that only looks like a field, with no record's field after it, is text.
    text = "WARC-Tools: a review\nThe tools read crawl archives.\n\nMore text follows here.\n"
    assert parse_page(text).url == ""
