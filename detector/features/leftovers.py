"""Template and generation leftovers: stray labels, chatbot phrases, spintax, feed footers.

What a hurried pipeline leaves behind: a CMS template whose labels lost their values or got glued
to them ("View", "Date:2025-04-24", "Current:Home > Scams": a translated Chinese-CMS theme), a
language model's preamble or refusal ("As an AI language model", "Rewritten article:",
"Sure, here is"), unspun spintax ("{good|great|fine}"), and the RSS footer of the site the story
was scraped from ("The post ... appeared first on ...", "Read more at ...", "Source: other.com").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from detector.features._pagememo import memo
from detector.features._textscan import cut, joined_lower, snippets
from detector.features._trigrams import lower_joined, possible
from detector.features.base import PageFeatures, register
from detector.features.provenance import registered_domain
from detector.page import Page
from detector.parsing import patterns as P

# Count labels ("View", "Hits:") and date labels ("Date:") of CMS templates, in several languages.
# Alone on a line with no number on it or next to it, the template lost its value ("View" on the
# seed, where the view count never rendered).
_COUNT_LABELS = r"views?|hits|clicks|reads|pageviews|page views|浏览|浏览次数|点击|阅读|阅读量|vues|aufrufe|visite|visitas"
_DATE_LABELS = r"date|time|datum|fecha|data|日期|时间|发布时间"
COUNT_LABEL = re.compile(rf"^\s*(?:{_COUNT_LABELS})\s*[:：]?\s*$", re.IGNORECASE)
DATE_LABEL = re.compile(rf"^\s*(?:{_DATE_LABELS})\s*[:：]\s*$", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^\W{0,2}\d[\d,.\s]*[kKmM万]?\W{0,2}$")
_DIGIT = re.compile(r"\d")
# Any label glued to its value without a space ("Date:2025-04-24", "Source:Xinhua"): the mark
# of a template translated from Chinese, where "来源：新华社" takes no space after the colon.
_LABELS = (
    rf"{_COUNT_LABELS}|{_DATE_LABELS}|source|author|editor|current|location|from|posted|category|"
    r"release time|publish(?:ed)? time|post time|update time|updated|responsible editor|"
    r"quelle|autor|fuente|fonte|auteur"
)
# The value must open with a digit, a capital or a CJK character: "Autor:innen" is German
# gender-neutral spelling, not a glued label.
GLUED_LABEL = re.compile(rf"^\s*(?P<label>(?i:{_LABELS})):(?=[0-9A-Z\u00c0-\u00de\u4e00-\u9fff])")
# English renderings of Chinese news-CMS labels (当前位置 "Current position", 发布时间
# "Release time", 责任编辑 "Responsible editor", 浏览次数 "Browse times") on a non-Chinese page,
# and the Chinese labels themselves left on a page in another language.
CMS_LABEL = re.compile(
    r"^\s*(?:current(?: position| location| page)?\s*[:：]|release time\b|publish(?:ing)? time\b|"
    r"browse times\b|reading volume\b|responsible editor\b|editor in charge\b|"
    r"current location\b|current position\b)",
    re.IGNORECASE,
)
CJK_LABEL = re.compile(
    r"^\s*(?:当前位置|来源|作者|发布时间|责任编辑|浏览次数|点击数|阅读量)\s*[:：]?"
)
# First words of every label above: a line starting with anything else is skipped cheaply.
_LABEL_WORDS = frozenset(
    [
        "view",
        "views",
        "hits",
        "clicks",
        "reads",
        "pageviews",
        "page",
        "date",
        "time",
        "datum",
        "fecha",
        "data",
        "source",
        "author",
        "editor",
        "current",
        "location",
        "from",
        "posted",
        "category",
        "release",
        "publish",
        "published",
        "publishing",
        "post",
        "update",
        "updated",
        "responsible",
        "quelle",
        "autor",
        "fuente",
        "fonte",
        "auteur",
        "browse",
        "reading",
        "vues",
        "aufrufe",
        "visite",
        "visitas",
    ]
)
_CJK_FIRST = frozenset("当来作发责浏点阅日时编")


# In the three usual cases, so the hot loop needs no lower(): "view", "View", "VIEW".
_LABEL_PREFIXES = frozenset(
    v for w in _LABEL_WORDS for v in (w[:4], w[:4].capitalize(), w[:4].upper())
)


# Each chatbot phrase with the lower-case literals it needs: a match holds one literal of each
# group (in the text lower-cased after `_FOLD`). A snippet is matched only against the phrases
# whose literals it holds: the others cannot match anywhere in it, so the matches are those of
# the whole alternation, found without trying two dozen branches at every character.
_CHATBOT_PHRASES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (r"\bas an ai(?: language)? model\b", (("as an ai",), ("model",))),
    (r"\bas an? (?:large )?language model\b", (("language model",),)),
    (r"\bas an ai developed by\b", (("as an ai developed by",),)),
    (
        r"\bi (?:cannot|can[’']t|am unable to) (?:fulfill|comply with|complete|assist with)"
        r" (?:this|that|your)\b",
        (("fulfill", "comply with", "complete", "assist with"),),
    ),
    (r"\bi[’']m sorry,? but i (?:cannot|can[’']t|am unable)\b", (("sorry",), ("but i",))),
    (
        r"\b(?:rewritten|paraphrased|revised|reworded|spun) (?:article|version|text|content|news)"
        r"\s*:",
        (("rewritten ", "paraphrased ", "revised ", "reworded ", "spun "), (":",)),
    ),
    (
        r"\bhere(?:[’']s| is) (?:the|a|an|your)"
        r" (?:rewritten|paraphrased|revised|reworded|unique|plagiarism-free|seo-optimized|humanized)"
        r" (?:version|article|text|content|news|story|post|rewrite)\b",
        (
            ("here",),
            (
                "rewritten",
                "paraphrased",
                "revised",
                "reworded",
                "unique",
                "plagiarism-free",
                "seo-optimized",
                "humanized",
            ),
        ),
    ),
    (
        r"^\W{0,3}(?:sure|certainly|absolutely|of course)[!,.]?\s+here(?:[’']s| is| are)\b",
        (("sure", "certainly", "absolutely", "of course"), ("here",)),
    ),
    (r"^\W{0,3}title\s*:\s*\S", (("title",), (":",))),
    (
        r"\b(?:seo title|meta description|focus keyword)\s*:\s*\S",
        (("seo title", "meta description", "focus keyword"), (":",)),
    ),
    (r"\bas of my (?:last )?knowledge (?:cutoff|update)\b", (("as of my",), ("knowledge",))),
    (r"\bmy knowledge cutoff\b", (("my knowledge cutoff",),)),
    (r"\bregenerate response\b", (("regenerate response",),)),
    (r"\bi hope this helps\b[!.]", (("i hope this helps",),)),
    (
        r"\blet me know if you (?:need|would like|want)(?: me to| any)?"
        r" (?:further |more |other )?(?:changes|adjust|edit|revis|modif|tweak)",
        (("let me know if you",),),
    ),
    (
        r"\bi apologi[sz]e,? but i (?:cannot|can[’']t|am unable|do not have)\b",
        (("i apologi",), ("but i",)),
    ),
    (r"\bcomo (?:un )?modelo de lenguaje\b", (("modelo de lenguaje",),)),
    (
        r"\ben tant que (?:modèle de langage|ia|intelligence artificielle)\b",
        (("en tant que",),),
    ),
    (r"\bals (?:ein )?(?:ki-)?sprachmodell\b", (("sprachmodell",),)),
    (r"\bals ki\b", (("als ki",),)),
    (r"\bcomo um modelo de linguagem\b", (("como um modelo de linguagem",),)),
    (r"\bcome (?:un )?modello (?:di linguaggio|linguistico)\b", (("modello ",),)),
    (r"\bsebagai model bahasa\b", (("sebagai model bahasa",),)),
    (r"作为(?:一个)?(?:ai|人工智能)(?:语言)?模型", (("作为",), ("模型",))),
)
CHATBOT = re.compile("|".join(p for p, _ in _CHATBOT_PHRASES), re.IGNORECASE | re.MULTILINE)
# The characters that match an ASCII letter when `re` ignores case but lower-case to another
# character (a test checks every code point): folded before looking for the literals.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


_CHATBOT_LITERALS = tuple(
    dict.fromkeys(lit for _, groups in _CHATBOT_PHRASES for group in groups for lit in group)
)
# Literal of a phrase's first group -> the phrases it may start.
_CHATBOT_BY_FIRST: dict[str, tuple[int, ...]] = {
    lit: tuple(k for k, (_, groups) in enumerate(_CHATBOT_PHRASES) if lit in groups[0])
    for lit in _CHATBOT_LITERALS
}


@functools.lru_cache(maxsize=128)
def _chatbot_subset(phrases: tuple[int, ...]) -> re.Pattern[str]:
    return re.compile("|".join(_CHATBOT_PHRASES[k][0] for k in phrases), CHATBOT.flags)


def chatbot_matches(snippet: str) -> Iterator[re.Match[str]]:
    """`CHATBOT.finditer(snippet)`, trying only the phrases whose literals the snippet holds."""
    folded = (snippet if snippet.isascii() else snippet.translate(_FOLD)).lower()
    present = [lit for lit in _CHATBOT_LITERALS if lit in folded]
    if not present:
        return iter(())
    held = set(present)
    phrases = {
        k
        for lit in present
        for k in _CHATBOT_BY_FIRST[lit]
        if all(not held.isdisjoint(group) for group in _CHATBOT_PHRASES[k][1][1:])
    }
    return _chatbot_subset(tuple(sorted(phrases))).finditer(snippet) if phrases else iter(())


SPINTAX = re.compile(r"\{(?P<body>[^{}|\n]{1,40}(?:\|[^{}|\n]{1,40}){1,9})\}")
_SPIN_OPTION = re.compile(r"^[^\W\d_][\w'’ .-]{0,39}$")

FEED_FOOTER = re.compile(
    r"\bthe post\b.{1,200}?\bappeared first on\b"
    r"|\bl[’']article\b.{1,200}?\best apparu en premier sur\b"
    r"|\bder beitrag\b.{1,200}?\berschien zuerst auf\b"
    r"|\b(?:la entrada|el post|la publicación)\b.{1,200}?"
    r"\b(?:se publicó primero|apareció primero) en\b"
    r"|\bo post\b.{1,200}?\bapareceu primeiro em\b"
    r"|\bl[’']articolo\b.{1,200}?\b(?:sembra essere il primo su|proviene da)\b"
    r"|\bhet bericht\b.{1,200}?\bverscheen eerst op\b",
    re.IGNORECASE,
)
# The same footer as translated feed/SEO plugins print it ("The post %1$s appeared first on %2$s."):
# a lead noun ("Wpis", "ظهرت المقالة", "投稿"), the post's title, the phrase, then the site. The lead
# (or, where the language puts the title first, the title) opens a line: the footer is its own
# paragraph, or its own run of lines when its two links are split out, and a story sentence
# ("Il post ... proviene da un profilo falso") seldom opens with the lead and a title of 8+
# characters. Chinese and Korean prose use the bare phrase ("最先出现在"), so those need a lead.
_T = r"[\s\S]{8,200}?"  # the post's title (it may sit on its own line, between the two links)
_FEED_FOOTER_FORMS = (
    # ar
    rf"ظهرت\s+(?:المقالة|المقال|التدوينة)\s{_T}\s(?:أولاً|أولا|اولاً|اولا)\s+(?:على|في)\s",
    rf"(?:المقالة|المقال|التدوينة)\s{_T}\sظهرت\s+(?:أولاً|أولا|اولاً|اولا)\s+(?:على|في)\s",
    # fa
    rf"(?:نوشته|مطلب|پست)\s{_T}\s(?:اولین بار|نخستین بار|ابتدا)\s+در\s",
    # pl
    rf"(?:wpis|artykuł|post)\s{_T}\spochodzi\s+z\s+(?:serwisu|witryny|bloga|portalu)\s",
    # ru, uk, bg, sr
    rf"(?:сообщение|запись|статья|пост)\s{_T}\s(?:появил(?:ись|ось|ась|ся)\s+сначала"
    r"|впервые\s+появил(?:ась|ось|ся|ись)|сначала\s+появил(?:ась|ось|ся|ись))\s+на\s",
    rf"(?:запис|допис|публікація|стаття)\s{_T}\s(?:спочатку|вперше|уперше)\s+з['’]яв(?:ився|илася|илося|илися)\s+на\s",
    rf"(?:публикацията|статията)\s{_T}\sсе\s+появи\s+(?:първо|за\s+първи\s+път)\s+(?:на|в)\s",
    rf"(?:објава|чланак)\s{_T}\s(?:се\s+прво\s+појавил[аио]|појавил[аио]\s+се\s+прво)\s+на\s",
    # hr, bs, cs, sk, sl
    rf"(?:objava|članak|clanak)\s{_T}\s(?:se\s+prvo\s+pojavil[aio]|pojavil[aio]\s+se\s+prvo)\s+na\s",
    rf"(?:příspěvek|článek)\s{_T}\sse\s+(?:nejdříve|poprvé|nejprve)\s+objevil\s+na\s",
    rf"(?:príspevok|článok)\s{_T}\ssa\s+(?:objavil\s+najskôr|najskôr\s+objavil|prvýkrát\s+objavil)\s+na\s",
    # de, nl, sv, da, nb, fi
    rf"(?:der\s+artikel|der\s+post|der\s+eintrag)\s{_T}\serschien\s+zuerst\s+auf\s",
    rf"(?:het\s+artikel|de\s+post|het\s+bericht)\s{_T}\sverscheen\s+(?:eerst|het\s+eerst)\s+op\s",
    rf"(?:inlägget|artikeln)\s{_T}\sdök\s+(?:först\s+upp|upp\s+först)\s+på\s",
    rf"(?:indlægget|artiklen)\s{_T}\s(?:blev\s+(?:vist|bragt|publiceret)\s+først|dukkede\s+først\s+op)\s+på\s",
    rf"(?:innlegget|artikkelen)\s{_T}\s(?:dukket|dukka)\s+(?:først\s+opp|opp\s+først)\s+på\s",
    rf"(?:artikkeli|kirjoitus)\s{_T}\s(?:julkaistiin|ilmestyi)\s+ensin\s+(?:sivustolla|blogissa)\s",
    # fr, es, ca, pt, it, ro
    rf"(?:le\s+billet|le\s+post|la\s+publication|cet\s+article)\s{_T}\s"
    r"(?:est\s+apparu|est\s+paru|a\s+été\s+publié)\s+en\s+premier\s+sur\s",
    rf"(?:el\s+artículo|la\s+nota|la\s+noticia)\s{_T}\s(?:se\s+publicó\s+primero|apareció\s+primero"
    r"|apareció\s+por\s+primera\s+vez)\s+en\s",
    rf"(?:l['’]entrada|l['’]article)\s{_T}\s(?:ha\s+aparegut|va\s+aparèixer)\s+primer\s+a\s",
    rf"(?:o\s+artigo|a\s+publicação|a\s+entrada|a\s+notícia)\s{_T}\s"
    r"(?:apareceu|surgiu|foi\s+publicad[oa])\s+primeiro\s+(?:em|no|na)\s",
    rf"(?:il\s+post|l['’]articolo)\s{_T}\s(?:è\s+apparso|apparso)\s+(?:per\s+la\s+prima\s+volta|prima)\s+su\s",
    rf"(?:articolul|postarea)\s{_T}\s(?:apare|a\s+apărut)\s+(?:prima\s+dată|mai\s+întâi|pentru\s+prima\s+dată)\s+(?:în|pe)\s",
    # el, he
    rf"(?:το\s+άρθρο|η\s+δημοσίευση)\s{_T}\sεμφανίστηκε\s+(?:πρώτα|για\s+πρώτη\s+φορά)\s+(?:στο|στην|στη|σε)",
    rf"(?:הפוסט|המאמר|הכתבה|הרשומה)\s{_T}\s(?:הופיע|הופיעה)\s+(?:לראשונה|ראשונה)\s",
    # tr, hu: the title comes first
    rf"{_T}\s(?:yazısı|gönderisi|haberi|makalesi)\s+ilk\s+(?:önce|olarak)\s[\s\S]{{1,80}}?\s"
    r"(?:üzerinde|sitesinde|adresinde)\s+(?:ortaya\s+çıktı|yayınlandı|yayımlandı)",
    rf"{_T}\s(?:bejegyzés|cikk)\s+először\s+(?:a\(z\)|az?)\s[\s\S]{{1,80}}?\s(?:oldalon|honlapon|weboldalon)\s+jelent\s+meg",
    # id/ms, vi, th, hi, sw
    rf"(?:pos|postingan|artikel|tulisan|kiriman|catatan)\s{_T}\s"
    r"(?:muncul\s+pertama\s+kali|pertama\s+kali\s+(?:muncul|tampil|terbit|diterbitkan))\s+(?:di|pada)\s",
    rf"(?:bài\s+viết|bài\s+đăng|bài)\s{_T}\s(?:xuất\s+hiện|được\s+đăng)\s+(?:lần\s+)?đầu\s+tiên\s+(?:tại|trên|ở|vào)\s",
    rf"(?:โพสต์|บทความ)\s*{_T}\s*(?:ปรากฏ|เผยแพร่)ครั้งแรก(?:บน|ที่|ใน)",
    rf"(?:पोस्ट|लेख)\s{_T}\s(?:सबसे\s+)?पहले\s[\s\S]{{1,80}}?\s(?:पर|में)\s+(?:दिखाई|प्रकाशित)",
    rf"(?:chapisho|makala)\s{_T}\s(?:ilionekana|ilichapishwa)\s+kwanza\s+(?:kwenye|katika)\s",
    # ja, zh, ko
    rf"投稿\s*{_T}\s*は\s*[\s\S]{{1,80}}?\s*に最初に(?:表示|掲載)されました",
    rf"(?:文章|帖子|博文)\s*{_T}\s*最(?:先|早)出(?:现|現)(?:在|於|于)",
    rf"(?:게시물|포스트|게시글)\s*{_T}\s*[\s\S]{{1,80}}?에\s*(?:처음|먼저)\s*(?:나타났습니다|게시되었습니다|게재되었습니다)",
)
FEED_FOOTER_INTL = re.compile(
    r"(?:^|\n)[^\w\n]{0,3}(?:" + "|".join(_FEED_FOOTER_FORMS) + ")", re.IGNORECASE
)
# One literal of each form, lower-case: a page holding none of them is not searched.
FEED_TRIGGERS_INTL = (
    "أولاً", "أولا", "اولاً", "اولا", "بار در", "ابتدا در", "pochodzi z", "сначала", "впервые",
    "з'яв", "з’яв", "се появи", "прво", "prvo se", "se prvo", "objevil na", "objavil",
    "erschien zuerst", "verscheen", "dök först", "dök upp", "først", "ensin sivustolla", "ensin blogissa",
    "en premier",
    "primero en", "primera vez", "primer a", "primeiro", "prima volta", "prima su", "prima dată",
    "mai întâi", "πρώτα", "πρώτη φορά", "לראשונה", "ראשונה", "ilk önce", "ilk olarak",
    "először", "pertama kali", "đầu tiên", "ครั้งแรก", "पहले", "kwanza", "に最初に",
    "最先出", "最早出", "처음", "먼저",
)  # fmt: skip
# "Read more at X", "This story originally appeared on X": the text lives elsewhere. A bare
# "First published on November 19" (a date, not a place) does not count; nor does X being the
# page's own site, which `Leftovers._elsewhere` checks.
POINTS_ELSEWHERE = re.compile(
    r"\b(?:read (?:more|the (?:full|original|rest of the) (?:story|article|post))|continue reading|"
    r"full (?:story|article)|"
    r"(?:this|the) (?:article|story|post) (?:was |has been )?(?:originally |first )?"
    r"(?:published|appeared|posted)|originally appeared|"
    r"weiterlesen|lire la suite|leer más|leia mais|leggi (?:tutto|di più))"
    r"\s+(?:at|on|in|auf|sur|en|em|su)\s+(?:the\s+)?(?P<where>[^\W\d][^\n.;,]{0,40})",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(
    rf"^\s*(?:{P.SOURCE_LABEL_PATTERN}|via|source originale|引用元|ソース)\s*[:：]\s*(?P<where>.+)$",
    re.IGNORECASE,
)
# A reposter's disclaimer that the text was taken from elsewhere and will be removed on request:
# "本文内容来源于网络，版权归原作者所有，如有侵权请联系删除", "We do not own the rights to this
# content", "If you are the copyright owner ... we will remove it", "Все материалы взяты из
# открытых источников", "Semua artikel diambil dari berbagai sumber", "Nguồn: Sưu tầm". None of the
# 4,395 real pages of the shared HTML collections carries one outside its story. Licensed copy credits its
# source instead; only a page that took the text without asking disclaims it this way.
TAKEN_DISCLAIMER = re.compile(
    r"(?:转载|內容|内容|文章|图文|圖文|素材)?(?:来源|來源|来自|來自|源于|源自)(?:于|於)?(?:网络|網絡|互联网|互聯網)"
    r"|版权归(?:原)?作者所有|版權歸(?:原)?作者所有|如有侵权|如有侵權|侵删|侵刪"
    r"|we do not own (?:the )?(?:rights? to |copyrights? (?:of|to) )?(?:this|these|the|any)"
    r" (?:content|article|news|story|stories|material)"
    r"|if you are the (?:original )?(?:author|owner|copyright (?:owner|holder))[^.\n]{0,80}?"
    r"\b(?:remove|removed|delete|deleted|take (?:it )?down|taken down)\b"
    r"|(?:all )?credits? (?:go(?:es)? to|belongs? to) the (?:original|respective) "
    r"(?:authors?|owners?|sources?|publishers?)"
    r"|(?:content|articles?|posts?|news|materials?|images?)\b[^.\n]{0,40}?\b"
    r"(?:collected|sourced|taken|gathered|compiled|copied) from "
    r"(?:the internet|the web|various sources|other sources|open sources)"
    r"|removed (?:immediately )?(?:up)?on request|(?:do|does) not claim (?:any )?ownership"
    r"|из открытых источников|(?:diambil|dikutip) dari berbagai sumber"
    r"|(?:source|fuente|fonte|quelle|nguồn|kaynak|источник)\s*:\s*(?:internet|интернет|sưu tầm)",
    re.IGNORECASE,
)
TAKEN_TRIGGERS = (
    "网络", "網絡", "互联网", "互聯網", "版权归", "版權歸", "侵权", "侵權", "侵删", "侵刪",
    "we do not own", "if you are the", "credit", "from the internet", "from the web",
    "from various sources", "from other sources", "from open sources", "on request",
    "claim", "открытых источник", "berbagai sumber", "internet", "интернет", "sưu tầm",
)  # fmt: skip
_DOMAIN = re.compile(
    r"(?:https?://)?(?:[\w-]+\.)+(?:com|net|org|info|news|co|io|uk|de|fr|es|it|ru|cn|in|au|ca|us|biz|tv|me)\b(?:/\S*)?",
    re.IGNORECASE,
)


# Lower-case literals one of which every match of the pattern beside it contains.
CHATBOT_TRIGGERS = (
    "language model", "as an ai", "fulfill", "sorry, but", "sorry but", "rewritten", "paraphrased",
    "revised", "reworded", "spun", "here is", "here's", "here’s", "here are", "title:",
    "title :", "meta description", "focus keyword", "knowledge cut", "knowledge update",
    "regenerate", "modelo de lenguaje", "modèle de langage", "en tant qu", "sprachmodell", "als ki",
    "modelo de linguagem", "modello", "model bahasa", "模型", "comply with",
    "assist with",
    "hope this helps",
    "let me know if you",
    "apologi",
)  # fmt: skip
FEED_TRIGGERS = (
    "appeared first on", "est apparu en premier", "erschien zuerst", "primero en",
    "apareceu primeiro", "proviene da", "il primo su", "verscheen eerst",
)  # fmt: skip
SOURCE_TRIGGERS = (*P.SOURCE_LABELS, "via", "quelllink", "original", "引用元", "ソース")
ELSEWHERE_TRIGGERS = (
    "read more", "read the", "continue reading", "full story", "full article", "originally",
    "first published", "first appeared", "first posted", "weiterlesen", "lire la suite",
    "leer más", "leia mais", "leggi",
)  # fmt: skip


def _quoted(items: Iterable[str], n: int = 3) -> str:
    return ", ".join(f'"{cut(s, 60)}"' for s in list(items)[:n])


def _is_number_line(line: str) -> bool:
    return bool(line) and len(line) <= 20 and bool(_NUMBER_LINE.match(line))


@register("leftovers_v1")
class Leftovers(PageFeatures):
    """Stray template labels, chatbot phrases, spintax and scraped-feed footers."""

    FEATURES = (
        "left_orphan_labels",  # a count or date label with no value beside it: "View", "Date:"
        "left_glued_labels",  # a label glued to its value: "Date:2025-04-24", "Source:Xinhua"
        "left_cms_labels",  # translated Chinese-CMS labels: "Current:", "Release time"
        "left_chatbot",  # language-model preambles and refusals
        "left_spintax",  # unspun "{good|great|fine}"
        "left_feed_footer",  # "The post ... appeared first on ..."
        # "Read more at ...", "Source: other-site.com", "来源于网络，如有侵权请联系删除"
        "left_points_elsewhere",
        "left_lines_missing",  # no lines outside the main text to look at
    )

    def __init__(
        self, label_line_chars: int = 60, seam_paragraphs: int = 3, max_count: int = 10
    ) -> None:
        # label_line_chars: a template label line is short; the seed's are 4-24 characters and
        # real pages' "Date: November 5, 2012 | Category: ..." rows stay under 60.
        self.label_line_chars = label_line_chars
        # seam_paragraphs: chatbot preambles ("Sure, here is...", "Title:") open the text and
        # sign-offs and feed footers close it; this many prose paragraphs (>= 60 characters)
        # at each end are scanned, with every short line before or after them: extracted-text
        # records often carry menus and link lists inside the "main text" past the footer.
        self.seam_paragraphs = seam_paragraphs
        # max_count: counts are capped so one long sidebar cannot dominate the feature.
        self.max_count = max_count

    def _labels(self, page: Page) -> tuple[list[str], list[str], list[str]]:
        """(orphan, glued, cms) label lines among the short lines around the story."""
        n = self.label_line_chars
        lines = [page.title[:n].strip(), *page.other_lines]
        lines.extend(p for p in page.paragraphs[:8] if len(p) <= n)
        cjk_page = page.language in ("zh", "ja")
        orphan: list[str] = []
        glued: list[str] = []
        cms: list[str] = []
        for i, line in enumerate(lines):
            # Cheap test first: most lines are menus and teasers, not labels.
            if len(line) > n or not (line[:4] in _LABEL_PREFIXES or line[:1] in _CJK_FIRST):
                continue
            line = line.strip()
            if not cjk_page and (CJK_LABEL.match(line) or CMS_LABEL.match(line)):
                cms.append(line)
            if ":" in line[:24] and GLUED_LABEL.match(line):
                glued.append(line)
            elif len(line) <= 16:
                prev = lines[i - 1].strip() if i else ""
                nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
                if COUNT_LABEL.match(line):
                    if not (_is_number_line(prev) or _is_number_line(nxt)):
                        orphan.append(line)
                elif DATE_LABEL.match(line) and not _DIGIT.search(nxt[:40]):
                    orphan.append(line)
        # A label repeated in a menu counts once.
        return list(dict.fromkeys(orphan)), list(dict.fromkeys(glued)), list(dict.fromkeys(cms))

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised: made_elsewhere asks)."""
        key = ("leftovers_extract", self.label_line_chars, self.seam_paragraphs, self.max_count)
        return memo(page, key, lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        evidence: list[str] = []
        orphan, glued, cms = self._labels(page)
        if orphan or glued or cms:
            evidence.append(
                f"stray template labels {_quoted(dict.fromkeys([*cms, *orphan, *glued]), 4)}"
            )

        paras = page.paragraphs
        head, tail = self._seams(paras)
        seam_lines = (page.headline, *head, *(tail if tail is not head else ()))
        seams = "\n".join(seam_lines)
        # Short preambles ("Rewritten article:") can land outside the main text, so the lines
        # around it are scanned too (in the same pass); there a "Title:" line is ordinary page
        # furniture (library records, forms) and counts only when the story's seams have it.
        # A "Title:" line counts only where a model's answer starts: the headline or the first
        # two paragraphs (elsewhere it is page furniture: library records, reference lists).
        opening = "\n".join((page.headline, *paras[:2]))
        # The lines around the story are scanned four times: lower-cased once.
        other = [_with_lower(page, "other_lines", page.other_lines)] if page.other_lines else []
        text, low = joined_lower([(seams, lower_joined(page, seam_lines)), *other])
        chatbot: list[str] = []  # one per line: "Sure, here is the rewritten article:" is one
        for snippet in snippets(text, possible(page, CHATBOT_TRIGGERS), low=low):
            for m in chatbot_matches(snippet):
                said = m.group(0)
                if not said.lstrip(" \t*-–—:").lower().startswith("title") or said in opening:
                    chatbot.append(said)
                    break
        if chatbot:
            evidence.append(f"chatbot leftover {_quoted(chatbot)}")
        body = "\n".join((page.headline, *paras))
        spins = (
            [m.group(0) for m in SPINTAX.finditer(body) if _is_spintax(m["body"])]
            if "|" in body
            else []
        )
        if spins:
            evidence.append(f"unspun spintax {_quoted(spins)}")

        tail_part = [("\n".join(tail), lower_joined(page, tail))] if tail else []
        around, around_low = joined_lower([*tail_part, *other])
        footers = self._feed_footers(
            around,
            around_low,
            possible(page, FEED_TRIGGERS),
            possible(page, FEED_TRIGGERS_INTL),
        )
        if footers:
            evidence.append(f"feed footer {_quoted(footers, 1)}")
        elsewhere = [
            m.group(0)
            for s in snippets(around, possible(page, ELSEWHERE_TRIGGERS), radius=80, low=around_low)
            for m in POINTS_ELSEWHERE.finditer(s)
            if not _is_own_site(m["where"], page)
        ]
        elsewhere.extend(self._source_lines(page, [*tail_part, *other]))
        for s in snippets(around, possible(page, TAKEN_TRIGGERS), radius=120, low=around_low):
            taken = TAKEN_DISCLAIMER.search(s)  # one disclaimer a line, however many clauses
            if taken:
                elsewhere.append(taken.group(0))
        if elsewhere:
            evidence.append(f"points elsewhere {_quoted(elsewhere, 2)}")
        cap = self.max_count
        values = (
            float(min(len(orphan), cap)),
            float(min(len(glued), cap)),
            float(min(len(cms), cap)),
            float(min(len(chatbot), cap)),
            float(min(len(spins), cap)),
            float(min(len(footers), cap)),
            float(min(len(elsewhere), cap)),
            float(not page.other_lines),
        )
        return values, tuple(evidence)

    def _seams(self, paras: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The head and the tail of the text: k prose paragraphs each, plus the short lines."""
        k = self.seam_paragraphs
        if len(paras) <= 2 * k:
            return paras, paras  # a short text is all head and all tail
        long_seen = 0
        head_end = len(paras)
        for i, para in enumerate(paras):
            if len(para) >= 60:
                long_seen += 1
                if long_seen == k:
                    head_end = i + 1
                    break
        if head_end >= len(paras) - 1:
            return paras, paras  # too little prose to split: all head and all tail
        long_seen = 0
        tail_start = head_end
        for i in range(len(paras) - 1, head_end - 1, -1):
            if len(paras[i]) >= 60:
                long_seen += 1
                if long_seen == k:
                    tail_start = i
                    break
        return paras[:head_end], paras[max(tail_start, head_end) :]  # disjoint for long texts

    def _feed_footers(
        self,
        around: str,
        low: str | None = None,
        triggers: Sequence[str] = FEED_TRIGGERS,
        intl_triggers: Sequence[str] = FEED_TRIGGERS_INTL,
    ) -> list[str]:
        """ "The post X appeared first on Y" footers in any language, also split over lines.

        `triggers`, `intl_triggers`: the FEED_TRIGGERS and FEED_TRIGGERS_INTL that may occur (the
        others are not searched).
        """
        low = around.lower() if low is None else low
        if len(low) != len(around):  # lower-casing moved the offsets: search the whole text
            found = [m.group(0) for m in FEED_FOOTER.finditer(around)]
            found.extend(m.group(0) for m in FEED_FOOTER_INTL.finditer(around))
            return list(dict.fromkeys(" ".join(f.split()) for f in found))
        found = self._footers_near(around, low, triggers, FEED_FOOTER, whole_lines=False)
        found.extend(self._footers_near(around, low, intl_triggers, FEED_FOOTER_INTL))
        return list(dict.fromkeys(found))

    def _footers_near(
        self,
        around: str,
        low: str,
        triggers: Sequence[str],
        pattern: re.Pattern[str],
        whole_lines: bool = True,
    ) -> list[str]:
        """Matches of `pattern` in a window around each trigger found in `low`.

        `whole_lines`: the window starts at a line's start and keeps its line breaks (the
        pattern anchors the footer's lead at a line start); otherwise lines are joined.
        """
        found: list[str] = []
        for trigger in triggers:
            i = low.find(trigger)
            while i >= 0 and len(found) < self.max_count:
                start = max(0, i - 250)
                end = i + len(trigger) + 80
                if whole_lines:
                    window = around[around.rfind("\n", 0, start) + 1 : end]
                else:
                    window = around[start:end].replace("\n", " ")
                found.extend(" ".join(m.group(0).split()) for m in pattern.finditer(window))
                i = low.find(trigger, i + len(trigger))
        return found

    def _source_lines(self, page: Page, around: list[tuple[str, str]] | None = None) -> list[str]:
        """ "Source: other-site.com" lines naming a site other than the page's own.

        `around`: the story's tail and the page's other lines as (text, lower-cased) pairs, when
        the caller has them.
        """
        own = registered_domain(page.url) if page.url else ""
        found: list[str] = []
        if around is None:
            lines = (*self._seams(page.paragraphs)[1], *page.other_lines)
            around = [(t, t.lower()) for t in ("\n".join(lines),)] if lines else []
        credits = "\n".join(page.credit_lines)
        tail_part = [(credits, credits.lower())] if page.credit_lines else []
        text, low = joined_lower([*around, *tail_part])
        for line in snippets(text, possible(page, SOURCE_TRIGGERS), radius=200, low=low):
            if line.lstrip()[:1] not in _SOURCE_FIRST:
                continue
            if BARE_SOURCE.match(line):
                found.append(line.strip())  # an autoblog plugin's link back to the original
                continue
            m = SOURCE_LINE.match(line)
            if not m:
                continue
            d = _DOMAIN.search(m["where"])
            if d and (not own or registered_domain(d.group(0)) != own):
                found.append(line.strip())
        return found


_SOURCE_FIRST = frozenset("SsVvQqFfOoRrLlBbKk来來出引ソ출Ии")
# The link back to the scraped original that autoblog plugins print under every post.
BARE_SOURCE = re.compile(
    r"^\s*(?:source link|source url|original source|link to (?:the )?(?:source|original)|"
    r"read (?:the )?original (?:article|story|post)|view original(?: article)?|"
    r"quelllink|lien source|enlace (?:a la )?fuente|fonte originale)\W*$",
    re.IGNORECASE,
)


def _with_lower(page: Page, name: str, lines: tuple[str, ...]) -> tuple[str, str]:
    """The lines (of the page) joined, and lower-cased, once per page."""

    def build() -> tuple[str, str]:
        return "\n".join(lines), lower_joined(page, lines)

    return memo(page, ("joined_lower", name), build)


def _is_own_site(where: str, page: Page) -> bool:
    """True when "Read more at X" names the page's own site (its brand or domain label)."""
    low = where.lower().replace(" ", "")
    brand = page.site_name.lower().replace(" ", "")
    if brand and (brand in low or low.startswith(brand[:12])):
        return True
    domain = registered_domain(page.url).split(".")[0] if page.url else ""
    return bool(domain) and domain in low


def _is_spintax(body: str) -> bool:
    """True when every option of "{a|b|c}" is a short run of words (not code or a formula)."""
    options = body.split("|")
    return len(options) >= 2 and all(o == o.strip() and _SPIN_OPTION.match(o) for o in options)
