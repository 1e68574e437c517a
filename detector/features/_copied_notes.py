"""Notes that say a story was copied, and credits that credit nobody.

Two more forms of the notes `_automated` reads, both about the story on the page:
- a note that speaks of "this article / this news" and says it was copied or taken over from
  elsewhere ("هذا الخبر منقول من موقع …", "This story was copied from …"), or made
  automatically ("Dieser Beitrag wurde automatisiert … erstellt"); a copyright notice that
  forbids copying ("this article may not be copied") says the opposite and does not count;
- a source label whose names are all vague: "agencies", "the internet", "social networks",
  "various sources", "compiled" ("Nguồn: Tổng hợp", "Chanzo: Mitandao", "Quelle: Agenturen /
  <the site itself>"): a credit line that licenses nothing, where a licensed copy names its
  publisher. At least one name must be vague; the others may be the site's own name.
It also gives the lines of a text record that its parser put into a link block with no link
(footer lines after a "Related" list): a note there is still a note.

Words written by hand for this project from everyday vocabulary, some fifteen languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detector.features._pagememo import memo
from detector.features.publisher_credits import vague_source
from detector.features.seo_template import own_names
from detector.lexicon.vague_sources import AGENCY_WORDS, GOVERNMENT_HEADS
from detector.page import Page
from detector.parsing.agencies import alternation
from detector.parsing.source_lines import LABELS

# "This article / this news / this post" (lower-case substrings).
SELF_REFERENCE = (
    "this article", "this story", "this post", "this news", "this report", "this content",
    "dieser beitrag", "dieser artikel", "diese meldung", "diese nachricht", "dieser text",
    "cet article", "cette information", "cette actualité", "cette dépêche", "este artículo",
    "esta noticia", "esta nota", "este contenido", "este artigo", "esta notícia", "esta matéria",
    "questo articolo", "questa notizia", "dit artikel", "dit bericht", "deze tekst",
    "этот материал", "эта статья", "эта новость", "данный материал", "цей матеріал",
    "ця новина", "ten artykuł", "ta informacja", "ten materiał", "bu haber", "bu içerik",
    "bu makale", "artikel ini", "berita ini", "bài viết này", "tin này", "makala hii",
    "habari hii", "هذا الخبر", "هذا المقال", "هذه المادة", "هذا المحتوى", "این خبر", "این مطلب",
    "यह खबर", "यह लेख", "यह समाचार", "本文", "此文", "この記事", "이 기사", "본 기사",
)  # fmt: skip
# "Copied from" (lower-case substrings): not "reprinted" or "taken from", which a licensed
# copy's credit says ("reprinted with permission from"), nor "may be copied" (a licence).
COPIED = (
    "copied from", "kopiert von", "kopiert aus", "copié de", "copié sur", "copiado de",
    "copiado del", "copiato da", "gekopieerd van", "скопирован с", "скопирован из",
    "скопійовано з", "skopiowany z", "skopiowano z", "kopyalanmıştır", "disalin dari",
    "sao chép từ", "imenakiliwa kutoka", "منقول من", "منقول عن", "से कॉपी", "复制自", "複製自",
)  # fmt: skip
# A notice that forbids copying holds one of these (lower-case substrings).
FORBIDS = (
    " not ", "n't", "nicht", "ne peut", "n'est pas", "interdit", " no ", "prohibid", "non è",
    "vietat", "proibid", " niet ", "не ", "nie ", "yasak", "tidak", "dilarang", "không được",
    "cấm", "hairuhusiwi", "marufuku", "لا يجوز", "يمنع", "ممنوع", "नहीं", "वर्जित", "禁止",
    "不得", "금지", "without permission", "ohne genehmigung", "sans autorisation",
    "sin autorización", "senza autorizzazione",
)  # fmt: skip
_LABEL = re.compile(rf"^\W{{0,3}}(?:{alternation(list(LABELS))})\s*[:：]\s*(?P<rest>.+)$", re.I)
_SPLIT = re.compile(r"\s*(?:,|，|、|&|/|\+|\||\s(?:and|y|e|i|und|et|và|ve|na|و)\s)\s*", re.I)
_CREDIT_CHARS = 80  # a credit line: a label and a name or two
_NOTE_CHARS = 400  # a note is a sentence or two


def record_lines(page: Page) -> tuple[str, ...]:
    """Lines of a text record that its parser put into a link block with no link (memoised)."""
    return memo(page, "record_lines", lambda: _record_lines(page))


def _record_lines(page: Page) -> tuple[str, ...]:
    if page.kind != "text":
        return ()
    return tuple(a.text for b in page.link_blocks for a in b.anchors if not a.href)


def self_reference(low: str) -> bool:
    """Whether a lower-cased line speaks of "this article / this news"."""
    return any(s in low for s in SELF_REFERENCE)


def copied_note(lines: Sequence[str]) -> str:
    """A note saying this story was copied from elsewhere, or ""."""
    for line in lines:
        if len(line) > _NOTE_CHARS:
            continue
        low = f" {line.lower()} "
        if (
            any(c in low for c in COPIED)
            and self_reference(low)
            and not any(f in low for f in FORBIDS)
        ):
            return line.strip()
    return ""


def vague_credit(page: Page, lines: Sequence[str]) -> str:
    """A source line that credits only vague sources (and perhaps the site itself), or ""."""
    own: tuple[str, ...] | None = None
    for line in lines:
        if len(line) > _CREDIT_CHARS or (":" not in line and "：" not in line):
            continue
        m = _LABEL.match(line.strip())
        if m is None:
            continue
        if own is None:
            own = own_names(page)[0]
        if _all_vague(m["rest"], own):
            return line.strip()
    return ""


def _all_vague(rest: str, own: Sequence[str]) -> bool:
    """Every name credited is vague or the site's own, and one at least is vague."""
    names = [n.strip(" .\"'“”«»()[]").lower() for n in _SPLIT.split(rest)]
    names = [n for n in names if n]
    vague = [n for n in names if _vague(n)]
    return bool(vague) and all(n in vague or n in own for n in names)


def _vague(low: str) -> bool:
    """A name that says only "the internet", "social networks", "various sources", "compiled"
    (not "agencies": a newsroom credits the wires it subscribes to so)."""
    if low.startswith(GOVERNMENT_HEADS) or any(w in AGENCY_WORDS for w in low.split()):
        return False
    return vague_source(low)
