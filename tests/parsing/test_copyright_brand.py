"""The site's name from its footer's copyright notice, in HTML and in text records."""

from __future__ import annotations

import pytest

from detector.features.brand import pick_brand
from detector.page import parse_page
from detector.parsing.common import copyright_holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2013-2024 Crypto Mart. All rights reserved.", "Crypto Mart"),
        ("Copyright © 2019 Battery Media Group – All Rights Reserved.", "Battery Media Group"),
        ("© CoinRadar News 2026", "CoinRadar News"),
        ("© 2011-2025 HarborStone Feed. Alle Rechte vorbehalten.", "HarborStone Feed"),
        ("© 2024 - Mes Recettes Faciles", "Mes Recettes Faciles"),
        ("All content © copyright 2024 by WXYZ-TV", "WXYZ-TV"),
        ("©2024 Brand, Inc. All Rights Reserved", "Brand"),
        # The holder before the sign, and notices without a year but with a rights phrase.
        ("Dagbladet Nord © 2025", "Dagbladet Nord"),
        ("Dagbladet Nord © 2025 | Kontakt", "Dagbladet Nord"),
        ("Portal Gol Agora © 2026", "Portal Gol Agora"),
        ("Haber Merkezi 34 © Tüm hakları saklıdır", "Haber Merkezi 34"),
        ("© Dagbladet Nord. Alle rettigheder forbeholdes", "Dagbladet Nord"),
        ("جميع الحقوق محفوظة © بوابة الخبر 24", "بوابة الخبر 24"),
        ("© Новини Півдня. Всі права захищені", "Новини Півдня"),
        ("Gazeta Lokalna © Wszelkie prawa zastrzeżone", "Gazeta Lokalna"),
        ("© Helsingin Uutiset – Kaikki oikeudet pidätetään", "Helsingin Uutiset"),
        ("Copyright © HABARI MPYA LEO.", "HABARI MPYA LEO"),
        ("©MMVI, CBS Broadcasting Inc. All Rights Reserved.", "CBS Broadcasting Inc"),
        ("© כל הזכויות שמורות לחדשות השרון 2026", "חדשות השרון"),
        ("© ۲۰۲۶ خبرنامه فردا. تمامی حقوق محفوظ است.", "خبرنامه فردا"),
        ("Copyright © 2026 快讯365 版权所有", "快讯365"),
        ("闽江新闻网版权所有 Copyright © 2002-2025 All Rights Reserved.", "闽江新闻网"),
        ("© 2024 जनसंवाद लाइव। सर्वाधिकार सुरक्षित।", "जनसंवाद लाइव"),
        ("Pyongyang Square 2002-2004 © All Rights Reserved", "Pyongyang Square"),
    ],
)
def test_holder_of_a_footer_notice(line: str, holder: str) -> None:
    assert copyright_holder(["About us", line]) == holder


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2023 The Associated Press. All rights reserved.",  # the story's credit
        "© Copyright 2023 Reuters - All rights reserved",
        "© 2024 All rights reserved",
        "Copyright © 2024 | Powered by WordPress",
        "Copyright Policy",  # a menu item: no year, no holder
        "About Copyright 2024",
        "© Getty Images",  # a photo credit: no year, no rights phrase
        "Copyright © Getty Images",
        "Foto: © Jane Doe",
        "Privacy Policy © 2024",
        "Tüm hakları saklıdır ©",
        "© 2024 Wszelkie prawa zastrzeżone",
        "Copyright © MMXII",  # a year in Roman numerals
        "Weather data © 2006",  # what the notice covers, not whose it is
        "Content and Design © 2001-2005",
    ],
)
def test_no_holder(line: str) -> None:
    assert copyright_holder([line]) == ""


def test_a_dated_notice_wins_over_an_undated_one() -> None:
    lines = ["©2008 Sports Hub", "Logos provided by MLB.com. © MLB.com. All rights reserved."]
    assert copyright_holder(lines) == "Sports Hub"
    assert copyright_holder(["© 2012 Design Public. All Rights Reserved."]) == "Design Public"


def test_the_last_notice_wins_and_only_among_the_closing_lines() -> None:
    early = ["© 2020 Early Name"] + ["line"] * 50
    assert copyright_holder(early) == ""
    assert copyright_holder(["© 2020 Partner Feed", "x", "© 2021 Own Site"]) == "Own Site"


TEXT_RECORD = """Crypto Mart
- Home
- Markets
Oil prices rise as supply cuts support market
2026-03-14
SINGAPORE (Reuters) - Oil prices rose on Monday as tensions in the Middle East offset concerns about weak demand in China, traders said in a note to clients.
Brent crude futures rose 61 cents, or 0.8%, to $79.17 a barrel by 0412 GMT, while U.S. crude gained 59 cents.
Related News
Bitcoin price prediction: can it reach a new high?
Top three meme coins to buy now
© 2013-2026 Crypto Mart. All rights reserved.
"""


def test_text_record_names_its_footer_brand_and_keeps_it_out_of_link_lists() -> None:
    page = parse_page(TEXT_RECORD)
    assert ("Crypto Mart", "copyright") in page.brand_candidates
    assert pick_brand(page) == ("Crypto Mart", "copyright")
    anchors = [a.text for block in page.link_blocks for a in block.anchors]
    assert anchors and not any("©" in a for a in anchors)


def test_html_footer_brand_ranks_below_declared_names() -> None:
    html = (
        "<html><head><title>Story</title>"
        '<meta property="og:site_name" content="Daily Planet"></head><body>'
        "<article><h1>Story</h1><p>" + "Words of the story here. " * 40 + "</p></article>"
        "<footer><p>© 2026 Planet Media Group Ltd. All rights reserved.</p></footer>"
        "</body></html>"
    )
    page = parse_page(html, url="https://dailyplanet.example/story")
    assert ("Planet Media Group Ltd", "copyright") in page.brand_candidates
    assert pick_brand(page) == ("Daily Planet", "og:site_name")
