"""Generated hard negatives (label 0): legitimate pages that share surface features with farms.

- `syndication`: licensed agency copy done right: the dateline kept WITH a byline and credit
  lines, a date close to the story's, related links on the same topic, an outlet-like brand.
- `blog`: a blog post commenting on a story in its own words, quoting a passage with credit,
  with its own reaction widget (sometimes the very "Good! (3)" style the seed shows) and comments.
- `section`: section fronts whose breadcrumbs match the stories listed on them.
- `licensed`: a real outlet's own template carrying credited agency copy (the twin of `skeleton`).
"""

from __future__ import annotations

import random
from datetime import datetime
from html import escape

from detector.dataset.chrome import FIRST, LAST, NEWS_TLDS, PAPERS, SECTIONS, TOWNS, person, slug
from detector.dataset.farms.base import (
    BuildContext,
    Family,
    Generated,
    Site,
    ThemedFamily,
    at_time,
    clickbait_block,
    close_date,
    credit_lines,
    dateline,
    fetched_after,
    story_href,
    topical_block,
    unrelated_block,
)
from detector.dataset.farms.extra_tells import add_legit_lookalikes
from detector.dataset.farms.skeleton import redate, site_key, swap_story
from detector.dataset.rewrite import sentences
from detector.dataset.rng import rng_for, split_of
from detector.dataset.sources import Article
from detector.dataset.themes import (
    OUTLET_NETWORKS,
    ArticleParts,
    Block,
    Theme,
    ad_slot,
    make_theme,
    render_article,
)

# Real outlets run native-ad "chumboxes" too: about one page in five of the real pages in
# shared/data/html shows a Taboola/Outbrain widget or a "Sponsored" / "You may like" block, and a
# few show two or three. Without them among the hard negatives, a chumbox alone reads as a farm.
OUTLET_CHUMBOX_RATE = {"syndication": 0.2, "blog": 0.1}


def outlet_chumboxes(
    ctx: BuildContext, family: str, article: Article, lab: dict[str, str]
) -> list[Block]:
    """Native-ad widgets a legitimate outlet shows under some stories (none on most pages).

    Drawn from their own generator, so pages without one stay byte-identical.
    """
    rng = rng_for(ctx.seed, "outlet-chumbox", family, article.id)
    if rng.random() >= OUTLET_CHUMBOX_RATE.get(family, 0.0):
        return []
    headings = rng.sample((lab["sponsored"], lab["you_may_like"], lab["around"]), 2)
    n_blocks = 1 if rng.random() < 0.7 else 2
    return [clickbait_block(rng, h, rng.randint(3, 6)) for h in headings[:n_blocks]]


def outlet_theme(rng: random.Random, n_networks: tuple[int, int] = (0, 3)) -> Theme:
    """A local-newspaper-like brand and theme."""
    town, paper = rng.choice(TOWNS), rng.choice(PAPERS)
    brand = f"The {town} {paper}" if rng.random() < 0.6 else f"{town} {paper}"
    domain = slug(f"{town} {paper}", 4).replace("-", "") + rng.choice(NEWS_TLDS)
    lang = "en" if rng.random() < 0.85 else rng.choice(("de", "fr", "es", "it"))
    return make_theme(rng, brand, domain, lang, networks=OUTLET_NETWORKS, n_networks=n_networks)


class SyndicationFamily(ThemedFamily):
    """Family `syndication` (hard negative)."""

    name = "syndication"
    label = 0
    n_sites = 14
    share = 2.0  # hard negatives as many as farm pages: twice a farm family's count

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """An outlet that licenses agency copy."""
        return outlet_theme(rng)

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """A credited agency story."""
        theme, split = site.theme, site.split
        lab = theme.labels
        claimed = close_date(rng, article.published, 1)
        stamp = at_time(rng, claimed)
        section = SECTIONS[theme.lang].get(article.topic, SECTIONS[theme.lang]["world"])
        url = f"https://{theme.domain}/{article.topic}/{claimed:%Y/%m/%d}/{slug(article.title)}"
        parts = ArticleParts(url=url, headline=article.title, paragraphs=list(article.paragraphs))
        byline, credits = credit_lines(article, rng, claimed.year)
        tells = ["credited"]
        # Licensed copy keeps at least one of: byline, closing credit (most keep both).
        r = rng.random()
        if r < 0.8 or not article.city:
            parts.byline = byline
            parts.author_meta = byline.removeprefix("By ").strip()
            tells.append("agency_byline")
        if r >= 0.65 or not parts.byline:
            parts.after_body.append(
                "".join(f'<p class="{theme.c("credit")}">{escape(c)}</p>' for c in credits)
            )
            tells.append("credit_line")
        parts.dateline = dateline(article, rng)
        if parts.dateline:
            tells.append("dateline_kept")
        parts.published = stamp
        parts.modified = at_time(rng, claimed) if rng.random() < 0.3 else None
        parts.date_text = (f"{lab['published']} " if rng.random() < 0.5 else "") + theme.fmt_date(
            stamp
        )
        parts.breadcrumbs = [(lab["home"], "/"), (section, f"/{article.topic}/")]
        parts.section = section
        parts.publisher = theme.brand
        if rng.random() < 0.2:
            parts.canonical = (
                f"https://www.{article.agency.lower().replace(' ', '')}.com/{slug(article.title)}"
            )
        if rng.random() < 0.9:
            parts.blocks.append(
                topical_block(
                    rng,
                    lab["related"],
                    ctx,
                    split,
                    article.topic,
                    rng.randint(3, 6),
                    2,
                    article.title,
                )
            )
            tells.append("topical_related")
        chumboxes = outlet_chumboxes(ctx, self.name, article, lab)
        if chumboxes:
            parts.blocks.extend(chumboxes)
            tells.append("native_ads")
        if rng.random() < 0.6:
            # Outlets carry celebrity news too: some "Trending" rails are mostly gossip.
            gossip = 0.5 if rng.random() < 0.2 else 0.05
            parts.sidebar.append(
                unrelated_block(
                    rng, lab[rng.choice(("popular", "trending"))], ctx, rng.randint(5, 8), gossip, 2
                )
            )
        if theme.ad_networks and rng.random() < 0.5:
            step = 2 if rng.random() < 0.2 else rng.choice((3, 4, 5))
            for i in range(1, len(parts.paragraphs) - 1, step):
                parts.inserts[i] = ad_slot(theme, rng, i)
        r2 = rng.random()
        if r2 < 0.3:
            parts.after_body.append(
                f'<div class="{theme.c("reactions")}"><a href="#comments">{escape(lab["comments"])} ({rng.randint(0, 250)})</a></div>'
            )
        elif r2 < 0.4:
            word = rng.choice(("Like", "Helpful", "Good!"))
            parts.after_body.append(
                f'<div class="{theme.c("reactions")}"><a href="javascript:void(0)">{word}</a> ({rng.randint(0, 90)})</div>'
            )
            tells.append("reaction_counter")
        parts.top_ad = bool(theme.ad_networks) and rng.random() < 0.5
        add_legit_lookalikes(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        return Generated(html, url, claimed, fetched_after(rng, claimed, claimed, 30), tuple(tells))


BLOG_OPENERS = (
    "I have been following the story about {topic} for a while, and this week's news caught my eye.",
    "A quick note on something I read this morning: {title}.",
    "This one is worth a few minutes of your time. {agency} reported on {topic}, and it raises questions I keep coming back to.",
    "Regular readers know I write about {topic} now and then. Here is the latest, with my take.",
)
BLOG_MIDDLES = (
    "What strikes me is how little of this was predictable a year ago. The details matter, so read the full report before drawing conclusions.",
    "My own view is more cautious than the headline suggests. There are at least two ways to read these numbers, and both deserve a hearing.",
    "I spoke about this with a friend who works in the field, and her first reaction was that the timing is the real story here.",
    "It is easy to be cynical about announcements like this one. Still, I think the direction of travel is clear, even if the pace is not.",
    "If you want the background, I wrote about a related issue last spring, and most of what I said then still holds.",
    "The part I keep rereading is the one quoted above. It says more in two sentences than most of the commentary I have seen since.",
)
BLOG_CLOSERS = (
    "What do you think? Leave a comment below; I read every one.",
    "I will update this post if anything changes. Thanks for reading.",
    "That is all for today. As always, tell me where you think I got it wrong.",
)
REACTIONS = (
    ("👍", "Like"), ("❤️", "Love"), ("😮", "Wow"), ("😢", "Sad"), ("😂", "Haha"),
    ("", "Good!"), ("", "veryGood!"), ("", "Helpful"), ("", "Insightful"),
)  # fmt: skip


class BlogFamily(ThemedFamily):
    """Family `blog` (hard negative)."""

    name = "blog"
    label = 0
    n_sites = 14
    share = 2.0

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """A personal blog."""
        first, last = rng.choice(FIRST), rng.choice(LAST)
        brand = rng.choice(
            (
                f"{first}'s Notebook",
                f"{first} {last}",
                f"{last} on Things",
                f"Notes from {rng.choice(TOWNS)}",
                f"The {rng.choice(('Quiet', 'Curious', 'Daily', 'Slow'))} {rng.choice(('Reader', 'Observer', 'Desk', 'Ledger'))}",
            )
        )
        domain = slug(brand, 4).replace("-", "") + rng.choice(
            (".com", ".net", ".blog", ".org", ".me")
        )
        lang = "en" if rng.random() < 0.85 else rng.choice(("de", "fr"))
        return make_theme(
            rng,
            brand,
            domain,
            lang,
            wordpress=rng.random() < 0.5,
            networks=("adsense", "gpt"),
            n_networks=(0, 1),
        )

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """A commentary post with a credited quote and a reaction widget."""
        theme, split = site.theme, site.split
        lab = theme.labels
        claimed = close_date(rng, article.published, 4)
        stamp = at_time(rng, claimed)
        topic = " ".join(w for w in article.title.split()[:6])
        fill = {
            "topic": topic.lower() if rng.random() < 0.5 else topic,
            "title": article.title,
            "agency": article.agency,
        }
        paras = [rng.choice(BLOG_OPENERS).format(**fill)]
        paras += rng.sample(BLOG_MIDDLES, rng.randint(2, 4))
        paras.append(rng.choice(BLOG_CLOSERS))
        quote = " ".join(sentences(article.paragraphs[0])[:2])
        source_url = (
            f"https://www.{article.agency.lower().replace(' ', '')}.com/{slug(article.title)}"
        )
        url = f"https://{theme.domain}/{claimed:%Y/%m}/{slug(article.title, 6)}/"
        parts = ArticleParts(
            url=url,
            headline=rng.choice(
                (
                    f"On {article.title}",
                    f"Thoughts: {article.title}",
                    article.title,
                    f"Why {topic} matters",
                )
            ),
            paragraphs=paras,
        )
        parts.inserts[0] = (
            f'<blockquote><p>{escape(quote)}</p><cite>— <a href="{escape(source_url)}">{escape(article.agency)}</a></cite></blockquote>'
        )
        author = person(rng)
        parts.byline = f"{lab['by']} {author}"
        parts.author_meta = author
        parts.published = stamp
        parts.date_text = theme.fmt_date(stamp)
        parts.jsonld_type = "BlogPosting"
        picks = rng.sample(REACTIONS, rng.randint(1, 4))
        parts.after_body.append(
            f'<div class="{theme.c("reactions")}">'
            + "".join(
                f'<span class="r"><a href="javascript:void(0)" data-r="{i}">{e} {escape(w)}</a> ({rng.randint(0, 40)})</span> '
                for i, (e, w) in enumerate(picks)
            )
            + "</div>"
        )
        tells = ["credited_quote", "reaction_counter", "own_words"]
        if rng.random() < 0.7:
            parts.blocks.append(
                topical_block(rng, lab["related"], ctx, split, article.topic, 3, 1, article.title)
            )
        chumboxes = outlet_chumboxes(ctx, self.name, article, lab)
        if chumboxes:
            parts.blocks.extend(chumboxes)
            tells.append("native_ads")
        if rng.random() < 0.6:
            parts.comments = [
                (
                    person(rng),
                    rng.choice(
                        (
                            "Good points, thanks.",
                            "I disagree with the second half, but well argued.",
                            "Thanks for the link to the original report.",
                            "Interesting, I had not seen this.",
                        )
                    ),
                )
                for _ in range(rng.randint(1, 4))
            ]
        if rng.random() < 0.5:
            parts.tags = [article.topic.title(), article.agency]
        if rng.random() < 0.3:
            parts.sidebar.append(unrelated_block(rng, lab["latest"], ctx, 5, 0.0, 1))
        add_legit_lookalikes(self.name, ctx, article, theme, parts, tells, claimed)
        html = render_article(theme, parts, rng)
        return Generated(html, url, claimed, fetched_after(rng, claimed, claimed, 30), tuple(tells))


class SectionFamily(ThemedFamily):
    """Family `section` (hard negative): section fronts listing same-topic stories."""

    name = "section"
    label = 0
    n_sites = 14
    share = 2.0

    def make_site(self, rng: random.Random, index: int) -> Theme:
        """An outlet."""
        return outlet_theme(rng, (0, 2))

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """A section front led by the article."""
        theme, split = site.theme, site.split
        lab = theme.labels
        section = SECTIONS[theme.lang].get(article.topic, SECTIONS[theme.lang]["world"])
        pool = [
            a
            for a in ctx.by_topic.get((split, article.topic), [])
            if a.id != article.id and a.corpus == article.corpus
        ]
        others = rng.sample(pool, min(len(pool), rng.randint(6, 14)))
        others.sort(key=lambda a: a.published, reverse=True)
        stories = [article, *others]
        claimed = close_date(rng, article.published, 1)
        style = rng.randint(0, 2)
        teasers = []
        for a in stories:
            lead = " ".join(sentences(a.paragraphs[0])[:1])
            credit = (
                f'<span class="{theme.c("credit")}">{escape(a.agency)}</span>'
                if rng.random() < 0.8
                else ""
            )
            teasers.append(
                f'<div class="{theme.c("teaser")}"><h2><a href="{story_href(rng, a.title, style)}">{escape(a.title)}</a></h2>'
                f'<time datetime="{a.published.isoformat()}">{escape(theme.fmt_date(a.published))}</time> {credit}<p>{escape(lead)}</p></div>'
            )
        page_n = rng.randint(1, 6) if rng.random() < 0.4 else 0
        url = f"https://{theme.domain}/{article.topic}/" + (f"?page={page_n}" if page_n > 1 else "")
        parts = ArticleParts(
            url=url, headline=section, paragraphs=[], title=f"{section} | {theme.brand}"
        )
        parts.after_body = teasers
        parts.breadcrumbs = [(lab["home"], "/"), (section, f"/{article.topic}/")]
        parts.section = section
        parts.jsonld_type = None
        parts.description = f"{lab['latest']}: {section}"
        parts.published = datetime.combine(claimed, datetime.min.time())
        tells = ["matching_breadcrumb", "teaser_list"]
        if page_n:
            parts.pagination = (page_n, page_n + rng.randint(2, 20))
            tells.append("pagination")
        if rng.random() < 0.5:
            parts.sidebar.append(unrelated_block(rng, lab["popular"], ctx, 6, 0.05, style))
        parts.top_ad = bool(theme.ad_networks) and rng.random() < 0.6
        html = render_article(theme, parts, rng)
        return Generated(html, url, claimed, fetched_after(rng, claimed, claimed, 2), tuple(tells))


class LicensedSkeletonFamily:
    """Family `licensed` (hard negative): a real outlet's own page template carrying licensed
    agency copy, credited (byline, dateline, credit line) and dated the story's day.

    The legitimate twin of the `skeleton` farm: same real templates, same swap, but on the real
    host, with credit and a close date. It keeps "a real page whose story is agency copy" from
    meaning "republisher".
    """

    name = "licensed"
    label = 0
    share = 1.0
    keeps_real_domains = True  # its sites are the real hosts: never renamed

    def make_sites(self, ctx: BuildContext) -> list[Site]:
        """One site per real host with a template, in that host's split."""
        by_host: dict[str, str] = {}
        for tid in sorted(ctx.templates):
            host, _html = ctx.templates[tid]
            if host:
                by_host.setdefault(host, tid)
        sites = []
        for host, tid in sorted(by_host.items()):
            rng = rng_for(ctx.seed, "site", self.name, host)
            theme = make_theme(rng, host, host)
            sites.append(Site(theme, split_of(ctx.seed, "site", site_key(host, "")), tid, host))
        return sites

    def render(
        self, article: Article, site: Site, rng: random.Random, ctx: BuildContext
    ) -> Generated:
        """The real template with credited agency copy in place of its story."""
        _host, html = ctx.templates[site.template_id]
        claimed = close_date(rng, article.published, 1)
        byline, credits = credit_lines(article, rng, claimed.year)
        dl = dateline(article, rng)
        paras = [escape(p) for p in article.paragraphs]
        paras[0] = escape(dl) + paras[0]
        tells = ["credited", "real_skeleton", "agency_byline"]
        story = f'<p class="byline">{escape(byline)}</p>' + "".join(f"<p>{p}</p>" for p in paras)
        if rng.random() < 0.6 or not dl:
            story += "".join(f'<p class="credit">{escape(c)}</p>' for c in credits)
            tells.append("credit_line")
        if dl:
            tells.append("dateline_kept")
        doc, marker = swap_story(html, article.title, rng, drop_bylines=True)
        doc = redate(doc, claimed).replace(marker, story, 1)
        url = (
            f"https://{site.template_host}/{article.topic}/{claimed:%Y/%m/%d}/{slug(article.title)}"
        )
        return Generated(doc, url, claimed, fetched_after(rng, claimed, claimed, 30), tuple(tells))


def negative_families() -> list[Family]:
    """Every generated hard-negative family, in build order."""
    return [SyndicationFamily(), BlogFamily(), SectionFamily(), LicensedSkeletonFamily()]
