"""Forum-thread reposts: the story is the opening post of a board thread, not the page's own.

A matome blog (and a Chinese, Korean, Russian or English forum repost) pastes a whole news
story as post 1 of a thread, headed like every other post by a number, a handle and a board
stamp ("1: 名無しさん＠おーぷん 2024/05/21(火) 10:48:12.33 ID:kT7q2Wz0"), with the article's
URL or the thread's ("引用元: https://…/read.cgi/…") and short anonymous reactions after it,
and trades traffic with sister sites in link-exchange blocks ("相互リンク", "友情链接"). A real
outlet's story stands above its comment thread, and a Q&A page's answers are long: neither
puts the page's story inside one post followed by short ones. Helpers: `_forum`.
"""

from __future__ import annotations

from detector.features._forum import elsewhere_lines, find_thread, link_exchange_lines
from detector.features._pagememo import memo
from detector.features.base import PageFeatures, register
from detector.page import Page

_QUOTE = 70  # characters of a line quoted in the evidence
_MAX_QUOTED = 3


def _quote(lines: tuple[str, ...] | list[str]) -> str:
    return "; ".join(f'"{line[:_QUOTE]}"' for line in lines[:_MAX_QUOTED])


@register("forum_repost_v1")
class ForumRepost(PageFeatures):
    """Whether the page's story is a post of a board thread, and the thread's tells."""

    FEATURES = (
        # Post headers (number + handle + board stamp) on the page, 0 below three. Free: real
        # outlets number their comments too.
        "forum_posts",
        # Of those, headers with an anonymous handle or a board post ID ("ID:kT7q2Wz0").
        "forum_anonymous_posts",
        # 1 when the page's story is the body of the thread's opening post, followed by short
        # posts (the article was pasted into the thread, not written above it).
        "forum_story_in_post",
        # 1 when that story or its thread links a URL on another site or names a source.
        "forum_story_cites_elsewhere",
        # Link-exchange headings and antenna-site links ("相互リンク", "友情链接", "link exchange").
        "forum_link_exchange",
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: made_elsewhere
        asks)."""
        return memo(page, "forum_repost", lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        evidence: list[str] = []
        posts = anonymous = in_post = cites = 0.0
        thread = find_thread(page)
        if thread is not None:
            headers = thread.headers
            posts = float(len(headers))
            anon = [p.header for _, p in thread.posts if p.anonymous]
            anonymous = float(len(dict.fromkeys(anon)))
            if thread.story is not None:
                in_post = 1.0
                evidence.append(
                    f"the story is the opening post of a {len(headers)}-post thread: "
                    f"{_quote([thread.story.header])}, then "
                    f"{_quote([h for h in headers if h != thread.story.header])}"
                )
                elsewhere = elsewhere_lines(page, thread)
                if elsewhere:
                    cites = 1.0
                    evidence.append(f"the thread cites another site: {_quote(list(elsewhere))}")
            elif anonymous >= 3:
                evidence.append(f"{int(anonymous)} anonymous board posts: {_quote(anon)}")
        exchange = link_exchange_lines(page)
        if exchange:
            evidence.append(f"link-exchange blocks: {_quote(list(exchange))}")
        values = (posts, anonymous, in_post, cites, float(len(exchange)))
        return values, tuple(evidence)
