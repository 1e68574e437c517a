"""byline_role_v1: a story signed by an account or a desk instead of a person."""

from __future__ import annotations

import pytest

from detector.features.base import get_signal
from detector.features.byline_role import BylineRole, role_only
from features._republisher_pages import fire_share, real_sample, seed_page, story_page, values


def test_registered() -> None:
    assert get_signal("byline_role_v1") is BylineRole


@pytest.mark.parametrize(
    "signature",
    [
        "By admin",
        "Staff",
        "By News Desk",
        "Editorial Team",
        "Por editor",
        "The Team",
        "webmaster",
        "admin_sonrisa",  # a CMS login name
        "Admin2",
        "por user_1842",
    ],
)
def test_roles_and_accounts(signature: str) -> None:
    assert role_only(signature)


@pytest.mark.parametrize(
    "signature",
    [
        "By Jane Doe",
        "NFL.com Staff",
        "Reuters Staff",
        "By Editor Jane Smith",
        "",
        "By the",
        "Von Redaktion",  # a newsroom's signature, common on German outlets
        "Editorial",  # a paper's editorial
        "TAG24",  # a brand with digits, not a login
        "Herr_Rein",  # a blogger's own login names a person
        "Redakcja",  # a newsroom, as "Redaktion"
    ],
)
def test_people_and_publishers(signature: str) -> None:
    assert not role_only(signature)


def test_every_signature_must_be_a_role() -> None:
    got = values(BylineRole(), story_page(byline="By admin", authors=("Jane Doe",)))
    assert got == {"byline_role_only": 0.0}
    page = story_page(byline="By admin", authors=("admin",))
    values_, evidence = BylineRole().extract(page)
    assert values_ == (1.0,) and '"By admin"' in evidence[0]


def test_unsigned_page() -> None:
    assert values(BylineRole(), story_page()) == {"byline_role_only": 0.0}
    assert values(BylineRole(), seed_page())["byline_role_only"] == 0


def test_quiet_on_real_outlet_pages() -> None:
    # On all 4,270 real pages of the generated build: 0.5% (HTML) and 0.1% (text).
    assert fire_share(BylineRole(), "byline_role_only", real_sample()) <= 0.02
