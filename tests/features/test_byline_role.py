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
    assert got["byline_role_only"] == 0.0
    page = story_page(byline="By admin", authors=("admin",))
    values_, evidence = BylineRole().extract(page)
    assert values_ == (1.0, 0.0, 0.0) and '"By admin"' in evidence[0]


def test_unsigned_page() -> None:
    assert not any(values(BylineRole(), story_page()).values())
    assert values(BylineRole(), seed_page())["byline_role_only"] == 0


def test_quiet_on_real_outlet_pages() -> None:
    # On all 4,270 real pages of the generated build: 0.5% (HTML) and 0.1% (text).
    assert fire_share(BylineRole(), "byline_role_only", real_sample()) <= 0.02


@pytest.mark.parametrize(
    "signature", ["แอดมินข่าวเด็ด", "作者：小编", "14. März 2024 von admin", "โดย แอดมิน", "관리자"]
)
def test_accounts_in_other_scripts(signature: str) -> None:
    assert values(BylineRole(), story_page(byline=signature))["byline_role_only"] == 1.0


@pytest.mark.parametrize(
    ("signature", "url", "site"),
    [
        ("Por Equipe Sorocaba Agora", "https://sorocaba-agora.com.br/a/1", "Notícias de Sorocaba"),
        ("26 września 2024 Redakcja Kielce24h", "https://kielce24h.pl/2024/09/26/x/", ""),
        ("快訊日報編輯部", "https://www.kuaixun-daily.com/a/1.html", "快訊日報"),
        ("NeaKritiNow Team", "https://neakritinow.gr/x", "NeaKritiNow"),
    ],
)
def test_desk_named_after_the_site(signature: str, url: str, site: str) -> None:
    page = story_page(byline=signature, url=url, site_name=site)
    got = values(BylineRole(), page)
    assert got["byline_own_desk"] == 1.0 and got["byline_bare_desk"] == 0.0


def test_bare_desk_beside_the_site_as_author_is_its_own_desk() -> None:
    page = story_page(byline="Redazione", authors=("Il Gazzettino del Garda",),
                      site_name="Il Gazzettino del Garda")  # fmt: skip
    assert values(BylineRole(), page)["byline_own_desk"] == 1.0


@pytest.mark.parametrize(
    "signature",
    [
        "Redaktion",
        "By Staff Writer · October 2, 2024 · 4 min read",
        "بواسطة فريق التحرير",
        "編輯部",
        "Mwandishi Wetu",
        "de Redacția",
    ],
)
def test_bare_desk(signature: str) -> None:
    got = values(BylineRole(), story_page(byline=signature))
    assert got == {"byline_role_only": 0.0, "byline_own_desk": 0.0, "byline_bare_desk": 1.0}


@pytest.mark.parametrize(
    ("signature", "site"),
    [
        ("Redazione ANSA", "ANSA"),  # an agency's desk
        ("APA / red.", "Salzburger Nachrichten"),
        ("Par Le Courrier de l'Argonne (avec AFP)", "Le Courrier de l'Argonne"),
        ("Reporter: Dwi Handayani | Editor: Bambang Sutrisno", "Kabar Sleman"),
        ("Redaktion Kölner Blatt", "Bonner Rundschau"),  # another paper's desk: no own desk
        ("Hannah Quill, Staff Reporter", "Example News"),
    ],
)
def test_agencies_people_and_other_desks_sign(signature: str, site: str) -> None:
    assert not any(values(BylineRole(), story_page(byline=signature, site_name=site)).values())


def test_own_desks_quiet_on_real_outlet_pages() -> None:
    pages = real_sample()
    assert fire_share(BylineRole(), "byline_own_desk", pages) <= 0.01


@pytest.mark.parametrize("signature", ["온라인이슈팀", "디지털뉴스팀", "网络编辑部", "redac"])
def test_generic_cjk_desks_and_desk_logins_are_bare_desks(signature: str) -> None:
    # The whole name is a generic desk: nothing is left to be taken for a name.
    got = values(BylineRole(), story_page(byline=signature))
    assert got == {"byline_role_only": 0.0, "byline_own_desk": 0.0, "byline_bare_desk": 1.0}


@pytest.mark.parametrize(
    "signature",
    ["newsbot", "By feedbot", "portal", "Posted by Admin on Jumamosi", "Por robô"],
)  # fmt: skip
def test_logins_and_bots_are_roles(signature: str) -> None:
    assert values(BylineRole(), story_page(byline=signature))["byline_role_only"] == 1.0


@pytest.mark.parametrize(
    "signature", ["dnp", "redaktion", "dpa", "Nils Ekdahl", "fhaacker", "Portal Fique Sabendo"]
)
def test_initials_desks_agencies_people_and_logins_are_no_roles(signature: str) -> None:
    assert values(BylineRole(), story_page(byline=signature))["byline_role_only"] == 0.0


@pytest.mark.parametrize(
    ("signature", "url", "site"),
    [
        ("Ledger Data Desk", "https://millbrookcountyledger.com/stories/1", "Millbrook Ledger"),
        ("Portal Fique Sabendo", "https://fiquesabendo.com.br/x", "Fique Sabendo"),
        ("Equipo Digital Diario Sur", "https://diariosur-digital.es/x", "Diario Sur"),
    ],
)
def test_brand_with_a_desk_modifier_is_its_own_desk(signature: str, url: str, site: str) -> None:
    page = story_page(byline=signature, url=url, site_name=site)
    assert values(BylineRole(), page)["byline_own_desk"] == 1.0
