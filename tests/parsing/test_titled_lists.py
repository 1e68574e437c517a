"""Link blocks under headings of any wording: a sidebar's second and third lists of headlines
("Đọc nhiều", "이 기자의 다른 기사", "Новости партнеров") become link blocks; menus, share and
skip links under a heading do not."""

from __future__ import annotations

from detector.page import parse_page

_STORY = (
    "<p>" + "A long paragraph of the story that is here for the main text to find. " * 8 + "</p>"
)


def _page(sidebar: str) -> str:
    return (
        "<html><head><title>Story - Site</title></head><body><main><h1>The story's headline</h1>"
        f"{_STORY}<section class='related'><h3>Related</h3><ul>"
        "<li><a href='/r1'>A first related story about the fire</a></li>"
        "<li><a href='/r2'>A second related story about the fire</a></li></ul></section>"
        f"</main>{sidebar}</body></html>"
    )


def _headings(html: str) -> list[str]:
    return [b.heading for b in parse_page(html, url="https://site.example/a").link_blocks]


def test_a_second_list_under_a_vietnamese_heading_is_parsed() -> None:
    aside = (
        "<aside><h3>Đọc nhiều</h3><ol>"
        "<li><a href='/a1'>Lịch âm hôm nay 7/12/2026</a></li>"
        "<li><a href='/a2'>Kết quả xổ số miền Bắc hôm nay</a></li>"
        "<li><a href='/a3'>Tử vi 12 con giáp ngày 7/12</a></li></ol></aside>"
    )
    assert _headings(_page(aside)) == ["Related", "Đọc nhiều"]


def test_bare_links_after_a_russian_heading_and_a_wrapped_korean_heading() -> None:
    partners = (
        "<section><h3>Новости партнеров</h3>"
        "<a href='#'>Врачи назвали продукт, который разрушает сосуды</a>"
        "<a href='#'>Пенсионерам начнут выплачивать по 15 000 рублей</a>"
        "<a href='#'>Этот простой трюк убирает грибок за 3 дня</a></section>"
        "<div class='box'><div class='box-head'><h4>이 기자의 다른 기사</h4></div><ul>"
        "<li><a href='/k1'>'로또 1201회 당첨번호' 1등 당첨 번호는?</a></li>"
        "<li><a href='/k2'>'수능 등급컷' 2027 수능 등급컷 발표</a></li>"
        "<li><a href='/k3'>원달러 환율 급등, 환율 전망은 어떻게 될까</a></li></ul></div>"
    )
    page = parse_page(_page(partners), url="https://site.example/a")
    blocks = {b.heading: b for b in page.link_blocks}
    # "#" placeholders name no page: the three links stay three.
    assert len(blocks["Новости партнеров"].anchors) == 3
    assert len(blocks["이 기자의 다른 기사"].anchors) == 3


def test_menus_share_and_skip_links_under_a_heading_are_not_lists() -> None:
    chrome = (
        "<nav><h3>Sections</h3><ul><li><a href='/w'>World</a></li><li><a href='/p'>Politics"
        "</a></li><li><a href='/s'>Sport</a></li><li><a href='/b'>Business news</a></li></ul></nav>"
        "<div><h4>Share this:</h4><a href='https://facebook.com/x'>Share on Facebook</a>"
        "<a href='https://x.com/x'>Share on X</a><a href='mailto:x'>Email this story</a></div>"
        "<div><h2>Accessibility links</h2><a href='#main'>Skip to content</a>"
        "<a href='#nav'>Skip to navigation</a><a href='/help'>Accessibility help</a></div>"
    )
    assert _headings(_page(chrome)) == ["Related"]
