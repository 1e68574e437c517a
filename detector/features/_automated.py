"""Does the site say that nobody writes its stories? Automation disclaimers in its chrome.

Sites that pour agency copy or other outlets' stories into a template, untouched by any editor,
sometimes say so in their footer or "about" box: "I contenuti sono aggiornati automaticamente",
"Все материалы сайта формируются автоматически", "Nyheterna publiceras automatiskt", "News on
this site is generated automatically". A newsroom says who edits it instead. The sign is a short
line outside the story that names the site's content (news, articles, materials) and says it is
published, updated or generated automatically, in any of some thirty languages: one word of each
of the three kinds is enough, so it does not depend on one template's wording. Read in the
chrome only: a story may report on automation ("articles generated automatically by AI flood
the web").

Two more notes say the same of a site that takes other people's stories: a compilation note
(a verb of gathering and a plural or anonymous source: "compiled from various sources", "यहां दी
गई जानकारी विभिन्न स्रोतों से ली गई है", "собраны из открытых источников", "produced using public
records") and a taken-copy notice (rights, a contact and a removal in one line: "版权归原作者所有，
如有侵权请联系删除", "if you own the rights, contact us and we will remove it"). These may close the
story itself, so the story's last paragraphs are read too. Any of the notes counts only on a page
that carries a full story: an aggregator that lists headlines and snippets says the same words
about itself, and says that each item opens at the original site (then nothing counts).
`_copied_notes` adds a note about "this article" (copied from elsewhere, or made automatically:
then it may close the story) and a source label that credits only "the internet", "various
sources" or "compiled" ("Nguồn: Tổng hợp", "Chanzo: Mitandao").

Words written by hand for this project from everyday vocabulary, not from any page or template.
"""

from __future__ import annotations

from detector.features._copied_notes import copied_note, record_lines, self_reference, vague_credit
from detector.features._pagememo import memo
from detector.features._trigrams import lower_joined, possible
from detector.page import Page
from detector.parsing.common import line_words

# Beginnings of "automatic(ally)" in the languages the parser reads (lower-case substrings).
AUTOMATIC = (
    "automat", "automaat", "otomat", "автомат", "αυτόματ", "tự động", "自动", "自動", "자동",
    "تلقائي", "آلي", "स्वचालित", "อัตโนมัติ", "אוטומטי", "خودکار",
)  # fmt: skip
# Beginnings of the words that name a site's content: news, articles, stories, posts,
# materials, content (lower-case substrings, matched anywhere in the line).
CONTENT = (
    # en, de, fr, es, it, pt, nl
    "news", "article", "stories", "story", "content", "posts", "material",
    "nachricht", "meldung", "inhalt", "beiträge", "beitrag", "contenu", "actualit", "dépêche",
    "contenido", "noticia", "artículo", "contenut", "notizi", "articol", "informazion",
    "conteúdo", "notícia", "artigo", "nieuws", "berichten", "inhoud",
    # sv, da, nb, fi, pl, cs, sk, ro, hu, tr, id, ms, tl
    "nyhet", "nyhed", "artikl", "uutis", "artikkel", "innhold", "indhold", "wiadomoś", "artykuł",
    "treś",
    "zpráv", "článk", "obsah", "správ", "știri", "conținut", "hírek", "cikk", "tartalm",
    "haber", "içerik", "berita", "konten", "balita",
    # ru, uk, bg, el, ar, he, fa, hi, vi, th, zh, ja, ko
    "новост", "материал", "матеріал", "стат", "новин", "публікац", "ειδήσ", "άρθρ", "περιεχόμεν",
    "أخبار", "الأخبار", "محتوى", "المحتوى", "مقالات", "חדשות", "כתבות", "תוכן", "اخبار",
    "مطالب", "समाचार", "खबर", "सामग्री", "tin tức", "bài viết", "nội dung", "ข่าว",
    "เนื้อหา", "新闻", "新聞", "内容", "內容", "文章", "ニュース", "記事", "뉴스", "기사",
    "콘텐츠",
)  # fmt: skip
# Beginnings of the verbs that say what is done automatically: published, updated, generated,
# collected, imported (a comment box that "automatically notifies" or a page that loads content
# "automatically" says nothing of who writes the stories).
MADE = (
    # en, de, fr, es, it, pt, nl
    "updat", "generat", "aggregat", "collect", "compil", "import", "produc",
    "veröffentlich", "aktualisier", "erstellt", "generier", "erzeugt", "publi", "mis à jour",
    "mises à jour", "génér", "agrég", "agreg", "actualiz", "recopil", "aggiorn", "pubblic", "raccol",
    "atualiz", "gerad", "coletad", "gepubliceerd", "bijgewerkt", "gegenereerd", "verzamel",
    # sv, da, nb, fi, pl, cs, ro, hu, tr, id
    "uppdater", "genereras", "hämtas", "opdater", "genereres", "oppdater", "produser", "julkais",
    "päivit", "generow", "pobiera", "aktualiz", "generov", "furniz", "frissít", "generál",
    "yayınlan", "güncellen", "oluşturul", "diperbarui", "diterbitkan", "dibuat", "dikumpulkan",
    # ru, uk, bg, el, ar, he, fa, hi, vi, th, zh, ja, ko
    "публику", "обновля", "формиру", "генериру", "собира", "оновлю", "формую", "публікую",
    "ενημερών", "δημοσιεύ", "تحديث", "نشر", "توليد", "מתעדכ", "מתפרס", "منتشر",
    "به‌روز", "بروز", "अपडेट", "प्रकाशित", "cập nhật", "đăng tải", "อัปเดต", "เผยแพร่",
    "更新", "发布", "發布", "生成", "采集", "抓取", "配信", "取得", "업데이트", "생성", "수집",
    "게재",
)  # fmt: skip
# Compiled from the internet, or a news-aggregation tagline: a site of other people's stories
# naming where it gets them (whole phrases: "tổng hợp" alone names a "general news" section).
COMPILED = (
    "tổng hợp từ internet", "tổng hợp từ các nguồn", "sưu tầm từ internet", "tổng hợp tin tức",
    "compiled from the internet", "aggregated from the internet", "网络整理", "综合自网络",
    "整理自网络", "新闻聚合", "资讯聚合",
)  # fmt: skip
# Verbs of gathering or taking (lower-case substrings): compiled, collected, taken, sourced.
GATHERED = (
    # en, de, fr, es, it, pt, nl
    "compiled", "collected", "gathered", "aggregated", "taken from", "sourced from",
    "obtained from", "produced using", "generated using", "generated from", "zusammengestellt",
    "gesammelt", "entnommen", "übernommen", "compilé", "collecté", "recueilli", "tiré", "issus",
    "recopilad", "tomad", "extraíd", "compilad", "obtenid", "raccolt", "tratt", "coletad",
    "retirad", "obtid", "verzameld", "overgenomen",
    # ru, uk, pl, cs, ro, tr, id, ms, vi, sw
    "собран", "взят", "заимствован", "по материалам", "зібран", "за матеріалами", "zebran",
    "zaczerpnię", "pochodzą z", "převzat", "sebran", "preluat", "colectat", "derlen", "alınmış",
    "alınmıştır", "toplan", "diambil", "dikutip", "dihimpun", "dikumpulkan", "dirangkum",
    "bersumber", "tổng hợp", "sưu tầm", "lấy từ", "zimekusanywa", "imechukuliwa",
    # hi, bn, ar, fa, he, th, zh, ja, ko
    "ली गई", "ली गयी", "लिया गया", "लिए गए", "संकलित", "एकत्र", "সংগৃহীত", "নেওয়া",
    "مأخوذ", "مجمع", "منقول", "جمعت", "گردآوری", "برگرفته", "נאסף", "נלקח", "รวบรวม", "นำมาจาก",
    "来源于", "来自", "源于", "源自", "整理", "收集", "綜合", "综合", "まとめ", "収集", "수집",
    "발췌",
    # prepared from (open sources): "Материал подготовлен на основе открытых источников".
    # ("Information from" is left out: "product information from third-party sources" is a
    # shop's note, real-page scan.)
    "prepared from", "prepared on the basis", "prepared using", "préparé à partir",
    "élaboré à partir", "erstellt auf grundlage", "elaborad", "preparad", "preparat",
    "подготовлен", "підготовлен", "przygotowan", "hazırlanmıştır", "disusun dari", "biên soạn",
    "تم إعداد", "तैयार की गई", "编写自", "根据公开",
)  # fmt: skip
# ("Reprint" and "quote" are left out: a copyright notice forbids them, "無断転載を禁じます".)
# A note about the pictures only ("Imagens retiradas da internet"), naming no story or content,
# says nothing of where the text comes from.
IMAGES = (
    "image", "photo", "picture", "bild", "foto", "imagen", "imagem", "immagin", "фото", "изображ",
    "zdjęci", "obrázk", "resim", "görsel", "gambar", "ảnh", "hình", "图片", "圖片", "画像", "사진",
    "صور", "तस्वीर", "ছবি", "รูปภาพ",
)  # fmt: skip
# Plural, open or anonymous sources: "various sources", "the internet", "public records".
SOURCES = (
    # en, de, fr, es, it, pt, nl
    "various sources", "multiple sources", "different sources", "other sources", "open sources",
    "public sources", "third-party sources", "the internet", "the web", "public records",
    "verschiedenen quellen", "öffentlichen quellen", "offenen quellen", "dem internet",
    "diverses sources", "différentes sources", "sources ouvertes", "sources publiques",
    "diversas fuentes", "varias fuentes", "distintas fuentes", "fuentes abiertas",
    "fuentes públicas", "de internet", "varie fonti", "diverse fonti", "fonti aperte",
    "fonti pubbliche", "dal web", "da internet", "diversas fontes", "várias fontes",
    "fontes abertas", "fontes públicas", "verschillende bronnen", "openbare bronnen",
    # ru, uk, pl, cs, ro, tr, id, ms, vi, sw
    "открытых источник", "различных источник", "разных источник", "интернет", "відкритих джерел",
    "різних джерел", "інтернет", "różnych źródeł", "otwartych źródeł", "internetu",
    "různých zdrojů", "veřejných zdrojů", "diverse surse", "surse publice", "çeşitli kaynak",
    "farklı kaynak", "açık kaynak", "internetten", "berbagai sumber", "sumber terbuka",
    "pelbagai sumber", "internet", "nhiều nguồn", "các nguồn", "vyanzo mbalimbali", "mtandaoni",
    # hi, bn, ar, fa, he, th, zh, ja, ko
    "विभिन्न स्रोत", "अलग-अलग स्रोत", "इंटरनेट", "বিভিন্ন সূত্র", "ইন্টারনেট", "مصادر مختلفة",
    "مصادر متعددة", "مصادر مفتوحة", "الإنترنت", "منابع مختلف", "اینترنت", "מקורות שונים",
    "האינטרנט", "แหล่งต่างๆ", "อินเทอร์เน็ต", "网络", "互联网", "網絡", "網路", "インターネット",
    "ネット上", "인터넷", "여러 출처",
)  # fmt: skip
# A taken-copy notice names rights, a way to reach the site and a removal in one line.
RIGHTS = (
    "copyright", "rights", "bản quyền", "авторск", "прав", "urheberrecht", "droits", "derechos",
    "direitos", "diritti", "rechten", "praw", "autorsk", "drepturi", "telif", "hak cipta",
    "版权", "版權", "侵权", "侵權", "著作権", "저작권", "حقوق", "کپی", "कॉपीराइट", "स्वामित्व",
    "লিখস্বত্ব", "ลิขสิทธิ์", "זכויות", "haki miliki",
)  # fmt: skip
CONTACT = (
    "contact", "notify", "let us know", "liên hệ", "связ", "свяж", "зв'яж", "зверн", "kontakt",
    "contacte", "contáct", "contatt", "contat", "hubungi", "iletişim", "bize ulaş", "联系", "聯繫",
    "联络", "連絡", "お問い合わせ", "연락", "문의", "اتصل", "تواصل", "تماس", "संपर्क", "যোগাযোগ",
    "ติดต่อ", "צרו קשר", "wasiliana",
)  # fmt: skip
REMOVE = (
    "remove", "delete", "take down", "taken down", "xóa", "gỡ", "удал", "видал", "lösch",
    "entfern", "supprim", "retir", "elimin", "rimoss", "rimuov", "verwijder", "usun", "odstran",
    "şter", "kaldır", "hapus", "删除", "刪除", "删", "削除", "삭제", "حذف", "हटा", "মুছে",
    "ลบ", "נסיר", "ondoa",
)  # fmt: skip
# An aggregator of headlines says each item opens at the original site, or that it publishes
# no full articles: its automation wording describes links, not copy.
ORIGINAL_SITE = (
    "original site", "original website", "publisher's site",
    "site original", "sitio original", "sitio web original", "site de origem", "site d'origine",
    "site de l'éditeur", "originalseite", "originalquelle", "sito originale", "sito della fonte",
    "oorspronkelijke site", "оригинальном сайте", "сайте первоисточника", "сайті першоджерела", "oryginalnej stron",
    "původní web", "site-ul original", "orijinal site", "kaynak siteye", "situs asli", "situs sumber",
    "trang gốc", "الموقع الأصلي", "मूल वेबसाइट", "মূল ওয়েবসাইট", "元サイト",
    "原网站", "原网页", "原始网站", "来源网站", "tovuti asili",
    "do not publish full", "don't publish full", "não publicamos", "no publicamos",
    "nous ne publions pas", "wir veröffentlichen keine", "non pubblichiamo", "мы не публикуем",
    "kami tidak menerbitkan",
)  # fmt: skip
_LINE_CHARS = 200  # a disclaimer is a sentence or two of the footer, not a paragraph
_LAST_PARAGRAPHS = 3  # a note that closes the story sits in its last lines
# A full story: words of the main text (ideographs count two to a word), or paragraphs of
# running text. Measured on the probe pages: teasers and snippet lists hold 80 words or fewer
# and no three paragraphs of 15 words (a snippet or a source line is shorter, a teaser's last
# sentence is cut off), the shortest copied story with a note (a public-records list) 142
# words; short wire stories hold three or four paragraphs of 15-25 words.
_STORY_WORDS = 100
_PARAGRAPH_WORDS = 15
_STORY_PARAGRAPHS = 3
_CUT = ("...", "…")
# The gathering verb and the sources it names sit close together ("собраны из открытых
# источников", "विभिन्न स्रोतों से ली गई"); further apart they belong to two clauses ("Für Sie
# zusammengestellt: Übertragungen in TV, Internet und Radio").
_NEAR_CHARS = 40


def automation_disclaimer(page: Page) -> str:
    """The line that says the site's stories are made automatically or taken from elsewhere,
    on a page that carries a full story, or ""."""
    return memo(page, ("automation_disclaimer",), lambda: _disclaimer(page))


def _disclaimer(page: Page) -> str:
    chrome = [line for line in page.other_lines[-200:] if len(line) <= _LINE_CHARS]
    tail = [p for p in page.paragraphs[-_LAST_PARAGRAPHS:] if len(p) <= _LINE_CHARS]
    records = [line for line in record_lines(page) if len(line) <= _LINE_CHARS]
    # Most pages name no automation nor any source: the words found in the joined lines rule
    # them out, and the lines are then read for those words only.
    joined = lower_joined(page, [*chrome, *tail])
    if records:  # (not among the page's lines that `possible` reads: every word is read)
        joined += "\n" + "\n".join(records).lower()
    words = _Words(page, joined, every=bool(records))
    chrome += records
    note = vague_credit(page, [*tail, *chrome])
    if words.automatic or words.compiled or words.gathered or words.removal:
        # A story's last lines may report on automation, but not when they speak of "this
        # article" ("Dieser Beitrag wurde automatisiert … erstellt").
        own = [t for t in tail if self_reference(t.lower())]
        note = (
            note or _automatic_line([*chrome, *own], words) or _taken_line([*chrome, *tail], words)
        )
    note = note or copied_note(page.paragraphs[-_LAST_PARAGRAPHS:])  # a note of its own length
    if not note or not _full_story(page) or any(o in joined for o in ORIGINAL_SITE):
        return ""
    return note


class _Words:
    """The words of each lexicon that occur in the page's joined lines (lower-cased); the
    page's trigrams rule most of them out unread."""

    def __init__(self, page: Page, joined: str, every: bool = False) -> None:
        def found(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(w for w in (words if every else possible(page, words)) if w in joined)

        self.automatic = found(AUTOMATIC)
        self.compiled = found(COMPILED)
        self.sources = found(SOURCES)
        self.gathered = found(GATHERED) if self.sources else ()
        self.removal: tuple[tuple[str, ...], ...] = ()
        if remove := found(REMOVE):  # the rarest of the three first
            rights, contact = found(RIGHTS), found(CONTACT)
            self.removal = (rights, contact, remove) if rights and contact else ()


def _automatic_line(lines: list[str], words: _Words) -> str:
    """A chrome line saying the site's content is made automatically (in a story's last lines
    it may be news about automation)."""
    if not words.automatic:
        return ""
    for line in lines:
        low = line.lower().replace("automattic", "")  # WordPress's maker, in "powered by"
        if (
            any(a in low for a in words.automatic)
            and any(c in low for c in CONTENT)
            and any(m in low for m in MADE)
        ):
            return line.strip()
    return ""


def _taken_line(lines: list[str], words: _Words) -> str:
    """A compilation note or tagline, or a taken-copy notice (rights, contact, removal)."""
    if not (words.compiled or words.gathered or words.removal):
        return ""
    for line in lines:
        low = line.lower()
        if any(c in low for c in words.compiled) or (
            words.removal and all(any(w in low for w in kind) for kind in words.removal)
        ):
            return line.strip()
        if words.gathered and _near(low, words.sources, words.gathered) and not _only_pictures(low):
            return line.strip()
    return ""


def _near(low: str, first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """A word of `first` and one of `second` in `low`, at most `_NEAR_CHARS` apart."""
    spans = [(i, i + len(w)) for w in first if (i := low.find(w)) >= 0]
    if not spans:
        return False
    others = [(i, i + len(w)) for w in second if (i := low.find(w)) >= 0]
    return any(max(a0, b0) - min(a1, b1) <= _NEAR_CHARS for a0, a1 in spans for b0, b1 in others)


def _only_pictures(low: str) -> bool:
    return any(i in low for i in IMAGES) and not any(c in low for c in CONTENT)


def _full_story(page: Page) -> bool:
    """The page carries a story's full text, not a teaser or a list of snippets."""
    counts = [(line_words(p), p) for p in page.paragraphs]
    if sum(n for n, _ in counts) >= _STORY_WORDS:
        return True
    whole = [p for n, p in counts if n >= _PARAGRAPH_WORDS and not p.rstrip().endswith(_CUT)]
    return len(whole) >= _STORY_PARAGRAPHS
