"""Words that name an entity other than a newsroom: a club, an association, a foundation, a
school, a parish, a choir; and the words of their menus, of "since 1987" taglines and of
month-archive widgets.

A lapsed domain of such an entity, bought and refilled with copied news, keeps the old owner's
name, legal form and menus. `repurposed_domain_v1` reads them in the site's identity (its name,
brands, copyright holder, footer lines), never in the story.

- `LEGAL_FORMS`: legal-form abbreviations of non-profit bodies, matched case-sensitively as
  whole tokens ("e.V." is a registered association; "gGmbH" a non-profit company).
- `ENTITY_WORDS`: lower-case words naming such a body, matched as whole words.
- `ENTITY_TAILS`: ends of compound words in languages that write compounds as one word
  ("Sportverein", "Kirchengemeinde", "Musikförening").
- `ENTITY_PREFIXES`: club prefixes of sports clubs' names ("TSV", "VfB", "FC"), matched
  case-sensitively as the first token of a name that has at least one more word. Two-letter
  ones that are also common initials ("CD", "SC", "AS", "SV") are left out.
- `ENTITY_NAV`: menu items only such a body carries (training times, statutes, mass times,
  membership fees). "Donate", "Become a member" and "Support us" are left out: reader-funded
  newsrooms carry them.
- `SINCE_WORDS`: "since" and "founded" before a year, for taglines ("desde 1987").
- `MONTH_NAMES`: nominative month names of archive widgets ("Грудень 2026", "prosinec 2026")
  that `detector.parsing.dates` (which reads dates, so genitives) lacks.

Written by hand for this project from everyday vocabulary, not from any page or template.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

LEGAL_FORMS = wordset(
    """e.V. e.V eV gGmbH gUG ggmbh e.Kfr. asbl a.s.b.l. ASBL vzw v.z.w. VZW ONLUS Onlus APS
    A.P.S. ODV OdV ASD A.S.D. SSD z.s. o.p.s. z.ú. OSC IPSS O.N.G. ONG NGO NPO gUG
    501(c)(3) r.y."""
)

ENTITY_WORDS = wordset(
    """association associations foundation charity club choir parish church school academy
    theatre theater théâtre teatro teatr divadlo
    verein stiftung förderverein pfarrei kirchengemeinde pfarrgemeinde schule gymnasium
    chor kapelle feuerwehr bürgerverein heimatverein
    fondation amicale paroisse école chorale fanfare comité
    asociación fundación parroquia escuela colegio coral peña cofradía hermandad
    associação fundação paróquia escola coral clube irmandade agremiação
    associazione fondazione parrocchia scuola polisportiva circolo oratorio
    vereniging stichting parochie school koor harmonie fanfare
    stowarzyszenie fundacja parafia szkoła chór klub towarzystwo
    spolek nadace farnost škola sbor jednota sokol
    förening föreningen stiftelse församling skola kör idrottsförening
    forening stiftelse menighet skole idrætsforening idrettslag
    yhdistys säätiö seurakunta koulu kuoro seura
    egyesület alapítvány plébánia iskola kórus
    asociația fundația parohia școala clubul
    dernek derneği vakıf vakfı okulu kulübü
    фонд ассоциация клуб приход школа гимназия хор
    фундація асоціація товариство парафія школа хор
    yayasan perkumpulan paguyuban sekolah gereja paroki perhimpunan
    quỹ
    chama jumuiya wakfu kanisa shule
    جمعية نادي مدرسة كنيسة رابطة"""
)

# Bodies that publish analysis and comment of their own (foundations, associations, NGOs, think
# tanks: "Konrad-Adenauer-Stiftung", "Fundacja Liberté!", "... e.V."), and their statutes menus
# (parties', unions'): such a name counts only beside a second tell. A club, a choir, a school,
# a parish or a theatre does not run national news.
PUBLISHING_BODIES = wordset(
    """association associations foundation charity academy
    verein stiftung förderverein fondation comité asociación fundación associação fundação
    associazione fondazione vereniging stichting stowarzyszenie fundacja towarzystwo spolek
    nadace förening föreningen stiftelse forening yhdistys säätiö egyesület alapítvány
    asociația fundația dernek derneği vakıf vakfı фонд ассоциация фундація асоціація
    товариство yayasan perkumpulan perhimpunan paguyuban quỹ chama jumuiya wakfu جمعية رابطة
    satzung statuts estatutos statuto statuten statut stanovy stadgar vedtægter устав статут
    tüzük bylaws"""
)
PUBLISHING_NAV = frozenset(
    ("our bylaws", "articles of association", "dernek tüzüğü", "anggaran dasar", "điều lệ",
     "katiba", "estatuto social")
)  # fmt: skip

# Names of several words, matched as a phrase: Vietnamese writes syllables apart ("câu lạc bộ",
# a club; "hội" alone is also "xã hội", society).
ENTITY_PHRASES = (
    "câu lạc bộ",
    "giáo xứ",
    "hội khuyến học",
    "pro loco",
    "sports club",
    "trung tâm bảo trợ",
    "loi 1901",
    "loi de 1901",
)

ENTITY_TAILS = (
    "verein", "stiftung", "schule", "gemeinde", "chor", "kapelle", "förening", "forening",
    "vereniging", "stichting", "gymnasium", "yhdistys", "seura", "egyesület", "dernegi",
    "derneği", "vakfı",
)  # fmt: skip
# "gemeinde" alone is a municipality (which publishes its own news): only church parishes.
ENTITY_TAIL_EXCEPT = ("gemeinde",)
ENTITY_TAIL_PARISH = ("kirchengemeinde", "pfarrgemeinde", "kirchgemeinde")

ENTITY_PREFIXES = wordset(
    """TSV VfB VfL VfR TuS TSG SpVgg FSV ASV ESV TuRa DJK BSC SSV FC
    MKS LKS IFK GIF AIK HNK OFK"""
)

ENTITY_NAV = (
    # de
    "trainingszeiten", "mitgliedsbeitrag", "mitgliedsbeiträge", "satzung", "vereinsheim",
    "jugendabteilung", "gottesdienste", "gottesdienstzeiten", "vereinschronik",
    "beitrittserklärung", "aufnahmeantrag",
    # en
    "training times", "training schedule", "membership fees", "club history", "mass times",
    "service times", "our bylaws", "bylaws", "articles of association", "join the club",
    # fr
    "horaires d'entraînement", "horaires des entraînements", "horaires des messes", "statuts",
    "cotisation", "cotisations", "bulletin d'adhésion", "adhérer à l'association",
    # es
    "horarios de entrenamiento", "horario de misas", "estatutos", "cuotas de socio",
    "hazte socio", "junta directiva",
    # pt
    "horários de treino", "horário das missas", "estatuto social", "seja sócio", "associe-se",
    "mensalidade de sócio",
    # it
    "orari allenamenti", "orari delle messe", "orari sante messe", "statuto", "tesseramento",
    "diventa socio", "quota associativa", "consiglio direttivo",
    # nl
    "trainingstijden", "contributie", "lid worden", "statuten", "huishoudelijk reglement",
    # pl
    "godziny treningów", "harmonogram treningów", "porządek mszy", "statut", "składki członkowskie",
    "zostań członkiem", "przekaż 1,5%", "przekaż 1%",
    # cs / sk
    "tréninky", "členské příspěvky", "stanovy", "bohoslužby",
    # sv / da / no
    "träningstider", "medlemsavgift", "stadgar", "vedtægter", "kontingent", "treningstider",
    # tr
    "antrenman saatleri", "dernek tüzüğü", "tüzük", "üyelik aidatı",
    # ru / uk
    "расписание тренировок", "устав", "членские взносы", "розклад тренувань", "статут",
    "членські внески", "розклад богослужінь", "расписание богослужений",
    # id / vi / sw
    "jadwal latihan", "anggaran dasar", "jadwal misa", "lịch tập", "điều lệ",
    "tài khoản tiếp nhận ủng hộ", "lịch thánh lễ", "ratiba ya mazoezi", "katiba",
)  # fmt: skip

SINCE_WORDS = (
    "since", "est.", "established", "founded", "seit", "gegründet", "sinds", "opgericht",
    "depuis", "fondé en", "fondée en", "desde", "fundado en", "fundada en", "fundado em",
    "fundada em", "dal", "fondato nel", "fondata nel", "od", "od roku", "założona w", "sedan",
    "siden", "grundad", "grundlagt", "с", "основан в", "основана в", "від", "заснована",
    "sejak", "berdiri", "từ năm", "thành lập", "tangu", "kuruluş", "depuis l'an",
)  # fmt: skip

MONTH_NAMES: dict[str, int] = {
    # ru, uk, bg (nominative)
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6,
    "липень": 7, "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
    # cs, hr, sl
    "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6,
    "červenec": 7, "srpen": 8, "září": 9, "říjen": 10, "listopad": 11, "prosinec": 12,
    "siječanj": 1, "veljača": 2, "ožujak": 3, "travanj": 4, "svibanj": 5, "lipanj": 6,
    "srpanj": 7, "kolovoz": 8, "rujan": 9, "studeni": 11, "prosinac": 12,
    # fi, el, sv/da/no, hu extras
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5,
    "kesäkuu": 6, "heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11,
    "joulukuu": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5,
    "ιούνιος": 6, "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10,
    "νοέμβριος": 11, "δεκέμβριος": 12,
    "januar": 1, "februar": 2, "april": 4, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "december": 12, "juni": 6, "juli": 7,
}  # fmt: skip
