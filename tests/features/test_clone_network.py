"""clone_network_v1: sister sites on the own host's template, town-count claims, the story for
another town."""

from __future__ import annotations

import re

from detector.features import clone_network
from detector.features.base import get_signal
from detector.features.clone_network import CloneNetwork, chunks, other_place
from detector.page import Anchor, LinkBlock
from features._republisher_pages import evidence, story_page, values

_TR = (
    "Konya'nın Ereğli ilçesinde yolcu otobüsü devrildi, 3 kişi hayatını kaybetti ve 27 kişi "
    "yaralandı. Kaza gece saatlerinde kara yolunda meydana geldi.",
)
_RU = (
    "С 1 декабря стоимость проезда в муниципальных автобусах Самары вырастет с 38 до 43 "
    "рублей при оплате банковской картой, сообщили в департаменте транспорта.",
)


def test_registered_and_chunks() -> None:
    assert get_signal("clone_network_v1") is CloneNetwork
    assert chunks("Новости Казани 16") == chunks("novosti-kazani16") == ("novosti", "kazani", "16")
    assert chunks("Kielce24h") == ("kielce", "24", "h")


def test_footer_names_on_the_own_host_template_fire_tr_and_ru() -> None:
    tr = story_page(
        url="https://www.eregli-manset.com.tr/gundem/otobus-devrildi-h58231.html",
        headline="Konya'da yolcu otobüsü devrildi",
        paragraphs=_TR,
        other_lines=(
            "Haber Ağımız",
            "Aksaray Manşet",
            "·",
            "Karaman Manşet",
            "Niğde Manşet",
            "Kulu Manşet",
        ),
    )
    assert values(CloneNetwork(), tr)["clone_sister_hosts"] == 4.0
    assert '"Karaman Manşet"' in evidence(CloneNetwork(), tr)
    # Cyrillic names against a Latin host; the own town is not in the story, so five are needed.
    ru = story_page(
        url="https://novosti-regionov24.ru/samara/most.html",
        headline="В Самарской области откроют новый мост",
        paragraphs=_RU,
        other_lines=tuple(f"Новости {c}" for c in ("Казани", "Уфы", "Пензы", "Саратова", "Омска")),
    )
    assert values(CloneNetwork(), ru)["clone_sister_hosts"] == 5.0


def test_sister_hosts_of_outbound_links_fire() -> None:
    hosts = ("kazani16", "samary63", "ufy02")
    block = LinkBlock("Наши сайты", tuple(Anchor("", f"https://novosti-{h}.ru/") for h in hosts))
    page = story_page(
        url="https://novosti-permi59.ru/news/truba",
        headline="В Перми прорвало трубу",
        paragraphs=("В Перми утром прорвало трубу горячего водоснабжения на улице Уральской.",),
        link_blocks=(block,),
    )
    assert values(CloneNetwork(), page)["clone_sister_hosts"] == 3.0


def test_a_media_familys_titles_city_sections_and_firms_stay_quiet() -> None:
    firms = story_page(
        site_name="DLV Deutscher Landwirtschaftsverlag GmbH",
        other_lines=("Argo GmbH", "Treukontax GmbH", "Sweco GmbH", "Leboso GmbH", "Kiel GmbH"),
    )
    assert values(CloneNetwork(), firms)["clone_sister_hosts"] == 0.0
    family = story_page(
        site_name="Guardian Unlimited",
        brand_candidates=(("Guardian Unlimited", "og"),),
        other_lines=(
            "Guardian Weekly",
            "Guardian Monthly",
            "Guardian Professional",
            "Guardian Review",
        ),
    )
    assert values(CloneNetwork(), family)["clone_sister_hosts"] == 0.0
    sections = story_page(
        site_name="AOL News",
        brand_candidates=(("AOL News", "og"),),
        other_lines=("Denver News", "Chicago News", "Boston News", "Dallas News", "Miami News"),
    )
    assert values(CloneNetwork(), sections)["clone_sister_hosts"] == 0.0


def test_town_count_claims_fire_de_and_id_but_not_a_story_count() -> None:
    de = story_page(other_lines=("Soest", "Werl", "alle 2.140 Orte"))
    assert values(CloneNetwork(), de)["clone_places_claim"] == 1.0
    de2 = story_page(other_lines=("© 2024 Stadtkurier24 – Lokalnachrichten für über 2.000 Städte",))
    assert values(CloneNetwork(), de2)["clone_places_claim"] == 1.0
    story = story_page(other_lines=("Maltempo: allerta rossa, scuole chiuse in 40 comuni",))
    assert values(CloneNetwork(), story)["clone_places_claim"] == 0.0
    year = story_page(other_lines=("© 2024 Tópart Város Önkormányzata",))
    assert values(CloneNetwork(), year)["clone_places_claim"] == 0.0


def test_the_story_for_another_town_fires_but_the_same_town_does_not() -> None:
    head = "В Самаре с 1 декабря подорожает проезд в общественном транспорте"
    assert other_place(head, head.replace("Самаре", "Краснодаре")) == ("Самаре", "Краснодаре")
    block = LinkBlock("Другие новости", (Anchor(head.replace("Самаре", "Краснодаре")),))
    ru = story_page(headline=head, paragraphs=_RU, link_blocks=(block,))
    assert values(CloneNetwork(), ru)["clone_story_other_place"] == 1.0
    en_head = "Corbin Borough: Here's who filed for business licenses in November"
    en = story_page(
        headline=en_head,
        paragraphs=("Corbin Borough issued 14 business licenses in November, records show.",),
        link_blocks=(LinkBlock("More", (Anchor(en_head.replace("Corbin", "Elk Valley")),)),),
    )
    assert values(CloneNetwork(), en)["clone_story_other_place"] == 1.0
    # A newsroom's related list on its own town: the same town, another story.
    local = LinkBlock("Mehr aus Lippstadt", (Anchor("Lippstadt: Unfall auf der Erwitter Straße"),))
    de = story_page(
        headline="Lippstadt: Einbruch in Bäckerei an der Cappelstraße",
        paragraphs=("In Lippstadt sind Täter in eine Bäckerei eingedrungen, meldet die Polizei.",),
        link_blocks=(local,),
    )
    assert values(CloneNetwork(), de)["clone_story_other_place"] == 0.0
    # A series' next part differs in its last word, not in a town.
    assert (
        other_place("Pubcon Las Vegas: Day Two, Morning", "Pubcon Las Vegas: Day Two, Evening")
        is None
    )


def test_sharing_keeps_what_shares_keeps_in_order() -> None:
    from detector.features.clone_network import _shares, _sharing

    names = ["Bærum i dag", "Asker i dag", "ЖУРНАЛ", "x", "Ştiri Iaşi", "", "dag dag", "İzmir"]
    names += [n.upper() for n in names] + ["a\nb dag"]
    for probes in (frozenset({"dag"}), frozenset({"zhu", "izm"}), frozenset({"sti", "bae"})):
        assert _sharing(names, probes) == [n for n in names if _shares(n, probes)]
        assert _sharing(names[:-1], probes) == [n for n in names[:-1] if _shares(n, probes)]


def test_base_translates_as_the_whole_text_translated() -> None:
    from detector.features.clone_network import _BASE, _base

    assert min(_BASE) >= 128  # no ASCII key: only the non-ASCII runs need translating
    mapped = "".join(map(chr, _BASE))
    texts = ["plain ascii", "Bærum i dag · Ştiri Iaşi", "журнал «ё» 16", mapped, "a" + mapped + "z"]
    for text in texts + [t.lower() for t in texts]:
        assert _base(text) == text.translate(_BASE)


def test_places_claim_pattern_finds_what_the_look_behind_first_pattern_finds() -> None:
    import random
    import re

    from detector.features.clone_network import _PLACE_WORDS, _PLACES_CLAIM

    plain = re.compile(
        r"(?<![\d.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{2,5})\s*\+?\s*"
        rf"(?:[^\W\d]+\s+){{0,2}}?(?:{_PLACE_WORDS})(?!\w)",
        re.IGNORECASE,
    )
    rng = random.Random(5)
    pool = [*"0123456789.,  \u00a0\u202f+\n", "cities", "Städte", " towns", "alle ", "miast"]
    pool += ["şehir", "городов", "x", "1.000", "20 ", "2,140 ", "für über "]
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 30)))
        got = [(m.span(), m.groups()) for m in _PLACES_CLAIM.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_the_place_words_first_letter_gate_matches_what_the_words_open_with() -> None:
    """`_PLACE_FIRST` (tested before the place words, for speed) must match, ignoring case,
    exactly the characters that the words' first letters match: on every code point."""
    gate = re.compile(clone_network._PLACE_FIRST, re.IGNORECASE)
    firsts = {word[0] for word in clone_network._PLACE_WORDS.split("|")}
    assert all(first.isalpha() for first in firsts)  # literal letters, not a class or group
    words = re.compile("|".join(map(re.escape, sorted(firsts))), re.IGNORECASE)
    differ = [c for c in map(chr, range(0x110000)) if bool(gate.match(c)) != bool(words.match(c))]
    assert differ == []
