"""Marks an outlet leaves in its own copy: rights lines, first-person nouns, back-references.

Read by `detector.features.origin_marks`. Lower-case unless said otherwise; 12+ languages.
"""

from __future__ import annotations

# Phrases of a rights line without a "©" ("all rights reserved", "reproduction prohibited").
RIGHTS_PHRASES = (
    "all rights reserved", "reproduction prohibited", "tous droits réservés",
    "reproduction interdite", "todos los derechos reservados", "prohibida su reproducción",
    "todos os direitos reservados", "proibida a reprodução", "alle rechte vorbehalten",
    "tutti i diritti riservati", "riproduzione riservata", "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone", "tüm hakları saklıdır", "hak cipta dilindungi",
    "все права защищены", "всі права захищені", "جميع الحقوق محفوظة", "haki zote zimehifadhiwa",
    "무단전재", "무단 전재", "저작권자", "無断転載", "版权所有", "未经授权", "bảo lưu mọi quyền",
)  # fmt: skip
# Lines that are a contact directory, not a reporter's sign-off ("Contact: x@y"): a label ends
# in a colon; these words mark unlabelled ones too.
CONTACT_WORDS = (
    "contact", "kontakt", "contato", "contacto", "contatti", "e-mail", "email", "mail",
    "tips", "press", "advert", "werbung", "publicidad", "publicité", "문의", "제보", "광고",
    "реклам", "redaktion@", "info@", "office@", "admin@", "webmaster@", "اتصل", "tuma",
)  # fmt: skip
# Free mail providers: a reporter of any site may write from them.
FREE_MAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.jp",
        "yahoo.fr",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "ya.ru",
        "bk.ru",
        "inbox.ru",
        "list.ru",
        "rambler.ru",
        "ukr.net",
        "naver.com",
        "hanmail.net",
        "daum.net",
        "kakao.com",
        "nate.com",
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "yeah.net",
        "rediffmail.com",
        "wp.pl",
        "onet.pl",
        "o2.pl",
        "interia.pl",
        "libero.it",
        "virgilio.it",
        "tiscali.it",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "seznam.cz",
        "mail.com",
        "zoho.com",
    ]
)
# "our newsroom / this newspaper": the outlet speaking of itself in the first person.
OUR_OUTLET = (
    "our newsroom", "our newspaper", "our paper", "this newspaper", "this paper",
    "our correspondent", "our reporter", "notre journal", "notre rédaction",
    "notre correspondant", "notre journaliste", "nuestra redacción", "este diario",
    "este periódico", "nuestro corresponsal", "nossa reportagem", "nossa redação",
    "ao nosso jornal", "este jornal", "unserer redaktion", "unsere redaktion", "unserer zeitung",
    "dieser zeitung", "la nostra redazione", "alla nostra redazione", "al nostro giornale",
    "questo giornale", "onze redactie", "deze krant", "onze krant", "naszej redakcji",
    "nasza redakcja", "naszemu reporterowi", "gazetemize", "muhabirimize", "redaksi kami",
    "wartawan kami", "gazeti hili", "mwandishi wetu", "mwandishi wa habari hizi",
    "нашему изданию", "нашей редакции", "нашему корреспонденту", "наше издание",
    "нашому виданню", "нашій редакції", "لصحيفتنا", "لموقعنا", "مراسلنا", "لمراسلنا",
    "본지 기자", "본지에", "本紙の取材", "本报记者",
)  # fmt: skip
# A staff byline that names nobody ("Redação", "admin"): the site has no named reporter.
STAFF_BYLINES = frozenset(
    [
        "redação",
        "redacao",
        "redacción",
        "redaccion",
        "rédaction",
        "redaction",
        "redazione",
        "redaktion",
        "redactie",
        "redakcja",
        "redaksi",
        "redaksiyon",
        "редакция",
        "редакція",
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "desk",
        "team",
        "newsroom",
        "web",
        "مدير",
        "التحرير",
    ]
)
# "Earlier X reported": a back-reference to the outlet's own earlier story (sentence start).
EARLIER_WORDS = (
    "ранее", "раніше", "напомним, ранее", "earlier", "previously", "wcześniej", "anteriormente",
    "précédemment", "auparavant", "in precedenza", "zuvor", "eerder", "daha önce",
    "sebelumnya", "trước đó",
)  # fmt: skip
REPORTED_STEMS = (
    "сообщал", "писал", "рассказывал", "информировал", "повідомля", "писав", "писала",
    "розповідав", "reported", "wrote", "informou", "noticiou", "informó", "publicó",
    "rapporté", "écrivait", "riportato", "scritto", "berichtet", "meldde", "schreef",
    "bildirdi", "yazdı", "melaporkan", "memberitakan", "đưa tin", "pisał", "informował",
)  # fmt: skip
# "X's correspondent" / "correspondent of X": a reporter of a named outlet (stems).
CORRESPONDENT_STEMS = (
    "корреспондент", "кореспондент", "correspondent", "correspondant", "corresponsal",
    "correspondente", "corrispondente", "korrespondent", "korespondent", "muhabir", "wartawan",
    "phóng viên", "مراسل",
)  # fmt: skip
