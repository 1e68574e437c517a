"""Made-for-advertising tells read from a page's text: a story split over pages or slides, and
affiliate / sponsored-link monetisation.

A split story shows in a counter beside the headline ("Slide 4 of 14", "Pagina 2 din 5",
"Seite 2/3", "(pagina 2)", "第2页") or in a continuation link ("Continue to Slide 5 ›", "Pagina
următoare", "次のページ"). Both count only on a story page: a section front's "Page 2 of 40"
or "Next page" pages through a list of stories, not through one story.
"""

from __future__ import annotations

import re

from detector.features._pagememo import text_word_count
from detector.features._textscan import snippets
from detector.features._trigrams import possible
from detector.page import Page
from detector.parsing.common import schema_types

# Words for one page or slide of a story (not "part": a series in parts is real journalism).
_PAGE_WORDS = (
    r"page|slide|photo|picture|image|pagina|página|pagină|seite|strona|stránka|strana|oldal|"
    r"sivu|side|sida|sayfa|sayfası|страница|сторінка|слайд|σελίδα|trang|halaman|diapositiva|"
    r"diapo|folie|slajd|bild|foto|kép"
)
# "N of M" in the languages above ("din", "von", "z", "из", "από", "sur", "van", "av", "dari").
_OF_WORDS = r"of|din|von|de|di|da|z|ze|из|з|από|sur|van|av|af|dari|trên|/"
_COUNTER = re.compile(
    rf"(?:^|[\s(\[|:·,–—-])(?:{_PAGE_WORDS})\.?\s*(\d{{1,3}})\s*(?:{_OF_WORDS})\s*(\d{{1,3}})"
    r"(?!\d)",
    re.IGNORECASE,
)
# "(pagina 2)", "[Seite 3]": a page number alone in brackets, after the headline.
_BRACKETED_PAGE = re.compile(rf"[(\[]\s*(?:{_PAGE_WORDS})\.?\s*(\d{{1,3}})\s*[)\]]", re.IGNORECASE)
# "(2/5)" in brackets, and the CJK forms "第2页", "2ページ目", "2페이지".
_BRACKETED_COUNT = re.compile(r"[(\[]\s*(\d{1,3})\s*/\s*(\d{1,3})\s*[)\]]")
_CJK_PAGE = re.compile(r"第\s*(\d{1,3})\s*[页頁]|(\d{1,3})\s*ページ目|(\d{1,3})\s*페이지")

# Continuation links ("next page / next slide / continue on the next page"), lower-case, in
# English, Romanian, German, Spanish, Portuguese, French, Italian, Dutch, Polish, Russian,
# Ukrainian, Turkish, Vietnamese, Indonesian, Swedish, Norwegian, Danish, Finnish, Czech,
# Hungarian, Greek, Korean, Japanese, Chinese, Arabic and Hindi.
CONTINUATION = (
    "next page", "next slide", "continue to slide", "continue to page", "continue to next page",
    "continue on next page", "continue reading on next page", "pagina următoare",
    "pagina urmatoare", "continuă pe pagina", "nächste seite", "weiter auf seite",
    "página siguiente", "siguiente página", "continúa en la página", "próxima página",
    "page suivante", "suite page suivante", "pagina successiva", "prossima pagina",
    "continua a pagina", "volgende pagina", "następna strona", "następny slajd",
    "czytaj dalej na stronie", "следующая страница", "следующий слайд", "наступна сторінка",
    "sonraki sayfa", "devamı sonraki sayfada", "trang tiếp theo", "halaman berikutnya",
    "halaman selanjutnya", "nästa sida", "neste side", "næste side", "seuraava sivu",
    "další strana", "další stránka", "következő oldal", "επόμενη σελίδα", "다음 페이지",
    "次のページ", "下一页", "下一頁", "الصفحة التالية", "अगला पेज", "अगला पृष्ठ",
)  # fmt: skip
# A continuation link is short: a line longer than this is a sentence that mentions one.
_LINK_CHARS = 60

# Disclosures that the site earns from the links it shows: affiliate programmes (Amazon
# Associates, Coupang Partners), commissions, advertiser content, and the responsible-gambling
# line betting affiliates must print. Lower-case; English, Korean, Norwegian, Danish, Swedish,
# German, Spanish, Portuguese, French, Italian, Dutch, Polish, Japanese, Russian, Romanian,
# Turkish, Finnish, Czech, Swahili.
AFFILIATE_DISCLOSURES = (
    "as an amazon associate", "amazon associates program", "affiliate link", "affiliate commission",
    "earn a commission", "earn a small commission", "we may receive a commission",
    "advertiser disclosure", "쿠팡 파트너스", "파트너스 활동의 일환", "수수료를 제공받",
    "annonsørinnhold", "mottar provisjon", "modtager provision", "annoncørindhold",
    "får provision", "annonsörinnehåll", "affiliatelänk", "affiliate-link", "provisionslink",
    "erhalten wir eine provision", "enlaces de afiliado", "enlaces afiliados",
    "recibimos una comisión", "links de afiliado", "links afiliados", "recebemos uma comissão",
    "liens d'affiliation", "liens affiliés", "lien affilié", "link di affiliazione",
    "link affiliati", "riceviamo una commissione", "affiliatelinks", "ontvangen wij een commissie",
    "linki afiliacyjne", "linki partnerskie", "otrzymujemy prowizję", "アフィリエイト",
    "アソシエイト", "プロモーションが含まれ", "партнерские ссылки", "партнёрские ссылки",
    "link-uri afiliate", "linkuri afiliate", "satış ortaklığı", "kumppanilinkki",
    "affiliate odkazy", "play responsibly", "gamble responsibly", "juega con responsabilidad",
    "jogue com responsabilidade", "gioca responsabilmente", "spiele verantwortungsbewusst",
    "cheza kwa uwajibikaji",
)  # fmt: skip
_EDGE_PARAGRAPHS = 4
_COLLECTION_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"})
# A story page: at least this many words of main text (a slide's caption is often short, so
# lower than the ad-density floor) and a headline of several words.
_STORY_WORDS = 80
_HEADLINE_WORDS = 3
_CJK_HEADLINE_CHARS = 8


def is_story_page(page: Page) -> bool:
    """Whether the page carries one story (not a section front, list or search page)."""
    head = page.headline
    if len(head.split()) < _HEADLINE_WORDS and not (
        len(head) >= _CJK_HEADLINE_CHARS and not head.isascii()
    ):
        return False
    if text_word_count(page) < _STORY_WORDS:
        return False
    return not any(_COLLECTION_TYPES.intersection(schema_types(o)) for o in page.jsonld[:20])


def _counter_in(text: str) -> str:
    """The page/slide counter in a title or headline ("Slide 4 of 14"), or ""."""
    for m in _COUNTER.finditer(text):
        n, total = int(m[1]), int(m[2])
        if 1 <= n <= total and total >= 2:
            return m.group(0).strip(" ([|:·,–—-")
    if (page := _BRACKETED_PAGE.search(text)) and int(page[1]) >= 2:
        return page.group(0)
    count = _BRACKETED_COUNT.search(text)
    if count and 1 <= int(count[1]) <= int(count[2]) and int(count[2]) >= 2:
        return count.group(0)
    if (cjk := _CJK_PAGE.search(text)) and int(cjk[1] or cjk[2] or cjk[3]) >= 2:
        return cjk.group(0)
    return ""


def page_counter(page: Page) -> str:
    """A counter beside the story's headline in the title, headline or og:title, or ""."""
    for text in (page.title, page.headline, page.opengraph.get("og:title", "")):
        if text and (found := _counter_in(text)):
            return found
    return ""


def continuation_link(page: Page) -> str:
    """A short line outside the story that sends the reader on to its next page, or ""."""
    triggers = possible(page, CONTINUATION)  # the page's trigrams rule out most of them
    if not triggers:
        return ""
    short = "\n".join(ln for ln in page.other_lines if len(ln) <= _LINK_CHARS)
    found = snippets(short, triggers, radius=_LINK_CHARS, limit=1) if short else []
    return found[0] if found else ""


def affiliate_disclosure(page: Page) -> str:
    """A line of the page that discloses affiliate or advertiser earnings, or ""."""
    # A disclosure heads or closes a post, or sits in the page's chrome: not mid-story.
    triggers = possible(page, AFFILIATE_DISCLOSURES)
    if not triggers:
        return ""
    paras = page.paragraphs
    edges = paras if len(paras) <= _EDGE_PARAGRAPHS * 2 else (*paras[:3], *paras[-5:])
    text = "\n".join((*edges, *page.other_lines))
    found = snippets(text, triggers, radius=120, limit=1)
    return found[0] if found else ""
