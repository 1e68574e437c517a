"""Link blocks unrelated to the story: farms fill "Related" lists with celebrity gossip.

The seed's AP story on fentanyl talks carries three lists ("Related", "Ranking",
"Recommendation") of Kardashian hair news, a baseball final and a Canadian shooting. A real
outlet's "Related" list follows the story, and its links point at its own site. Farms in every
language also link filler verticals (horoscopes, lottery numbers, gold prices, quick loans...):
`_filler` finds those links in the blocks and in "Read also" inserts, by text or URL slug.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from detector.features._filler import FillerLink, filler_links
from detector.features._filler_kinds import VERTICALS as REPEATED
from detector.features._filler_kinds import WEAK
from detector.features._story import StoryTopic, clip, read_tokens, story_topic
from detector.features.base import PageFeatures, register
from detector.lexicon.words import wordset
from detector.page import Anchor, Page
from detector.parsing.common import UNSPACED_LETTER
from detector.topic import TopicSpace, load_topic_space, raw_tokens

# Headings that promise links about this story (not "Most read" or "More from <site>").
RELATED_HEADINGS = re.compile(
    r"related|similar|more on (this|the) (story|topic)|see also|also read|read also|"
    r"more about|ähnlich|verwandt|zum thema|relacionad|connexe|similaire|correlat|gerelateerd",
    re.IGNORECASE,
)
# Celebrity / gossip register, beside the topic space's "entertainment" direction (BBC
# entertainment is film and music; the gossip vocabulary of today's farms is not in it).
GOSSIP_WORDS = wordset(
    """celebrity celebrities celeb starlet socialite paparazzi gossip divorce divorced divorcing
    engaged engagement fiance fiancee fiancé fiancée boyfriend girlfriend romance romantic dating
    pregnant pregnancy wedding breakup bikini makeup hairstyle blond blonde outfit pda selfie
    instagram tiktok influencer stuns flaunts slams cheating singer
    actress rapper diva"""
)
# Phrases; single words such as "split", "affair" or "baby" are common in hard news too.
_PHRASES = (
    "red carpet",
    "ex-husband",
    "ex-wife",
    "hair transformation",
    "baby bump",
    "all grown up",
    "moving message",
    "clapping back",
    "reality star",
    "reality tv",
)


def gossip_hits(text: str, raw: list[str] | None = None) -> list[str]:
    """Gossip words and phrases found in `text` (`raw`: its `raw_tokens`, if at hand)."""
    low = text.lower()
    hits = [w for w in (raw if raw is not None else raw_tokens(text)) if w in GOSSIP_WORDS]
    hits.extend(p for p in _PHRASES if p in low)
    return hits


# Local culture and events: the topic space reads "festival de música", "amatörteatern" or
# "концерт в филармонии" as entertainment, but a town's festival is not celebrity news. Stems,
# matched inside words (compounds: "Sommerfestival", "amatörteater"): en pt es fr it de nl sv/no/da
# pl cs tr ru/uk vi id ko ja zh ar he hi bn.
EVENT_STEMS = (
    "festiv", "concert", "concierto", "konzert", "konsert", "koncert", "konser", "theat",
    "théât", "teat", "tiyatro", "museu", "museo", "musée", "museum", "muzeum", "müze",
    "exhibition", "exposição", "exposición", "exposition", "ausstellung",
    "tentoonstelling", "utställning", "wystaw", "výstav", "sergisi", "orchest", "orquest",
    "orkest", "carnaval", "carnevale", "karneval", "sagra", "fiera", "foire", "kermis",
    "фестив", "концерт", "театр", "выстав", "музе", "виставк", "lễ hội", "hòa nhạc",
    "triển lãm", "pameran", "pertunjukan", "축제", "공연", "전시회", "音楽祭", "祭り", "展覧会",
    "音乐会", "展览", "مهرجان", "معرض", "פסטיבל", "תערוכ", "מופע", "उत्सव", "महोत्सव",
    "प्रदर्शनी", "উৎসব", "প্রদর্শনী", "মেলা",
)  # fmt: skip


def _local_event(text: str) -> bool:
    """Whether a link is about a local festival, concert, show or exhibition (`EVENT_STEMS`)."""
    low = text.lower()
    return any(stem in low for stem in EVENT_STEMS)


def _gossipy(text: str, raw: list[str]) -> bool:
    """`bool(gossip_hits(text, raw))`, without building the list."""
    if not GOSSIP_WORDS.isdisjoint(raw):
        return True
    low = text.lower()
    return any(p in low for p in _PHRASES)


def headline_words(text: str) -> int:
    """Words of `text`, counting two Chinese/Japanese characters or four Thai letters (vowel
    and tone marks included) as one word: "美国总统大选结果公布" reads as 5 words, not 1, so
    blocks of unspaced scripts are judged like others."""
    tokens = text.split()
    if text.isascii():
        return len(tokens)
    unspaced = UNSPACED_LETTER.findall(text)
    if not unspaced:
        return len(tokens)
    thai = sum(1 for c in unspaced if c <= "\u0e7f")
    spaced = sum(1 for t in tokens if UNSPACED_LETTER.search(t) is None)
    return spaced + (len(unspaced) - thai + 1) // 2 + (thai + 3) // 4


def _headline_like(anchor: Anchor, min_words: int) -> bool:
    return headline_words(anchor.text) >= min_words


@register("link_blocks_v1")
class LinkBlocksTopic(PageFeatures):
    """How far the page's link blocks stray from the story, into celebrity gossip and into filler
    verticals (horoscopes, lottery, gold prices, loans, betting, dreams...)."""

    FEATURES = (
        "offtopic_anchor_share",
        "offtopic_blocks",
        "related_offtopic_share",
        "celebrity_anchor_share",
        "external_anchor_share",
        "headline_anchors",
        "link_hosts_missing",
        "link_topic_missing",
        "link_blocks_missing",
        "links_filler_anchors",
        "links_filler_verticals",
    )

    def __init__(
        self,
        same_subject_above: float = 0.25,
        category_prob: float = 0.5,
        min_words: int = 4,
        block_min_anchors: int = 3,
        block_offtopic_share: float = 0.6,
        celebrity_prob: float = 0.5,
        max_anchors: int = 40,
        celebrity_min_links: int = 3,
        related_alarm_share: float = 0.75,
        related_min_links: int = 4,
        filler_min_verticals: int = 2,
        filler_min_same: int = 3,
        filler_cap: int = 8,
    ) -> None:
        # A link is on the story's topic when it is about the same subject (LSA cosine >= 0.25:
        # held-out headlines scored >= 0.28 against their own article in 95% of cases and
        # <= 0.17 against 95% of other-category articles) or in the story's category with
        # P >= 0.5 (the classifier is 88% right on held-out headlines at that confidence).
        self.same_subject_above = same_subject_above
        self.category_prob = category_prob
        # Headline-like links have >= 4 words (AG News titles: median 7); menus have 1-3.
        self.min_words = min_words
        # A block is off-topic when >= 60% of its >= 3 headline links are.
        self.block_min_anchors = block_min_anchors
        self.block_offtopic_share = block_offtopic_share
        # Topic-space P(entertainment) from which a link counts as celebrity news.
        self.celebrity_prob = celebrity_prob
        self.max_anchors = max_anchors  # cost cap: the first 40 headline links are enough
        # Evidence of gossip from 3 links on: real outlet pages had 3+ on 0.4% of 1,914.
        self.celebrity_min_links = celebrity_min_links
        # A "Related" list is told as off the story from 3 in 4 of 4+ links (the seed: 9 of
        # 10); at 60% of 3+ links, 2.4% of 1,914 real pages had one (weakly related lists), now 1.1%.
        self.related_alarm_share = related_alarm_share
        self.related_min_links = related_min_links
        # Filler links count from 2 verticals on: a real outlet links its own horoscope or
        # lottery column (one vertical, 3+ links on 1 of 8,769 real page versions); a second
        # vertical beside it came on 1 of them (a Miami daily: a horoscope and a lottery-win story),
        # and on 46 of 346 farm pages of the probe sets, no legitimate one.
        self.filler_min_verticals = filler_min_verticals
        # Or from 3 links of one public-service kind off the story's, under 2+ headings (three
        # price look-ups, three benefit dates).
        self.filler_min_same = filler_min_same
        self.filler_cap = filler_cap  # links past 8 add nothing: the mix is the tell, not the count

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Shares of off-topic, celebrity and external links; off-topic blocks; missing flags;
        links into filler verticals (horoscopes, lottery, gold prices, loans...)."""
        values, evidence = self._topic(page)
        filler, said = self._filler(filler_links(page))
        return values + filler, evidence + said

    def _filler(self, links: list[FillerLink]) -> tuple[tuple[float, float], tuple[str, ...]]:
        """(filler links, distinct verticals), both 0 below `filler_min_verticals` verticals
        unless `filler_min_same` links share one."""
        counts = Counter(link.vertical for link in links)
        links = [link for link in links if counts[link.vertical] > 1 or link.vertical not in WEAK]
        first: dict[str, FillerLink] = {}
        for link in links:
            first.setdefault(link.vertical, link)
        if len(first) < self.filler_min_verticals and not self._one_kind_repeated(links):
            return (0.0, 0.0), ()
        # One example per vertical: the mix of verticals is what the evidence shows.
        examples = ", ".join(
            f'"{clip(link.text, 45)}" ({vertical}, under "{clip(link.where, 20)}")'
            for vertical, link in list(first.items())[:3]
        )
        line = clip(f"{len(links)} links into {len(first)} filler verticals: {examples}", 290)
        return (float(min(len(links), self.filler_cap)), float(len(first))), (line,)

    def _one_kind_repeated(self, links: list[FillerLink]) -> bool:
        """Whether `filler_min_same` links of one public-service kind (prices, benefit dates,
        result look-ups, teasers) sit under 2+ headings: a farm's sidebars repeat its look-ups,
        where a site's own section ("Neu in Horoskop", "Credit Cards") lists its vertical under
        one heading, and a personal-finance blog's lists are its loans and savings offers."""
        where: dict[str, set[str]] = {}
        counts = Counter(link.vertical for link in links if link.vertical in REPEATED)
        for link in links:
            where.setdefault(link.vertical, set()).add(link.where)
        return any(n >= self.filler_min_same and len(where[v]) >= 2 for v, n in counts.items())

    def _topic(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """The topic features (all but the filler pair) and their evidence."""
        anchors = [a for b in page.link_blocks for a in b.anchors]
        known = [a for a in anchors if a.internal is not None]
        external = sum(1 for a in known if a.internal is False) / len(known) if known else 0.0
        hosts_missing = float(not known)  # text records and unknown page URLs can't tell
        blocks = [
            (b.heading, [a for a in b.anchors if _headline_like(a, self.min_words)])
            for b in page.link_blocks
        ]
        blocks = [(h, a) for h, a in blocks if a]
        n_head = sum(len(a) for _, a in blocks)
        if not blocks:
            return (0.0, 0.0, 0.0, 0.0, external, 0.0, hosts_missing, 1.0, 1.0), (
                "no link blocks with headline links",
            )
        story = story_topic(page)
        if story.vector is None:
            return (0.0, 0.0, 0.0, 0.0, external, float(n_head), hosts_missing, 1.0, 0.0), (
                f"link topics not compared: {story.why_missing}",
            )
        return self._score(blocks, story, external, hosts_missing, n_head, load_topic_space())

    def _score(
        self,
        blocks: list[tuple[str, list[Anchor]]],
        story: StoryTopic,
        external: float,
        hosts_missing: float,
        n_head: int,
        space: TopicSpace,
    ) -> tuple[tuple[float, ...], tuple[str, ...]]:
        assert story.vector is not None
        flat = [(h, a) for h, anchors in blocks for a in anchors][: self.max_anchors]
        toks = [read_tokens(a.text, story.language) for _, a in flat]
        vectors, _ = space.read_tokens(toks)
        readable = np.any(vectors != 0, axis=1)
        sims = space.story_similarity(vectors, story.vector)
        ent = space.categories.index("entertainment")
        probs = space.probabilities(vectors)
        story_col = space.categories.index(story.category)
        same_category = (probs.argmax(axis=1) == story_col) & (
            probs[:, story_col] >= self.category_prob
        )
        # Sharing a name or rare word with the story's lead ("Ebola") makes a link on-topic,
        # even where the space does not know the word.
        shares = np.array([bool(space.rare_tokens(t) & story.rare_terms) for t in toks], dtype=bool)
        story_is_ent = story.category == "entertainment"
        off = readable & (sims < self.same_subject_above) & ~same_category & ~shares
        celeb = np.zeros(len(flat), dtype=bool)
        if not story_is_ent:
            celeb = probs[:, ent] >= self.celebrity_prob
            for i in range(len(flat)):
                # Read as entertainment and no local event, or gossip by its words.
                text = flat[i][1].text
                celeb[i] = (celeb[i] and not _local_event(text)) or _gossipy(text, toks[i])
        n_read = int(readable.sum())
        if n_read == 0:
            return (0.0, 0.0, 0.0, 0.0, external, float(n_head), hosts_missing, 1.0, 0.0), (
                "link texts not readable in the topic space",
            )
        alarms: list[str] = []
        described: list[str] = []
        off_blocks = 0
        related_total = related_off = 0
        # Python lists: the loop reads single elements, which numpy hands out slowly.
        off_, celeb_, sims_ = off.tolist(), celeb.tolist(), sims.tolist()
        by_heading: dict[str, list[int]] = {h: [] for h, _ in flat}
        for i, ((h, _), read) in enumerate(zip(flat, readable.tolist(), strict=True)):
            if read:
                by_heading[h].append(i)
        for heading, idx in by_heading.items():
            if not idx:
                continue
            n_off = sum(off_[i] for i in idx)
            block_off = (
                len(idx) >= self.block_min_anchors and n_off / len(idx) >= self.block_offtopic_share
            )
            off_blocks += block_off
            related = bool(RELATED_HEADINGS.search(heading))
            if related:
                related_total += len(idx)
                related_off += n_off
            line = (
                f'block "{clip(heading or "(no heading)", 30)}": {n_off} of {len(idx)} links off '
                f"the story's topic ({story.category})"
            )
            if n_off:
                # Show a gossip link if the block has one, else the link farthest from the story.
                worst = min((i for i in idx if off_[i]), key=lambda i: (not celeb_[i], sims_[i]))
                line += f', e.g. "{clip(flat[worst][1].text)}"'
            # A "Related" list off the story is the tell; "Most read" lists are off by nature.
            alarm = (
                related
                and len(idx) >= self.related_min_links
                and n_off / len(idx) >= self.related_alarm_share
            )
            (alarms if alarm else described).append(line)
        n_celeb = int(celeb.sum())
        # One gossip link among many is noise (real outlets: 1 of 12); three or more is a pattern.
        if n_celeb >= self.celebrity_min_links:
            example = flat[int(np.argmax(celeb))][1].text
            alarms.append(
                f'{n_celeb} of {len(flat)} links are celebrity/gossip, e.g. "{clip(example)}"'
            )
        off_share = float(off.sum()) / n_read
        evidence = alarms + described[:4]
        related_share = related_off / related_total if related_total else 0.0
        values = (
            off_share,
            float(off_blocks),
            related_share,
            # (A share of one or two links says nothing: "Leia também" with two local links.)
            n_celeb / len(flat) if len(flat) >= self.celebrity_min_links else 0.0,
            external,
            float(n_head),
            hosts_missing,
            0.0,
            0.0,
        )
        return values, tuple(evidence)
