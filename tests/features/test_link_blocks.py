"""link_blocks_v1: off-topic and gossip lists fire; related lists that follow the story don't."""

from __future__ import annotations

from detector.features.base import load_all
from detector.features.link_blocks import LinkBlocksTopic, gossip_hits
from features._pages import block, check_contract, fire_share, politics_page, real_pages, seed_page

GOSSIP = (
    "Reality star shows off her new blonde hair at a beach party",
    "Singer and her boyfriend split after two years of dating",
    "Actress flaunts baby bump on the red carpet at film premiere",
    "Pop star engaged to her longtime boyfriend in surprise wedding plans",
)
ON_TOPIC = (
    "China says fentanyl talks with US senators were constructive",
    "Senate delegation presses Beijing on trade and drug sanctions",
    "White House hopes for talks between Chinese and US governments",
)


def run(**changes: object) -> tuple[dict[str, float], tuple[str, ...]]:
    sig = LinkBlocksTopic().signal(politics_page(**changes))
    return sig.as_dict(), sig.evidence


def test_registered() -> None:
    assert load_all()["link_blocks_v1"] is LinkBlocksTopic


def test_seed_lists_are_off_topic_and_gossip() -> None:
    sig = LinkBlocksTopic().signal(seed_page())
    got = sig.as_dict()
    assert got["related_offtopic_share"] >= 0.7
    assert got["offtopic_blocks"] >= 2
    assert got["celebrity_anchor_share"] >= 0.2
    text = " | ".join(sig.evidence)
    assert 'block "Related"' in text and "celebrity/gossip" in text
    assert '"Ranking"' in text and '"Recommendation"' in text


def test_related_block_following_the_story_is_quiet() -> None:
    got, _ = run(link_blocks=(block("Related", *ON_TOPIC, internal=True),))
    assert got["related_offtopic_share"] == 0.0
    assert got["offtopic_blocks"] == 0.0
    assert got["celebrity_anchor_share"] == 0.0
    assert got["external_anchor_share"] == 0.0 and got["link_hosts_missing"] == 0.0


def test_gossip_in_related_block_fires() -> None:
    got, evidence = run(link_blocks=(block("Related stories", *GOSSIP, internal=False),))
    assert got["related_offtopic_share"] >= 0.75
    assert got["celebrity_anchor_share"] >= 0.75
    assert got["external_anchor_share"] == 1.0
    assert any("Related stories" in e for e in evidence)


def test_shared_name_unknown_to_the_space_keeps_a_link_on_topic() -> None:
    story = ("Health officials in Freetown confirmed three new Ebola cases on Monday.",) * 3
    related = block(
        "Related",
        "Footballer Drogba joins the fight against Ebola in Freetown",
        "Nurse describes treating Ebola patients in Freetown clinic",
        "Ebola vaccine trial starts in Freetown next month",
    )
    got, _ = run(paragraphs=story, headline="New Ebola cases in Freetown", link_blocks=(related,))
    assert got["related_offtopic_share"] == 0.0


def test_menus_and_missing_blocks() -> None:
    menu = block("Sections", "Home", "World", "Sport", "Contact us")
    got, _ = run(link_blocks=(menu,))
    assert got["link_blocks_missing"] == 1.0 and got["headline_anchors"] == 0.0
    got, _ = run(link_blocks=())
    assert got["link_blocks_missing"] == 1.0 and got["link_hosts_missing"] == 1.0
    assert LinkBlocksTopic().signal(seed_page()).as_dict()["link_hosts_missing"] == 1.0


def test_non_english_story_is_missing() -> None:
    got, _ = run(language="hu", link_blocks=(block("Kapcsolódó cikkek", *GOSSIP),))
    assert got["link_topic_missing"] == 1.0
    assert got["celebrity_anchor_share"] == 0.0 and got["offtopic_anchor_share"] == 0.0


def test_gossip_lexicon() -> None:
    hits = gossip_hits("Kourtney Is Clapping Back on Pregnancy Speculation")
    assert hits == ["pregnancy", "clapping back"]
    assert gossip_hits("Senate passes the budget") == []


def test_contract() -> None:
    check_contract(
        LinkBlocksTopic(),
        [seed_page(), politics_page(), politics_page(link_blocks=(block("x", *GOSSIP),))],
    )


def test_real_outlet_pages_stay_quiet() -> None:
    # First 80 article-extraction-benchmark pages: "Related" lists mostly off-topic on 1 of 80,
    # 3+ celebrity links on 2 of 80 (measured 2026-11-28). Since Portuguese is read through a
    # glossary (2026-12-07), 3 of 80: two pages of a Portuguese parenting blog, whose stories
    # the news space reads weakly (40% of words mapped) and whose related posts it calls
    # off-topic.
    pages = real_pages()
    extractor = LinkBlocksTopic()
    assert fire_share(extractor, "related_offtopic_share", pages, above=0.5) <= 0.04
    assert fire_share(extractor, "celebrity_anchor_share", pages, above=0.3) <= 0.05
