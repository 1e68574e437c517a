"""Sources named in a credit line that license nothing: a government, a ministry, "social networks".

"Fonte: Governo Federal / Redes sociais", "Source: Ministry of Health", "Quelle: soziale Medien":
the line names where facts came from, not a publisher whose story the page runs with leave. A
credit to a publisher (`detector.features.publisher_credits`) is evidence of syndication; these
are not. Lower-case, in 15+ languages.
"""

from __future__ import annotations

from detector.lexicon.words import wordset

# First words of a government body's name (prefixes of the lower-cased name).
GOVERNMENT_HEADS = (
    "government", "governo", "gobierno", "gouvernement", "regierung",
    "bundesregierung", "landesregierung", "ministry", "ministério", "ministerio", "ministère",
    "ministero", "ministerium", "bundesministerium", "ministerstwo", "ministerie",
    "министерство", "міністерство", "правительство", "уряд", "rząd", "hükümet",
    "pemerintah", "kementerian", "chính phủ", "prefeitura", "secretaria de", "secretaría de",
    "white house", "casa branca", "casa blanca", "maison blanche", "الحكومة", "وزارة", "政府",
    "国务院", "國務院",
)  # fmt: skip
# Words of a name that says only "social networks", "the internet", "agencies", "various
# sources", "compiled" (with the function words such names hold): "Nguồn: Tổng hợp".
VAGUE_NAME_WORDS = wordset(
    """social sociais sociales sociaux soziale sosyal sosial социальные соціальні media medias
    médias medien mídia mídias medios medya network networks netzwerke redes réseaux reti
    sieci сети мережі соцсети соцмережі mitandao ya kijamii mạng xã hội โซเชียล internet web
    sites site sitios websites agencies agencias agências agences agenzie agenturen ajanslar
    agencje агентства агенції various diversas
    diversos divers varias vários várias verschiedene وسائل مواقع شبكات التواصل الاجتماعي
    وكالات 社交媒体 社群媒體 网络 網路 the and of de des da do dos das e y et und i и та
    agentur agency agência agencia agence agenzia агентство وكالة एजेंसी
    एजेंसियां एजेंसियों agensi mashirika compiled compilation zusammengestellt compilé
    compilación recopilación compilação raccolta tổng hợp sưu tầm mạng собрано зібрано derleme
    rangkuman kompilasi 综合 整理 まとめ 종합 sources quellen fuentes fontes fonti bronnen
    источники джерела źródła kaynaklar sumber nguồn vyanzo مصادر स्रोत स्रोतों mbalimbali
    विभिन्न различные різні różne çeşitli berbagai nhiều مختلفة متعددة mtandao mtandaoni
    इंटरनेट الإنترنت الانترنت интернет інтернет internetu 인터넷 ネット 互联网"""
)
# Of those, the words that name news agencies: "SOURCE: News agencies" and "Al Jazeera and news
# agencies" credit the wire services a newsroom subscribes to (Al Jazeera's pages end so), so a
# credit to "agencies" is vague but no sign of copying.
AGENCY_WORDS = wordset(
    """agencies agencias agências agences agenzie agenturen ajanslar agencje агентства агенції
    وكالات agentur agency agência agencia agence agenzia агентство وكالة एजेंसी एजेंसियां
    एजेंसियों agensi mashirika"""
)
