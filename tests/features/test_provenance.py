"""provenance_v1: no author, no or off-site canonical, no publisher; text records kept apart."""

from __future__ import annotations

import pytest

from detector.features.provenance import Provenance, jsonld_names, registered_domain
from features._republisher_pages import (
    evidence,
    fire_share,
    real_sample,
    seed_page,
    story_page,
    values,
)


def test_modern_html_page_missing_everything() -> None:
    page = story_page(opengraph={"og:title": "Senators see hope"})
    v = values(Provenance(), page)
    assert v["prov_author_missing"] == 1
    assert v["prov_canonical_missing"] == 1
    assert v["prov_publisher_missing"] == 1
    assert v["prov_missing_count"] == 3 and v["prov_legacy_markup"] == 0
    assert v["prov_metadata_unobservable"] == 0 and v["prov_text_author_missing"] == 0
    assert "no author" in evidence(Provenance(), page)


def test_legacy_page_without_any_modern_metadata() -> None:
    v = values(Provenance(), story_page())
    assert v["prov_legacy_markup"] == 1 and v["prov_author_missing"] == 1
    assert v["prov_canonical_missing"] == 0 and v["prov_publisher_missing"] == 0
    assert v["prov_missing_count"] == 1


def test_complete_html_page_is_quiet() -> None:
    page = story_page(
        byline="By Jane Doe",
        canonical="https://example-news.com/world/senators-china-fentanyl",
        opengraph={"og:site_name": "Example News"},
    )
    v = values(Provenance(), page)
    assert v["prov_missing_count"] == 0 and v["prov_canonical_offsite"] == 0
    assert evidence(Provenance(), page) == ""


def test_metadata_counts_as_author_and_publisher() -> None:
    page = story_page(
        canonical="https://www.example-news.com/x",
        jsonld=(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"}]},
                    {"@type": "Organization", "publisher": {"name": "Example News"}},
                ],
            },
        ),
    )
    v = values(Provenance(), page)
    assert v["prov_author_missing"] == 0 and v["prov_publisher_missing"] == 0
    assert list(jsonld_names(page, ("author", "publisher"))) == [
        ("author", "Jane Doe"),
        ("publisher", "Example News"),
    ]


def test_meta_author_counts() -> None:
    page = story_page(meta={"author": "Jane Doe", "og:type": "article"})
    assert values(Provenance(), page)["prov_author_missing"] == 0


def test_canonical_pointing_at_another_site() -> None:
    page = story_page(canonical="https://dailyherald-online.com/article/senators-china-123")
    v = values(Provenance(), page)
    assert v["prov_canonical_offsite"] == 1 and v["prov_canonical_missing"] == 0
    assert (
        "canonical points at another site: dailyherald-online.com (page on example-news.com)"
        in evidence(Provenance(), page)
    )


@pytest.mark.parametrize(
    "credit",
    [
        "Source: Daily Herald",
        "This article originally appeared on dailyherald-online.com.",
        "Originally published at https://www.dailyherald-online.com/article/senators-china-123",
        "Republished with permission from the Daily Herald.",
    ],
)
def test_canonical_to_the_credited_original_is_not_offsite(credit: str) -> None:
    page = story_page(
        canonical="https://dailyherald-online.com/article/senators-china-123",
        paragraphs=(*story_page().paragraphs, credit),
    )
    assert values(Provenance(), page)["prov_canonical_offsite"] == 0
    assert "canonical on dailyherald-online.com, the site it credits" in evidence(
        Provenance(), page
    )


def test_canonical_to_another_uncredited_publisher_still_counts() -> None:
    # A credit to one publisher does not excuse a canonical on a third site.
    page = story_page(
        canonical="https://dailyherald-online.com/article/senators-china-123",
        paragraphs=(*story_page().paragraphs, "Source: The Morning Courier"),
    )
    assert values(Provenance(), page)["prov_canonical_offsite"] == 1


def test_canonical_on_a_news_agency_site_counts_as_credited() -> None:
    # As in site_identity_v1: agency copy is licensed by default (its dateline is wire's job).
    page = story_page(canonical="https://apnews.com/article/senators-china-123")
    assert values(Provenance(), page)["prov_canonical_offsite"] == 0


def test_canonical_on_a_subdomain_of_the_same_site_is_not_offsite() -> None:
    page = story_page(
        url="https://uk.reuters.com/article/x", canonical="https://www.reuters.com/article/x"
    )
    assert values(Provenance(), page)["prov_canonical_offsite"] == 0


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://uk.reuters.com/article/x", "reuters.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("http://news.xinhuanet.com/english/", "xinhuanet.com"),
        ("", ""),
    ],
)
def test_registered_domain_offline(url: str, domain: str) -> None:
    assert registered_domain(url) == domain


def test_text_record_does_not_fire_html_indicators() -> None:
    page = story_page(kind="text", url="")
    v = values(Provenance(), page)
    assert v["prov_author_missing"] == 0 and v["prov_canonical_missing"] == 0
    assert v["prov_publisher_missing"] == 0 and v["prov_missing_count"] == 0
    assert v["prov_metadata_unobservable"] == 1 and v["prov_text_author_missing"] == 1


def test_seed_golden_text_record() -> None:
    v = values(Provenance(), seed_page())
    assert v["prov_metadata_unobservable"] == 1 and v["prov_text_author_missing"] == 1
    assert v["prov_missing_count"] == 0
    assert "text record: no byline or author line" in evidence(Provenance(), seed_page())


def test_real_pages_offsite_canonical_is_rare() -> None:
    # Measured on all 4,395 real pages: 1.1% (syndicated copy pointing at its original).
    assert fire_share(Provenance(), "prov_canonical_offsite", real_sample()) <= 0.05
