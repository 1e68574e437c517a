"""same_owner: an outlet's other domains (same name on another suffix, its name as a subdomain
of a group platform) are its own, so a canonical there is not "another site"."""

from __future__ import annotations

import pytest

from detector.features.provenance import Provenance, same_owner
from detector.features.site_identity import SiteIdentity
from features._republisher_pages import story_page, values


@pytest.mark.parametrize(
    ("page_url", "domain"),
    [
        ("http://jaraguadosul.com.br/news/x", "https://www.jaraguadosul.sc.gov.br/news/x"),
        ("https://www.stadtanzeiger.de/a", "https://stadtanzeiger.at/a"),
        ("https://www.lavanguardia.com/a", "https://www.lavanguardia.es/b"),
        ("http://seattlepi.nwsource.com/story.asp?id=1", "seattlepi.com"),
        ("https://gazetalokalna.grupamedia.pl/a", "https://gazetalokalna.pl/a"),
    ],
)
def test_an_outlets_other_domains_are_its_own(page_url: str, domain: str) -> None:
    assert same_owner(page_url, domain)


@pytest.mark.parametrize(
    ("page_url", "domain"),
    [
        ("https://nytimes-daily.top/a", "https://www.nytimes.com/a"),  # a look-alike clone
        ("https://www.welt.de/a", "https://www.sat1regional.de/a"),  # another name
        ("https://www.bbc.co.uk/a", "https://bbc.com/a"),  # too short to be one owner's name
        ("https://news.example.com/a", "https://news.com/a"),  # a generic subdomain word
        ("https://www.example.com/a", "https://www.example.com/b"),  # the same site
    ],
)
def test_other_owners_are_not(page_url: str, domain: str) -> None:
    assert not same_owner(page_url, domain)


def test_canonical_on_the_outlets_other_suffix_is_not_offsite() -> None:
    page = story_page(
        url="http://jaraguadosul.com.br/news/servico",
        canonical="https://www.jaraguadosul.sc.gov.br/news/servico",
    )
    assert values(Provenance(), page)["prov_canonical_offsite"] == 0
    assert values(SiteIdentity(), page)["ident_canonical_foreign"] == 0


def test_canonical_on_a_look_alike_still_fires() -> None:
    page = story_page(
        url="https://nytimes-daily.top/world/senators",
        canonical="https://www.nytimes.com/world/senators",
    )
    assert values(Provenance(), page)["prov_canonical_offsite"] == 1
    assert values(SiteIdentity(), page)["ident_canonical_foreign"] == 1
