"""Monetisation markup the HTML parser reads besides ad slots: native-ad containers named by
their class/id, click-tracked ad links, script-driven ad refresh, rel="sponsored" / affiliate
links, and a rel=next/prev pager that numbers the page's own URL.

Each test is a few `find`s on text the parser has already built (class/id values, inline script
text, the raw markup), with a regex only where a literal hit makes a match possible.
"""

from __future__ import annotations

import re

# Native-ad ("chumbox") networks recognised by the containers they fill, as their embed codes
# name them: Taboola's "trc_" boxes and "taboola-*" ids, Outbrain's "OUTBRAIN" / "ob-widget",
# MGID's "mgid" / "mgbox", Revcontent's "rc-widget", AdPushup's "adpushup-*" slots ...
# (lower-cased class/id values; a token must start with the literal).
_NATIVE_CLASS_TOKENS = (
    ("trc_", "Taboola"),
    ("taboola", "Taboola"),
    ("outbrain", "Outbrain"),
    ("ob-widget", "Outbrain"),
    ("mgid", "MGID"),
    ("mgbox", "MGID"),
    ("revcontent", "Revcontent"),
    ("rc-widget", "Revcontent"),
    ("zergnet", "ZergNet"),
    ("adskeeper", "AdsKeeper"),
    ("adpushup", "AdPushup"),
    ("adblade", "Adblade"),
    ("ntv-", "Nativo"),
)
# A generic native-ad unit: an ad token joined to "native" ("adunit--native", "native-ad").
_NATIVE_AD_UNIT = re.compile(r"(?:^|[\s_-])(?:ad|ads|adunit|adslot)[-_]+native|native[-_]+ads?\b")
_TOKEN_EDGES = frozenset(" \n_-")


def native_class_networks(values: str) -> set[str]:
    """Native-ad networks whose containers appear among lower-cased class/id `values`."""
    found: set[str] = set()
    for token, name in _NATIVE_CLASS_TOKENS:
        i = values.find(token)
        while i >= 0 and name not in found:
            if i == 0 or values[i - 1] in _TOKEN_EDGES:  # "trc_" opens a token, not "xtrc_"
                found.add(name)
            i = values.find(token, i + 1)
    if "native" in values and _NATIVE_AD_UNIT.search(values):
        found.add("native ad unit")
    return found


# Every link's host, from one scan of the raw markup (one `find` per literal would cost
# ~60 us each on an 80 KB page): the click-tracker and affiliate tests read this list.
_HREF_HOST = re.compile(rb"""href=["']?(?:https?:)?//([A-Za-z0-9.-]{4,100})""")


def link_hosts(raw: bytes) -> list[tuple[str, int]]:
    """(lower-cased host, end offset in `raw`) of each absolute link."""
    return [(m[1].decode("ascii").lower(), m.end()) for m in _HREF_HOST.finditer(raw)]


# Ad links that go through a click tracker: a native feed's items point at the tracker, not at
# a story ("https://trk.example-click.com/c?cid=9913"). The host's first label says so.
_TRACKER_LABELS = ("trk.", "trck.", "track.", "tracking.", "clk.", "click.", "clicks.")
# A banner is an image link; a native feed's item is a headline: the link's text must follow
# its tag and run to 15 characters or more.
_HEADLINE_TEXT = re.compile(rb"""[^>]{0,300}>\s*[^<\s][^<]{14}""")
# Affiliate programmes' click hosts count as affiliate links (`sponsored_links`), not as ads.
_AFFILIATE_TRACKERS = ("linksynergy.", "tradedoubler.", "webgains.", "awin1.", "skimresources.")
# Two links to one tracker make a feed; one may be a newsletter or banner link.
_MIN_TRACKED = 2


def click_tracker_hosts(raw: bytes, hosts: list[tuple[str, int]] | None = None) -> set[str]:
    """ "click tracker <host>" for each tracker host (after its first label) that at least two
    headline links of `raw` go through. `hosts`: `link_hosts(raw)` when the caller has it."""
    counts: dict[str, int] = {}
    for host, end in link_hosts(raw) if hosts is None else hosts:
        if not host.startswith(_TRACKER_LABELS):
            continue
        key = host.split(".", 1)[1]
        if key.startswith(_AFFILIATE_TRACKERS) or not _HEADLINE_TEXT.match(raw, end):
            continue
        counts[key] = counts.get(key, 0) + 1
    return {f"click tracker {h}" for h, n in counts.items() if n >= _MIN_TRACKED}


# rel="sponsored" (Google's attribute for paid and affiliate links) and the link hosts of the
# big affiliate programmes (Amazon's short links, Coupang Partners, Awin, CJ, Rakuten, Impact,
# Skimlinks, Tradedoubler, Admitad, ShareASale, Partnerize).
# (Case-sensitive: an ignore-case pattern has no literal for `re` to skip ahead to, ~10x slower.)
_REL_SPONSORED = re.compile(rb"""rel=["'][^"'>]{0,60}\bsponsored\b""")
_AFFILIATE_HOSTS = (
    "amzn.to", "link.coupang.com", "awin1.com", "anrdoezrs.net", "dpbolvw.net", "jdoqocy.com",
    "tkqlhce.com", "click.linksynergy.com", "go.skimresources.com", "clk.tradedoubler.com",
    "ad.admitad.com", "shareasale.com", "sjv.io", "pntra.com", "prf.hn",
)  # fmt: skip


def sponsored_links(raw: bytes, hosts: list[tuple[str, int]] | None = None) -> int:
    """Links of `raw` marked rel="sponsored" or pointing into an affiliate programme.
    `hosts`: `link_hosts(raw)` when the caller has it."""
    n = len(_REL_SPONSORED.findall(raw)) if raw.find(b"sponsored") >= 0 else 0
    for host, _ in link_hosts(raw) if hosts is None else hosts:
        if host.endswith(_AFFILIATE_HOSTS):
            n += 1
    return n


# An ad stack's refresh setting in an inline script ("refreshAfter=30000", "adRefresh: 30",
# "refresh_interval": 45, setInterval(... googletag.pubads().refresh ...)): the page re-sells its
# slots on a timer. Lower-cased script text, on a page with an ad stack.
_REFRESH_SETTING = re.compile(
    r"refresh_?(?:after|interval|rate|time|seconds|secs|delay|timer)\b"
    r"""["']?\s*[:=]\s*["']?\d{2,}"""
)
_TIMED_REFRESH = re.compile(r"setinterval\([^;]{0,200}?(?:\.refresh\(|requestbids)")
_AD_STACKS = ("googletag", "pbjs", "prebid", "adsbygoogle", "apstag")


def script_ad_refresh(inline: str, ad_scripts: bool = False) -> bool:
    """Whether lower-cased inline script text refreshes its ad slots on a timer.

    `ad_scripts`: the page loads an ad stack from a script source (the inline text may only
    configure it).
    """
    if "refresh" not in inline or not (ad_scripts or any(s in inline for s in _AD_STACKS)):
        return False
    return bool(_REFRESH_SETTING.search(inline)) or (
        "setinterval(" in inline and bool(_TIMED_REFRESH.search(inline))
    )


# The page number a pager link adds to a story's URL: "/3/", "/page/3", "?page=3", "-3.html".
_PAGE_SUFFIX = re.compile(
    r"(?:/(?:page/|pagina/|seite/|slide/)?|[?&](?:page|p|pg|pagina|seite|slide|pag)=|[-_])"
    r"(\d{1,3})(?:\.html?)?/?$",
    re.I,
)


def _stem(href: str) -> str:
    """`href` without a page-number suffix, a trailing slash, scheme and host."""
    href = href.strip()
    m = _PAGE_SUFFIX.search(href)
    if m:
        href = href[: m.start()]
    href = href.split("//", 1)[-1] if "//" in href else href
    path = href[href.find("/") :] if "/" in href else ""
    return path.rstrip("/")


def numbered_pager(pager_hrefs: list[str], own_urls: list[str]) -> bool:
    """Whether a rel=next/prev href is another numbered page of the page's own URL.

    `pager_hrefs`: hrefs of rel=next/prev links; `own_urls`: the page's URL, canonical and
    og:url. A next link to a numbered page whose stem is the page's own URL, or the stem of
    another pager link, is one story split over pages (a "next post" link names another story).
    """
    numbered = [h for h in pager_hrefs if _PAGE_SUFFIX.search(h.strip())]
    if not numbered:
        return False
    stems = {_stem(h) for h in numbered}
    own = {_stem(u) for u in own_urls if u} | {_stem(h) for h in pager_hrefs if h not in numbered}
    own.discard("")
    stems.discard("")
    return bool(stems & own) or (len(numbered) >= 2 and len(stems) == 1)
