"""Credit and permission wording in many languages: "তথ্য: দক্ষিণ এশিয়া সংবাদ সংস্থা (দসস)",
"ומתפרסמת כאן בתרגום ובעריכה, ברשות המערכת", "Reprinted with permission", "za zgodą redakcji".

A page that says whose story it runs, or by whose leave, credits someone: `story_fit_v1` must
not read its foreign descriptors as "nobody credited". A credit is a source label naming a
newsroom or an agency, or a permission phrase that is not part of a reprint ban ("only with the
publisher's consent", "sans autorisation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from detector.features.publisher_credits import vague_source
from detector.parsing.agency_credits import SOURCE_LINE_LABELS
from detector.parsing.agency_words import AGENCY_WORD

# Source labels the shared list lacks: bn he ja ko zh ms/id fil, and "credit".
_MORE_LABELS = (
    "তথ্য", "তথ্যসূত্র", "সূত্র", "מקור", "מקורות", "קרדיט", "المصادر", "出所", "资料来源",
    "資料來源", "자료", "credit", "credits", "crédito", "créditos", "kredit", "pinagmulan",
)  # fmt: skip
_LABEL = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(x) for x in sorted({*SOURCE_LINE_LABELS, *_MORE_LABELS}, key=len)[::-1])
    + r")\s*[:：]\s*(?P<name>[^\n:：]{2,80})",
    re.IGNORECASE,
)
# A name that is a newsroom's: news, paper, press, wire, media in 20 languages.
_NEWSROOM = re.compile(
    r"(?i)news|nieuws|nachrichten|noticias|notícias|nouvelles|notizie|новост|новин|wiadomości|"
    r"haber|berita|tin tức|báo|ニュース|新闻|新聞|뉴스|신문|日报|日報|أخبار|صحيفة|חדשות|עיתון|"
    r"समाचार|अख़बार|অখবার|সংবাদ|খবর|পত্রিকা|ειδήσεις|nyhet|nyhed|uutiset|zprávy|hírek|știri|"
    r"press|presse|prensa|imprensa|stampa|пресс|zeitung|journal|jornal|diario|diário|gazet|газет|"
    r"times|post|herald|tribune|wire|media|mídia|medya"
)
# "With (kind) permission", "in translation": en de fr es pt it nl pl ru uk tr sv id vi ja zh ko
# ar he hi bn.
_PERMISSION = re.compile(
    r"(?i)with (?:the )?(?:kind )?permission|reprinted with|republished with|"
    r"genehmigung|autorisation|con (?:el )?permiso|con autorización|com (?:a )?(?:permissão|"
    r"autorização)|gentile concessione|autorizzazione|met toestemming|za zgodą|"
    r"с разрешения|з дозволу|izniyle|med tillstånd|atas izin|seizin|được sự cho phép|"
    r"許可を得て|经授权|經授權|허락을 받아|허가를 받아|بإذن|بترخيص|ברשות|בתרגום|"
    r"अनुमति से|অনুমতিক্রমে|অনুমতি নিয়ে"
)
# A literal of each `_PERMISSION` phrase (lower-case): lines holding none are not searched.
_PERMISSION_LITERALS = (
    "permission", "reprinted with", "republished with", "genehmigung", "autorisation", "permiso",
    "autorización", "permissão", "autorização", "concessione", "autorizzazione", "toestemming",
    "za zgodą", "разрешения", "дозволу", "izniyle", "tillstånd", "izin", "cho phép", "許可を得て",
    "授权", "授權", "허락을", "허가를", "بإذن", "بترخيص", "ברשות", "בתרגום", "अनुमति से", "অনুমতি",
)  # fmt: skip
# Words that make a permission phrase a reprint ban: "without", "only with", "no ... without".
_BAN = re.compile(
    r"(?i)without|sans|\bsin\b|\bsem\b|senza|ohne|\bbez\b|\bбез\b|tylko|\bonly\b|\bsolo\b|"
    r"seulement|\bnur\b|zonder|utan|uten|không|tanpa|ללא|בלי|بدون|無断|무단|বিনা|बिना|prohib|"
    r"verboten|interdit|prohibid|proibid|vietat|запрещ|заборон|yasak|dilarang|禁止|금지|ممنوع|אסור"
)
_BAN_WINDOW = 40  # characters before the phrase: "Dalsze rozpowszechnianie tylko za zgodą"


def credit_wording(lines: Iterable[str], max_chars: int = 300) -> str:
    """The first short line that credits someone by a source label or a permission, or ""."""
    short = [line for line in lines if line and len(line) <= max_chars]
    low = "\n".join(short).lower()
    literals = [lit for lit in _PERMISSION_LITERALS if lit in low]
    for line in short:
        if ":" in line or "：" in line:
            for m in _LABEL.finditer(line):
                name = m["name"]
                named = _NEWSROOM.search(name) or AGENCY_WORD.search(name)
                if named and not vague_source(name.lower().strip()):
                    return line
        if literals and any(lit in line.lower() for lit in literals):
            for m in _PERMISSION.finditer(line):
                if not _BAN.search(line[max(0, m.start() - _BAN_WINDOW) : m.end() + 10]):
                    return line
    return ""
