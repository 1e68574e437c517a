"""clone_seams_v1: a page whose own identity names an uncredited look-alike of its host."""

from __future__ import annotations

import json

import pytest

from detector.features.clone_seams import CloneSeams, declarations, lookalike, own_url
from detector.page import Page, parse_page
from features._republisher_pages import evidence, fire_share, real_sample, seed_page, values

STORY = "".join(
    f"<p>Paragraph {i} of the story about the harbour, the council and the budget vote.</p>"
    for i in range(6)
)
MENU = "".join(
    f'<li><a href="https://www.vox.com/{s}">{s.title()}</a></li>'
    for s in ("politics", "culture", "science", "technology", "money", "world")
)


def _page(url: str, *, head: str = "", body_extra: str = "", menu: str = MENU) -> Page:
    html = (
        f"<html><head><title>Harbour vote delayed</title>{head}</head><body>"
        f"<article><h1>Harbour vote delayed</h1>{STORY}{body_extra}</article>"
        f"<aside><h3>Related stories</h3><ul>{menu}</ul></aside></body></html>"
    )
    return parse_page(html, url=url)


def _vox_head(canonical: str = "https://www.vox.com/2019/11/8/harbour-vote") -> str:
    jsonld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": canonical,
        "publisher": {"@type": "Organization", "name": "Vox", "url": "https://www.vox.com/"},
    }
    return (
        f'<link rel="canonical" href="{canonical}">'
        f'<meta property="og:url" content="{canonical}">'
        '<meta property="og:site_name" content="Vox">'
        f'<script type="application/ld+json">{json.dumps(jsonld)}</script>'
    )


def test_lookalike_reads_affixes_and_typos_not_sister_sites() -> None:
    assert lookalike("voxtoday", "vox")
    assert lookalike("thenytimes", "nytimes")
    assert lookalike("nytimez", "nytimes")
    assert not lookalike("vox", "vox")  # the same name on another suffix: one owner
    assert not lookalike("sky", "skysports")  # the shorter host is the original
    assert not lookalike("skynewsinternational", "sky")  # too long an affix
    assert not lookalike("snap", "ap")  # too short to be a name
    assert not lookalike("rundschauonline", "ksta")


def test_a_served_clone_fires_with_readable_evidence() -> None:
    page = _page("https://vox-today.top/article/123456", head=_vox_head())
    v = values(CloneSeams(), page)
    assert v["clone_declared_lookalike"] == 1
    assert v["clone_declarations"] >= 3  # canonical, og:url, JSON-LD
    assert v["clone_links_lookalike_share"] == 1.0  # the whole menu leads to vox.com
    assert v["clone_brand_elsewhere"] == 1
    assert v["clone_unobservable"] == 0
    text = evidence(CloneSeams(), page)
    assert "vox.com" in text and "vox-today.top" in text and '"Vox"' in text


def test_the_original_on_its_own_domain_is_quiet() -> None:
    page = _page("https://www.vox.com/2019/11/8/harbour-vote", head=_vox_head())
    v = values(CloneSeams(), page)
    assert v["clone_declared_lookalike"] == v["clone_links_lookalike_share"] == 0
    assert v["clone_brand_elsewhere"] == 0


def test_a_network_sister_site_is_quiet() -> None:
    # A local paper whose JSON-LD publisher is its parent company, on a different name.
    head = (
        '<link rel="canonical" href="https://www.rundschau-online.de/region/harbour-vote">'
        '<script type="application/ld+json">'
        + json.dumps(
            {"@type": "NewsArticle", "publisher": {"name": "DuMont", "url": "https://dumont.de"}}
        )
        + "</script>"
    )
    page = _page("https://www.rundschau-online.de/region/harbour-vote", head=head, menu="")
    assert not any(values(CloneSeams(), page)[f] for f in CloneSeams.FEATURES)


def test_a_credited_look_alike_is_quiet() -> None:
    # Licensed copy whose canonical names the credited source is syndication, not a clone.
    page = _page(
        "https://vox-today.top/article/123456",
        head=_vox_head(),
        body_extra="<p>This article was originally published at https://www.vox.com/2019/11/8/x</p>",
        menu="",
    )
    v = values(CloneSeams(), page)
    assert v["clone_declared_lookalike"] == 0 and v["clone_brand_elsewhere"] == 0
    assert v["clone_declarations"] == 0


def test_a_lone_link_to_a_look_alike_is_not_a_cloned_menu() -> None:
    menu = '<li><a href="https://www.nbc.com/shows">NBC shows</a></li>' + "".join(
        f'<li><a href="https://www.nbcnews.com/{s}">{s}</a></li>' for s in "abcdefg"
    )
    page = _page("https://www.nbcnews.com/news/harbour-vote", menu=menu)
    assert values(CloneSeams(), page)["clone_links_lookalike_share"] == 0


def test_a_page_parsed_without_url_has_no_host_to_compare() -> None:
    page = parse_page(
        f"<html><head>{_vox_head()}</head><body><article>{STORY}</article></body></html>"
    )
    v = values(CloneSeams(), page)
    assert page.url.startswith("https://www.vox.com/")  # the canonical stood in for the URL
    assert v["clone_declared_lookalike"] == 0 and v["clone_unobservable"] == 0


def test_archived_pages_are_read_as_the_archived_site() -> None:
    assert own_url("https://web.archive.org/web/2015/http://rent-a-pastor.com/x") == (
        "http://rent-a-pastor.com/x"
    )
    assert own_url("hard::gofeminin.de.abnehmen.html") == ""


def test_a_page_served_by_address_is_not_a_look_alike_site() -> None:
    # A real page saved and served from a dev server or proxy keeps its own identity.
    page = _page("http://127.0.0.1:8765/2019/11/8/harbour-vote", head=_vox_head())
    v = values(CloneSeams(), page)
    assert v["clone_brand_elsewhere"] == 0 and v["clone_unobservable"] == 1
    assert own_url("http://localhost:8000/x") == ""


def test_meta_values_that_are_not_hosts_are_not_declarations() -> None:
    page = _page(
        "https://www.newyorker.com/magazine/x",
        head='<meta name="twitter:domain" content="The New Yorker">',
        menu="",
    )
    assert [w for w, _ in declarations(page) if w == "twitter:domain"] == []


def test_the_seed_text_record_is_unobservable() -> None:
    v = values(CloneSeams(), seed_page())
    assert v["clone_unobservable"] == 1 and v["clone_declared_lookalike"] == 0


@pytest.mark.parametrize(
    "feature", ["clone_declared_lookalike", "clone_links_lookalike_share", "clone_brand_elsewhere"]
)
def test_real_outlet_pages_stay_quiet(feature: str) -> None:
    assert fire_share(CloneSeams(), feature, real_sample()) <= 0.01
