"""origin_voice: a masthead's weekend or weekly edition ("Sunday Times", "Welt am Sonntag")
is the outlet's own name, so asking readers to subscribe to it is not another outlet's voice."""

from __future__ import annotations

import pytest

from detector.features.origin_voice import _same_brand


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Sunday Times", "thetimes"),  # en, an article before the title in the domain
        ("The Mail on Sunday", "Mail"),
        ("Welt am Sonntag", "welt"),  # de
        ("Le Journal du Dimanche", "lejournal"),  # fr
        ("Clarín Domingo", "clarin"),  # es
    ],
)
def test_an_edition_of_the_masthead_is_the_same_brand(name: str, own: str) -> None:
    assert _same_brand(name, own)


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("Sunday Times", "nytimes"),  # another title that shares a word
        ("Sunday Express", "thetimes"),  # another masthead's edition
        ("Sunday Times", "New York Times"),
        ("Sonntagsblick", "welt"),
    ],
)
def test_another_masthead_is_not(name: str, own: str) -> None:
    assert not _same_brand(name, own)
