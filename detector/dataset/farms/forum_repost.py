"""Forum-thread reposts: a news story pasted whole as the first post of a thread.

Japanese "matome" blogs, Chinese and Russian forum mirrors and English imageboard digests take a
newspaper's story, paste it into post 1 of a thread under an anonymous handle (with the post's
number, a timestamp and an ID), add the story's URL or the board's thread as the "source", and
follow it with a run of short anonymous replies. The blog then republishes the thread as its own
post, under its own name, with a "mutual links" list of sister blogs. No reporter, no licence:
the page is the outlet's text plus noise, and the headline is often just the blog's name.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from detector.dataset.chrome import slug
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    close_date,
    fetched_after,
    fresh_date,
)
from detector.dataset.rng import rng_for
from detector.dataset.sources import Article
from detector.dataset.themes import Theme, ad_slot, make_theme, rand_token


@dataclass(frozen=True, slots=True)
class _Board:
    """A forum culture in one language: blog names, handles, reply noise and labels."""

    blogs: tuple[str, ...]  # "{x}" a made-up word
    handles: tuple[str, ...]
    replies: tuple[str, ...]
    source: str  # the label before the quoted URL
    mutual: str  # heading of the sister-blog list
    prefix: tuple[str, ...]  # headline prefixes ("【速報】")
    weekdays: tuple[str, ...]


# fmt: off
_BOARDS: dict[str, _Board] = {
    "ja": _Board(
        ("{x}速報まとめ", "{x}ちゃんねる", "ニュー速{x}", "{x}まとめ日和", "{x}ニュース速報+"),
        ("名無しさん＠おーぷん", "風吹けば名無し", "以下、名無しにかわりましてVIPがお送りします",
         "名無しさん＠涙目です。"),
        ("草", "マジかよ", "これはひどい", "ソースは？", "知ってた", "またか", "ええんか？",
         "どうなるんやろな", "ワイも気になってた", "いつものパターン"),
        "引用元", "相互リンク", ("【速報】", "【悲報】", "【朗報】", ""),
        ("月", "火", "水", "木", "金", "土", "日"),
    ),
    "zh": _Board(
        ("{x}论坛", "{x}资讯转载", "{x}吧", "{x}社区"),
        ("匿名用户", "游客", "楼主", "网友"),
        ("顶", "前排围观", "沙发", "不明觉厉", "转发了", "楼主辛苦", "关注一下", "真的假的"),
        "转载自", "友情链接", ("【转载】", "【热议】", ""),
        ("一", "二", "三", "四", "五", "六", "日"),
    ),
    "ru": _Board(
        ("{x} Форум", "Борда {x}", "{x} Обсуждения", "{x}-чан"),
        ("Аноним", "Гость", "Anonymous"),
        ("Ну и дела", "Опять двадцать пять", "Источник?", "Кто бы сомневался", "Жесть",
         "И что теперь?", "Бамп", "Это уже было"),
        "Источник", "Наши друзья", ("[Новости]", "Обсуждение:", ""),
        ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    ),
    "en": _Board(
        ("{x} Board Digest", "{x} Threads", "The {x} Chan Archive", "{x} Forum Roundup"),
        ("Anonymous", "Guest", "anon"),
        ("lol", "source?", "called it", "this again", "bump", "big if true", "who cares",
         "can't make this up", "based", "wait for the follow-up"),
        "Source", "Affiliates", ("[NEWS]", "Thread:", ""),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    ),
    "de": _Board(
        ("{x} Forum", "{x}-Board", "{x} Diskussion"),
        ("Gast", "Anonym", "Unregistriert"),
        ("Krass", "Quelle?", "War ja klar", "Und jetzt?", "Schon wieder", "Push", "Echt jetzt?"),
        "Quelle", "Partnerseiten", ("[News]", "Thema:", ""),
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    ),
}
_WORDS = ("Kaze", "Sora", "Hoshi", "Yoru", "Tsuki", "Long", "Feng", "Volna", "Sever", "Blue",
          "Night", "Fox", "Wolke", "Nord")
# Hosts of the boards a thread is taken from.
_BOARD_HOSTS = ("{w}.open2ch.example", "bbs.{w}.example", "{w}chan.example", "forum.{w}.example")
# fmt: on
_TELL_ODDS = {
    "board_source": 0.6,  # the thread's board URL under the source label
    "story_url": 0.7,  # the newspaper's URL at the end of post 1
    "mutual_links": 0.7,  # site-level
    "headline_is_blog": 0.3,  # the page's h1 is the blog's name; the story title is an h2
    "fresh_date": 0.2,
}


def _stamp(board: _Board, lang: str, when: datetime, rng: random.Random) -> str:
    """A post's timestamp in the board's way ("2026/12/01(火) 12:34:56.78")."""
    wd = board.weekdays[when.weekday()]
    if lang in ("ja", "zh"):
        return f"{when:%Y/%m/%d}({wd}) {when:%H:%M:%S}.{rng.randint(0, 99):02d}"
    return f"{wd} {when:%d.%m.%Y %H:%M}" if lang in ("ru", "de") else f"{when:%m/%d/%y}({wd})"


def _post_id(rng: random.Random) -> str:
    return "ID:" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8))


class ForumRepostFamily(ThemedFamily):
    """Family `forum_repost`: a story pasted into post 1 of an anonymous thread."""

    name = "forum_repost"
    label = 1
    n_sites = 12
    share = 0.6

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A thread-digest blog in one board culture."""
        lang = rng.choice(("ja", "ja", "zh", "ru", "en", "de"))
        board = _BOARDS[lang]
        word = rng.choice(_WORDS)
        brand = rng.choice(board.blogs).format(x=word)
        domain = f"{word.lower()}{rng.choice(('-matome', 'news', '-board', 'chan', '-bbs'))}"
        theme = make_theme(
            rng, brand, domain + rng.choice((".com", ".net", ".jp", ".info", ".xyz")), "en",
            n_networks=(1, 3), minimal=0.0,
        )  # fmt: skip
        theme.facts = {"lang": lang, "word": word}
        tells: list[str] = []
        if rng.random() < _TELL_ODDS["mutual_links"]:
            words = rng.sample(_WORDS, 3)
            sisters = [rng.choice(board.blogs).format(x=w) for w in words if w != word]
            theme.facts["mutual"] = "|".join(sisters)
            tells.append("mutual_links")
        theme.tells = tuple(tells)
        return theme

    def make_sites(self, ctx: BuildContext) -> list[Site]:
        """The blogs, each in its board's language (their stories come in that language)."""
        sites = super().make_sites(ctx)
        for site in sites:
            site.language = site.theme.facts["lang"]
        return sites

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """One thread page: the story as post 1, the source, anonymous replies."""
        theme, lang = site.theme, site.language
        board = _BOARDS[lang]
        tells: list[str] = ["credit_stripped", "anonymous_thread", *theme.tells]
        if rng.random() < _TELL_ODDS["fresh_date"]:
            claimed = fresh_date(rng, article.published)
            tells.append("fresh_date")
        else:
            claimed = close_date(rng, article.published, 2)
        start = at_time(rng, claimed)
        prefix = rng.choice(board.prefix)
        headline = prefix + ("" if not prefix or prefix.endswith("】") else " ") + article.title
        url = f"https://{theme.domain}/archives/{rng.randint(10**5, 10**7)}.html"
        first = [escape(p) for p in article.paragraphs]
        if rng.random() < _TELL_ODDS["story_url"]:
            outlet = slug(article.agency or "news", 2).replace("-", "") or "news"
            story_url = f"https://www.{outlet}.com/{claimed:%Y/%m/%d}/{slug(article.title, 6)}"
            first.append(f'<a href="{escape(story_url)}">{escape(story_url)}</a>')
            tells.append("story_url")
        posts = [self._post(board, lang, 1, start, "<br><br>".join(first), rng)]
        when = start
        for n in range(2, rng.randint(6, 16)):
            when += timedelta(minutes=rng.randint(0, 40), seconds=rng.randint(0, 59))
            text = rng.choice(board.replies)
            if rng.random() < 0.25:
                text = f"&gt;&gt;{rng.randint(1, n - 1)} " + escape(text)
            posts.append(self._post(board, lang, n, when, text, rng))
        source = ""
        if rng.random() < _TELL_ODDS["board_source"]:
            bhost = rng.choice(_BOARD_HOSTS).format(w=theme.facts["word"].lower())
            thread = f"https://{bhost}/test/read.cgi/news/{int(start.timestamp())}/"
            source = (
                f'<div class="{theme.c("credit")}">{escape(board.source)}: '
                f'<a href="{thread}" rel="nofollow">{thread}</a></div>'
            )
            tells.append("board_source")
        head_blog = rng.random() < _TELL_ODDS["headline_is_blog"]
        if head_blog:
            tells.append("headline_is_blog")
        partners = forum_partners(ctx, theme, article, lang)
        if partners:
            tells.append("commerce_partner_block")
        html = self._document(
            theme, lang, headline, url, claimed, posts, source, head_blog, rng, partners
        )
        fetched = fetched_after(rng, claimed, claimed, 10)
        return Generated(html, url, claimed, fetched, tuple(tells))

    @staticmethod
    def _post(
        board: _Board, lang: str, n: int, when: datetime, body: str, rng: random.Random
    ) -> str:
        handle = escape(rng.choice(board.handles))
        head = f"{n}: {handle} {_stamp(board, lang, when, rng)} {_post_id(rng)}"
        return f'<div class="t_h" id="res{n}">{escape(head)}</div><div class="t_b">{body}</div>'

    @staticmethod
    def _document(
        theme: Theme,
        lang: str,
        headline: str,
        url: str,
        claimed: date,
        posts: list[str],
        source: str,
        head_blog: bool,
        rng: random.Random,
        partners: str = "",
    ) -> str:
        board = _BOARDS[lang]
        brand = escape(theme.brand)
        title = escape(f"{headline} - {theme.brand}" if rng.random() < 0.7 else headline)
        h1 = (
            f'<h1 class="{theme.c("logo")}"><a href="/">{brand}</a></h1>'
            f'<h2 class="{theme.c("headline")}">{escape(headline)}</h2>'
            if head_blog
            else f'<div class="{theme.c("logo")}"><a href="/">{brand}</a></div>'
            f'<h1 class="{theme.c("headline")}">{escape(headline)}</h1>'
        )
        mutual = ""
        if theme.facts.get("mutual"):
            items = "".join(
                f'<li><a href="https://{slug(n, 3) or rand_token(rng, 6)}.example/">'
                f"{escape(n)}</a></li>"
                for n in theme.facts["mutual"].split("|")
            )
            mutual = (
                f'<div class="{theme.c("widget")}"><h3>{escape(board.mutual)}</h3>'
                f"<ul>{items}</ul></div>"
            )
        ads = ad_slot(theme, rng, 1, label=False) if theme.ad_networks else ""
        stamp = datetime.combine(claimed, datetime.min.time()).isoformat()
        og = "" if rng.random() < 0.4 else f'<meta property="og:site_name" content="{brand}">'
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>"
            f'<meta name="description" content="{escape(headline)}">'
            f'<meta property="og:title" content="{escape(headline)}">'
            f'<meta property="og:type" content="article">{og}'
            f'<meta property="article:published_time" content="{stamp}">'
            f'<link rel="canonical" href="{escape(url)}">'
            f'<link rel="alternate" type="application/rss+xml" href="https://{theme.domain}/index.rdf">'
            f'<script src="https://{theme.domain}/js/{rand_token(rng, 8)}.js" defer></script>'
            f'<script async src="https://www.googletagmanager.com/gtag/js?id=G-{rand_token(rng, 10)}">'
            "</script>"
            f"</head><body>"
            f'<header class="{theme.c("header")}">{h1}</header>'
            f'<main id="{theme.ids["main"]}" class="{theme.c("main")}">'
            f'<div class="{theme.c("date")}">{claimed:%Y-%m-%d}</div>'
            f'<div class="{theme.c("body")}">{"".join(posts)}</div>{source}{ads}</main>'
            f'<aside id="{theme.ids["sidebar"]}" class="{theme.c("sidebar")}">{mutual}{partners}</aside>'
            f'<footer class="{theme.c("footer")}"><p>© {brand}</p></footer>'
            f"</body></html>"
        )


_PARTNER_RATE = 0.1


def forum_partners(ctx: BuildContext, theme: Theme, article: Article, lang: str) -> str:
    """A "partners" block of gambling and loan links in the sidebar of some thread pages (the
    extra tell `commerce_partner_block`), drawn from a generator of its own."""
    from detector.dataset.farms.extra_tells import Canvas
    from detector.dataset.farms.extra_tells_2 import partner_block
    from detector.dataset.themes import ArticleParts

    rng = rng_for(ctx.seed, "extra-tells", "forum_repost", theme.domain, article.id)
    if rng.random() >= _PARTNER_RATE:
        return ""
    parts = ArticleParts(url="", headline=article.title, paragraphs=[])
    canvas = Canvas(theme, parts, article, rng, [], article.published.year, "forum_repost")
    return partner_block(canvas, lang)
