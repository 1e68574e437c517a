"""The four topic signals on whole pages: a farm of another template (HTML) and non-English pages."""

from __future__ import annotations

import functools
import math
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from detector.features._story import story_topic
from detector.features.brand import BrandMismatch
from detector.features.breadcrumbs import BreadcrumbTopic
from detector.features.dates import DateStaleness
from detector.features.link_blocks import LinkBlocksTopic
from detector.page import Anchor, DateCandidate, LinkBlock, Page, parse_page
from features._republisher_pages import parsed_pages

# A made-up farm page unlike the seed: HTML, a crypto brand, a Reuters story about Secretary of
# State Blinken dated a year after his term, a "Lifestyle" section and gossip lists.
FARM_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Blinken meets Chinese counterpart as tensions simmer | CoinPulse Digital</title>
<meta property="og:site_name" content="CoinPulse Digital">
<meta property="article:published_time" content="2026-02-10T08:00:00Z">
</head><body>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/lifestyle/">Lifestyle</a></nav>
<article><h1>Blinken meets Chinese counterpart as tensions simmer</h1>
<p>WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met China's foreign minister on
Monday to discuss trade disputes, Taiwan and military communication, officials said.</p>
<p>The talks came weeks after President Joe Biden told reporters that Washington wanted to keep
lines of communication open with Beijing despite sanctions on Chinese technology firms.</p>
<p>Both governments described the meeting as candid. Officials said further talks between
diplomats were expected before the summit of Pacific leaders later this year.</p>
<p>Republican lawmakers in Congress criticised the administration's approach, saying sanctions
on Chinese companies should be tightened further.</p></article>
<aside><h3>Trending</h3><ul>
<li><a href="https://gossipwire.example/a">Pop star flaunts baby bump in tiny bikini on holiday</a></li>
<li><a href="https://gossipwire.example/b">Reality star and her boyfriend split after secret wedding</a></li>
<li><a href="https://gossipwire.example/c">Actress stuns on the red carpet with new blonde hair</a></li>
<li><a href="https://gossipwire.example/d">Rapper engaged to his girlfriend in surprise proposal</a></li>
</ul></aside>
<aside><h3>Related</h3><ul>
<li><a href="/x1">Best crypto wallets to buy this year for beginners</a></li>
<li><a href="/x2">How to lose belly fat in two weeks with one simple trick</a></li>
<li><a href="/x3">Football club signs striker in record transfer deal</a></li>
</ul></aside></body></html>"""


def farm_page() -> Page:
    return parse_page(
        FARM_HTML, url="https://dailyworldbrief.net/news/blinken", fetched=date(2026, 2, 12)
    )


def test_farm_of_another_template_fires_all_four() -> None:
    page = farm_page()
    crumb = BreadcrumbTopic().signal(page).as_dict()
    assert crumb["crumb_offtopic"] == 1.0  # "Lifestyle" over a diplomacy story
    links = LinkBlocksTopic().signal(page).as_dict()
    assert links["related_offtopic_share"] >= 0.6
    assert links["celebrity_anchor_share"] >= 0.5
    assert links["external_anchor_share"] > 0.0
    dates = DateStaleness().signal(page)
    assert dates.as_dict()["office_conflict_years"] > 1.0  # Blinken and Biden left in Jan 2025
    assert any("2021-2025" in e for e in dates.evidence)
    brand = BrandMismatch().signal(page).as_dict()
    assert brand["brand_story_mismatch"] == 1.0  # "CoinPulse Digital" on world news
    assert brand["brand_domain_similarity"] < 0.5  # ... at dailyworldbrief.net


@functools.cache
def german_pages(limit: int = 40) -> tuple[Page, ...]:
    """Real German pages of the trafilatura evaluation set."""
    pages: list[Page] = []
    for page in parsed_pages("trafilatura_eval.jsonl.gz"):
        if page.language.startswith("de"):
            pages.append(page)
        if len(pages) >= limit:
            break
    return tuple(pages)


def test_german_pages_are_read_and_stay_quiet() -> None:
    # Real German pages are read through the German glossary (detector.lexicon); the signals then
    # fire about as rarely as on real English pages (measured on these 40: no crumb, gossip or
    # brand alarm).
    pages = german_pages()
    assert len(pages) >= 20
    known = [story_topic(p).known for p in pages]
    assert sum(known) >= 0.8 * len(pages)
    assert {story_topic(p).language for p in pages if story_topic(p).known} == {"de"}
    crumbs = BreadcrumbTopic().transform(pages)
    links = LinkBlocksTopic().transform(pages)
    brand = BrandMismatch().transform(pages)
    assert crumbs[:, BreadcrumbTopic.FEATURES.index("crumb_offtopic")].mean() <= 0.05
    assert links[:, LinkBlocksTopic.FEATURES.index("celebrity_anchor_share")].mean() <= 0.05
    assert not brand[:, BrandMismatch.FEATURES.index("brand_story_mismatch")].any()


_text = st.text(max_size=80)
_anchor = st.builds(Anchor, _text, st.text(max_size=40), st.sampled_from([None, True, False]))
_block = st.builds(LinkBlock, _text, st.lists(_anchor, max_size=6).map(tuple))
_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))
_pages = st.builds(
    Page,
    url=st.sampled_from(["", "https://www.example.com/a", "http://x", "not a url"]),
    title=_text,
    headline=_text,
    brand_candidates=st.lists(
        st.tuples(_text, st.sampled_from(["title_suffix", "og:site_name", "logo_alt"])), max_size=3
    ).map(tuple),
    breadcrumbs=st.lists(_text, max_size=4).map(tuple),
    section=_text,
    paragraphs=st.lists(st.text(max_size=300), max_size=5).map(tuple),
    date_candidates=st.lists(st.builds(DateCandidate, _day, st.just("meta")), max_size=3).map(
        tuple
    ),
    published=st.none() | _day,
    modified=st.none() | _day,
    link_blocks=st.lists(_block, max_size=3).map(tuple),
    language=st.sampled_from(["", "en", "de", "en-US", "zh"]),
    fetched=st.none() | _day,
)


@settings(max_examples=80, deadline=None)
@given(_pages)
def test_any_page_gives_finite_values_and_evidence(page: Page) -> None:
    for extractor in (BreadcrumbTopic(), LinkBlocksTopic(), DateStaleness(), BrandMismatch()):
        values, evidence = extractor.extract(page)
        assert len(values) == len(extractor.FEATURES)
        assert all(math.isfinite(v) for v in values)
        assert evidence and all(isinstance(e, str) for e in evidence)
