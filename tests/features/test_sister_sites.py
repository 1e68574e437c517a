"""sister_sites_v1: footer lists of sister sites named by the page's own brand template."""

from __future__ import annotations

from detector.features.base import get_signal
from detector.features.sister_sites import SisterSites, template_split
from detector.page import Anchor, LinkBlock
from features._republisher_pages import evidence, story_page, values


def _network_page(brand: str, headline: str, sisters: tuple[str, ...], **changes: object):
    block = LinkBlock("Our sites", tuple(Anchor(s) for s in sisters))
    return story_page(
        title=f"{headline} | {brand}",
        headline=headline,
        site_name=brand,
        brand_candidates=((brand, "title_suffix"),),
        link_blocks=(block,),
        **changes,
    )


def test_registered() -> None:
    assert get_signal("sister_sites_v1") is SisterSites


def test_template_split_finds_the_place_by_the_shared_affix() -> None:
    assert template_split("Drammen i dag", "Asker i dag") == ("_ i dag", "Drammen", "Asker")
    assert template_split("Kielce24h", "Płock24h") == ("_ 24h", "Kielce", "Płock")
    assert template_split("Notícias de Sorocaba Agora", "Notícias de Ribeirão Preto Agora") == (
        "Notícias de _ Agora",
        "Sorocaba",
        "Ribeirão Preto",
    )
    assert template_split("Puebla Hoy", "Horóscopo de hoy") is None  # not the brand's affix
    assert template_split("Fox News", "Fox Business") is None  # a family's sub-brand
    assert template_split("ABC News", "Weather News") is None  # a section, not a site


def test_networks_in_three_languages_fire() -> None:
    no = _network_page(
        "Drammen i dag",
        "Strømprisen i Drammen når ny rekord",
        ("Asker i dag", "Bærum i dag", "Hamar i dag", "Om oss"),
    )
    assert values(SisterSites(), no)["identity_sister_network"] == 3.0
    assert '"Asker i dag"' in evidence(SisterSites(), no)
    pl = _network_page(
        "Kielce24h", "Mieszkańcy Kielc: zmiany w szkołach", ("Radom24h", "Płock24h", "Tarnów24h")
    )
    assert values(SisterSites(), pl)["identity_sister_network"] == 3.0
    es = _network_page(
        "Puebla Hoy",
        "Cortes de agua en Puebla",
        ("Tlaxcala Hoy", "Oaxaca Hoy", "Querétaro Hoy", "León Hoy"),
    )
    assert values(SisterSites(), es)["identity_sister_network"] == 4.0


def test_two_sisters_or_no_town_in_the_headline_stay_quiet() -> None:
    two = _network_page("Kielce24h", "Mieszkańcy Kielc: zmiany", ("Radom24h", "Płock24h"))
    assert values(SisterSites(), two)["identity_sister_network"] == 0.0
    # A newspaper group listing its titles under a national story: its own town is not pushed
    # into the headline.
    group = _network_page(
        "Kielce24h", "Minister zapowiada zmiany w szkołach", ("Radom24h", "Płock24h", "Tarnów24h")
    )
    assert values(SisterSites(), group)["identity_sister_network"] == 0.0


def test_a_media_familys_sub_brands_are_not_a_network() -> None:
    fox = _network_page(
        "Fox News",
        "Fox News poll shows a tight race",
        ("Fox Business", "Fox Weather", "Fox Nation", "Fox Sports"),
    )
    assert values(SisterSites(), fox)["identity_sister_network"] == 0.0
    sections = _network_page(
        "ABC News", "ABC News learns of a new plan", ("Weather News", "Tech News", "World News")
    )
    assert values(SisterSites(), sections)["identity_sister_network"] == 0.0


def test_a_list_written_on_one_line_counts_its_items() -> None:
    # A text record writes a footer's inline links as one line.
    page = story_page(
        title="Kirchberg: Neue Regeln für Mieter | Kirchberg Aktuell",
        headline="Kirchberg: Neue Regeln für Mieter",
        site_name="Kirchberg Aktuell",
        brand_candidates=(("Kirchberg Aktuell", "title_suffix"),),
        other_lines=("Unsere Portale: Neustadt Aktuell · Bergheim Aktuell · Lindenau Aktuell",),
    )
    assert values(SisterSites(), page)["identity_sister_network"] == 3.0
    two = story_page(
        title="Kirchberg: Neue Regeln für Mieter | Kirchberg Aktuell",
        headline="Kirchberg: Neue Regeln für Mieter",
        site_name="Kirchberg Aktuell",
        brand_candidates=(("Kirchberg Aktuell", "title_suffix"),),
        other_lines=("Impressum | Datenschutz | Neustadt Aktuell | Bergheim Aktuell",),
    )
    assert values(SisterSites(), two)["identity_sister_network"] == 0.0
