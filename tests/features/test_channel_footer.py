"""A messenger channel's footer of buttons left under a reposted post (origin_voice_v1)."""

from __future__ import annotations

import pytest

from detector.features._channel_footer import channel_footer_names
from detector.features.origin_voice import OriginVoice
from detector.page import Page, parse_page
from features._republisher_pages import STORY, story_page

FOLLOW = 0


def _follow(page: Page) -> float:
    return OriginVoice().extract(page)[0][FOLLOW]


@pytest.mark.parametrize(
    "lines",
    [
        ("👉Підписатися | 📩 Надіслати новину | 💬 Чат", "Вінниця Оперативна | Підписатися"),
        ("Київ Сьогодні", "Підписатися | Надіслати новину"),
        ("⚡️ Подписаться на канал | Прислать новость | Чат", "Москва Онлайн"),
        ("Join channel | Send news | Chat", "Lagos Breaking Updates"),
        ("Abone ol | Haber gönder | Sohbet", "İzmir Son Dakika"),
        ("👉 Подписывайтесь на Самара Инсайд | Прислать новость: @samara_bot",),
    ],
)
def test_channel_footer_in_other_lines_names_another_channel(lines: tuple[str, ...]) -> None:
    page = story_page(other_lines=("Home", "News", *lines, "© 2026 Example News"))
    assert _follow(page) == 1.0


def test_channel_footer_in_the_story_tail() -> None:
    tail = ("👉Підписатися | 📩 Надіслати новину | 💬 Чат", "Вінниця Оперативна | Підписатися")
    assert _follow(story_page(paragraphs=(*STORY, *tail))) == 1.0


def test_a_name_needs_two_words_and_a_button_row() -> None:
    row = "Підписатися | Надіслати новину | Чат"
    assert channel_footer_names([row, "Вінниця Оперативна | Підписатися"])
    assert not channel_footer_names([row, "Новини | Підписатися"])  # a menu item
    # A site's menu: "Name | Subscribe" with no row of channel buttons (real pages).
    assert not channel_footer_names(["Print Edition | Subscribe", "Log In | Join CNET"])


@pytest.mark.parametrize(
    "lines",
    [
        # The site's own channel, by its brand.
        ("Підписатися | Надіслати новину | Чат", "Example News | Підписатися"),
        # Share and follow buttons of platforms name no channel.
        ("Facebook | Telegram | Підписатися", "Поділитися:"),
        ("Subscribe | Send news | Chat", "Telegram"),
        # A menu row with one button and no second one.
        ("Home | World | Subscribe",),
        # "Our channel".
        ("Subscribe | Chat", "Our Channel"),
    ],
)
def test_quiet_on_own_or_platform_buttons(lines: tuple[str, ...]) -> None:
    page = story_page(other_lines=("Home", *lines, "© 2026 Example News"))
    assert _follow(page) == 0.0


def test_a_credited_channel_is_no_leftover() -> None:
    page = story_page(
        paragraphs=(*STORY, "Джерело: Вінниця Оперативна"),
        other_lines=("Підписатися | Надіслати новину | Чат", "Вінниця Оперативна"),
    )
    # publisher_credits reads the source line: the post is credited, not left over.
    assert _follow(page) == 0.0


def _html(footer: str, site: str) -> str:
    story = "".join(
        f"<p>У Вінниці через пошкодження водогону без води залишилися мешканці району {i}.</p>"
        for i in range(5)
    )
    return (
        f'<html><head><title>Аварія - {site}</title><meta property="og:site_name" '
        f'content="{site}"></head><body><article><h1>Аварія</h1>{story}{footer}</article>'
        f"<footer><p>© 2024 {site}</p></footer></body></html>"
    )


def test_html_page_with_another_channels_footer() -> None:
    footer = (
        "<p>👉Підписатися | 📩 Надіслати новину | 💬 Чат</p><p>Вінниця Оперативна | Підписатися</p>"
    )
    page = parse_page(_html(footer, "Поділля Онлайн"), url="https://podillia-online.com.ua/n/1")
    assert _follow(page) == 1.0
    # The same footer naming the site's own channel is its own promotion.
    own = footer.replace("Вінниця Оперативна", "Поділля Онлайн")
    page = parse_page(_html(own, "Поділля Онлайн"), url="https://podillia-online.com.ua/n/1")
    assert _follow(page) == 0.0
