"""sister_sites_v1: footer lists of sister sites named by the page's own brand template."""

from __future__ import annotations

from detector.features._network_claims import template_headlines
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


def _record_page(url: str, name: str, headline: str, sisters: tuple[str, ...]):
    """A text record: no brand tag, its first line (the title) is the site's name."""
    block = LinkBlock("", tuple(Anchor(s) for s in sisters))
    return story_page(
        url=url, kind="text", title=name, headline=headline, site_name="", link_blocks=(block,)
    )


def test_a_network_site_naming_no_brand_is_named_by_its_domain() -> None:
    # The own name spells the domain; the town is in the domain, not in the national story.
    tr = _record_page(
        "https://www.manisahaberportali.com/gundem/x-h48211.html",
        "Manisa Haber Portalı",
        "Bursa'da tır ile otomobil çarpıştı: 2 yaralı",
        ("Aydın Haber Portalı", "Balıkesir Haber Portalı", "Denizli Haber Portalı",
         "Isparta Haber Portalı", "Kütahya Haber Portalı", "Manisa Haber Portalı", "Künye"),
    )  # fmt: skip
    got = values(SisterSites(), tr)
    assert got["identity_sister_network"] == 5.0
    assert got["identity_network_template"] == 1.0
    assert '"Manisa Haber Portalı"' in evidence(SisterSites(), tr)
    es = _record_page(
        "https://getafealdia.es/nacional/sube-la-luz",
        "Getafe al Día",
        "Sube el precio de la luz en toda España",
        ("Alcorcón al Día", "Leganés al Día", "Móstoles al Día", "Fuenlabrada al Día",
         "Parla al Día", "Pinto al Día"),
    )  # fmt: skip
    assert values(SisterSites(), es)["identity_network_template"] == 1.0
    no = _record_page(
        "https://drammenidag.no/nyheter/strom",
        "Drammen i dag",
        "Strømprisen når ny rekord",
        ("Asker i dag", "Bærum i dag", "Kongsberg i dag", "Tønsberg i dag", "Sandefjord i dag"),
    )
    assert values(SisterSites(), no)["identity_network_template"] == 1.0


def test_the_domain_fallback_needs_five_towns_and_a_url() -> None:
    four = _record_page(
        "https://drammenidag.no/nyheter/strom",
        "Drammen i dag",
        "Strømprisen når ny rekord",
        ("Asker i dag", "Bærum i dag", "Kongsberg i dag", "Tønsberg i dag"),
    )
    assert values(SisterSites(), four)["identity_sister_network"] == 0.0
    no_url = _record_page(
        "",
        "Drammen i dag",
        "Strømprisen når ny rekord",
        ("Asker i dag", "Bærum i dag", "Kongsberg i dag", "Tønsberg i dag", "Sandefjord i dag"),
    )
    assert values(SisterSites(), no_url)["identity_sister_network"] == 0.0


def test_a_sites_sections_named_by_nouns_are_not_towns() -> None:
    # dvdtalk.com lists its forums; its own name in the headline is not a town in the story.
    page = story_page(
        url="https://www.dvdtalk.com/reviews/read.php?ID=1",
        title="DVD Talk Review: Homicide | DVD Talk",
        headline="DVD Talk Review: Homicide",
        brand_candidates=(("DVD Talk", "title_suffix"),),
        link_blocks=(
            LinkBlock(
                "",
                tuple(Anchor(s) for s in ("HD Talk", "Book Talk", "Movie Talk", "Music Talk",
                                          "Tech Talk", "Video Game Talk")),
            ),
        ),
    )  # fmt: skip
    assert values(SisterSites(), page)["identity_sister_network"] == 0.0
    mkt = story_page(
        url="https://onlinemarketing.de/social-media/instagram",
        title="Instagram testet Videos | OnlineMarketing",
        headline="Instagram testet Videos",
        brand_candidates=(("OnlineMarketing", "title_suffix"),),
        link_blocks=(
            LinkBlock(
                "",
                tuple(Anchor(s) for s in ("Affiliate Marketing", "E-Mail Marketing",
                                          "Mobile Marketing", "Performance Marketing",
                                          "Content Marketing")),
            ),
        ),
    )  # fmt: skip
    assert values(SisterSites(), mkt)["identity_sister_network"] == 0.0


def test_a_media_houses_papers_with_their_own_names_are_no_template() -> None:
    page = _record_page(
        "https://www.aamulehti.fi/kotimaa/uutinen",
        "Aamulehti",
        "Hallitus esittää muutoksia",
        ("Helsingin Sanomat", "Ilta-Sanomat", "Satakunnan Kansa", "Aamulehti", "Hämeen Sanomat"),
    )
    assert values(SisterSites(), page)["identity_sister_network"] == 0.0


def _pink_page(claim: str, menu: tuple[str, ...], related: tuple[str, ...] = ()):
    return story_page(
        title="Marlow Township: Here's who filed for business licenses - Brennan County Ledger",
        headline="Marlow Township: Here's who filed for business licenses in November",
        brand_candidates=(("Brennan County Ledger", "title_suffix"),),
        other_lines=(*menu, claim),
        link_blocks=(LinkBlock("More stories", tuple(Anchor(r) for r in related)),),
    )


def test_a_network_size_claim_with_a_press_release_desk_fires_in_three_languages() -> None:
    en = _pink_page(
        "Brennan County Ledger is part of a network of more than 1,200 local news sites.",
        ("Home", "Schools", "Submit a Press Release"),
    )
    assert values(SisterSites(), en)["identity_network_claim"] == 1.0
    assert "Submit a Press Release" in evidence(SisterSites(), en)
    es = _pink_page(
        "El Diario de Getafe forma parte de una red de más de 80 diarios locales.",
        ("Portada", "Enviar nota de prensa"),
    )
    assert values(SisterSites(), es)["identity_network_claim"] == 1.0
    de = _pink_page(
        "Kirchberg Aktuell ist eines von 40 Lokalportalen unseres Netzwerks.",
        ("Startseite", "Pressemitteilung einreichen"),
    )
    assert values(SisterSites(), de)["identity_network_claim"] == 1.0


def test_a_size_claim_with_template_headlines_fires() -> None:
    page = _pink_page(
        "Brennan County Ledger is one of more than 1,200 local sites.",
        ("Home",),
        (
            "Corbin Borough: Here's who filed for business licenses in November",
            "Elk Valley Township: Here's who filed for business licenses in November",
        ),
    )
    assert values(SisterSites(), page)["identity_network_claim"] == 1.0
    assert "template headlines" in evidence(SisterSites(), page)


def test_a_groups_membership_or_a_bare_claim_stays_quiet() -> None:
    # A real group's footer, even beside headlines of one series: no desk, no count.
    gannett = _pink_page(
        "The Marlow Courier is part of the USA TODAY Network.",
        ("Home", "Obituaries"),
        (
            "Corbin Borough: Here's who filed for business licenses in November",
            "Elk Valley Township: Here's who filed for business licenses in November",
        ),
    )
    assert values(SisterSites(), gannett)["identity_network_claim"] == 0.0
    alone = _pink_page("Brennan County Ledger is one of 1,200 local news sites.", ("Home",))
    assert values(SisterSites(), alone)["identity_network_claim"] == 0.0
    ranking = _pink_page(
        "The Ledger was named one of the top 50 local news websites.",
        ("Submit a Press Release",),
    )
    assert values(SisterSites(), ranking)["identity_network_claim"] == 0.0
    # A newswire's menu asks for releases; its footer names no network.
    wire = _pink_page("© 2026 Example Wire Inc.", ("Send a Release", "Submit a Press Release"))
    assert values(SisterSites(), wire)["identity_network_claim"] == 0.0


def test_template_headlines_need_another_town_or_number_not_a_longer_title() -> None:
    page = story_page(
        headline="Harlow County gas prices: Average falls to $3.04 this week",
        other_lines=(
            "Harlow County gas prices: Average falls to $3.04 this week | Harlow Times",
            "Harlow County gas prices: Average rises to $3.07 this week",
        ),
    )
    twins = template_headlines(page)
    assert "Harlow County gas prices: Average falls to $3.04 this week" in twins
    assert "Harlow County gas prices: Average rises to $3.07 this week" in twins
    single = story_page(
        headline="Harlow County gas prices: Average falls to $3.04 this week",
        other_lines=("Harlow County gas prices: Average falls to $3.04 this week | Harlow Times",),
    )
    assert template_headlines(single) == ()
