"""Notes a content farm leaves in and under a story: a chatbot's framing, calls to follow the
site on Google News or to join its messenger group, and a "we are not the government / not a
newspaper" disclaimer.

Four mechanisms, each a structure with small multilingual lexicons of the *kind* of word
(written by hand for this project from everyday vocabulary, not from any page):
- a rewrite preamble or postamble at the story's edge, in any language: a line that opens with
  a "here is" word, names a rewrite, version or summary and ends in a colon ("Voici une
  réécriture de l'article :", "Hier ist eine umgeschriebene Version:", "Berikut adalah versi
  …:"), a bare "<rewritten> article:" label, or a model's sign-off ("I hope this helps", "Would
  you like me to …"). A newsroom's story opens on its news and ends on its last fact;
- a call to follow the site on Google News or Discover *inside* the story's paragraphs (the
  product's name is the same in every language; a newsroom's button sits in the page chrome);
- a call to join the site's WhatsApp or Telegram group or channel inside the story (or, in a
  text record, a join banner among the lines around it; not the chrome's "follow us" bar);
- a disclaimer that the site has no link with any government body, or is not a registered
  newspaper or mass medium, on a page that carries a story (benefit and scheme bait);
- an SEO plugin's "Keywords: a, b, c" field left visible under the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from detector.features._pagememo import memo
from detector.features._trigrams import lower_joined, lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.seo_template import (
    JOIN_VERB,
    MESSENGERS,
    names_brand,
    own_names,
    story_words,
)
from detector.page import Page
from detector.parsing.common import line_words

# "Here is / below is" words that open a model's preamble (lower case, at the line's start,
# after at most a "sure," or "okay,").
HERE = (
    "here is", "here's", "here’s", "here are", "below is", "the following is",
    "voici", "voilà", "ci-dessous", "hier ist", "hier sind", "hier die", "hier eine", "hier der",
    "nachfolgend", "ecco", "di seguito", "aquí está", "aquí tienes", "aquí te", "a continuación",
    "aqui está", "aqui estão", "segue", "abaixo", "hier is", "hieronder", "här är", "her er",
    "tässä", "oto", "poniżej", "вот", "ниже", "ось", "нижче", "işte", "aşağıda", "berikut",
    "inilah", "ini adalah", "đây là", "dưới đây là", "إليك", "إليكم", "فيما يلي", "في ما يلي",
    "यहाँ", "यहां", "नीचे", "以下是", "下面是", "这是", "以下は", "こちらは", "다음은", "아래는",
    "여기", "iată", "mai jos", "ιδού", "παρακάτω", "ето", "evo", "tady je", "íme",
)  # fmt: skip
# Rewrite nouns and participles (lower-case substrings): rewrite, rewritten, paraphrase,
# reworded. A bare label needs one of them; after a "here is" word a version or an article
# noun (VERSION) counts too ("Berikut adalah versi …:"). "Summary" is left out: a blogger
# writes "Here's my summary from back then:" (real-page scan).
REWRITE = (
    "rewrit", "re-writ", "paraphras", "reword", "réécri", "reformul", "umgeschrieb",
    "umformulier", "neu geschrieb", "neufassung", "riscritt", "riscrittur", "riformul",
    "reescrit", "reescritur", "reformulad", "parafrase", "parafraz", "parafras", "ditulis ulang",
    "tulis ulang", "penulisan ulang", "переписан", "перепис", "рерайт", "перефраз", "переписа",
    "przepisan", "yeniden yaz", "viết lại", "إعادة صياغة", "إعادة كتابة", "معاد صياغت",
    "पुनर्लेखन", "फिर से लिख", "दोबारा लिख", "改写", "改寫", "重写", "重寫", "書き直", "書き換え",
    "リライト", "재작성", "다시 쓴", "재구성", "herschreven", "omskriv", "omskrev",
    "uudelleenkirjoit", "rescris", "reformulat", "ξαναγραμμ", "преработ",
)  # fmt: skip
VERSION = (
    "version", "versión", "versão", "versione", "versi ", "versie", "versjon", "wersj",
    "versiyon", "версия", "версію", "версiя", "phiên bản", "نسخة", "संस्करण", "版本", "バージョン",
    "버전", "versiune", "article", "artikel", "articolo",
    "artículo", "artigo", "статья", "статьи", "статті", "artykuł", "makale", "bài viết",
    "مقال", "लेख", "文章", "記事", "기사", "articol",
)  # fmt: skip
# A model's sign-off or self-reference, whole phrases in some fifteen languages.
SIGN_OFFS = (
    "i hope this helps", "hope this helps", "let me know if you", "would you like me to",
    "as an ai", "j'espère que cela", "j’espère que cela", "n'hésitez pas à me dire",
    "voulez-vous que je", "souhaitez-vous que je", "ich hoffe, das hilft", "ich hoffe, dies hilft",
    "möchtest du, dass ich", "möchten sie, dass ich", "spero che questo", "spero che questa",
    "vuoi che io", "vuoi che ti", "espero que esto te", "espero que esta versión",
    "¿quieres que", "¿te gustaría que", "espero que isso", "espero que esta versão",
    "quer que eu", "gostaria que eu", "semoga versi ini", "apakah anda ingin saya",
    "надеюсь, это поможет", "надеюсь, эта версия", "хотите, чтобы я", "сподіваюся, це допоможе",
    "mam nadzieję, że to pomoże", "umarım bu yardımcı", "ister misiniz, ", "hy vọng điều này",
    "hy vọng bản", "bạn có muốn tôi", "أتمنى أن يكون هذا", "هل تريد أن أ", "आशा है कि यह मदद",
    "希望这对你有帮助", "希望对你有帮助", "需要我", "お役に立てれば", "도움이 되었으면",
)  # fmt: skip
# Google's news products: the name is kept in every language, or transliterated.
GOOGLE_NEWS = (
    "google news", "google discover", "google actualités", "google notícias", "google noticias",
    "google notizie", "google nachrichten", "google haberler", "google berita", "google tin tức",
    "google nieuws", "google wiadomości", "google новости", "google новини", "google ニュース",
    "googlenews", "news.google", "جوجل نيوز", "غوغل نيوز", "جوجل نيوز", "گوگل نیوز",
    "구글 뉴스", "구글뉴스", "गूगल न्यूज", "गूगल न्यूज़", "谷歌新闻", "谷歌新聞", "גוגל ניוז",
)  # fmt: skip
# Verbs (stems, lower case) of a call to follow or add the site: a line that only mentions
# Google News ("this article showed up on Google News") is not a call.
FOLLOW = (
    "follow", "add us", "subscri", "sígue", "sigue", "siga", "suivez", "suivre", "ajoutez",
    "abonnez", "folg", "abonnier", "segui", "aggiungi", "volg", "ikuti", "tambahkan", "takip",
    "abone ol", "theo dõi", "تابع", "أضف", "फॉलो", "फ़ॉलो", "जुड़", "팔로우", "구독", "关注",
    "關注", "订阅", "フォロー", "следите", "подпис", "стежте", "obserwuj", "śledź", "ακολουθ",
    "inscreva", "acompanhe", "urmăr", "volgen",
)  # fmt: skip
# A denial of any tie ("no link", "not affiliated", "not connected") and whom with.
NO_TIE = (
    "not affiliated", "no affiliation", "not associated", "not connected", "no connection",
    "not linked", "no link", "not endorsed", "not an official", "is not official",
    "não possui vínculo", "não tem vínculo", "sem vínculo", "não é vinculado", "não é afiliado",
    "não tem ligação", "no tiene vínculo", "no está afiliado", "no está vinculado", "sin vínculo",
    "no tiene relación", "no es un sitio oficial", "n'est pas affilié", "aucun lien",
    "n'est pas lié", "n'a aucun lien", "non è affiliato", "non ha alcun legame",
    "nessun legame", "non è collegato", "nicht verbunden", "keine verbindung",
    "nicht verbunden", "steht in keiner verbindung", "nicht offiziell", "geen banden",
    "niet verbonden", "nie jest powiązan", "nie jest związan", "не связан", "не является официальн",
    "не аффилирован", "не пов'язан", "не є офіційн", "bağlantısı yoktur", "bağlı değildir",
    "ilişkisi yoktur", "tidak berafiliasi", "tidak terkait", "tidak ada hubungan",
    "tidak memiliki hubungan", "không liên kết", "không liên quan", "không có liên hệ",
    "ليس له أي علاقة", "لا علاقة", "ليس تابع", "غير تابع", "غير مرتبط", "कोई संबंध नहीं",
    "कोई सम्बन्ध नहीं", "कोई लेना-देना नहीं", "से संबद्ध नहीं", "जुड़ा नहीं", "संबंधित नहीं",
    "सम्बंधित नहीं", "जुड़ी नहीं", "not related to", "no está relacionad", "não está relacionad",
    "non è legat", "nicht verbunden mit", "не относится к", "не имеет отношения", "не має відношення", "与任何政府",
    "无关", "無關", "関係ありません", "関係はありません", "관련이 없", "무관",
)  # fmt: skip
GOVERNMENT = (
    "government", "governmental", "official body", "public agency", "state agency",
    "governo", "órgão", "orgão", "gobierno", "organismo oficial", "entidad pública",
    "gouvernement", "organisme public", "administration", "governo", "ente pubblico",
    "istituzion", "regierung", "behörde", "staatlich", "overheid", "rząd", "instytucj",
    "правительств", "государствен", "органами власти", "уряд", "державн", "hükümet", "devlet",
    "kamu kurum", "pemerintah", "instansi", "chính phủ", "cơ quan nhà nước", "حكوم", "جهة رسمية",
    "جهات رسمية", "सरकार", "सरकारी", "政府", "官方", "정부", "公的機関", "guvern", "κυβέρν",
)  # fmt: skip
# "Not a registered newspaper / mass medium": a denial and a press word in one sentence.
NOT_PRESS = (
    "not a newspaper", "not a news organi", "not a registered news", "not a registered media",
    "not registered as a news", "not registered as a media", "not registered as a mass",
    "non registrata", "non è una testata", "testata non registrata", "non costituisce testata",
    "non può pertanto considerarsi un prodotto editoriale", "prodotto editoriale",
    "не зарегистрирован", "не является средством массовой", "не является сми",
    "не зареєстрован", "не є засобом масової", "n'est pas un journal", "n'est pas un média",
    "no es un periódico", "no es un medio de comunicación", "não é um jornal",
    "não é um veículo de imprensa", "kein presseerzeugnis", "keine zeitung",
    "nie jest gazetą", "nie jest czasopismem", "nie jest prasą", "bukan media massa",
    "bukan situs berita resmi", "không phải là báo", "không phải cơ quan báo chí",
    "ليس صحيفة", "ليس موقعا إخباريا رسميا", "समाचार पत्र नहीं", "न्यूज़ पोर्टल नहीं",
    "不是新闻媒体", "非新闻媒体", "gazete değildir", "basın yayın organı değildir",
)  # fmt: skip

# Labels of a visible keyword list (lower case; "Tags:" is left out: real outlets print tag
# rows under their stories, while a "Keywords:" list is a plugin's field left visible).
KEYWORD_LABELS = (
    "keywords", "key words", "focus keyword", "focus keywords", "seo keywords", "palabras clave",
    "palavras-chave", "palavras chave", "mots-clés", "mots clés", "mots-clefs", "schlüsselwörter",
    "parole chiave", "trefwoorden", "nyckelord", "słowa kluczowe", "ключевые слова",
    "ключові слова", "anahtar kelimeler", "kata kunci", "từ khóa", "từ khoá",
    "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "कीवर्ड", "मुख्य शब्द", "关键词",
    "關鍵詞", "关键字", "キーワード", "키워드", "cuvinte cheie", "λέξεις-κλειδιά",
    "λέξεις κλειδιά", "klíčová slova", "kulcsszavak", "คำสำคัญ",
)  # fmt: skip
_KEYWORD_LINE = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(re.escape(k) for k in sorted(KEYWORD_LABELS, key=len, reverse=True))
    + r")\s*[:：]\s*\S"
)
_KEYWORD_ITEMS = 3  # a keyword list names three phrases or more
_LIST_SEPARATORS = re.compile(r"[,،、，;|#]")
_EDGE_CHARS = 250  # a preamble or sign-off is a line or a sentence, not a paragraph
_EDGE_LINES = 2  # lines read at the story's end, and at the text record's edges
_HEAD_LINES = 4  # lines read at its head: a preamble may follow the headline and a byline
_LEAD = re.compile(r"^\W{0,3}(?:(?:sure|okay|ok|certainly|bien sûr|claro|certo|natürlich)\W+)?")
_LABEL_WORDS = 6  # "Rewritten article:", "Articolo riscritto :" : a bare label is short
_CTA_CHARS = 300  # a follow/join call is a sentence or a short line
_CTA_WORDS = 4  # "Síguenos en Google News"; a share bar's lone "Google News" is one or two
# Other networks: a line naming one of them beside Google News is a share or follow bar.
_NETWORKS = ("facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "tiktok")
_TAIL_PARAS = 4  # a join call closes the story: its last paragraphs
_BUTTON_WORDS = 16  # "لمتابعة أخبار X أولا بأول عبر قناتنا على واتساب اضغط هنا": a call, not prose
_NOTE_CHARS = 400  # a disclaimer is a sentence or two
_NOTE_LINES = 300  # chrome lines read from the end
_STORY_WORDS = 100  # a disclaimer counts under a story, not on a contact or "about" page


def _holding(page: Page, lines: Sequence[str], words: Sequence[str]) -> list[tuple[int, str, str]]:
    """(index, line, lower-cased line) of the `lines` that hold one of `words`, in order: one
    search per word over the lines joined (most pages' chrome holds none)."""
    if not words or not lines:
        return []
    joined = lower_joined(page, lines)  # a fast first look: most pages hold none of the words
    if not any(w in joined for w in words):
        return []
    lower = lower_map(page)
    lows = [(lower.get(x) or x.lower()).replace("\n", " ") for x in lines]
    text = "\n".join(lows)
    starts = [0, *accumulate(len(x) + 1 for x in lows)]
    found: set[int] = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            found.add(k)
            i = text.find(word, starts[k + 1])
    return [(k, lines[k], lows[k]) for k in sorted(found)]


def _edge_lines(page: Page) -> list[str]:
    """The story's first and last short lines: where a model's preamble and sign-off sit."""
    paras = [p for p in page.paragraphs if p.strip()]
    edges = [*paras[:_HEAD_LINES], *paras[-_EDGE_LINES:]]
    if page.kind == "text":  # the text parser may leave a preamble among the other lines
        edges.extend(page.other_lines[:_EDGE_LINES])
    return [e for e in dict.fromkeys(edges) if len(e) <= _EDGE_CHARS]


def _preamble(line: str, low: str, here: tuple[str, ...], rewrite: tuple[str, ...]) -> bool:
    """A "here is + rewrite/version noun + colon" line, or a short "<rewritten> article:" label."""
    if not low.rstrip(" *_\"'»”").endswith((":", "：")):
        return False
    lead = _LEAD.match(low)
    body = low[lead.end() :] if lead else low
    if any(body.startswith(h) for h in here):
        return any(w in body for w in rewrite) or any(v in body for v in VERSION)
    return line_words(line) <= _LABEL_WORDS and any(w in body for w in rewrite)


def rewrite_leftover(page: Page) -> str:
    """A chatbot preamble or sign-off at the story's edge, in any language, or ""."""
    here = possible(page, HERE)
    rewrite = possible(page, REWRITE)
    sign_offs = possible(page, SIGN_OFFS)
    if not (rewrite or (here and possible(page, VERSION)) or sign_offs):
        return ""
    lower = lower_map(page)
    for line in _edge_lines(page):
        low = lower.get(line) or line.lower()
        if _preamble(line, low, here, rewrite) or any(s in low for s in sign_offs):
            return line.strip()
    return ""


def google_news_call(page: Page) -> str:
    """A call to follow the site on Google News or Discover inside the story, or "".

    A line of the story's paragraphs that names the product and no other network (a share bar
    names several), or a line of a text record's chrome that also names the site's own brand
    ("Suivez <brand> sur Google Actualités"): a newsroom's own button says "Follow us".
    """
    names = possible(page, GOOGLE_NEWS)
    if not names:
        return ""
    brands, labels = own_names(page)
    chrome = page.other_lines[-_NOTE_LINES:] if page.kind == "text" else ()
    inside = len(page.paragraphs)
    for k, line, low in _holding(page, (*page.paragraphs, *chrome), names):
        if len(line) > _CTA_CHARS or any(s in low for s in _NETWORKS):
            continue
        if not any(f in low for f in FOLLOW):
            continue
        if (k < inside and line_words(line) >= _CTA_WORDS) or names_brand(low, brands, labels):
            return line.strip()
    return ""


def messenger_join(page: Page) -> str:
    """A call to join a WhatsApp/Telegram group or channel inside the story, or "".

    Any short line of the story's paragraphs (a farm puts its join banner at the top, mid-story
    and at the end; a Blogger page's main span may end in comments) that names one messenger
    and holds a join verb, or a follow/subscribe verb on a line of a button's length. A text
    record's other lines count with a join verb only: "Follow us on Telegram" is a site's
    chrome, "Join our WhatsApp group" a farm's banner. A share bar names several networks.
    """
    messengers = possible(page, MESSENGERS)
    if not messengers:
        return ""
    follow = possible(page, FOLLOW)
    chrome = page.other_lines if page.kind == "text" else ()
    inside = len(page.paragraphs)
    for k, line, low in _holding(page, (*page.paragraphs, *chrome), messengers):
        if len(line) > _CTA_CHARS or sum(n in low for n in _NETWORKS) > 1:
            continue
        if JOIN_VERB.search(low) or (
            k < inside and line_words(line) <= _BUTTON_WORDS and any(f in low for f in follow)
        ):
            return line.strip()
    return ""


def _block_lines(page: Page) -> list[str]:
    """A text record's link-block lines: the parser's "Related Posts" block may run on over
    the footer's disclaimer (a text record's links have no href to stop it)."""
    if page.kind != "text":
        return []
    return [a.text for b in page.link_blocks for a in b.anchors if not a.href]


def no_tie_disclaimer(page: Page) -> str:
    """A note that the site has no tie to any government or is not a registered newspaper."""
    blocks = _block_lines(page)  # outside the page's trigram index: read with whole lexicons
    no_tie = NO_TIE if blocks else possible(page, NO_TIE)
    not_press = NOT_PRESS if blocks else possible(page, NOT_PRESS)
    if not (no_tie or not_press):
        return ""
    if story_words(page) < _STORY_WORDS:
        return ""
    government = (GOVERNMENT if blocks else possible(page, GOVERNMENT)) if no_tie else ()
    if not (government or not_press):
        return ""
    lines = (*page.paragraphs[-_TAIL_PARAS:], *page.other_lines[-_NOTE_LINES:])
    held = [(line, low) for _, line, low in _holding(page, lines, (*not_press, *no_tie))]
    held += [(line, line.lower()) for line in blocks if len(line) <= _NOTE_CHARS]
    for line, low in held:
        if len(line) > _NOTE_CHARS:
            continue
        if any(n in low for n in not_press):
            return line.strip()
        if any(n in low for n in no_tie) and any(g in low for g in government):
            return line.strip()
    return ""


def keyword_line(page: Page) -> str:
    """A visible "Keywords: a, b, c" line closing a story (in a text record, also among the
    lines after it), or ""."""
    if not possible(page, KEYWORD_LABELS):
        return ""
    if story_words(page) < _STORY_WORDS:
        return ""
    labels = possible(page, KEYWORD_LABELS)
    chrome = page.other_lines[-_NOTE_LINES:] if page.kind == "text" else ()
    for _, line, low in _holding(page, (*page.paragraphs[-_TAIL_PARAS:], *chrome), labels):
        if (
            len(line) <= _NOTE_CHARS
            and _KEYWORD_LINE.match(low)
            and len(_LIST_SEPARATORS.findall(low)) + 1 >= _KEYWORD_ITEMS
        ):
            return line.strip()
    return ""


@register("farm_notes_v1")
class FarmNotes(PageFeatures):
    """Chatbot framing, in-story Google News and messenger calls, no-government disclaimers."""

    FEATURES = (
        "note_rewrite_leftover",  # "Voici une réécriture de l'article :", "I hope this helps"
        "note_google_news_call",  # "Suivez X sur Google Actualités" inside the story
        "note_messenger_join",  # "Join our WhatsApp group for updates" closing the story
        "note_no_tie_disclaimer",  # "not affiliated with any government", "not a newspaper"
        "note_keyword_line",  # "الكلمات المفتاحية: a، b، c" left visible under the story
    )

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, ("farm_notes_extract",), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        found = (
            ("a chatbot's framing at the story's edge", rewrite_leftover(page)),
            ("a call to follow the site on Google News inside the story", google_news_call(page)),
            ("a call to join a messenger group closing the story", messenger_join(page)),
            ("a note that the site is no government body or newspaper", no_tie_disclaimer(page)),
            ("a plugin's keyword list left visible under the story", keyword_line(page)),
        )
        values = tuple(float(bool(said)) for _, said in found)
        evidence = tuple(f'{what}: "{said[:120]}"' for what, said in found if said)
        return values, evidence
