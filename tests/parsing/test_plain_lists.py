"""A sidebar list whose items are not links ("Most read" printing headlines only) is a link
block of its own; a plain bullet list under a short non-list heading of few words is not."""

from __future__ import annotations

from detector.page import parse_page

_STORY = "<p>" + "A long paragraph of the story that is here for the main text to find. " * 8


def _blocks(aside: str) -> dict[str, int]:
    html = (
        "<html><head><title>Story - Site</title></head><body><main><h1>The story's headline</h1>"
        f"{_STORY}</p><section><h3>Related</h3><ul><li><a href='/r1'>A first related story "
        "about it</a></li><li><a href='/r2'>A second related story about it</a></li></ul>"
        f"</section></main><aside>{aside}</aside></body></html>"
    )
    page = parse_page(html, url="https://site.example/a")
    return {b.heading: len(b.anchors) for b in page.link_blocks}


def test_plain_most_read_lists_in_korean_and_turkish_are_blocks() -> None:
    ko = "<h3>많이 본 뉴스</h3><ol><li>로또 1163회 당첨번호 조회</li><li>오늘 날씨, 꽃샘추위 기승</li></ol>"
    tr = (
        "<h3>Çok Okunanlar</h3><ol><li>Bugün hava nasıl olacak? Meteoroloji uyardı</li>"
        "<li>Asgari ücrete ara zam gelecek mi?</li><li>Okullar tatil mi? Valilik açıkladı</li></ol>"
    )
    found = _blocks(ko + tr)
    assert found.get("많이 본 뉴스") == 2
    assert found.get("Çok Okunanlar") == 3


def test_a_plain_list_of_short_items_under_another_heading_is_not_a_block() -> None:
    found = _blocks("<h3>Ingredients</h3><ul><li>2 eggs</li><li>1 cup flour</li><li>Salt</li></ul>")
    assert "Ingredients" not in found
