"""Cloned skeletons: a real outlet's page (from `html/`) whose story is swapped for uncredited
stale copy and re-dated, served from a look-alike domain. Bad cloners do this; the page keeps the
template's menus, scripts and sometimes its canonical link and bylines."""

from __future__ import annotations

import random
import re
from datetime import date
from html import escape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from detector.dataset.chrome import FARM_TLDS
from detector.dataset.farms.base import (
    BuildContext,
    Generated,
    Site,
    dateline,
    fetched_after,
    fresh_date,
)
from detector.dataset.farms.extra_tells import add_extra_tells
from detector.dataset.realpages import page_date
from detector.dataset.rng import rng_for, split_of
from detector.dataset.sources import Article
from detector.dataset.themes import ArticleParts, make_theme
from detector.errors import DetectorError

# A paragraph of a real story is at least this long; shorter <p> are captions and buttons.
MIN_P_CHARS = 40
# Paragraphs outside the container at least this long are the template's own story text.
LEFTOVER_CHARS = 80
_AGENCY_CREDIT = re.compile(
    r"(?i)(copyright|©|\(c\)|all rights reserved).{0,80}(associated press|reuters|afp)"
    r"|(associated press|reuters|afp).{0,80}(all rights reserved|may not be published)"
)
_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.I)
# The date part of ISO dates and date-times ("2019-09-24T08:03:49+00:00": no word boundary
# before the "T", so the end is "no further digit").
_ISO = re.compile(r"\b(19|20)\d{2}-[01]\d-[0-3]\d(?!\d)")
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DE_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
)  # fmt: skip
# "Thursday, July 17, 2003", "August 21, 2011"
_EN_DATE = re.compile(
    rf"(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
    rf"\b(?:{_EN_MONTHS})\s+\d{{1,2}},\s+(?:19|20)\d\d\b"
)
# "30. Oktober 2019", "24 September 2019"
_DAY_MONTH_DATE = re.compile(
    rf"(?<![\d:.])\b\d{{1,2}}(?P<dot>\.)?\s+(?:{'|'.join(_DE_MONTHS)}|{_EN_MONTHS})\s+(?:19|20)\d\d\b"
)
_DOTTED_DATE = re.compile(r"\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b")  # "22.11.2013"


class TemplateUnusableError(DetectorError):
    """The real page has no story container to swap: try another template."""

    kind = "template_unusable"


def site_key(host: str, record_id: str) -> str:
    """The site of a real page: its host, or the record itself when the host is unknown."""
    return host or f"unknown:{record_id}"


def clone_domain(host: str, rng: random.Random) -> str:
    """A look-alike domain for a cloned site."""
    stem = host.split(".")[-2] if host.count(".") >= 1 else (host or "news")
    stem = re.sub(r"[^a-z0-9]", "", stem.lower())[:20] or "news"
    form = rng.choice(("{s}-news", "{s}daily", "the{s}", "{s}24", "{s}-today", "my{s}"))
    return form.format(s=stem) + rng.choice(FARM_TLDS)


def story_container(tree: LexborHTMLParser) -> LexborNode:
    """The element whose direct <p> children hold the most text."""
    scores: dict[int, tuple[int, LexborNode]] = {}
    for p in tree.css("p"):
        text = p.text(strip=True)
        parent = p.parent
        if len(text) < MIN_P_CHARS or parent is None:
            continue
        key = parent.mem_id
        score, _ = scores.get(key, (0, parent))
        scores[key] = (score + len(text), parent)
    if not scores:
        raise TemplateUnusableError("no story paragraphs")
    score, best = max(scores.values(), key=lambda s: s[0])
    if score < 300:
        raise TemplateUnusableError("story container too small")
    return best


class SkeletonFamily:
    """Family `skeleton`."""

    name = "skeleton"
    label = 1
    share = 1.0

    def make_sites(self, ctx: BuildContext) -> list[Site]:
        """One cloned site per template host, in the split of the real site it copies."""
        by_key: dict[str, tuple[str, str]] = {}
        for tid in sorted(ctx.templates):
            host, _html = ctx.templates[tid]
            key = site_key(host, tid.split("#", 1)[1])
            by_key.setdefault(key, (tid, host))
        sites = []
        for key, (tid, host) in sorted(by_key.items()):
            rng = rng_for(ctx.seed, "site", self.name, key)
            domain = clone_domain(host, rng)
            theme = make_theme(rng, domain.split(".")[0].replace("-", " ").title(), domain)
            m = _LANG.search(ctx.templates[tid][1][:5000])
            lang = m.group(1).lower() if m else ""
            sites.append(Site(theme, split_of(ctx.seed, "site", key), tid, host, lang))
        return sites

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """The template with the article swapped in, uncredited and (mostly) re-dated."""
        _host, html = ctx.templates[site.template_id]
        tells = ["swapped_story", "credit_stripped", "real_skeleton"]
        dl = dateline(article, rng) if rng.random() < 0.7 else ""
        if dl:
            tells.append("dateline_kept")
        doc, marker = swap_story(html, article.title, rng, drop_bylines=rng.random() < 0.5)
        claimed = page_date(html, {})
        if claimed is None or rng.random() < 0.75:  # re-dated; otherwise the template's dates stay
            claimed = fresh_date(rng, article.published)
            doc = redate(doc, claimed)
            tells.append("fresh_date")
        # The extra tells (drawn apart) go into the story's place: a byline, the paragraphs,
        # what follows them.
        story = ArticleParts(url="", headline=article.title, paragraphs=list(article.paragraphs))
        add_extra_tells(self.name, ctx, article, site.theme, story, tells, claimed)
        paras = [escape(p) for p in story.paragraphs]
        paras[0] = escape(dl) + paras[0]
        body = [f'<p class="byline">{escape(story.byline)}</p>'] if story.byline else []
        for i, p in enumerate(paras):
            body.append(f"<p>{p}</p>")
            if i in story.inserts:
                body.append(story.inserts[i])
        body.extend(story.after_body)
        doc = doc.replace(marker, "".join(body), 1)
        url = f"https://{site.domain}/{rng.choice(('news', 'article', 'story', '2024'))}/{rng.randint(10**5, 10**6)}"
        return Generated(doc, url, claimed, fetched_after(rng, claimed, claimed), tuple(tells))


def swap_story(
    html: str, title_text: str, rng: random.Random, *, drop_bylines: bool
) -> tuple[str, str]:
    """A real page with its story paragraphs cut out and its headline replaced.

    Returns the page and a marker paragraph that stands where the new story goes (replace it
    last, so that date rewriting does not touch the story).

    Raises:
        TemplateUnusableError: the page has no story container to swap.
    """
    tree = LexborHTMLParser(html)
    if drop_bylines:
        for node in tree.css('[class*="byline"], [class*="author"], [rel="author"]'):
            node.decompose()
    for node in tree.css("p, div, span, small, footer"):
        # The template's own agency credit would credit the wrong story.
        text = node.text(strip=True)
        if len(text) < 300 and _AGENCY_CREDIT.search(text):
            node.decompose()
    box = story_container(tree)
    for p in tree.css("p"):
        # Leftovers of the template's own story (a lead, an "About us" blurb) go too.
        if (
            len(p.text(strip=True)) >= LEFTOVER_CHARS
            and p.parent is not None
            and p.parent.mem_id != box.mem_id
        ):
            p.decompose()
    # Swap only the story paragraphs: the first one becomes the new story, the others go,
    # and whatever else the container holds (images, headings, widgets) stays.
    story_ps = [
        p
        for p in box.css("p")
        if p.parent is not None
        and p.parent.mem_id == box.mem_id
        and len(p.text(strip=True)) >= MIN_P_CHARS
    ]
    if not story_ps:
        raise TemplateUnusableError("no story paragraphs directly in the container")
    for p in story_ps[1:]:
        p.decompose()
    marker = f"<p>SKELETON-SWAP-{rng.randint(10**8, 10**9)}</p>"
    old = story_ps[0].html or ""
    title = tree.css_first("title")
    h1 = tree.css_first("h1")
    doc = tree.html or ""
    if not old or old not in doc:
        raise TemplateUnusableError("story paragraphs not found in the serialised page")
    doc = doc.replace(old, marker, 1)
    if h1 is not None and h1.html:
        doc = doc.replace(h1.html, f"<h1>{escape(title_text)}</h1>", 1)
    if title is not None and title.html:
        doc = doc.replace(title.html, f"<title>{escape(title_text)}</title>", 1)
    doc = re.sub(
        r'(property="og:title"\s+content=")[^"]*',
        lambda m: m.group(1) + escape(title_text),
        doc,
    )
    return doc, marker


def redate(doc: str, when: date) -> str:
    """Every date of a page's template set to one date: ISO dates (meta tags, JSON-LD, time
    elements) and the dates it shows readers ("Thursday, July 17, 2003", "30. Oktober 2019",
    "24 September 2019", "22.11.2013"), each in its own format."""
    doc = _ISO.sub(when.isoformat(), doc)
    month, weekday = when.strftime("%B"), when.strftime("%A")
    doc = _EN_DATE.sub(
        lambda m: (f"{weekday}, " if m["wd"] else "") + f"{month} {when.day}, {when.year}", doc
    )
    doc = _DAY_MONTH_DATE.sub(
        lambda m: (
            f"{when.day}. {_DE_MONTHS[when.month - 1]} {when.year}"
            if m["dot"]
            else f"{when.day} {month} {when.year}"
        ),
        doc,
    )
    return _DOTTED_DATE.sub(f"{when:%d.%m.%Y}", doc)
