"""A messenger channel's footer left under a reposted channel post.

A Telegram or VK channel signs every post with a row of buttons and its own name:
"👉Підписатися | 📩 Надіслати новину | 💬 Чат" over "Вінниця Оперативна | Підписатися",
"Подписаться на канал | Прислать новость", "Join channel | Send news | Chat". A site that
reposts the post whole keeps them; the name is then a channel's, not the site's.
`channel_footer_names` finds such rows among a page's lines and the names they carry;
`detector.features.origin_voice` judges whether a name is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detector.lexicon.words import wordset

# A channel's buttons, lower-case, in uk ru be en pl tr de fr es pt ar fa kk uz id vi hi he:
# a segment opening with one of these words is that button ("Подписаться на канал").
SUBSCRIBE = (
    "підписатися", "підписатись", "підпишись", "підпишіться", "підписуйтесь", "подписаться",
    "подпишись", "подпишитесь", "подписывайтесь", "падпісацца", "падпісвайцеся", "subscribe",
    "join", "subskrybuj", "dołącz", "abone ol", "abonnieren", "beitreten", "s'abonner",
    "abonnez-vous", "rejoindre", "suscríbete", "suscribirse", "únete", "inscreva-se", "assinar",
    "اشترك", "انضم", "الاشتراك", "عضویت", "عضو شوید", "بپیوندید", "жазылу", "obuna",
    "berlangganan", "gabung", "đăng ký", "tham gia", "सब्सक्राइब", "जुड़ें", "הצטרפו",
)  # fmt: skip
SEND_NEWS = (
    "надіслати новину", "надіслати новини", "запропонувати новину", "прислати новину",
    "надіслати фото", "прислать новость", "предложить новость", "отправить новость",
    "прислать новости", "предложить новости", "даслаць навіну", "send news", "send a tip",
    "send us news", "submit news", "suggest news", "wyślij newsa", "zgłoś temat", "haber gönder",
    "ihbar", "news senden", "hinweis senden", "envoyer une info", "proposer une info",
    "enviar noticia", "envía tu noticia", "enviar notícia", "envie sua notícia", "أرسل خبر",
    "ارسل خبر", "ارسال خبر", "kirim berita", "gửi tin", "жаңалық жіберу",
)  # fmt: skip
# One-word buttons: the channel's chat, comments, bot, donations.
CHAT = wordset(
    "чат chat czat sohbet چت گفتگو دردشة коментарі комментарии обговорення обсуждение "
    "бот bot донат donate підтримати поддержать support"
)
_SEP = re.compile(r"\s*[|•·]\s*")
_SEP_CHAR = re.compile(r"[|•·]")
# "Подписывайтесь на Самара Инсайд": the channel named in the subscribe button itself.
_TO_NAME = re.compile(
    r"^\S+(?:\s+(?:ol|bo'ling))?\s+(?:на|до|к|в|to|on|a|al|à|na|do|zu|auf|untuk|ke)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
# Every literal a button row holds one of, besides a subscribe word: a page with none skips.
OTHER_BUTTONS = (*SEND_NEWS, *CHAT)
_EDGE = re.compile(r"^\W+|\W+$")  # emoji and punctuation round a button's word
_MAX_LINE = 120  # a row of buttons or a "Name | Subscribe" line is short
_MAX_BUTTON_WORDS = 7  # "Подписывайтесь на <a channel of up to five words>"
_MAX_NAME_WORDS = 5
_NEAR = 2  # the name line stands next to the button row


def _button(segment: str) -> str:
    """Which button a segment is ("subscribe", "send", "chat"), or ""."""
    low = segment.lower()
    words = low.split()
    if not words or len(words) > _MAX_BUTTON_WORDS:
        return ""
    if low.startswith(SUBSCRIBE):
        return "subscribe"
    if low.startswith(SEND_NEWS):
        return "send"
    return "chat" if len(words) == 1 and words[0] in CHAT else ""


def _segments(line: str) -> list[str]:
    return [s for part in _SEP.split(line) if (s := _EDGE.sub("", part))]


def _name(segment: str) -> str:
    """A segment that may be a channel's name: two to five words opening with a capital, or "".
    (One word beside a button is most often a menu item: "Home", "Новини".)"""
    words = segment.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not segment[:1].isupper():
        return ""
    if ":" in segment or sum(c.isalpha() for c in segment) < 3:
        return ""
    return segment


def channel_footer_names(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(name, the line naming it) for the channel names a footer of buttons carries.

    A button row (subscribe plus a send-news, chat or bot button) names the channel in a
    plain segment of its own or on a line next to it ("Name | Subscribe", or the name alone).
    A "Name | Subscribe" line alone is a site's menu as often ("Log In | Join", "Print Edition
    | Subscribe" on real pages): it counts only beside a button row.
    """
    rows: list[int] = []
    pairs: dict[int, str] = {}
    for i, line in enumerate(lines):
        if len(line) > _MAX_LINE or ("|" not in line and "•" not in line and "·" not in line):
            continue
        segments = _segments(line)
        kinds = [_button(s) for s in segments]
        if "subscribe" in kinds and len(set(kinds) - {""}) >= 2:
            rows.append(i)
        elif len(segments) == 2 and sorted(kinds) == ["", "subscribe"]:
            name = _name(segments[kinds.index("")])
            if name:
                pairs[i] = name
    found: list[tuple[str, str]] = []
    for i in rows:
        plain = [_name(s) if not _button(s) else _named_in(s) for s in _segments(lines[i])]
        near = [j for j in range(max(0, i - _NEAR), min(len(lines), i + _NEAR + 1)) if j != i]
        plain += [pairs[j] for j in near if j in pairs]
        if not any(plain):  # only a row that names no channel takes a bare line beside it
            plain = [_bare_name(lines[j]) for j in near]  # (else: "Most Popular", "Comments")
        found += [(name, lines[i]) for name in plain if name]
    return list(dict.fromkeys(found))


def _named_in(button: str) -> str:
    """The channel a subscribe button names ("Подписывайтесь на Самара Инсайд"), or ""."""
    m = _TO_NAME.match(button) if button.lower().startswith(SUBSCRIBE) else None
    return _name(m["name"]) if m else ""


def _bare_name(line: str) -> str:
    """A line that is a name alone (a channel's title over or under its buttons), or ""."""
    if len(line) > _MAX_LINE or _SEP_CHAR.search(line):
        return ""
    return _name(_EDGE.sub("", line))
