"""parsing.monetise: native-ad containers, click trackers, sponsored links, script ad refresh,
numbered pagers; and what parse_page keeps of them."""

from __future__ import annotations

from detector.page import parse_page
from detector.parsing import monetise


def test_native_networks_from_container_names() -> None:
    values = "trc_related_container trc_spotlight_widget\nmgid-widget\noutbrain ob-smartfeed"
    assert monetise.native_class_networks(values) == {"Taboola", "MGID", "Outbrain"}
    assert monetise.native_class_networks("adunit adunit--native") == {"native ad unit"}
    # a token must open with the network's literal; "native" alone is no ad unit
    assert monetise.native_class_networks("xtrc_box\nnative-language\nmenu") == set()


def test_click_tracked_feed_needs_two_text_links() -> None:
    feed = b"".join(
        b'<a href="https://trk.feed-click.com/c?cid=%d">Seniors are stunned by this rule</a>' % i
        for i in range(3)
    )
    assert monetise.click_tracker_hosts(feed) == {"click tracker feed-click.com"}
    banners = b'<a href="https://trk.feed-click.com/c?1"><img src="b.png"></a>' * 3
    one = b'<a href="https://trk.feed-click.com/c?1">Seniors are stunned by this rule</a>'
    assert monetise.click_tracker_hosts(banners) == set() == monetise.click_tracker_hosts(one)


def test_sponsored_and_affiliate_links() -> None:
    raw = (
        b'<a href="https://x.example/c" rel="sponsored">Compare now</a>'
        b'<a href="https://link.coupang.com/a/bK3xQz" rel="nofollow">banner</a>'
        b'<a href="https://example.org/" rel="nofollow noopener">plain</a>'
    )
    assert monetise.sponsored_links(raw) == 2
    assert monetise.sponsored_links(b'<div class="sponsored-label">Sponsored</div>') == 0


def test_script_ad_refresh_needs_an_ad_stack_and_a_setting() -> None:
    assert monetise.script_ad_refresh("var slide=4,refreshafter=30000;", ad_scripts=True)
    assert monetise.script_ad_refresh('googletag.cmd.push(f);var c={"ad_refresh_interval": 45}')
    assert monetise.script_ad_refresh("setinterval(function(){googletag.pubads().refresh()},3e4)")
    assert not monetise.script_ad_refresh("var refreshafter=30000;")  # no ad stack
    assert not monetise.script_ad_refresh("googletag.cmd.push(f); token.refresh();")


def test_numbered_pager_is_the_pages_own_url() -> None:
    base = "https://site.ro/fermier-tezaur/"
    assert monetise.numbered_pager([base, base + "3/"], [])  # prev = the story, next = its p. 3
    assert monetise.numbered_pager(["https://site.de/story?page=3"], ["https://site.de/story"])
    assert not monetise.numbered_pager(["https://site.de/another-story/"], ["https://site.de/s"])
    assert not monetise.numbered_pager(["https://site.de/other-2/"], ["https://site.de/story/"])


PAGED_HTML = """<html lang="ro"><head><title>Un fermier a găsit un tezaur roman (pagina 2) - Viata</title>
<link rel="prev" href="https://viata.example/fermier-tezaur/">
<link rel="next" href="https://viata.example/fermier-tezaur/3/">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>var slide=2,refreshAfter=30000;</script></head><body>
<h1>Un fermier a găsit un tezaur roman</h1>
<p>{story}</p>
<div id="taboola-below" class="trc_related_container">
<a href="https://trk.offer.example/c/1">Medicii sunt uimiți de acest truc simplu</a>
<a href="https://trk.offer.example/c/2">Cum arată acum actrița din serialul anilor 90</a></div>
</body></html>"""
STORY_RO = " ".join(["Vasul de lut se afla la mai puțin de un metru sub pământ."] * 15)


def test_parse_page_keeps_the_monetisation_fields() -> None:
    page = parse_page(PAGED_HTML.replace("{story}", STORY_RO))
    assert page.pagination and page.ad_script_refresh
    assert {"Taboola", "click tracker offer.example"} <= set(page.ad_networks)
    assert page.sponsored_links == 0
