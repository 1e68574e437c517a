"""Site themes: the HTML around a story, randomised per generated site.

A `Theme` is drawn once per site (brand, domain, language of the chrome, class-name style, ad
networks, layout...). `render_article` puts an `ArticleParts` (what a family wants on the page)
into that theme: doctype, a head with many meta tags and scripts, header and nav menu,
breadcrumbs, the story, link blocks, sidebar and footer. Farms and hard negatives share this
machinery on purpose, so that the markup style alone does not give the label away.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from detector.dataset.chrome import LABELS, SECTIONS
from detector.dataset.rng import stable_int

ROLES = (
    "wrap", "header", "logo", "nav", "main", "article", "headline", "meta", "date", "byline",
    "body", "crumbs", "sidebar", "widget", "widget_title", "list", "footer", "ad", "related",
    "reactions", "share", "tags", "pager", "credit", "teaser", "search", "container",
)  # fmt: skip

ROLE_WORDS = {
    "wrap": ("wrapper", "page", "site", "layout", "app"),
    "header": ("header", "masthead", "topbar", "site-header", "head"),
    "logo": ("logo", "brand", "site-title", "branding"),
    "nav": ("nav", "menu", "navigation", "main-menu", "primary-nav"),
    "main": ("main", "content", "primary", "content-area", "page-content"),
    "article": ("article", "story", "post", "entry", "single"),
    "headline": ("title", "headline", "article-title", "story-title", "heading"),
    "meta": ("meta", "info", "article-meta", "post-meta", "details"),
    "date": ("date", "time", "pubdate", "timestamp", "published"),
    "byline": ("byline", "author", "writer", "credit-author"),
    "body": ("body", "content", "article-body", "story-body", "text", "article-text"),
    "crumbs": ("breadcrumb", "crumbs", "breadcrumbs", "location", "path"),
    "sidebar": ("sidebar", "aside", "rail", "secondary", "side"),
    "widget": ("widget", "box", "block", "module", "panel"),
    "widget_title": ("widget-title", "box-title", "block-title", "module-head", "panel-title"),
    "list": ("list", "items", "links", "news-list", "feed"),
    "footer": ("footer", "site-footer", "bottom", "colophon"),
    "ad": ("ad", "ads", "advert", "ad-slot", "ad-container", "banner"),
    "related": ("related", "more", "recommend", "also-read"),
    "reactions": ("reactions", "vote", "mood", "emoji", "feedback"),
    "share": ("share", "social", "share-bar", "sharing"),
    "tags": ("tags", "keywords", "topics", "tag-list"),
    "pager": ("pagination", "pager", "page-nav", "pages"),
    "credit": ("credit", "copyright", "source", "attribution"),
    "teaser": ("teaser", "card", "item", "story-card"),
    "search": ("search", "search-form", "searchbox"),
    "container": ("container", "inner", "wrap", "row"),
}

WP_NAMES = {
    "wrap": "site", "header": "site-header", "logo": "site-title", "nav": "main-navigation",
    "main": "site-main", "article": "post type-post status-publish format-standard hentry",
    "headline": "entry-title", "meta": "entry-meta", "date": "entry-date published",
    "byline": "byline author vcard", "body": "entry-content", "crumbs": "breadcrumbs",
    "sidebar": "widget-area", "widget": "widget", "widget_title": "widget-title",
    "list": "wp-block-latest-posts", "footer": "site-footer", "ad": "wp-block-ad",
    "related": "yarpp-related", "reactions": "post-reactions", "share": "sharedaddy",
    "tags": "tags-links", "pager": "page-links", "credit": "wp-rss-aggregator",
    "teaser": "post-item", "search": "search-form", "container": "container",
}  # fmt: skip

UTIL = ("flex", "grid", "mx-auto", "px-4", "py-2", "mt-4", "mb-6", "text-sm", "font-bold",
        "text-gray-700", "items-center", "gap-4", "rounded", "shadow", "w-full", "max-w-3xl")  # fmt: skip

# Script URLs of ad and recommendation networks (public tag URLs, as seen in page sources).
AD_SCRIPTS = {
    "adsense": "https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-{pub}",
    "gpt": "https://securepubads.g.doubleclick.net/tag/js/gpt.js",
    "taboola": "https://cdn.taboola.com/libtrc/{name}/loader.js",
    "outbrain": "https://widgets.outbrain.com/outbrain.js",
    "mgid": "https://jsc.mgid.com/site/{pub6}.js",
    "revcontent": "https://assets.revcontent.com/master/delivery.js",
    "medianet": "https://contextual.media.net/dmedianet.js?cid=8CU{pub6}",
    "ezoic": "https://www.ezojs.com/ezoic/sa.min.js",
    "amazon": "https://c.amazon-adsystem.com/aax2/apstag.js",
    "criteo": "https://static.criteo.net/js/ld/publishertag.js",
    "prebid": "https://cdn.jsdelivr.net/npm/prebid.js@latest/dist/not-for-prod/prebid.js",
}
FARM_NETWORKS = ("adsense", "mgid", "revcontent", "taboola", "medianet", "ezoic", "outbrain")
OUTLET_NETWORKS = ("gpt", "amazon", "criteo", "prebid", "taboola", "outbrain")
ANALYTICS = ("gtag", "gtm", "matomo", "plausible", "chartbeat", "comscore", "quantcast")


def rand_token(rng: random.Random, n: int, alphabet: str = string.ascii_lowercase) -> str:
    """A random token of n characters."""
    return "".join(rng.choice(alphabet) for _ in range(n))


@dataclass(slots=True)
class Theme:
    """Everything that makes one generated site look like itself."""

    brand: str
    domain: str
    lang: str
    style: str
    cls: dict[str, str]
    nav: list[tuple[str, str]]
    ad_networks: tuple[str, ...]
    analytics: tuple[str, ...]
    title_pattern: str  # "{h} - {b}", "{b} | {h}", ...
    layout: str  # "right", "left", "single"
    date_fmt: str
    crumb_sep: str
    list_tag: str  # "ul", "ol", "div"
    heading_tag: str
    pub: str
    color: str
    font: str
    wordpress: bool = False
    founded: int = 2015
    ids: dict[str, str] = field(default_factory=dict)
    tells: tuple[str, ...] = ()  # site-level patterns (e.g. "unrelated_brand")
    minimal: bool = False  # no header, menu or footer links (the seed's page shows none)
    facts: dict[str, str] = field(default_factory=dict)  # a family's own site facts (a town)

    @property
    def labels(self) -> dict[str, str]:
        """Chrome words in the site's language."""
        return LABELS[self.lang]

    def c(self, role: str) -> str:
        """The class attribute value of a role."""
        return self.cls[role]

    def fmt_date(self, d: date | datetime) -> str:
        """A date in the site's visible format."""
        if self.date_fmt == "long":
            return f"{d:%B} {d.day}, {d.year}"
        if self.date_fmt == "iso-time" and isinstance(d, datetime):
            return f"{d:%Y-%m-%d %H:%M:%S}"
        if self.date_fmt == "dmy":
            return f"{d:%d/%m/%Y}"
        if self.date_fmt == "dotted":
            return f"{d:%d.%m.%Y}"
        return f"{d:%Y-%m-%d}"


def make_classes(rng: random.Random, style: str) -> dict[str, str]:
    """Class names for every role in one naming style."""
    out: dict[str, str] = {}
    prefix = rand_token(rng, rng.randint(2, 4))
    used: set[str] = set()
    for role in ROLES:
        if style == "wp":
            name = WP_NAMES[role]
        elif style == "bem":
            name = f"{prefix}-{rng.choice(ROLE_WORDS[role])}"
            if rng.random() < 0.3:
                name += f" {prefix}-{rng.choice(ROLE_WORDS[role])}--{rand_token(rng, 3)}"
        elif style == "hashed":
            name = f"css-{rand_token(rng, 6, string.ascii_lowercase + string.digits)}"
            if rng.random() < 0.4:
                name = f"{prefix.capitalize()}{role.title().replace('_', '')}_{rand_token(rng, 5)} {name}"
        elif style == "utility":
            name = (
                " ".join(rng.sample(UTIL, rng.randint(2, 4))) + f" {rng.choice(ROLE_WORDS[role])}"
            )
        else:  # short
            name = rand_token(rng, rng.randint(2, 3)) + str(rng.randint(0, 9))
        while name in used:
            name += rand_token(rng, 1)
        used.add(name)
        out[role] = name
    return out


def make_theme(
    rng: random.Random,
    brand: str,
    domain: str,
    lang: str = "en",
    *,
    networks: tuple[str, ...] = FARM_NETWORKS,
    n_networks: tuple[int, int] = (1, 3),
    wordpress: bool = False,
    styles: tuple[str, ...] = ("bem", "hashed", "utility", "short", "wp"),
    nav_keys: tuple[str, ...] = ("world", "business", "politics", "sport", "tech", "entertainment"),
    minimal: float = 0.1,
    date_fmts: tuple[str, ...] = ("iso", "long", "dmy", "dotted", "iso-time"),
) -> Theme:
    """Draw a site's theme."""
    style = "wp" if wordpress else rng.choice(styles)
    sections = SECTIONS[lang]
    keys = list(nav_keys) + rng.sample(["health", "lifestyle", "opinion", "markets", "local"], 2)
    rng.shuffle(keys)
    nav = [(LABELS[lang]["home"], "/")] + [
        (sections[k], f"/{k}/") for k in keys[: rng.randint(4, 8)]
    ]
    k = rng.randint(*n_networks)
    return Theme(
        brand=brand,
        domain=domain,
        lang=lang,
        style=style,
        cls=make_classes(rng, style),
        nav=nav,
        ad_networks=tuple(sorted(rng.sample(networks, min(k, len(networks))))),
        analytics=tuple(sorted(rng.sample(ANALYTICS, rng.randint(1, 3)))),
        title_pattern=rng.choice(("{h} - {b}", "{h} -{b}", "{h} | {b}", "{b}: {h}", "{h} – {b}", "{h}")),
        layout=rng.choice(("right", "right", "left", "single")),
        date_fmt=rng.choice(date_fmts),
        crumb_sep=rng.choice((" &gt; ", " / ", " » ", " › ")),
        list_tag=rng.choice(("ul", "ul", "ol", "div")),
        heading_tag=rng.choice(("h2", "h3", "h4", "div")),
        pub=str(rng.randint(10**15, 10**16 - 1)),
        color="#" + rand_token(rng, 6, "0123456789abcdef"),
        font=rng.choice(("Roboto", "Open Sans", "Lato", "Merriweather", "Source Sans Pro", "Poppins", "Noto Serif")),
        wordpress=wordpress,
        minimal=rng.random() < minimal,
        founded=rng.randint(2003, 2022),
        ids={r: f"{r[:3]}-{rand_token(rng, 5)}" for r in ("main", "nav", "sidebar", "footer", "article")},
    )  # fmt: skip


@dataclass(slots=True)
class Block:
    """A titled list of links or teasers (Related, Ranking, Around the web...)."""

    heading: str
    items: list[tuple[str, str]]  # (text, href)
    kind: str = "links"  # links | plain | teasers | sponsored
    role: str = "related"


@dataclass(slots=True)
class ArticleParts:
    """What a family wants on one page; `render_article` lays it out in a theme."""

    url: str
    headline: str
    paragraphs: list[str]
    description: str = ""
    title: str | None = None
    breadcrumbs: list[tuple[str, str]] = field(default_factory=list)
    crumb_prefix: str = ""
    crumbs_in_title: bool = False
    date_text: str = ""  # the visible date line, "" for none
    published: datetime | None = None  # for meta tags and JSON-LD; None leaves them out
    modified: datetime | None = None
    byline: str = ""
    author_meta: str = ""
    dateline: str = ""  # put before the first paragraph ("BEIJING (AP) — ")
    inserts: dict[int, str] = field(default_factory=dict)  # HTML after paragraph i
    after_body: list[str] = field(default_factory=list)  # HTML right after the story
    under_headline: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sidebar: list[Block] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    pagination: tuple[int, int] | None = None
    jsonld_type: str | None = "NewsArticle"
    publisher: str = ""
    section: str = ""
    keywords: list[str] = field(default_factory=list)
    refresh: int | None = None
    canonical: str | None = None
    head_extra: list[str] = field(default_factory=list)
    top_ad: bool = False
    comments: list[tuple[str, str]] = field(default_factory=list)
    footer_extra: list[str] = field(default_factory=list)  # HTML in the footer, above the ©
    copyright_year: int | None = None  # the footer's year when not the page's (a lapsed site)
    nav: list[tuple[str, str]] | None = None  # this page's menu when not the theme's


def ad_slot(theme: Theme, rng: random.Random, n: int, label: bool = True) -> str:
    """One ad slot in the markup of one of the site's networks."""
    net = rng.choice(theme.ad_networks) if theme.ad_networks else "adsense"
    lab = f'<span class="ad-label">{escape(theme.labels["ad"])}</span>' if label else ""
    if net == "gpt" or net == "prebid" or net == "amazon" or net == "criteo":
        slot = f"div-gpt-ad-{theme.pub[:10]}-{n}"
        inner = (
            f'<div id="{slot}" style="min-width:300px;min-height:250px"><script>'
            f"googletag.cmd.push(function(){{googletag.display('{slot}');}});</script></div>"
        )
    elif net == "ezoic":
        inner = f'<div id="ezoic-pub-ad-placeholder-{100 + n}"></div>'
    elif net == "mgid":
        inner = f'<div data-type="_mgwidget" data-widget-id="{theme.pub[:7]}{n}"></div>'
    elif net == "medianet":
        inner = f'<div id="{theme.pub[:9]}" class="mnet-slot"></div>'
    else:
        inner = (
            f'<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{theme.pub}" '
            f'data-ad-slot="{rng.randint(10**9, 10**10 - 1)}" data-ad-format="auto" '
            'data-full-width-responsive="true"></ins>'
            "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"
        )
    return f'<div class="{theme.c("ad")}">{lab}{inner}</div>'


def _head(theme: Theme, parts: ArticleParts, title: str, rng: random.Random) -> str:
    h: list[str] = ['<meta charset="utf-8">']
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    if rng.random() < 0.5:
        h.append('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    h.append(f"<title>{escape(title)}</title>")
    desc = parts.description or (parts.paragraphs[0][:155] if parts.paragraphs else title)
    h.append(f'<meta name="description" content="{escape(desc)}">')
    if parts.keywords:
        h.append(f'<meta name="keywords" content="{escape(", ".join(parts.keywords))}">')
    h.append(
        f'<meta name="robots" content="{rng.choice(("index, follow", "index,follow,max-image-preview:large", "max-snippet:-1"))}">'
    )
    if theme.wordpress:
        h.append(
            f'<meta name="generator" content="WordPress 6.{rng.randint(0, 7)}.{rng.randint(0, 3)}">'
        )
        h.append(
            f'<link rel="alternate" type="application/rss+xml" title="{escape(theme.brand)} &raquo; Feed" href="https://{theme.domain}/feed/">'
        )
        h.append(f'<link rel="https://api.w.org/" href="https://{theme.domain}/wp-json/">')
        h.append(
            f"<link rel='stylesheet' id='wp-block-library-css' href='https://{theme.domain}/wp-includes/css/dist/block-library/style.min.css?ver=6.{rng.randint(0, 7)}' media='all'>"
        )
    canonical = parts.url if parts.canonical is None else parts.canonical
    if canonical:
        h.append(f'<link rel="canonical" href="{escape(canonical)}">')
    bare = theme.facts.get("bare_head") == "1"  # a theme that names no publisher in its head
    if rng.random() < 0.85:
        if not bare:
            h.append(f'<meta property="og:site_name" content="{escape(theme.brand)}">')
        h.append(
            f'<meta property="og:type" content="{"article" if parts.jsonld_type else "website"}">'
        )
        h.append(f'<meta property="og:title" content="{escape(parts.headline)}">')
        h.append(f'<meta property="og:description" content="{escape(desc)}">')
        h.append(f'<meta property="og:url" content="{escape(parts.url)}">')
        h.append(
            f'<meta property="og:image" content="https://{theme.domain}/uploads/{rand_token(rng, 10)}.jpg">'
        )
        h.append(
            f'<meta property="og:locale" content="{theme.lang}_{ {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT"}[theme.lang] }">'
        )
    if parts.published and rng.random() < 0.85:
        h.append(
            f'<meta property="article:published_time" content="{parts.published.isoformat()}+00:00">'
        )
        if parts.modified:
            h.append(
                f'<meta property="article:modified_time" content="{parts.modified.isoformat()}+00:00">'
            )
    if parts.section:
        h.append(f'<meta property="article:section" content="{escape(parts.section)}">')
    if parts.author_meta:
        h.append(f'<meta name="author" content="{escape(parts.author_meta)}">')
    if rng.random() < 0.7:
        h.append('<meta name="twitter:card" content="summary_large_image">')
        h.append(f'<meta name="twitter:title" content="{escape(parts.headline)}">')
        h.append(f'<meta name="twitter:site" content="@{rand_token(rng, 8)}">')
    if rng.random() < 0.4:
        h.append(
            f'<meta name="google-site-verification" content="{rand_token(rng, 43, string.ascii_letters + string.digits)}">'
        )
    h.append(f'<meta name="theme-color" content="{theme.color}">')
    h.append(f'<link rel="icon" href="https://{theme.domain}/favicon.ico">')
    h.append('<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>')
    h.append(
        f'<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family={theme.font.replace(" ", "+")}:wght@400;700&display=swap">'
    )
    for _ in range(rng.randint(1, 3)):
        h.append(
            f'<link rel="stylesheet" href="https://{theme.domain}/assets/css/{rand_token(rng, 6)}.{rand_token(rng, 8, string.hexdigits.lower())}.css">'
        )
    h.append(
        f"<style>:root{{--brand:{theme.color};--font:'{theme.font}',sans-serif}}"
        f"body{{font-family:var(--font);margin:0}}.{theme.c('headline').split()[0]}{{font-size:{rng.randint(26, 40)}px}}"
        f".{theme.c('ad').split()[0]}{{margin:{rng.randint(8, 24)}px auto;text-align:center}}</style>"
    )
    if parts.refresh:
        h.append(f'<meta http-equiv="refresh" content="{parts.refresh}">')
    if parts.jsonld_type:
        ld: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": parts.jsonld_type,
            "headline": parts.headline,
            "mainEntityOfPage": parts.url,
        }
        if parts.published:
            ld["datePublished"] = parts.published.isoformat()
        if parts.modified:
            ld["dateModified"] = parts.modified.isoformat()
        if parts.author_meta:
            ld["author"] = {
                "@type": "Person" if " " in parts.author_meta else "Organization",
                "name": parts.author_meta,
            }
        if parts.section:
            ld["articleSection"] = parts.section
        if not bare:
            ld["publisher"] = {
                "@type": "Organization",
                "name": parts.publisher or theme.brand,
                "logo": {"@type": "ImageObject", "url": f"https://{theme.domain}/logo.png"},
            }
        h.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    for net in theme.ad_networks:
        src = AD_SCRIPTS[net].format(
            pub=theme.pub, pub6=theme.pub[:6], name=theme.domain.split(".")[0]
        )
        extra = ' crossorigin="anonymous"' if net == "adsense" else ""
        h.append(f'<script async src="{escape(src)}"{extra}></script>')
    if "gpt" in theme.ad_networks:
        h.append("<script>window.googletag = window.googletag || {cmd: []};</script>")
    for a in theme.analytics:
        if a == "gtag":
            gid = "G-" + rand_token(rng, 10, string.ascii_uppercase + string.digits)
            h.append(
                f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>'
            )
            h.append(
                f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{gid}');</script>"
            )
        elif a == "gtm":
            h.append(
                f"<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});}})(window,document,'script','dataLayer','GTM-{rand_token(rng, 7, string.ascii_uppercase + string.digits)}');</script>"
            )
        elif a == "plausible":
            h.append(
                f'<script defer data-domain="{theme.domain}" src="https://plausible.io/js/script.js"></script>'
            )
        elif a == "chartbeat":
            h.append(
                f"<script>var _sf_async_config={{uid:{rng.randint(10000, 99999)},domain:'{theme.domain}'}};</script>"
            )
        elif a == "comscore":
            h.append(
                f'<script>var _comscore=_comscore||[];_comscore.push({{c1:"2",c2:"{rng.randint(10**6, 10**7)}"}});</script>'
            )
        elif a == "quantcast":
            h.append('<script async src="https://secure.quantserve.com/quant.js"></script>')
        else:
            h.append(
                f'<script>var _paq=window._paq=window._paq||[];_paq.push(["setSiteId","{rng.randint(1, 99)}"]);</script>'
            )
    h.extend(parts.head_extra)
    return "\n".join(h)


def render_block(theme: Theme, block: Block) -> str:
    """A titled link list in the theme's markup."""
    head = f'<{theme.heading_tag} class="{theme.c("widget_title")}">{escape(block.heading)}</{theme.heading_tag}>'
    rows: list[str] = []
    for text, href in block.items:
        t = escape(text)
        if block.kind == "plain":
            rows.append(f'<p class="{theme.c("teaser")}"><a href="{escape(href)}">{t}</a></p>')
        elif block.kind in ("teasers", "sponsored"):
            img = f'<img src="https://{theme.domain}/thumbs/{stable_int(text) % 10**8}.jpg" alt="" loading="lazy">'
            tag = (
                f'<div class="sp">{escape(theme.labels["sponsored"])}</div>'
                if block.kind == "sponsored"
                else ""
            )
            rows.append(
                f'<div class="{theme.c("teaser")}"><a href="{escape(href)}">{img}<span>{t}</span></a>{tag}</div>'
            )
        elif theme.list_tag == "div":
            rows.append(f'<div class="{theme.c("teaser")}"><a href="{escape(href)}">{t}</a></div>')
        else:
            rows.append(f'<li><a href="{escape(href)}">{t}</a></li>')
    if block.kind == "links" and theme.list_tag != "div":
        body = (
            f'<{theme.list_tag} class="{theme.c("list")}">' + "".join(rows) + f"</{theme.list_tag}>"
        )
    else:
        body = f'<div class="{theme.c("list")}">' + "".join(rows) + "</div>"
    return f'<section class="{theme.c("widget")} {theme.c(block.role)}">{head}{body}</section>'


def _crumbs(theme: Theme, parts: ArticleParts) -> str:
    if not parts.breadcrumbs:
        return ""
    links = [f'<a href="{escape(h)}">{escape(t)}</a>' for t, h in parts.breadcrumbs]
    prefix = f"<span>{escape(parts.crumb_prefix)}</span>" if parts.crumb_prefix else ""
    trail = theme.crumb_sep.join(links)
    if parts.crumbs_in_title:
        trail += f'<span class="cur">{escape(parts.headline)}{escape(" -" + theme.brand)}</span>'
    return f'<nav class="{theme.c("crumbs")}" aria-label="breadcrumb">{prefix}{trail}</nav>'


def _pager(theme: Theme, parts: ArticleParts) -> str:
    if not parts.pagination:
        return ""
    i, n = parts.pagination
    base = parts.url.split("?")[0]
    current = ' aria-current="page"'
    nums = "".join(
        f' <a href="{base}?page={k}"{current if k == i else ""}>{k}</a>' for k in range(1, n + 1)
    )
    text = escape(theme.labels["page_of"].format(i=i, n=n)) + " "
    nxt = (
        f'<a rel="next" href="{base}?page={i + 1}">{escape(theme.labels["next"])} »</a>'
        if i < n
        else ""
    )
    prev = (
        f'<a rel="prev" href="{base}?page={i - 1}">« {escape(theme.labels["prev"])}</a> '
        if i > 1
        else ""
    )
    return f'<div class="{theme.c("pager")}">{prev}<span>{text}</span>{nums}{nxt}</div>'


def render_article(theme: Theme, parts: ArticleParts, rng: random.Random) -> str:
    """The whole HTML document of one story page."""
    lab = theme.labels
    title = parts.title or theme.title_pattern.format(h=parts.headline, b=theme.brand)
    body: list[str] = []
    for i, p in enumerate(parts.paragraphs):
        text = escape(p)
        if i == 0 and parts.dateline:
            text = f'<span class="dl">{escape(parts.dateline)}</span>{text}'
        body.append(f"<p>{text}</p>")
        if i in parts.inserts:
            body.append(parts.inserts[i])
    meta: list[str] = []
    box = "div" if rng.random() < 0.5 else "span"
    if parts.byline:
        # Most sites mark the byline up semantically, whatever their class names look like.
        sem = rng.choice(("", ' itemprop="author"', ' rel="author"', ' data-component="byline"'))
        meta.append(f'<{box} class="{theme.c("byline")}"{sem}>{escape(parts.byline)}</{box}>')
    if parts.date_text:
        dt = f' datetime="{parts.published.isoformat()}"' if parts.published else ""
        if rng.random() < 0.5:
            dt += ' itemprop="datePublished"'
        time_html = f'<time class="{theme.c("date")}"{dt}>{escape(parts.date_text)}</time>'
        meta.append(f"<div>{time_html}</div>" if box == "div" else time_html)
    tags = ""
    if parts.tags:
        tags = f'<div class="{theme.c("tags")}"><span>{escape(lab["tags"])}:</span> ' + " ".join(
            f'<a href="/tag/{escape(t.lower().replace(" ", "-"))}/" rel="tag">{escape(t)}</a>' for t in parts.tags
        ) + "</div>"  # fmt: skip
    share = ""
    if rng.random() < 0.7:
        nets = rng.sample(["facebook", "twitter", "whatsapp", "linkedin", "email", "pinterest"], 3)
        share = f'<div class="{theme.c("share")}">' + "".join(
            f'<a class="s-{n}" href="#" aria-label="{escape(lab["share"])} {n}"></a>' for n in nets
        ) + "</div>"  # fmt: skip
    comments = ""
    if parts.comments:
        comments = f'<section id="comments"><h3>{escape(lab["comments"])} ({len(parts.comments)})</h3>' + "".join(
            f'<div class="comment"><b>{escape(a)}</b><p>{escape(t)}</p></div>' for a, t in parts.comments
        ) + "</section>"  # fmt: skip
    article = (
        f'<article id="{theme.ids["article"]}" class="{theme.c("article")}">'
        + _crumbs(theme, parts)
        + f'<h1 class="{theme.c("headline")}">{escape(parts.headline)}</h1>'
        + "".join(parts.under_headline)
        + (
            f'<div class="{theme.c("meta")}">{" | ".join(meta) if box == "span" else "".join(meta)}</div>'
            if meta
            else ""
        )
        + f'<div class="{theme.c("body")}">{"".join(body)}</div>'
        + "".join(parts.after_body)
        + _pager(theme, parts)
        + tags
        + share
        + "</article>"
        + "".join(render_block(theme, b) for b in parts.blocks)
        + comments
    )
    nav = f'<nav id="{theme.ids["nav"]}" class="{theme.c("nav")}"><ul>' + "".join(
        f'<li><a href="{h}">{escape(t)}</a></li>'
        for t, h in (theme.nav if parts.nav is None else parts.nav)
    ) + "</ul></nav>"  # fmt: skip
    header = (
        f'<header class="{theme.c("header")}"><div class="{theme.c("container")}">'
        f'<a class="{theme.c("logo")}" href="/"><img src="https://{theme.domain}/logo.svg" alt="{escape(theme.brand)}">'
        f"<span>{escape(theme.brand)}</span></a>"
        f'<form class="{theme.c("search")}" action="/search" role="search"><input type="search" name="q" '
        f'placeholder="{escape(lab["search"])}"></form>{nav}</div></header>'
    )
    if theme.minimal:
        # An icon-only logo: the brand survives in the title, not in the page's text.
        header = f'<div class="{theme.c("header")}"><a class="{theme.c("logo")}" href="/"><img src="https://{theme.domain}/logo.png" alt=""></a></div>'
    top_ad = ad_slot(theme, rng, 0) if parts.top_ad and theme.ad_networks else ""
    sidebar = ""
    if parts.sidebar and theme.layout != "single":
        sidebar = f'<aside id="{theme.ids["sidebar"]}" class="{theme.c("sidebar")}">' + "".join(
            render_block(theme, b) for b in parts.sidebar
        ) + "</aside>"  # fmt: skip
    elif parts.sidebar:
        article += "".join(render_block(theme, b) for b in parts.sidebar)
    main = f'<main id="{theme.ids["main"]}" class="{theme.c("main")}">{article}</main>'
    columns = sidebar + main if theme.layout == "left" else main + sidebar
    year = (parts.published or datetime(2024, 1, 1)).year
    year = parts.copyright_year or year
    founded = min(theme.founded, year)
    years = f"{founded}-{year}" if founded < year else str(year)
    footer = (
        f'<footer id="{theme.ids["footer"]}" class="{theme.c("footer")}"><div class="{theme.c("container")}">'
        f'<ul><li><a href="/about/">{escape(lab["about"])}</a></li><li><a href="/contact/">{escape(lab["contact"])}</a></li>'
        f'<li><a href="/privacy-policy/">{escape(lab["privacy"])}</a></li><li><a href="/terms/">{escape(lab["terms"])}</a></li></ul>'
        + "".join(parts.footer_extra)
        + f"<p>© {years} {escape(theme.brand)}. {escape(lab['rights'])}</p></div></footer>"
    )
    if theme.minimal:
        footer = f'<div class="{theme.c("footer")}"><!-- {escape(theme.brand)} --></div>'
    scripts = []
    if theme.wordpress or rng.random() < 0.4:
        scripts.append(
            f'<script src="https://{theme.domain}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>'
            if theme.wordpress
            else '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>'
        )
    scripts.append(
        f'<script src="https://{theme.domain}/assets/js/{rand_token(rng, 6)}.{rand_token(rng, 8, string.hexdigits.lower())}.js" defer></script>'
    )
    if rng.random() < 0.5:
        scripts.append(
            '<script>document.querySelectorAll("img[loading]").forEach(function(i){i.decoding="async";});</script>'
        )
    if rng.random() < 0.5:
        scripts.append(f'<div id="cookie-{rand_token(rng, 4)}" class="cookie-banner" hidden></div>')
    wp_body = ' class="post-template-default single single-post"' if theme.wordpress else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{theme.lang}">\n<head>\n{_head(theme, parts, title, rng)}\n</head>\n'
        f'<body{wp_body}><div class="{theme.c("wrap")}">{header}{top_ad}'
        f'<div class="{theme.c("container")}">{columns}</div>{footer}</div>\n'
        + "\n".join(scripts)
        + "\n</body>\n</html>\n"
    )
