"""forum_repost_v1: a news story pasted as the opening post of a board thread."""

from __future__ import annotations

import pytest

from detector.features._forum import find_thread, link_exchange_lines, parse_header
from detector.features.forum_repost import ForumRepost
from detector.page import Page, parse_page

NAMES = ForumRepost.FEATURES


def _values(page: Page) -> dict[str, float]:
    return dict(zip(NAMES, ForumRepost().extract(page)[0], strict=True))


def _text(record: str, url: str = "http://matome-example.blog.jp/archives/1.html") -> Page:
    return parse_page(record, url=url, content_type="text/plain")


JA_STORY = (
    "回転寿司チェーン「すしの海」を運営する海フーズは6日、来年1月15日から全国の約540店舗で"
    "一部商品の価格を改定すると発表した。基本となる一皿の価格は税込み120円から150円に引き上げる。\n"
    "同社は値上げの理由について、輸入水産物の仕入れ価格の高騰や、人件費、物流費の上昇を挙げている。"
    "同社の値上げは2年ぶりで、期間限定の高価格帯商品は最大120円値上げする。\n"
    "同社の広報担当者は「企業努力だけでは吸収しきれない水準になった。ご理解いただきたい」と話した。\n"
)
JA_MATOME = (
    "ニュース速報まとめ\nホーム\nニュース\n経済\n"
    "【悲報】回転寿司チェーン、全国で値上げへ\n"
    "1: 名無しさん＠お腹いっぱい。 2026/12/06(日) 21:14:02.31 ID:xR8kLm2p0\n"
    + JA_STORY
    + "https://www.example-shimbun.jp/economy/20261206-OYT1T5021/\n"
    "2: 名無しさん＠お腹いっぱい。 2026/12/06(日) 21:14:40.11 ID:aa3Gt0Rd0\n"
    "150円はもう回転寿司じゃないだろ\n"
    "5: 名無しさん＠お腹いっぱい。 2026/12/06(日) 21:15:22.87 ID:Pq71bnX+0\n"
    "家族4人で行ったら普通に1万超える時代\n"
    "8: 名無しさん＠お腹いっぱい。 2026/12/06(日) 21:16:03.54 ID:cE9wW1kz0\n"
    "スーパーの寿司でええわ\n"
    "引用元: https://hayabusa.board-example.net/test/read.cgi/news/1765012442/\n"
    "スポンサーリンク\n相互RSS\nまとめアンテナ速報\nニュースまとめ館\n"
)

ZH_STORY = (
    "<p>新华社北京5月21日电 国家统计局21日发布数据显示，4月份全国规模以上工业增加值同比增长6.7%，"
    "比上月加快2.2个百分点。从环比看，4月份规模以上工业增加值比上月增长0.97%。</p>"
    "<p>分三大门类看，采矿业增加值同比增长2.0%，制造业增长7.5%，电力、热力、燃气及水生产和供应业"
    "增长4.5%。国家统计局新闻发言人表示，工业生产稳中有升，新动能持续成长。</p>"
    "<p>数据显示，1至4月份，全国固定资产投资同比增长4.2%，社会消费品零售总额同比增长4.1%。</p>"
)
ZH_FORUM = (
    "<html><head><title>4月工业增加值增长6.7% - 财经论坛</title></head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="/f/1">财经论坛</a></div>'
    "<h1>4月工业增加值增长6.7%</h1><div class='thread'>"
    "<div class='ph'>楼主 网友小王 发表于 2024-5-21 10:48</div>"
    f"<div class='pb'>{ZH_STORY}<p>转载自：新华网</p></div>"
    "<div class='ph'>沙发 游客 2024-5-21 10:50</div><div class='pb'><p>数据不错啊</p></div>"
    "<div class='ph'>板凳 网友8812 2024-5-21 10:55</div><div class='pb'><p>感觉没什么变化</p></div>"
    "<div class='ph'>地板 匿名用户 2024-5-21 11:02</div><div class='pb'><p>顶一下</p></div>"
    "</div><div class='links'><h3>友情链接</h3><a href='http://a.example'>财经社区</a>"
    "<a href='http://b.example'>股吧</a></div></body></html>"
)

EN_STORY = (
    "WASHINGTON - The city council voted 7-2 on Tuesday to approve a new budget that raises "
    "property taxes by 4 percent and adds funding for 40 police officers, officials said.\n"
    "The mayor, who proposed the increase in March, said the money was needed to cover rising "
    "pension costs and the hiring of new officers after a year of staff shortages.\n"
    "Opponents argued that residents were already struggling with higher rents and utility "
    "bills, and two council members said they would push for a referendum next year.\n"
)
EN_BOARD = (
    "Random Board\n/news/ - Current News\n"
    "Anonymous 05/21/24(Tue)10:48:12 No.41234567\n"
    + EN_STORY
    + "Source: https://www.example-tribune.com/local/council-budget-2024\n"
    "Anonymous 05/21/24(Tue)10:49:30 No.41234590\n>taxes up again\nlol\n"
    "Anonymous 05/21/24(Tue)10:50:02 No.41234602\nnothing ever happens\n"
    "Anonymous 05/21/24(Tue)10:52:47 No.41234655\nthey always find money for that\n"
)

KO_STORY = (
    "서울시는 21일 내년부터 시내버스 기본요금을 1500원에서 1700원으로 인상한다고 밝혔다. 요금 인상은 "
    "8년 만이며 지하철 요금도 같은 폭으로 오를 예정이다.\n"
    "시는 연료비와 인건비 상승으로 버스 회사들의 적자가 누적돼 요금 조정이 불가피하다고 설명했다. "
    "청소년과 어린이 요금은 동결하고 환승 할인은 그대로 유지한다.\n"
    "시민단체들은 물가가 오르는 상황에서 교통요금까지 인상하는 것은 서민 부담을 키운다며 반발했다. "
    "시는 다음 달 공청회를 열어 시민 의견을 듣고 시의회 의견 청취 절차를 거쳐 인상 폭을 확정할 계획이다.\n"
)
KO_BOARD = (
    "유머 게시판\n자유게시판\n"
    "1. 익명 24.05.21 10:48\n"
    + KO_STORY
    + "출처: https://www.example-ilbo.co.kr/news/article/2024052112345\n"
    "2. 익명 24.05.21 10:50\n또 오르네\n"
    "3. 익명 24.05.21 10:52\n월급 빼고 다 오름\n"
    "4. 익명 24.05.21 10:55\n환승 할인 유지는 다행\n"
)


def test_japanese_matome_text_record() -> None:
    page = _text(JA_MATOME)
    v = _values(page)
    assert v["forum_story_in_post"] == 1 and v["forum_story_cites_elsewhere"] == 1
    assert v["forum_posts"] >= 4 and v["forum_anonymous_posts"] >= 4
    assert v["forum_link_exchange"] >= 1
    evidence = " ".join(ForumRepost().extract(page)[1])
    assert "1: 名無しさん" in evidence and "example-shimbun.jp" in evidence
    assert "相互RSS" in evidence


def test_chinese_forum_repost_html() -> None:
    page = parse_page(ZH_FORUM, url="http://bbs.example-forum.cn/thread-1-1.html")
    v = _values(page)
    assert v["forum_story_in_post"] == 1 and v["forum_story_cites_elsewhere"] == 1
    assert v["forum_posts"] == 4 and v["forum_link_exchange"] == 1
    assert "转载自：新华网" in " ".join(ForumRepost().extract(page)[1])


@pytest.mark.parametrize("record", [EN_BOARD, KO_BOARD], ids=["en-imageboard", "ko-board"])
def test_board_reposts_in_other_languages(record: str) -> None:
    v = _values(_text(record, url="http://board.example.org/news/thread/41234567"))
    assert v["forum_story_in_post"] == 1 and v["forum_story_cites_elsewhere"] == 1
    assert v["forum_anonymous_posts"] == 4


def test_same_host_link_is_not_elsewhere() -> None:
    record = KO_BOARD.replace("www.example-ilbo.co.kr", "board.example.org")
    v = _values(_text(record, url="http://board.example.org/news/thread/41234567"))
    assert v["forum_story_in_post"] == 1 and v["forum_story_cites_elsewhere"] == 0


def test_outlet_article_with_numbered_comments_below() -> None:
    """A real outlet's story stands above its comments: the thread does not hold the story."""
    record = (
        "Example Gazette\nNews\nLocal\nCouncil approves budget with tax rise\n"
        "By Jane Miller, Staff Reporter\n"
        + EN_STORY
        + "More at https://www.example-tribune.com/local/council-budget-2024\n"
        "Comments (3)\n"
        "1. Mark T. May 21, 2024 at 10:48 am\nAbout time they hired more officers.\n"
        "2. Sue Anne May 21, 2024 at 11:02 am\nMy rent went up 10% already.\n"
        "3. Anonymous May 21, 2024 at 11:30 am\nVote them out.\n"
    )
    v = _values(_text(record, url="https://www.example-gazette.com/local/budget"))
    assert v["forum_posts"] == 3
    assert v["forum_story_in_post"] == 0 and v["forum_story_cites_elsewhere"] == 0


def test_qa_page_with_long_answers_is_not_a_repost() -> None:
    """Q&A answers are long: no single post dwarfs the replies."""
    answer = EN_STORY.replace("\n", " ")
    record = (
        "Ask the Community\nHow do council budgets raise taxes?\n"
        "1. asker_22 2024-05-21 10:48\nI read the news today; how does this work?\n"
        f"2. citywonk 2024-05-21 11:00\n{answer}\n"
        f"3. budgetnerd 2024-05-21 11:20\n{answer}\n"
        f"4. Anonymous 2024-05-21 11:45\n{answer}\n"
    )
    v = _values(_text(record, url="https://qa.example.org/q/123"))
    assert v["forum_posts"] == 4 and v["forum_story_in_post"] == 0


def test_fixture_table_without_bodies_is_not_a_thread() -> None:
    """Numbered lines with a name and a kick-off time are a table: the story after one of
    them is not a post followed by replies."""
    record = (
        "Sport\n1. FC Köln 21.05.2024 15:30\n2. FC Nürnberg 21.05.2024 18:30\n"
        "3. Liga Auftakt 22.05.2024 14:00\n" + EN_STORY
    )
    v = _values(_text(record, url="https://www.example-sport.de/fussball"))
    assert v["forum_story_in_post"] == 0


def test_blog_quoting_a_newspaper_with_link() -> None:
    record = (
        "My Town Blog\nAbout\nToday the council finally voted on the budget.\n"
        + EN_STORY
        + "Source: https://www.example-tribune.com/local/council-budget-2024\n"
        "3 comments\n"
    )
    v = _values(_text(record, url="https://mytown.example.net/2024/05/budget"))
    assert v == dict.fromkeys(NAMES, 0.0)


def test_live_blog_timestamps_are_not_post_headers() -> None:
    record = "Live: council budget vote\n10:48 The session opens.\n11:02 Vote begins.\n" + EN_STORY
    assert find_thread(_text(record, url="https://www.example-gazette.com/live")) is None


@pytest.mark.parametrize(
    ("line", "number", "anonymous"),
    [
        ("1: 名無しさん＠おーぷん 2024/05/21(火) 10:48:12.33 ID:kT7q2Wz0", 1, True),
        ("2: 名無しさん＠おーぷん ID:k9Qw", 2, True),
        ("楼主 网友小王 发表于 2024-5-21 10:48", 1, True),
        ("沙发 游客 2024-05-21 10:50:02", 2, True),
        ("5# 匿名用户 2024-05-21 11:02", 5, True),
        ("Anonymous 05/21/24(Tue)10:48:12 No.12345678", None, True),
        ("ㅇㅇ(118.235) 2024.05.21 10:48", None, True),
        ("#3 Гость 21.05.2024, 10:48", 3, True),
        ("Reply #3 on: May 21, 2024, 10:48:12 AM", 3, False),
        ("#2 Khách 21/05/2024 lúc 10:48", 2, True),
        ("4. Tamura Ken 2024-05-21 10:48", 4, False),
    ],
)
def test_post_headers(line: str, number: int | None, anonymous: bool) -> None:
    parsed = parse_header(line)
    assert parsed is not None
    assert parsed[0] == number and parsed[2] is anonymous


@pytest.mark.parametrize(
    "line",
    [
        "1. 2024/05/21 10:48 開会式",  # numbered schedule: no handle
        "12 Anonymous sources said the meeting on 2024/05/21 10:48 was tense",
        "Tamura 2024-05-21 10:48",  # a name that starts like "tamu" (guest) is no anonymous
        "3. Preheat the oven to 180 degrees.",
    ],
)
def test_not_post_headers(line: str) -> None:
    assert parse_header(line) is None


def test_link_exchange_headings_and_antenna_lists() -> None:
    page = _text(
        "Blog\nstory line\n相互リンク\nまとめアンテナMX\nぶろにゅー的アンテナ\n"
        "We never took part in any link exchange schemes, our editor said in a statement.\n"
    )
    found = link_exchange_lines(page)
    assert "相互リンク" in found and "まとめアンテナMX" in found
    assert not any("schemes" in line for line in found)
    one_aerial = _text("Shop\nTV-Antenne\nアンテナ工事\nContact\n")
    assert link_exchange_lines(one_aerial) == ()
