"""Script-conversion leftovers in a Chinese story: the other script's characters or words.

A farm that copies a mainland story into a Traditional-Chinese site (or the reverse) runs it
through a character converter. The converter maps characters, not vocabulary, and misses what
sits outside its tables: a Taiwanese page then says 信息, 網絡, 視頻, 軟件 (mainland words in
Traditional characters; Taiwan writes 資訊, 網路, 影片, 軟體), or keeps a few Simplified-only
characters (这, 说, 们) in a Traditional text. A native outlet writes one script and its own
words; it quotes a mainland name in Simplified form rarely, so the test asks for three distinct
leftovers. Hong Kong, Macau, Malaysian and Singaporean Chinese mix both vocabularies natively,
so the word test skips their hosts. Used by `translated_copy_v1`.
"""

from __future__ import annotations

# Common characters that exist in one script only, in pairs (Simplified, Traditional): none is
# a Japanese shinjitai form written alike in both (Japanese pages are skipped anyway).
_PAIRS = (
    "这這 说說 们們 时時 为為 发發 来來 对對 会會 国國 过過 还還 进進 经經 关關 现現 问問 "
    "长長 开開 动動 员員 实實 种種 样樣 从從 两兩 变變 让讓 认認 报報 应應 总總 "
    "务務 据據 门門 页頁 车車 东東 钱錢 买買 卖賣 电電 网網"
)
SIMPLIFIED_ONLY = frozenset(p[0] for p in _PAIRS.split() if len(p) == 2)
TRADITIONAL_ONLY = frozenset(p[1] for p in _PAIRS.split() if len(p) == 2)
# Mainland words written in Traditional characters whose Taiwanese word differs (Taiwan's in
# the comment): what a character converter leaves of a mainland story.
MAINLAND_WORDS = (
    "信息",  # 資訊 / 訊息
    "網絡",  # 網路
    "視頻",  # 影片
    "軟件",  # 軟體
    "硬件",  # 硬體
    "質量",  # 品質
    "默認",  # 預設
    "屏幕",  # 螢幕
    "鼠標",  # 滑鼠
    "打印",  # 列印
    "服務器",  # 伺服器
    "數據庫",  # 資料庫
    "互聯網",  # 網際網路
    "博客",  # 部落格
    "短信",  # 簡訊
    "出租車",  # 計程車
    "公交車",  # 公車
    "激光",  # 雷射
    "土豆",  # 馬鈴薯
    "U盤",  # 隨身碟
)
# Hosts whose Chinese mixes mainland and Taiwanese words natively (by country code).
MIXED_REGIONS = frozenset({"hk", "mo", "my", "sg", "cn"})
# Leftovers that make a conversion: three distinct ones (one or two are quotes and names).
MIN_DISTINCT = 3
# The majority script's characters a story needs before its minority counts (a short text
# is too small to have a script).
MIN_MAJORITY = 20


def _count(text: str, chars: frozenset[str]) -> tuple[int, list[str]]:
    """Occurrences in `text` of the characters of `chars`, and the distinct ones found."""
    found = sorted(chars.intersection(text))
    return sum(text.count(c) for c in found), found


def script_leftovers(text: str, region: str) -> str:
    """What of another script or vocabulary a Chinese story holds ("" when nothing counts)."""
    simp_n, simp = _count(text, SIMPLIFIED_ONLY)
    trad_n, trad = _count(text, TRADITIONAL_ONLY)
    if trad_n >= MIN_MAJORITY and trad_n > simp_n * 4:
        if len(simp) >= MIN_DISTINCT:
            return "Simplified characters in a Traditional story: " + " ".join(simp)
        if region not in MIXED_REGIONS:
            words = [w for w in MAINLAND_WORDS if w in text]
            if len(words) >= MIN_DISTINCT:
                return "mainland words in a Traditional story: " + " ".join(words)
    elif simp_n >= MIN_MAJORITY and simp_n > trad_n * 4 and len(trad) >= MIN_DISTINCT:
        return "Traditional characters in a Simplified story: " + " ".join(trad)
    return ""
