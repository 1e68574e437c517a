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

Words written by hand for this project from everyday vocabulary, not from any page or template.
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.page import Page

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
    "nachricht", "meldung", "inhalt", "beiträge", "contenu", "actualit", "dépêche",
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
    "mises à jour", "génér", "agrég", "actualiz", "recopil", "aggiorn", "pubblic", "raccol",
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
# Compiled from the internet: a site of other people's stories naming where it gets them.
COMPILED = (
    "tổng hợp từ internet", "tổng hợp từ các nguồn", "sưu tầm từ internet",
    "compiled from the internet",
    "aggregated from the internet", "网络整理", "综合自网络", "整理自网络",
)  # fmt: skip
_LINE_CHARS = 200  # a disclaimer is a sentence or two of the footer, not a paragraph


def automation_disclaimer(page: Page) -> str:
    """The chrome line that says the site's content is made automatically, or ""."""
    return memo(page, ("automation_disclaimer",), lambda: _disclaimer(page))


def _disclaimer(page: Page) -> str:
    lines = [line for line in page.other_lines[-200:] if len(line) <= _LINE_CHARS]
    lows = [line.lower() for line in lines]
    # Most pages name no automation at all: one pass over the joined chrome rules them out.
    joined = "\n".join(lows)
    if not any(a in joined for a in AUTOMATIC) and not any(c in joined for c in COMPILED):
        return ""
    for line, low in zip(lines, lows, strict=True):
        low = low.replace("automattic", "")  # WordPress's maker, in "powered by"
        if (
            any(a in low for a in AUTOMATIC)
            and any(c in low for c in CONTENT)
            and any(m in low for m in MADE)
        ):
            return line.strip()
        if any(c in low for c in COMPILED):
            return line.strip()
    return ""
