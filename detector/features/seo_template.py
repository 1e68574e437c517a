"""SEO and AI-rewrite template text wrapped around a news story.

Farms that rewrite other outlets' stories with a language model or an SEO plugin pour them
into the shape of a search-engine "article": a table of contents, question sub-headings under
an FAQ heading (often with FAQPage JSON-LD), a "Conclusion" / "Final thoughts" heading, a
closing paragraph that opens with "In conclusion," and ends with a call to stay with the
site ("Stay tuned to <site> for more updates", "Continue acompanhando o <site>", "تابعوا موقع
<site>"). A newsroom's story has none of these: it ends on its last fact or quote, and when it
names its own brand it does so as a source or an employer ("told <brand>", "covers city hall
for <brand>"), not as an appeal to keep reading.

Three mechanisms, each in a small multilingual lexicon of the *kind* of words (some twenty
languages), written by hand for this project from everyday vocabulary:
- an FAQ block on a news story: FAQPage / QAPage / HowTo JSON-LD, or an FAQ heading followed
  by question lines;
- a call to action naming the page's own brand (site name, title suffix or domain label) near
  the story's end or head, with a "keep following" verb and a "more / latest news" purpose;
- formula parts of a generated article, counted: formula headings (table of contents,
  conclusion, final thoughts, key takeaways, FAQ), an opener that speaks of "this article",
  and a closing paragraph that opens with "In conclusion"; in text records too, where headings
  are bare lines: labelled question / answer line pairs ("प्रश्न: … / उत्तर: …"), the story's
  sub-headings listed before it (a table of contents with no heading), a chain of question
  sub-headings on a short item ("Was ist passiert? / Was sagt die Polizei? / …"), a call to
  join the site's messenger group and a plea to share the story with friends. One of them is
  ordinary writing (a guide's "Conclusion", a newsroom's WhatsApp channel); two or more kinds
  make the template.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from detector.features._pagememo import memo
from detector.features._trigrams import lower_map, possible
from detector.features.base import PageFeatures, register
from detector.features.brand import domain_labels
from detector.page import Page
from detector.parsing.common import line_words, schema_types

# schema.org types of an FAQ or how-to block, and those of a story.
FAQ_TYPES = frozenset(("FAQPage", "QAPage", "HowTo"))
NEWS_TYPES = frozenset(("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle"))
STORY_TYPES = frozenset(
    ("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article", "BlogPosting")
)

# Formula headings, by kind (lower case, compared with a heading line cleaned of numbering and
# end punctuation). Left out on purpose: headings real newsrooms use in news stories ("Key
# points" boxes of ABC and live blogs, German "Das Wichtigste in Kürze", "Главное").
FAQ_HEADINGS = frozenset(
    (
        "faq", "faqs", "f.a.q", "frequently asked questions", "people also ask",
        "preguntas frecuentes", "perguntas frequentes", "questions fréquentes",
        "foire aux questions", "häufig gestellte fragen", "häufige fragen", "domande frequenti",
        "veelgestelde vragen", "vanliga frågor", "ofte stillede spørgsmål",
        "ofte stilte spørsmål", "συχνές ερωτήσεις", "अक्सर पूछे जाने वाले प्रश्न",
        "अक्सर पूछे जाने वाले सवाल", "الأسئلة الشائعة", "أسئلة شائعة",
        "pertanyaan yang sering diajukan", "pertanyaan umum", "câu hỏi thường gặp", "常见问题",
        "常見問題", "よくある質問", "자주 묻는 질문", "часто задаваемые вопросы",
        "частые вопросы", "sıkça sorulan sorular", "sık sorulan sorular",
        "najczęściej zadawane pytania", "întrebări frecvente", "คำถามที่พบบ่อย",
    )
)  # fmt: skip
TOC_HEADINGS = frozenset(
    (
        "table of contents", "tabla de contenidos", "índice de contenidos",
        "índice de conteúdo", "sommaire", "table des matières", "inhaltsverzeichnis",
        "indice dei contenuti", "sommario", "πίνακας περιεχομένων", "विषय सूची",
        "सामग्री तालिका", "جدول المحتويات", "فهرس المحتويات", "daftar isi", "mục lục", "目录",
        "目錄", "文章目录", "目次", "목차", "оглавление", "содержание статьи", "içindekiler",
        "spis treści", "cuprins", "inhoudsopgave", "สารบัญ",
    )
)  # fmt: skip
CLOSING_HEADINGS = frozenset(
    (
        "conclusion", "conclusions", "in conclusion", "to conclude", "final thoughts",
        "closing thoughts", "final words", "wrapping up", "to sum up", "key takeaways",
        "takeaways",
        "conclusión", "conclusiones", "en conclusión", "reflexiones finales", "palabras finales",
        "puntos clave",
        "conclusão", "considerações finais", "palavras finais", "pontos-chave",
        "principais pontos",
        "en conclusion", "pour conclure", "réflexions finales", "le mot de la fin",
        "points clés",
        "fazit", "unser fazit", "schlussfolgerung", "abschließende gedanken", "schlusswort",
        "conclusione", "conclusioni", "in conclusione", "considerazioni finali",
        "pensieri finali", "punti chiave",
        "conclusie", "tot slot", "slotgedachten", "slutsats", "konklusjon", "konklusion",
        "συμπέρασμα", "συμπεράσματα", "επίλογος", "τελικές σκέψεις", "βασικά σημεία",
        "निष्कर्ष", "अंतिम विचार", "अंतिम शब्द",
        "الخلاصة", "الخاتمة", "خاتمة", "خلاصة", "في الختام", "أفكار ختامية", "كلمة أخيرة",
        "النقاط الرئيسية",
        "kesimpulan", "penutup", "akhir kata", "poin penting",
        "kết luận", "lời kết", "điểm chính",
        "结论", "结语", "写在最后", "关键要点", "結論", "結語",
        "まとめ", "最後に", "おわりに",
        "결론", "마무리", "마치며", "핵심 요약",
        "заключение", "выводы", "подводя итоги", "ключевые моменты", "висновок", "висновки",
        "sonuç", "son söz", "son düşünceler", "önemli noktalar",
        "podsumowanie", "wnioski", "zakończenie", "kluczowe wnioski",
        "concluzie", "concluzii", "în concluzie",
        "สรุป", "บทสรุป",
    )
)  # fmt: skip


# Phrases that may open the closing paragraph of a generated article: "In conclusion, ...".
CLOSING_OPENERS = (
    "in conclusion", "to sum up", "in summary", "all in all", "to conclude", "ultimately,",
    "en conclusión", "en resumen", "para concluir", "em resumo", "em suma", "concluindo,",
    "en conclusion", "en résumé", "pour conclure", "zusammenfassend", "abschließend lässt sich",
    "in conclusione", "in sintesi", "concludendo,", "kortom,", "sammanfattningsvis",
    "συνοψίζοντας", "συμπερασματικά", "εν κατακλείδι", "कुल मिलाकर", "अंत में,",
    "في الختام", "ختاما", "وختاما", "خلاصة القول", "demikian informasi", "demikian artikel",
    "kesimpulannya", "tóm lại", "nói tóm lại", "总的来说", "总而言之", "综上所述", "總的來說",
    "總而言之", "まとめると", "결론적으로", "요약하자면", "в заключение", "подводя итог",
    "sonuç olarak", "özetle", "podsumowując", "reasumując", "în concluzie",
)  # fmt: skip
# An opener that speaks of the text as "this article" or its writer as "the editor": the
# preamble of a generated post, not of a news story.
SELF_OPENERS = (
    "in this article", "in this post", "this article will", "en este artículo", "neste artigo",
    "dans cet article", "in diesem artikel", "in diesem beitrag", "in questo articolo",
    "in dit artikel", "σε αυτό το άρθρο", "इस लेख में", "في هذا المقال", "وفي هذا المقال",
    "dalam artikel ini", "trong bài viết này", "本文将", "小编带大家", "小编就来", "この記事では",
    "이 글에서는", "이번 글에서는", "в этой статье", "bu yazıda", "bu makalede",
    "w tym artykule", "în acest articol",
)  # fmt: skip

# "Keep following / stay tuned / stay connected" verbs of a call to action (lower case).
CTA_VERBS = (
    "stay tuned", "stay connected", "keep following", "keep reading", "keep visiting",
    "keep checking", "stay with", "follow", "bookmark",
    "sigue a", "síguenos", "siga a", "sigue en", "mantente", "continúa", "no te pierdas",
    "continue acompanhando", "acompanhe", "fique ligado", "fique atento", "siga o", "siga a",
    "continue lendo", "restez connecté", "restez informé", "suivez", "continuez à suivre",
    "restez à l'écoute", "bleiben sie dran", "bleiben sie informiert", "folgen sie", "bleib dran",
    "continuate a seguire", "continua a seguire", "seguite", "restate sintonizzati",
    "resta aggiornato", "restate aggiornati", "blijf", "volg", "μείνετε συντονισμένοι",
    "ακολουθήστε", "μείνετε συνδεδεμένοι", "συνεχίστε να", "जुड़े रहें", "बने रहें",
    "फॉलो करें", "पढ़ते रहें", "تابعوا", "تابعونا", "ابقوا", "ترقبوا", "زوروا",
    "pantau terus", "ikuti terus", "simak terus", "kunjungi", "tetap di", "theo dõi", "đón đọc",
    "关注", "關注", "フォロー", "구독", "팔로우", "следите", "оставайтесь с", "подписывайтесь",
    "takipte kalın", "takip edin", "takip etmeye", "śledź", "bądź na bieżąco", "obserwuj",
    "rămâi", "urmărește", "urmăriți",
)  # fmt: skip
# A verb counts as a whole word ("follow", not "follows" or "follow up"); a verb of an unspaced
# script or ending in a combining mark needs no boundary after it.
_CTA_VERB = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(v)}" + (r"(?!\w|\s+up\b)" if v[-1].isascii() else "")
        for v in sorted(CTA_VERBS, key=len, reverse=True)
    )
)
# A call to follow the outlet on a social network is what real newsrooms print under their
# stories ("Follow IBNLive on Facebook, Twitter"); farms ask readers to stay with the site.
SOCIAL = (
    "facebook", "twitter", "instagram", "telegram", "whatsapp", "youtube", "tiktok",
    "pinterest", "linkedin", "google+", "threads", "@",
)  # fmt: skip
# The purpose of the call: more, latest, updates, news, information (lower-case substrings).
CTA_PURPOSE = (
    "update", "news", "latest", "more", "information", "stories",
    "actualizacion", "noticias", "más", "últimas", "información", "novedades",
    "atualizaç", "notícias", "mais", "informações", "novidades",
    "actualité", "nouvelles", "plus d", "infos", "dernières",
    "neuigkeiten", "aktuelle", "nachrichten", "mehr", "informationen",
    "aggiornament", "notizie", "ultime", "novità", "nieuws",
    "ενημερώσ", "ειδήσ", "περισσότερ", "खबर", "ख़बर", "अपडेट", "समाचार", "जानकारी",
    "أخبار", "آخر", "المزيد", "تحديثات", "لمعرفة", "informasi", "berita", "terbaru",
    "selengkapnya", "tin tức", "thông tin", "cập nhật", "mới nhất", "最新", "更多", "资讯",
    "消息", "新闻", "ニュース", "情報", "소식", "뉴스", "최신", "정보", "новост", "обновлен",
    "последн", "haber", "gelişme", "güncel", "wiadomości", "informacj", "aktualności", "więcej",
    "știri", "noutăți",
)  # fmt: skip

# Labels of a question / answer line pair of a generated FAQ ("प्रश्न: … / उत्तर: …",
# "Q1. … / Ans: …", "S: … / J: …", "Soru: … / Cevap: …"), lower case, with a number allowed
# after them. Interviews label their lines too, but with long answers (see _QA_ANSWER_CHARS).
QUESTION_LABELS = (
    "q", "ques", "question", "प्रश्न", "सवाल", "pregunta", "pergunta", "frage", "domanda",
    "vraag", "fråga", "ερώτηση", "سؤال", "س", "pertanyaan", "tanya", "soalan", "s", "câu hỏi",
    "hỏi", "问", "問", "質問", "질문", "вопрос", "питання", "pytanie", "soru", "întrebare",
    "swali", "คำถาม", "tanong",
)  # fmt: skip
ANSWER_LABELS = (
    "a", "ans", "answer", "उत्तर", "जवाब", "respuesta", "resposta", "r", "réponse", "antwort",
    "risposta", "antwoord", "svar", "απάντηση", "جواب", "الإجابة", "ج", "jawaban", "jawab", "j",
    "trả lời", "đáp", "答", "回答", "답변", "답", "ответ", "відповідь", "odpowiedź", "cevap",
    "yanıt", "c", "răspuns", "jibu", "คำตอบ", "sagot",
)  # fmt: skip


def _label_line(labels: Sequence[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alts})\s*\d{{0,2}}\s*[:：.)\-–—]\s*\S", re.IGNORECASE)


_QUESTION_LINE = _label_line(QUESTION_LABELS)
_ANSWER_LINE = _label_line(ANSWER_LABELS)
_QA_ANSWER_CHARS = 300  # an FAQ answer is a line or two; an interview's answers run longer

# Messengers whose group or channel a reader is asked to join, and the verbs of joining (lower
# case). "Follow us on WhatsApp" is a newsroom's channel line, not counted: the call to *join*
# a group is the farm's ("WhatsApp Group Join Now", "JIUNGE NA GROUP LETU LA WHATSAPP").
MESSENGERS = (
    "whatsapp", "telegram", "viber", "zalo", "kakaotalk", "카카오톡", "wechat", "微信",
    "ватсап", "телеграм", "واتساب", "تلغرام", "تيليجرام", "व्हाट्सएप", "टेलीग्राम",
)  # fmt: skip
JOIN_WORDS = (
    "join", "joined", "जुड़ें", "जुड़े", "ज्वाइन", "जॉइन", "jiunge", "jiunga", "gabung",
    "bergabung", "katıl", "katılın", "únete", "unete", "súmate", "entra al", "entre no",
    "entre em", "junte-se", "participe", "rejoignez", "rejoins", "rejoindre", "tritt",
    "treten sie", "beitreten", "unisciti", "entra nel", "sluit je aan", "word lid", "dołącz",
    "tham gia", "vào nhóm", "присоединяйтесь", "вступайте", "приєднуйтесь", "долучайтеся",
    "انضم", "انضموا", "إنضم", "sumali", "alătură-te", "加入", "참여", "যোগ দিন",
)  # fmt: skip
# A plea to share the story with friends or family: a share verb and a friends word in a line.
SHARE_WORDS = (
    "share", "shiriki", "शेयर", "साझा", "bagikan", "compartilhe", "compartir", "comparte",
    "partagez", "partager", "teilen", "teilt", "condividi", "deel", "μοιραστείτε",
    "شارك", "chia sẻ", "paylaş", "поделитесь", "поділіться", "udostępnij", "podziel się",
    "分享", "シェア", "공유", "ibahagi", "distribuie",
)  # fmt: skip
FRIEND_WORDS = (
    "friend", "family", "marafiki", "ndugu", "दोस्त", "मित्र", "परिवार", "teman", "keluarga",
    "sahabat", "amigos", "família", "familia", "amis", "famille", "freund", "familie",
    "amici", "vrienden", "vänner", "φίλους", "أصدقا", "الأهل", "bạn bè", "người thân",
    "arkadaş", "друзь", "близки", "знайом", "znajom", "przyjaci", "朋友", "友達", "友人", "친구",
    "kaibigan", "prieteni",
)  # fmt: skip
_PLEA_CHARS = 200  # a plea is a line of its own or a sentence, not a paragraph
# "Join WhatsApp Group" is a call (a verb of joining and a messenger); "Share to WhatsApp" is a
# share button, and a plea to share names friends in a sentence.
_PLEA_MIN_WORDS = 3
_PLEA_REACH = 40  # characters between the share verb and the friends it names
_PLEA_LINES = 40  # lines read at most: a plea is a line or two, a page names friends often

# A join verb ("join", "únete", "entre no") as a word: messenger pleas and farm notes read it.
JOIN_VERB = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(v)}" + (r"(?!\w)" if v[-1].isascii() else "")
        for v in sorted(JOIN_WORDS, key=len, reverse=True)
    )
)

_SHARE = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(v)}" + (r"(?!\w)" if v[-1].isascii() else "")
        for v in sorted(SHARE_WORDS, key=len, reverse=True)
    )
)
# Every literal a formula part needs (lower case), for the trigram gate.
_ALL_FORMULAS = tuple(
    sorted({*FAQ_HEADINGS, *TOC_HEADINGS, *CLOSING_HEADINGS, *CLOSING_OPENERS, *SELF_OPENERS})
)
_CTA_VERBS_LOWER = tuple(v.lower() for v in CTA_VERBS)
_FAQ_HEADINGS = tuple(sorted(FAQ_HEADINGS))
_HEADING_CHARS = 60  # a heading is a short line; the probes' are 4-45 characters
_PROSE_CHARS = 60  # a prose paragraph (as in leftovers_v1's seams)
# A news story, not a teaser or a listing: short items run 100-150 words (the probes' Swahili
# blog copy, 141; a Hindi scheme post cut by the text parser, 116); a teaser holds a sentence
# or two.
_STORY_WORDS = 100
# A news story, not a long guide or a book chapter: the probes' generated rewrites run 300-500
# words; the real pages whose "Table of contents" and "Conclusion" frame a guide, a tech blog
# post or a book chapter run 800-45,000 (the real-page scan of the shared HTML collections).
_STORY_MAX_WORDS = 1000
_TOC_MIN_ITEMS = 3  # a table of contents lists three sub-headings or more (the probes' 3-6)
# Question sub-headings in a row on a news item: explainers of real outlets ask one or two
# ("What happened?", "What's next?"); the generated padding of the probes asks three or four.
_QUESTION_HEADINGS = 3
# ... on a news item: the probes' padded items run 260-480 words; the real guides and how-tos
# whose sub-headings ask questions ("Was ist Dekantieren?") run 740-990 (real-page scan).
_QUESTION_STORY_WORDS = 600
_CTA_MIN_CHARS = 25  # "Follow X for the latest." is the shortest call worth reading
_CTA_MIN_WORDS = 6
_CTA_REACH = 40  # characters between the call's verb and the brand it names
_CTA_SENTENCE_CHARS = 300
_QUESTION_MARKS = ("?", "？", "؟", ";")  # ";" is the Greek question mark
_TRIM = " \t:：.-–—|#*•·0123456789)(]["
# A sentence ends at a mark, but not at a dot inside a word ("NBCNews.com", "3.5").
_SENTENCE = re.compile(r"(?:[^.!?。！？؟।\n]|\.(?=\w))+[.!?。！？؟।]*")
_SQUEEZE = re.compile(r"[\W_]+")


def _heading_key(line: str) -> str:
    """A heading line cleaned for the lexicons: lower case, numbering and end marks trimmed."""
    return line.strip(_TRIM).lower() if len(line) <= _HEADING_CHARS else ""


def _label_key(para: str) -> str:
    """The label a paragraph opens with ("निष्कर्ष: दोस्तों, …" -> "निष्कर्ष"), or ""."""
    head, colon, _ = para[:_HEADING_CHARS].partition(":")
    return head.strip(_TRIM).lower() if colon else ""


def _is_question(line: str) -> bool:
    """A question line: a short line with a question mark (the question of an FAQ item)."""
    head = line[:150]
    return len(line) <= 250 and (
        any(m in head for m in _QUESTION_MARKS[:3]) or head.rstrip().endswith(";")
    )


def is_story(page: Page) -> bool:
    """The page carries a story: a date, a byline, a dateline or a story type, and 100-1000 words."""
    # A text record's only date is often an "Updated:" line, read as a modified date.
    if not (
        page.published
        or page.date_candidates
        or page.dateline
        or page.byline
        or page.authors
        or _jsonld_types(page) & STORY_TYPES
    ):
        return False
    return _STORY_WORDS <= story_words(page) <= _STORY_MAX_WORDS


def story_words(page: Page) -> int:
    """Words of the page's main text (memoised per page)."""
    return memo(page, "seo_story_words", lambda: sum(map(line_words, page.paragraphs)))


def is_news(page: Page) -> bool:
    """The story says it is news: a news type in its JSON-LD, or a dateline."""
    return bool(page.dateline or _jsonld_types(page) & NEWS_TYPES)


def _jsonld_types(page: Page) -> set[str]:
    types: set[str] = set()
    for obj in page.jsonld:
        types.update(schema_types(obj))
    return types


def faq_block(page: Page) -> str:
    """Evidence of an FAQ block (JSON-LD type, or FAQ heading with questions), or ""."""
    found = sorted(_jsonld_types(page) & FAQ_TYPES)
    if found:
        return f"{found[0]} JSON-LD"
    if not possible(page, _FAQ_HEADINGS):  # the page's trigrams rule out every FAQ heading
        return ""
    paras = page.paragraphs
    for i, para in enumerate(paras):
        if _is_faq_heading(_heading_key(para)):
            questions = [p for p in paras[i + 1 : i + 9] if _is_question(p)]
            if len(questions) >= 2:
                return f'heading "{para}" and questions such as "{questions[0][:60]}"'
    return ""


def _is_faq_heading(key: str) -> bool:
    """An FAQ heading, alone or with its subject ("الأسئلة الشائعة حول موعد صرف …")."""
    return key in FAQ_HEADINGS or any(key.startswith(f"{h} ") for h in _FAQ_HEADINGS if h in key)


def qa_pairs(paragraphs: Sequence[str]) -> str:
    """Evidence of labelled question / answer line pairs (two or more), or ""."""
    found: list[str] = []
    for question, answer in pairwise(paragraphs):
        if (
            _is_question(question)
            and _QUESTION_LINE.match(question)
            and len(answer) <= _QA_ANSWER_CHARS
            and _ANSWER_LINE.match(answer)
        ):
            found.append(question)
    return f'question/answer pairs such as "{found[0][:60]}"' if len(found) >= 2 else ""


def _is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a sub-heading of the story."""
    return 8 <= len(line) <= _HEADING_CHARS and line.rstrip()[-1:] not in ".,;:!。"


def repeated_headings(page: Page) -> str:
    """Evidence of a table of contents with no heading of its own, or "": three or more of the
    story's sub-headings listed on consecutive lines, in their order, before the story gives
    them (a name or a section label repeated here and there is no such list)."""
    # A sub-heading heads a section: prose follows it (a list of links or names does not).
    heads = [
        p
        for p, nxt in pairwise(page.paragraphs)
        if _is_heading(p) and not _is_question(p) and len(nxt) >= _PROSE_CHARS
    ]
    if len(heads) < _TOC_MIN_ITEMS:
        return ""
    order = {h: i for i, h in enumerate(heads)}  # where each sub-heading last stands
    twice = Counter(page.paragraphs)
    for lines, inside in ((page.other_lines, False), (page.paragraphs, True)):
        run: list[str] = []
        for line in lines:
            # A list inside the story must be met again, as the sub-heading itself.
            i = order.get(line, -1) if not inside or twice[line] >= 2 else -1
            if i < 0:
                run = []
                continue
            run = [*run, line] if run and i > order[run[-1]] else [line]
            if len(run) >= _TOC_MIN_ITEMS:
                return f'sub-headings listed before the story: "{" / ".join(run[:3])}"'
    return ""


def question_headings(paragraphs: Sequence[str]) -> str:
    """Evidence of a chain of question sub-headings, each followed by prose ("Was ist passiert?
    / Was sagt die Polizei? / Warum ist das wichtig?"), or ""."""
    found = [
        q
        for q, nxt in pairwise(paragraphs)
        if len(q) <= _HEADING_CHARS and _is_question(q) and len(nxt) >= _PROSE_CHARS
    ]
    if len(found) < _QUESTION_HEADINGS:
        return ""
    return f'question sub-headings "{" / ".join(found[:3])}"'


def _share_plea(low: str) -> bool:
    """A share verb with a friends word near it, in one item of the line ("share it with a
    friend", "इसे अपने दोस्तों के साथ जरूर शेयर करें"), not "Share | Forward to a friend"."""
    for m in _SHARE.finditer(low):
        near = low[max(0, m.start() - _PLEA_REACH) : m.end() + _PLEA_REACH]
        before, _, after = near.partition(m.group(0))
        near = before.rpartition("|")[2] + after.partition("|")[0]
        if any(w in near for w in FRIEND_WORDS):
            return True
    return False


def _lines_holding(text: str, words: Sequence[str]) -> list[int]:
    """Indexes of the lines of `text` that hold one of `words`, in order."""
    found: set[int] = set()
    for word in words:
        i = text.find(word)
        while i >= 0 and len(found) < _PLEA_LINES:
            found.add(text.count("\n", 0, i))
            i = text.find(word, text.find("\n", i) + 1 or len(text))
    return sorted(found)


def reader_pleas(page: Page) -> dict[str, str]:
    """Pleas to the reader in the story's frame: join the site's messenger group, share the
    story with friends (each kind with its evidence)."""
    pleas: dict[str, str] = {}
    # Only the messengers and friends words the page may hold are looked for, and only in the
    # lines holding one: the verbs' patterns are long alternations.
    messengers = possible(page, MESSENGERS)
    friends = possible(page, FRIEND_WORDS) if possible(page, SHARE_WORDS) else ()
    if not (messengers or friends):
        return pleas
    lines = (*page.paragraphs, *page.other_lines)
    lower = lower_map(page)
    lows = [lower[line].replace("\n", " ") for line in lines]  # one line of text per line
    text = "\n".join(lows)
    for k in _lines_holding(text, (*messengers, *friends)):
        line, low = lines[k], lows[k]
        if len(low) > _PLEA_CHARS * 2 or line_words(line) < _PLEA_MIN_WORDS:
            continue
        spans = _SENTENCE.finditer(low) if len(low) > _PLEA_CHARS else (None,)
        for m in spans:
            sentence, said = (m.group(0), line[m.start() : m.end()]) if m else (low, line)
            if any(x in sentence for x in messengers) and JOIN_VERB.search(sentence):
                pleas.setdefault("join", f'a call to join a messenger group "{said[:80]}"')
            elif any(x in sentence for x in friends) and _share_plea(sentence):
                pleas.setdefault("share", f'a plea to share the story "{said[:80]}"')
    return pleas


def template_parts(page: Page) -> dict[str, str]:
    """The kinds of generated-article parts the page shows, each with its evidence."""
    parts: dict[str, str] = {}
    words = story_words(page)
    faq = faq_block(page) or qa_pairs(page.paragraphs)
    if faq:
        parts["faq"] = faq
    toc = repeated_headings(page)
    if toc:
        parts["toc"] = toc
    chain = question_headings(page.paragraphs) if words <= _QUESTION_STORY_WORDS else ""
    if chain:
        parts["questions"] = chain
    parts.update(reader_pleas(page))
    # The page's trigrams rule out every formula heading and phrase on most pages: no line is
    # read then (a heading matches a lexicon entry whole, so the entry is in the page's text).
    formulas = possible(page, _ALL_FORMULAS)
    if not formulas:
        return parts
    # A heading key is a piece of its line lower-cased: a loop whose headings the trigrams
    # rule out all finds none, and is skipped.
    toc_heads = not TOC_HEADINGS.isdisjoint(formulas)
    faq_heads = not FAQ_HEADINGS.isdisjoint(formulas)
    closing_heads = not CLOSING_HEADINGS.isdisjoint(formulas)
    if toc_heads:  # a table of contents box often sits outside the main text
        for line in (*page.paragraphs, *page.other_lines):
            if _heading_key(line) in TOC_HEADINGS:
                parts["toc"] = f'heading "{line}"'
                break
    if closing_heads or faq_heads:
        for para in page.paragraphs:
            key = _heading_key(para)
            # "निष्कर्ष: दोस्तों, …": the closing heading run into its paragraph ("FAQ: <one
            # question>" is one item, not a block).
            if key in CLOSING_HEADINGS or _label_key(para) in CLOSING_HEADINGS:
                parts.setdefault("closing", f'heading "{para[:_HEADING_CHARS]}"')
            elif key in FAQ_HEADINGS:
                parts.setdefault("faq", f'heading "{para}"')
    # A text record's story and chrome are told apart by a guess that can cut the story short:
    # its closing heading may be among the other lines (an FAQ heading there is a footer link).
    if page.kind == "text" and "closing" not in parts and closing_heads:
        for line in page.other_lines:
            if _heading_key(line) in CLOSING_HEADINGS:
                parts["closing"] = f'heading "{line}"'
                break
    prose = [p for p in page.paragraphs if len(p) >= _PROSE_CHARS]
    if prose:
        opening = " ".join(prose[:2]).lower()
        said = next((s for s in SELF_OPENERS if s in opening), "")
        if said:
            parts["opener"] = f'opener "{said}"'
        last = prose[-1].lower()
        closer = next((s for s in CLOSING_OPENERS if last.startswith(s)), "")
        if closer:
            parts["closer"] = f'closing paragraph opens "{closer}"'
    return parts


def own_names(page: Page) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(brand names in lower case, squeezed domain labels) the page gives itself."""
    names = [page.site_name, *(b for b, _ in page.brand_candidates)]
    brands = tuple(
        dict.fromkeys(
            n.strip().lower()
            for n in names
            if sum(c.isalpha() for c in n) >= 3 and len(n.split()) <= 6
        )
    )
    labels = tuple(x for x in domain_labels(page.url)[:1] if len(x) >= 5)
    return brands, labels


def names_brand(sentence: str, brands: Sequence[str], labels: Sequence[str]) -> str:
    """The own name the sentence holds, or ""."""
    for brand in brands:
        i = sentence.find(brand)
        end = i + len(brand)
        if (
            i >= 0
            and (not i or not sentence[i - 1].isalnum())
            and (end == len(sentence) or not sentence[end].isalnum())
        ):
            return brand
    squeezed = _SQUEEZE.sub("", sentence)
    return next((x for x in labels if x in squeezed), "")


def _calls_to_brand(sentence: str, brands: Sequence[str], labels: Sequence[str]) -> bool:
    """A call's verb with an own name right before or after it ("stay tuned to <brand>")."""
    for m in _CTA_VERB.finditer(sentence):
        near = sentence[max(0, m.start() - _CTA_REACH) : m.end() + _CTA_REACH]
        if names_brand(near, brands, labels):
            return True
    return False


def own_brand_cta(page: Page) -> str:
    """The sentence near the story's end or head that asks readers to stay with the site."""
    brands, labels = own_names(page)
    if not brands and not labels:
        return ""
    if not possible(page, _CTA_VERBS_LOWER):  # no call's verb anywhere on the page
        return ""
    prose = [p for p in page.paragraphs if len(p) >= _PROSE_CHARS]
    # A call is often a short line of its own at the very end ("Stay tuned to X for more
    # updates.": ~50 characters); such a line needs a sentence's words ("Follow World News on
    # NBCNews." is a newsroom's follow button).
    tail = [
        p
        for p in page.paragraphs[-3:]
        if _CTA_MIN_CHARS <= len(p) < _PROSE_CHARS and line_words(p) >= _CTA_MIN_WORDS
    ]
    seams = list(dict.fromkeys([*prose[-3:], *tail, *prose[:1]]))
    for para in seams:
        low = para.lower()
        # The own name first: a handful of names, where the verbs are a hundred.
        if not (any(b in low for b in brands) or (labels and names_brand(low, (), labels))):
            continue
        for m in _SENTENCE.finditer(low):
            sentence = m.group(0)
            if (
                len(sentence) <= _CTA_SENTENCE_CHARS
                and any(w in sentence for w in CTA_PURPOSE)
                and not any(w in sentence for w in SOCIAL)
                and _calls_to_brand(sentence, brands, labels)
            ):
                return para[m.start() : m.end()].strip()
    return ""


@register("seo_template_v1")
class SeoTemplate(PageFeatures):
    """FAQ blocks, own-brand calls to action and formula parts around a news story."""

    FEATURES = (
        # FAQPage/QAPage/HowTo JSON-LD or an FAQ heading with questions, on a page typed as a
        # news story (NewsArticle and kin) or opening with a dateline.
        "seo_faq_on_news",
        "seo_own_brand_cta",  # "Stay tuned to <own brand> for more updates" at the story's end
        # Kinds of generated-article parts on a story page (FAQ, table of contents, closing
        # heading, "in this article" opener, "In conclusion," closer), counted only from two.
        "seo_template_parts",
    )

    def __init__(self, min_parts: int = 2) -> None:
        # min_parts: the generated farm pages of the probes show 2-5 kinds; a real guide or a
        # review may carry one "Conclusion" or "Fazit", or an FAQ alone.
        self.min_parts = min_parts

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Values in FEATURES order and the evidence for one page (memoised per page)."""
        return memo(page, ("seo_template_extract", self.min_parts), lambda: self._extract(page))

    def _extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        evidence: list[str] = []
        parts = template_parts(page) if is_story(page) else {}
        faq_news = bool(parts.get("faq")) and is_news(page)
        if faq_news:
            evidence.append(f"an FAQ block on a news story: {parts['faq']}")
        cta = own_brand_cta(page)
        if cta:
            evidence.append(f'a call to stay with its own brand: "{cta[:120]}"')
        if len(parts) < self.min_parts:
            parts = {}
        else:
            evidence.append(f"parts of a generated article: {'; '.join(parts.values())}")
        values = (float(faq_news), float(bool(cta)), float(len(parts)))
        return values, tuple(evidence)
