"""Pink-slime networks: one owner, hundreds of local "papers", a claim of the network's size.

A network of data-bot local sites ("Brennan County Ledger", "Lakeshore County Times") says in
its footer that it is one of many ("part of a network of more than 1,200 local news sites",
"una de las 80 webs de la red", "eines von 40 Portalen unseres Netzwerks"), offers a desk for
press releases in its menu ("Submit a Press Release", "Pressemitteilung einreichen") because
paid and free releases fill its pages, and runs stories cut from one template with another
town or number put in ("Corbin Borough: Here's who filed for business licenses in November",
"Elk Valley Township: Here's who filed ..."), sometimes with a note that they are generated
(`_automated`). A real regional group names its owner too ("part of the USA TODAY Network") but
writes its own headlines, and the few that take releases from a menu (al.com, syracuse.com) do
not count their sites in the footer: a count of news sites counts beside any one of the other
marks, a bare membership only beside a desk that asks for releases or the generated note.

Words written by hand for this project from everyday vocabulary, not from any page or template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from detector.features._pagememo import COUNTED_LINES, memo, two_digit_lines
from detector.features._textscan import snippets
from detector.page import Page

_LINE_CHARS = 300  # a footer claim is a sentence; longer lines are story paragraphs
_LAST_PARAGRAPHS = 3  # a text record may end its story with the footer's lines
_NAV_CHARS = 60  # a menu item
_NAV_WORDS = 6
_MIN_SITES = 10  # "one of 3 papers" is a small group's footer, not a network's
_MAX_LINES = COUNTED_LINES  # (400: `two_digit_lines` reads as many)
_SECTION_EXTRA = 6  # a section named by the noun alone: a plural ending and spaces

# Words for a network or group of sites, and for "one of", in some twenty languages
# (lower-case substrings): a size claim holds one of them.
NETWORK = (
    "network", "netzwerk", "netwerk", "réseau", "reseau", " red ", " red,", "rede ", " rete ",
    "sieć", "sieci", "сеть", "сети", "мереж", "ağı", "ağımız", "nätverk", "nettverk",
    "netværk", "verkosto", "jaringan", "síť", "sítě", "hálózat", "rețea", "reţea", "δίκτυο",
    "group", "gruppe", "groupe", "gruppo", "grupo", "grupa", "группы", "групи", "grubu",
    "one of", "uno de", "una de", "eine von", "eines von", "einer von", "l'un des", "un des",
    "uno dei", "una delle", "um dos", "uma das", "jeden z", "jedna z", "один из", "одна из",
    "один з", "одна з", "één van", "en av", "ett av", "salah satu", "jedna ze", "yksi",
    "网络", "網絡", "旗下", "ネットワーク", "네트워크",
)  # fmt: skip
# A count of sites: a number (with thousands marks, "+" or a Turkish case ending), up to three
# words ("more than", "local news"), then a word for sites, papers, portals or titles.
_SITE_WORDS = (
    r"(?:web)?sites?|websites|publications?|newspapers?|papers|titles|outlets|portals?|brands"
    r"|sitios|diarios|peri[oó]dicos|medios|portales|cabeceras|webs"
    r"|portalen|webseiten|seiten|zeitungen|titeln|lokalportalen|onlineportalen"
    r"|journaux|titres|m[ée]dias|portails"
    r"|siti|testate|giornali|portali|quotidiani"
    r"|jornais|portais|ve[íi]culos"
    r"|kranten|titels"
    r"|serwis[óo]w|portali|gazet|tytu[łl][óo]w|witryn"
    r"|сайтов|сайта|изданий|порталов|газет|сайтів|видань|порталів"
    r"|sitesi\w*|siteden|siteyi|gazete\w*"
    r"|sajter|tidningar|webbplatser|aviser|nettsteder"
    r"|situs|portal\s+berita|media\s+lokal"
    r"|web[ůu]|port[áa]l[ůu]|titul[ůu]|novin"
    r"|sivusto\w*|lehte\w*"
    r"|网站|網站|家媒体|サイト|사이트"
)
_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{2,5})(?:\s*\+|'\w+)?\s*"
    r"(?:[^\W\d]+\s+){0,3}?"
    rf"(?:{_SITE_WORDS})(?!\w)",
    re.IGNORECASE,
)
# The count is of news sites: a word for local or news in the line, or a word for papers
# (lower-case substrings). "Network of over 50 websites dedicated to naval art" is no newsroom.
LOCAL_NEWS = (
    "local", "lokal", "locales", "locaux", "locali", "locais", "regional", "régionaux",
    "community", "news", "nachricht", "noticia", "notizi", "notícia", "nieuws", "wiadomo",
    "новост", "новин", "місцев", "местн", "haber", "yerel", "nyhet", "berita", "zpravod",
    "uutis", "paper", "diario", "periódico", "periodico", "zeitung", "journa", "giornal",
    "quotidian", "jorna", "krant", "gazet", "газет", "tidning", "novin", "lehte", "testat",
    "cabecera", "titres", "titel", "tytuł", "издани", "видан", "portal", "портал", "媒体",
    "新闻", "新聞", "ニュース",
)  # fmt: skip
# A ranking is not a network: "one of TIME's 50 Best Websites", "Top 150 Conservative Websites".
RANKING = (
    "best", "top ", "top-", "most ", "beste", "mejores", "meilleur", "miglior", "melhores",
    "najlepsz", "лучш", "кращ", "en iyi", "bästa", "terbaik", "award", "preis", "premio",
)  # fmt: skip
# Membership without a count ("is part of the Heartland Local News Network", "a publication of
# Heartland Local Media, LLC", "forma parte de la red"): weaker, a real group's footer says it
# too ("part of the Bauer Media Entertainment Network"). The owner is named in capitals.
_OWNER = r"(?:[A-Z][\w&.'’-]*\s+){1,6}"
_MEMBER = re.compile(
    rf"\b(?:[Ii]s\s+)?part\s+of\s+the\s+{_OWNER}(?:[Nn]etwork|Newsline)\b"
    rf"|(?:,|\bis)\s+a\s+publication\s+of\s+[A-Z]"
    rf"|,\s+an?\s+{_OWNER}publication\b"
    r"|(?i:forma\s+parte\s+de\s+la\s+red|fait\s+partie\s+du\s+r[ée]seau"
    r"|fa\s+parte\s+della\s+rete|faz\s+parte\s+da\s+rede|teil\s+des\s+[\w-]*netzwerks?"
    r"|maakt\s+deel\s+uit\s+van\s+het\s+[\w-]*netwerk|należy\s+do\s+sieci"
    r"|входит\s+в\s+сеть|входить\s+до\s+мережі|ağının\s+bir\s+parçası|ingår\s+i\s+nätverket)"
)
# Words one of which every membership claim holds (a cheap test before the pattern).
_MEMBER_WORDS = (
    "part of", "publication", "parte de", "partie du", "parte della", "parte da", "teil des",
    "deel uit", "należy", "входит", "входить", "parçası", "ingår",
)  # fmt: skip
_MAX_SNIPPETS = 20
_TWO_DIGITS = re.compile(r"\d\d")

# A menu item that takes press releases: a verb of sending or posting and a word for a release,
# in twenty languages (lower-case substrings; both kinds must be in one short line).
PRESS_RELEASE = (
    "press release", "news release", "pressemitteilung", "pressemeldung", "nota de prensa",
    "comunicado", "communiqué", "communique", "comunicato", "seu release", "enviar release",
    "persbericht",
    "informację prasową", "informacje prasowe", "komunikat", "пресс-релиз", "прес-реліз",
    "basın bülten", "pressmeddelande", "pressemelding", "pressemeddelelse", "siaran pers",
    "rilis", "tiskov", "tiedote", "comunicat", "sajtóközlemény", "δελτίο τύπου", "新闻稿",
    "新聞稿", "プレスリリース", "보도자료",
)  # fmt: skip
SUBMIT = (
    "submit", "send", "post ", "publish", "add ", "upload", "share your", "submission",
    "einreichen", "einsenden", "senden", "veröffentlich", "schicken",
    "enviar", "envía", "envia", "envie", "publica", "manda", "sube",
    "soumettre", "soumet", "envoyer", "envoyez", "publier", "publiez", "déposer", "déposez",
    "invia", "pubblica", "segnala", "inserisci",
    "publique", "divulgue",
    "insturen", "indienen", "stuur", "plaatsen", "aanleveren",
    "dodaj", "wyślij", "prześlij", "opublikuj",
    "отправ", "размест", "добав", "присла", "опубликова", "надісл", "надішл", "розміст",
    "дода", "gönder", "yayınla", "ekle", "skicka", "publicera", "lämna", "send inn",
    "kirim", "ajukan", "poslat", "odeslat", "zaslat", "vložit", "lähetä", "jätä", "trimite",
    "küld", "στείλ", "提交", "投稿", "发布", "보내", "등록",
)  # fmt: skip

# Headlines cut from one template: the same words with another town or number put in.
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[$€£%:]")
_MIN_HEAD_TOKENS = 6
_MAX_HEAD_TOKENS = 24
_KEY_TOKENS = 4  # twins share their first or their last four words (numbers masked)
_TWIN_SHARE = 0.75  # of the longer headline's words, in the same order
_MAX_HEADLINES = 80


def _lines(page: Page) -> list[str]:
    """Lines outside the story (and its last paragraphs) short enough to be a footer's."""
    tail = page.paragraphs[-_LAST_PARAGRAPHS:]
    return [ln for ln in (*page.other_lines[:_MAX_LINES], *tail) if len(ln) <= _LINE_CHARS]


def size_claim(page: Page) -> str:
    """A line that says the site is one of a network of ten or more sites ("" when none)."""
    return memo(page, "network_size_claim", lambda: _size_claim(_counted_lines(page)))


def _counted_lines(page: Page) -> list[str]:
    """The lines of `_lines` with two digits side by side, the other lines' read from the
    per-page memo that `clone_network` shares."""
    other = page.other_lines
    tail = page.paragraphs[-_LAST_PARAGRAPHS:]
    return [other[i] for i in two_digit_lines(page) if len(other[i]) <= _LINE_CHARS] + [
        ln for ln in tail if len(ln) <= _LINE_CHARS and _TWO_DIGITS.search(ln)
    ]


def _size_claim(lines: Iterable[str]) -> str:
    # A count of ten or more has two digits side by side; most lines have none, and most
    # pages no network word on the lines that do (one test over them all first).
    counted = [line for line in lines if _TWO_DIGITS.search(line)]
    joined = f" {' '.join(counted).lower()} "
    if not any(w in joined for w in NETWORK):
        return ""
    for line in counted:
        low = f" {line.lower()} "
        if not any(w in low for w in NETWORK) or any(w in low for w in RANKING):
            continue
        for m in _COUNT.finditer(line):
            digits = re.sub(r"\D", "", m.group(1))
            if int(digits) >= _MIN_SITES and any(w in low for w in LOCAL_NEWS):
                return line
    return ""


def member_claim(page: Page) -> str:
    """A line that says the site belongs to a network or a publisher ("" when none)."""
    text = "\n".join(_lines(page))
    for snippet in snippets(text, _MEMBER_WORDS, radius=_LINE_CHARS, limit=_MAX_SNIPPETS):
        if _MEMBER.search(snippet):
            return snippet
    return ""


def press_release_desk(page: Page) -> tuple[str, bool]:
    """A menu item or link that takes press releases ("Submit a Press Release"), and whether
    it asks for them (True) or only names a section of them ("Press Releases")."""
    return memo(page, "press_release_desk", lambda: _desk(page))


def _desk(page: Page) -> tuple[str, bool]:
    section = ""
    items = (*page.other_lines[:_MAX_LINES], *(a.text for b in page.link_blocks for a in b.anchors))
    for item in items:
        if len(item) > _NAV_CHARS or len(item.split()) > _NAV_WORDS:
            continue
        low = f"{item.lower().strip(' -•·|')} "
        noun = next((p for p in PRESS_RELEASE if p in low), "")
        if not noun:
            continue
        if any(s in low for s in SUBMIT):
            return item, True
        if not section and len(low) <= len(noun) + _SECTION_EXTRA:
            section = item  # "Press Releases", "Pressemitteilungen", "Comunicados"
    return section, False


def _shape(line: str) -> tuple[str, ...]:
    """A headline's lower-case words, every number written as "0"."""
    return tuple("0" if t[0].isdigit() else t for t in _TOKEN.findall(line.lower()))


def _twins(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two headlines keep most words of the longer, in order, and each puts in a word
    of its own (one holding the other whole is a title and its headline, not two stories)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    common = prev[-1]
    return common < min(len(a), len(b)) and common >= _TWIN_SHARE * max(len(a), len(b))


def template_headlines(page: Page) -> tuple[str, ...]:
    """Headlines on the page (its own and the related ones) that another of them repeats with
    a different town or number: the output of a story template."""
    seen: dict[tuple[str, ...], str] = {}
    items = (page.headline, *(a.text for b in page.link_blocks for a in b.anchors))
    for line in (*items, *page.other_lines[:_MAX_LINES]):
        shape = _shape(line)
        if _MIN_HEAD_TOKENS <= len(shape) <= _MAX_HEAD_TOKENS and shape not in seen:
            seen[shape] = line
            if len(seen) >= _MAX_HEADLINES:
                break
    buckets: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for shape in seen:
        buckets.setdefault(("<", *shape[:_KEY_TOKENS]), []).append(shape)
        buckets.setdefault((">", *shape[-_KEY_TOKENS:]), []).append(shape)
    twins: dict[str, None] = {}
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _twins(a, b):
                    twins[seen[a]] = None
                    twins[seen[b]] = None
    return tuple(twins)
