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
# "This article was first published on X": the line names where the story lives (lower-case;
# the outlet follows the phrase). English feed footers are `leftovers_v1`'s POINTS_ELSEWHERE.
PUBLISHED_AT = (
    "telah tayang di", "sudah tayang di", "telah terbit di", "pertama kali terbit di",
    "pertama kali diterbitkan di", "pertama kali dipublikasikan di", "telah dimuat di",
    "artikel ini telah tayang", "was first published on", "was first published in",
    "was first published by", "apareció primero en", "se publicó originalmente en",
    "fue publicado originalmente en", "publicado originalmente en", "publicado originalmente em",
    "foi publicado originalmente", "publicada originalmente", "publié initialement sur",
    "publié initialement dans", "paru initialement dans", "initialement publié",
    "erschien zuerst bei", "erschien zuerst in", "zuerst erschienen bei", "zuerst erschienen in",
    "ursprünglich erschienen", "pubblicato originariamente su", "originariamente pubblicato",
    "apparso originariamente su", "ukazał się pierwotnie", "pierwotnie opublikowany",
    "oorspronkelijk verschenen", "verscheen eerder op", "впервые опубликован", "впервые опубликована",
    "впервые опубликовано", "вперше опубліковано", "ilk olarak", "bài viết gốc đăng tại",
    "bài viết được đăng lần đầu", "نُشر أولاً", "نشر أولا", "نشر لأول مرة", "최초 게재", "에 처음 게재",
    "本文首发于", "本文首發於", "原文首发于", "原载于", "原載於", "最初发表于",
    "यह लेख पहले", "मूल रूप से",
)  # fmt: skip
# Wording that licenses or credits the copy: a line with one of these is a credit, not a leftover
# (CC republication, translation by permission, partner sharing, "Quelle:", "via").
LICENCE_WORDS = (
    "republish", "reprinted", "reproduced", "licen", "creative commons", "cc by", "cc-by",
    "permission", "courtesy", "partner", "syndicat", "content-sharing", "quelle:", "via ",
    "izin", "kerja sama", "kerjasama", "atas izin", "permiso", "autorización", "autorização",
    "permissão", "parceria", "autorisation", "avec l'accord", "genehmigung", "freundlicher",
    "kooperation", "permesso", "concessione", "gentile", "uprzejmości", "przedruk za zgodą",
    "toestemming", "с разрешения", "с согласия", "з дозволу", "بإذن", "بالتعاون", "ברשות",
    "허가", "제휴", "転載許可", "提携", "授权", "授權", "合作", "izniyle", "işbirliği",
    "sự cho phép", "hợp tác", "अनुमति", "साभार", "באישור", "בשיתוף", "שיתוף תוכן",
)  # fmt: skip
# "本报讯 / this newspaper": the original paper's noun for itself, in its own copy.
PAPER_SELF = (
    "本报讯", "本報訊", "本报记者", "本報記者", "本报通讯员", "本報通訊員", "本紙記者", "本紙の取材",
    "본지 기자", "본지와의 통화", "본지에", "tờ báo này", "báo chúng tôi", "với pv báo",
    "phóng viên báo", "इस अखबार", "इस समाचार पत्र", "हमारे संवाददाता", "หนังสือพิมพ์ฉบับนี้",
    "told this newspaper", "told this paper", "told our newspaper", "a déclaré à notre journal",
    "à notre journal", "dijo a este diario", "declaró a este periódico", "disse a este jornal",
    "ao nosso jornal", "sagte unserer zeitung", "gegenüber unserer zeitung", "dieser zeitung",
    "a questo giornale", "al nostro giornale", "tegen deze krant", "naszej gazecie",
    "powiedział naszej gazecie", "нашей газете", "нашій газеті", "gazetemize", "لصحيفتنا",
    "لهذه الصحيفة", "gazeti hili", "surat kabar ini", "harian ini",
)  # fmt: skip
# The outlet kinds that may speak of "this paper": a brand holding one of these is a paper.
PAPER_WORDS = (
    "报", "報", "新聞", "新闻", "신문", "일보", "日報", "báo", "paper", "journal", "zeitung",
    "diario", "periódico", "jornal", "giornale", "krant", "gazet", "газет", "صحيف", "جريدة",
    "अखबार", "समाचार", "หนังสือพิมพ์", "harian", "koran", "tribun", "times", "post", "herald",
    "news", "gazette", "courier", "kurier", "dagblad", "dziennik", "tidning", "avis", "lehti", "sanomat",
    "shimbun", "shinbun", "shimpo", "shinpo", "nippo", "ilbo", "ribao", "gazete", "gazeta",
)  # fmt: skip
# A reprint ban under a story: the holder named with it is the story's newsroom.
REPRINT_BANS = (
    "무단전재", "무단 전재", "재배포 금지", "재배포금지", "無断転載", "无断转载", "禁止转载", "未经授权",
    "未經授權", "riproduzione riservata", "reproduction interdite", "prohibida su reproducción",
    "prohibida la reproducción", "proibida a reprodução", "nachdruck verboten",
    "dalsze rozpowszechnianie", "kopiowanie zabronione", "перепечатка запрещена",
    "перепечатка без", "передрук заборонено", "haki zote zimehifadhiwa", "dilarang mengutip",
    "dilarang keras", "cấm sao chép", "nghiêm cấm", "يمنع النسخ", "يحظر نقل",
    "kopyalanamaz", "izinsiz kullanılamaz", "zákaz přebírání",
)  # fmt: skip
