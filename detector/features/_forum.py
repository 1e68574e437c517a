"""Forum-thread reposts: a news story pasted as the opening post of a board thread.

Japanese matome blogs, Chinese forum reposts (1楼/沙发), Korean community boards, imageboards
and web forums elsewhere all show one layout: numbered posts, each headed by a line that holds
the post's number, a handle (often an anonymous one: "名無しさん", "익명", "Anonymous", "Гость")
and the post's own timestamp or board ID ("2024/05/21(火) 10:48:12.33 ID:kT7q2Wz0"). A repost
puts a whole news story in the body of the opening post and short reactions after it; a real
outlet's article sits above its comment thread, never inside it. Helpers here find the post
headers in every line sequence the `Page` holds (a text record's lines are split between the
main text, the other lines and link blocks, so a thread can be spread over all three), cut the
posts, and find the link-exchange blocks ("相互リンク", "友情链接", "link exchange") such sites
trade traffic through.
"""

from __future__ import annotations

import operator
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from detector.features.provenance import registered_domain
from detector.page import Page
from detector.parsing.common import is_prose, line_words
from detector.parsing.source_lines import source_line

MAX_HEADER = 160  # a post header is a short line (2ch's longest is ~70 characters)
MAX_HANDLE = 40  # the text between the post number and its stamp: a handle, not a sentence
MIN_POSTS = 3  # a thread: at least three post headers (two could be a byline and a date)
# A story in a post: a short news item is ~120 CJK characters or ~60 words (line_words counts
# two unspaced characters as a word); a reaction post runs 2-20 words.
STORY_WORDS = 60
STORY_SHARE = 0.5  # the post holds at least half the main text's prose: it IS the story
REPLY_RATIO = 4  # ... and at least four times the median other post: short reactions follow
MAX_BODY_LINES = 60
TAIL_LINES = 3  # lines before a text record's first header there that may end its story

# The post number opening a header: "1:", "1.", "5#", "#3", "№3", "2楼", "3F", "楼主" (the
# opening post), "沙发" (the first reply), "Reply #4".
_ORDINAL = re.compile(
    r"\s*(?:(?P<n>\d{1,5})\s*(?:[:：#]|[.．)](?=\s)|(?:楼|樓|층|F)(?![A-Za-z]))"
    r"|[#＃№]\s?(?P<h>\d{1,6})(?!\d)\.?"
    r"|(?P<floor>楼主|樓主|沙发|沙發|板凳|地板)"
    r"|(?i:re(?:ply)?|post|antwort|beitrag|ответ|сообщение|respuesta|risposta|resposta|réponse"
    r"|balasan|trả lời|yanıt|odpowiedź|reactie)\s*[#№]\s*(?P<r>\d{1,6}))\s*"
)
_FLOORS = {"楼主": 1, "樓主": 1, "沙发": 2, "沙發": 2, "板凳": 3, "地板": 4}
# The post's own stamp: a board ID, an imageboard number, or a date with a time of day
# ("2024/05/21(火) 10:48:12", "26/04/03(金) 19:42", "21.05.2024, 10:48", "2024年5月21日 12:20",
# "May 21, 2024, 10:48 AM", "21 мая 2024, 10:48").
_TIME = r"[\sT,]*(?:at\s|um\s|в\s|à\s|alle\s|às\s|om\s|lúc\s|pukul\s)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
_STAMP = re.compile(
    r"\bID[:：]\s?[\w+/.]{3,}"
    r"|\bNo\.\s?\d{5,}"
    r"|(?:\d{1,4}[/.\-年]\d{1,2}[/.\-月]\d{1,4}日?\s*(?:[（(][^)）]{1,4}[)）])?"
    r"|\d{1,2}\.?\s[^\W\d_]{3,10}\.?\s\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4})" + _TIME
)
_POST_ID = re.compile(r"\bID[:：]\s?[\w+/.]{3,}|\bNo\.\s?\d{5,}")
# Anonymous or guest handles, as boards print them (lower-case): found inside the handle, the
# Latin ones as whole words ("Gast", not "Gastón").
ANONYMOUS_HANDLES = (
    "名無し", "匿名", "网友", "網友", "游客", "遊客", "访客", "訪客", "익명", "ㅇㅇ", "손님",
    "anonymous", "guest", "anonym", "gast", "anonyme", "invité", "anónimo", "invitado",
    "anonimo", "ospite", "anônimo", "convidado", "visitante", "аноним", "гость", "анонім", "гість",
    "anonim", "misafir", "ziyaretçi", "gość", "tamu", "ẩn danh", "khách", "ไม่ระบุชื่อ",
    "مجهول", "زائر", "anoniem", "ناشناس",
)  # fmt: skip
_ANONYMOUS = re.compile(
    "|".join(rf"\b{re.escape(h)}\b" if h.isascii() else re.escape(h) for h in ANONYMOUS_HANDLES)
)
# An imageboard's or a community board's header opens with the handle: "Anonymous
# 05/21/24(Tue)10:48:12 No.12345678", "ㅇㅇ(118.235) 2024.05.21 10:48".
_HANDLE_FIRST = tuple(h for h in ANONYMOUS_HANDLES if h[0].isalpha())
_URL = re.compile(r"https?://[^\s<>\"'）)」]+")
# Link-exchange blocks: sites that trade traffic list each other under these headings.
LINK_EXCHANGE = (
    "相互リンク", "相互rss", "相互ﾘﾝｸ", "リンク交換", "友情链接", "友情鏈接", "友链", "交换链接",
    "交換連結", "링크교환", "링크 교환", "상호링크", "обмен ссылками", "обмін посиланнями",
    "link exchange", "link partners", "linkpartner", "partnerlinks", "échange de liens",
    "intercambio de enlaces", "scambio link", "troca de links", "tukar link", "tukeran link",
    "trao đổi liên kết", "link değişimi", "wymiana linków", "linkruil", "แลกลิงก์",
)  # fmt: skip
MAX_EXCHANGE_LINE = 40  # a heading, not a sentence that mentions link exchanges
# Antenna sites: Japanese aggregators that matome blogs feed and link back to.
_ANTENNA = ("アンテナ", "あんてな")
_TEXT = operator.attrgetter("text")


@dataclass(frozen=True, slots=True)
class Post:
    """One post of a thread: its header line, number, and body lines (in its own sequence)."""

    header: str
    number: int | None
    body: tuple[str, ...]
    anonymous: bool

    @property
    def words(self) -> int:
        """Words of the body's prose lines (two unspaced CJK characters count as a word)."""
        return _prose_words(self.body)


def _ordinal(m: re.Match[str]) -> int | None:
    """The post number an `_ORDINAL` match gives (a floor name counts as its number)."""
    for group in ("n", "h", "r"):
        if m.group(group):
            return int(m.group(group))
    floor = m.group("floor")
    return _FLOORS.get(floor) if floor else None


def parse_header(line: str) -> tuple[int | None, str, bool, str] | None:
    """(number, handle, anonymous, inline body) of a post header line, or None.

    A header holds a post number, a handle and the post's stamp (a board ID or a date with a
    time of day), in that order; an imageboard's holds an anonymous handle, a stamp and "No.N".
    """
    if len(line) > MAX_HEADER or not line:
        return None
    head = line.lstrip()
    m = _ORDINAL.match(head)
    if m is not None:
        number = _ordinal(m)
        rest = head[m.end() :]
    elif head[:1].isalpha() and _ANONYMOUS.match(head.lower()) is not None:
        number, rest = None, head
    else:
        return None
    stamp = _STAMP.search(rest)
    if stamp is None:
        return None
    handle = rest[: stamp.start()].strip(" \t|:-–—·,")
    if not handle or len(handle) > MAX_HANDLE or not any(ch.isalpha() for ch in handle):
        return None
    low = handle.lower()
    anonymous = _ANONYMOUS.search(low) is not None or _POST_ID.search(rest) is not None
    inline = _STAMP.sub("", rest[stamp.start() :]).strip(" \t|:-–—")
    return number, handle, anonymous, inline


def _sequences(page: Page) -> list[tuple[str, tuple[str, ...]]]:
    """Every ordered run of lines the page holds, named: main text, other lines, link blocks."""
    out = [("text", page.paragraphs), ("other", page.other_lines)]
    out += [("block", tuple(map(_TEXT, b.anchors))) for b in page.link_blocks]
    return out


def _posts_in(lines: Sequence[str]) -> list[Post]:
    # The header lines first (the cheap tests of `_may_be_header` inlined: most lines fail the
    # first), then each post's body: the lines up to the next header.
    heads = [
        (i, parsed)
        for i, line in enumerate(lines)
        if (":" in line or "：" in line or "No." in line)
        and (line[:1] in _FIRST_CHARS or _may_open(line))
        and (parsed := parse_header(line)) is not None
    ]
    posts: list[Post] = []
    for k, (i, (number, _handle, anonymous, inline)) in enumerate(heads):
        end = min(heads[k + 1][0] if k + 1 < len(heads) else len(lines), i + 1 + MAX_BODY_LINES)
        body = (
            (inline, *lines[i + 1 : end])[:MAX_BODY_LINES] if inline else tuple(lines[i + 1 : end])
        )
        posts.append(Post(lines[i], number, body, anonymous))
    return posts


_FIRST_CHARS = frozenset("0123456789#＃№楼樓沙板地 \t")


def _may_be_header(line: str) -> bool:
    """Cheap tests before the header regex: every stamp holds a colon ("10:48", "ID:") or
    "No.", and a header opens with a number, a floor, a reply label or an anonymous handle."""
    if ":" not in line and "：" not in line and "No." not in line:
        return False
    return line[:1] in _FIRST_CHARS or _may_open(line)


def _may_open(line: str) -> bool:
    """Cheap test before the header regex: a reply/post label or an imageboard handle."""
    if not line[:1].isalpha():
        return False
    head = line[:16].lower()  # the longest handle or label is 12 characters
    return head[:3] in _LABEL_STARTS or head.startswith(_HANDLE_FIRST)


_LABEL_STARTS = frozenset(
    w[:3] for w in ("re", "reply", "post", "antwort", "beitrag", "ответ", "сообщение", "respuesta",
                     "risposta", "resposta", "réponse", "balasan", "trả lời", "yanıt",
                     "odpowiedź", "reactie")
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Thread:
    """The posts a page holds, by line sequence, and what they say about its story."""

    posts: tuple[tuple[str, Post], ...]  # (sequence name, post)
    story: Post | None  # the post whose body is the page's story
    story_lines: tuple[str, ...]  # the story's lines (the post body, or the main text)
    how: str  # "in_post" (the body follows the header) or "split" (a text record's halves)

    @property
    def headers(self) -> tuple[str, ...]:
        """The distinct post header lines, in page order."""
        return tuple(dict.fromkeys(p.header for _, p in self.posts))


def _prose_words(lines: Sequence[str]) -> int:
    """Words of the lines that read as running text (menus and labels left out)."""
    return sum(line_words(line) for line in lines if is_prose(line))


def find_thread(page: Page) -> Thread | None:
    """The page's thread of numbered posts (None below `MIN_POSTS` headers)."""
    posts = [(name, p) for name, lines in _sequences(page) for p in _posts_in(lines)]
    distinct = {p.header for _, p in posts}
    if len(distinct) < MIN_POSTS:
        return None
    numbers = [p.number for _, p in posts if p.number is not None]
    first = min(numbers) if numbers else None
    main_words = _prose_words(page.paragraphs)
    for name, post in posts:
        if name != "text" or (first is not None and post.number != first):
            continue
        if _is_story(post.words, main_words, [p for _, p in posts if p is not post]):
            return Thread(tuple(posts), post, post.body, "in_post")
        break
    if page.kind == "text":
        split = _split_story(posts, first, main_words)
        if split is not None:
            return Thread(tuple(posts), split, page.paragraphs, "split")
    return Thread(tuple(posts), None, (), "")


def _is_story(words: int, main_words: int, others: Sequence[Post]) -> bool:
    """Whether a post of `words` words is the page's story with short replies after it."""
    if words < STORY_WORDS or words < STORY_SHARE * main_words:
        return False
    replies = [p for p in others if p.body]
    if len(replies) < MIN_POSTS - 1:  # headers with no text after them: a table, not a thread
        return False
    return words >= REPLY_RATIO * max(1.0, statistics.median(p.words for p in replies))


def _split_story(
    posts: Sequence[tuple[str, Post]], first: int | None, main_words: int
) -> Post | None:
    """A text record whose opening post header went to the other lines or a link block with no
    body, while the main text holds a story and no header: the story is that post's body."""
    if any(name == "text" for name, _ in posts):
        return None
    # Unnumbered (imageboard) posts: the opening post is the first one.
    opening = [posts[0][1]] if first is None else [p for _, p in posts if p.number == first]
    if any(not _only_citations(p.body) for p in opening):
        return None
    others = [p for _, p in posts if p not in opening]
    return opening[0] if _is_story(main_words, main_words, others) else None


def _only_citations(body: Sequence[str]) -> bool:
    """Whether a post body holds nothing but URL or source lines (or nothing)."""
    return all(_URL.search(line) or source_line(line) is not None for line in body)


def _own_domain(page: Page) -> str:
    return registered_domain(page.url) or registered_domain(page.canonical)


def elsewhere_lines(page: Page, thread: Thread) -> tuple[str, ...]:
    """Lines of the story or the thread that link a URL on another site or name a source."""
    own = _own_domain(page)
    lines = [*thread.story_lines, *(line for _, p in thread.posts for line in p.body)]
    if page.kind == "text":
        lines += _story_tail(page.other_lines)
    found: list[str] = []
    for line in dict.fromkeys(lines):
        if len(line) > MAX_HEADER * 2:
            continue
        if "http" in line:
            for url in _URL.findall(line):
                domain = registered_domain(url)
                if domain and domain != own:
                    found.append(line)
                    break
            else:
                continue
        elif ("：" in line or ":" in line) and source_line(line) is not None:
            found.append(line)
    return tuple(found)


def _story_tail(other: Sequence[str]) -> Sequence[str]:
    """The other lines just before a text record's first post header there: a story whose
    closing source line the text parser moved out of the main text ends there."""
    for i, line in enumerate(other):
        if _may_be_header(line) and parse_header(line) is not None:
            return other[max(0, i - TAIL_LINES) : i]
    return ()


def link_exchange_lines(page: Page) -> tuple[str, ...]:
    """Link-exchange headings and antenna-site links the page shows (each line once)."""
    lines = [b.heading for b in page.link_blocks]
    for block in page.link_blocks:
        lines += map(_TEXT, block.anchors)
    lines += page.other_lines
    lines += page.paragraphs  # a text record's or a bare template's footer may land there
    # The short lines, repeats and empty ones kept until something is found: they change no
    # search (no word spans a line break, and lower-casing stops at one).
    short = [line for line in lines if len(line) <= MAX_EXCHANGE_LINE]
    blob = "\n".join(short).lower()  # one search over the page before any line-by-line one
    exchange = [w for w in LINK_EXCHANGE if w in blob]
    has_antenna = any(w in blob for w in _ANTENNA)
    if not exchange and not has_antenna:
        return ()
    short = [line for line in dict.fromkeys(short) if line]
    found = [line for line in short if any(w in line.lower() for w in exchange)]
    antenna = [line for line in short if any(w in line for w in _ANTENNA) and line not in found]
    if len(antenna) >= 2:  # one "antenna" may be a TV aerial; a list of them is a network
        found += antenna
    return tuple(found)
