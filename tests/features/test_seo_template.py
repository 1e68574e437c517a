"""SEO / AI template text: FAQ blocks, own-brand calls to action, formula parts of an article."""

from __future__ import annotations

from datetime import date

import pytest

from detector.features.seo_template import SeoTemplate, own_brand_cta, template_parts
from detector.page import DateCandidate, Page
from features._republisher_pages import STORY, story_page

# A story long enough to count as one (150+ words), dated.
LONG = (*STORY, *STORY, *STORY)


def _page(paragraphs: tuple[str, ...], **changes: object) -> Page:
    base = dict(
        paragraphs=paragraphs,
        published=date(2024, 6, 12),
        site_name="Example News",
        brand_candidates=(("Example News", "og:site_name"),),
    )
    base.update(changes)
    return story_page(**base)


@pytest.mark.parametrize(
    "closing",
    [
        "Stay tuned to Example News for more updates on this developing story.",
        "Continue acompanhando o Example News para mais informações sobre o caso.",
        "تابعوا موقع Example News لمعرفة آخر الأخبار.",
        "Μείνετε συντονισμένοι στο Example News για περισσότερες ενημερώσεις!",
    ],
)
def test_a_closing_call_to_stay_with_the_own_brand_fires(closing: str) -> None:
    page = _page((*LONG, f"The talks will continue next month in Washington. {closing}"))
    values, evidence = SeoTemplate().extract(page)
    assert values[1] == 1.0
    assert closing[:40] in evidence[0]


def test_the_domain_label_counts_as_the_own_brand() -> None:
    page = _page(
        (*LONG, "Keep following examplenews.com for the latest news on the fentanyl talks."),
        site_name="",
        brand_candidates=(),
    )
    assert own_brand_cta(page)


@pytest.mark.parametrize(
    "closing",
    [
        # The outlet's own name as a source or an employer, as reporters write it.
        "A Commerce Department spokesman told Example News the talks would resume in March.",
        "Dana Whitcomb covers city government for Example News.",
        # Real outlets' social follows, and a call naming another site.
        "Follow Example News on Facebook and Twitter for the latest updates.",
        "Stay tuned to Other Daily for more updates.",
        # "follow" inside another word or a phrasal verb.
        "Example News will follow up with more news when officials respond.",
    ],
)
def test_the_own_brand_as_a_source_or_a_social_follow_does_not_fire(closing: str) -> None:
    assert own_brand_cta(_page((*LONG, closing))) == ""


def test_a_short_call_on_its_own_line_fires_and_a_follow_button_does_not() -> None:
    assert own_brand_cta(_page((*LONG, "Stay tuned to Example News for more updates.")))
    # A newsroom's follow line: too few words, or a social network after a domain's dot.
    one_word = {"site_name": "ExampleNews", "brand_candidates": (("ExampleNews", "og:site_name"),)}
    assert own_brand_cta(_page((*LONG, "Follow US News from ExampleNews."), **one_word)) == ""
    button = "Follow US News from examplenews.com on Twitter and Facebook"
    assert own_brand_cta(_page((*LONG, button), site_name="", brand_candidates=())) == ""


def test_formula_parts_of_a_generated_article_are_counted_from_two() -> None:
    greek = _page(
        (
            *LONG[:3],
            "Συχνές ερωτήσεις",
            "Πόσο κοστίζει το εισιτήριο;",
            "Το εισιτήριο κοστίζει 2,50 ευρώ.",
            "Πόσο συχνά περνάει το λεωφορείο;",
            "Κάθε 20 λεπτά.",
            *LONG[3:],
            "Συμπέρασμα",
            "Συνοψίζοντας, η νέα γραμμή αποτελεί ένα σημαντικό βήμα για τις μεταφορές στην πόλη.",
        )
    )
    assert set(template_parts(greek)) == {"faq", "closing", "closer"}
    assert SeoTemplate().extract(greek)[0][2] == 3.0
    hindi = _page((*LONG, "निष्कर्ष", *LONG[:2]), other_lines=("विषय सूची", "होम"))
    assert set(template_parts(hindi)) == {"toc", "closing"}
    # One "Conclusion" heading alone is ordinary writing.
    single = _page((*LONG[:5], "Conclusion", *LONG[5:]))
    values, evidence = SeoTemplate().extract(single)
    assert values == (0.0, 0.0, 0.0) and evidence == ()


def test_an_faq_schema_on_a_news_article_fires_and_not_on_a_guide() -> None:
    faq = ({"@type": "NewsArticle"}, {"@type": "FAQPage"})
    assert SeoTemplate().extract(_page(LONG, jsonld=faq))[0][0] == 1.0
    guide = _page(LONG, jsonld=({"@type": "FAQPage"}, {"@type": "WebPage"}))
    assert SeoTemplate().extract(guide)[0][0] == 0.0


def test_key_points_of_a_live_blog_and_a_short_teaser_do_not_fire() -> None:
    live = _page(("Key points", *LONG, "Key points"))
    assert SeoTemplate().extract(live)[0] == (0.0, 0.0, 0.0)
    teaser = _page(("Table of contents", "Conclusion", STORY[0]))
    assert SeoTemplate().extract(teaser)[0] == (0.0, 0.0, 0.0)


# --- text records: Q/A pairs, a heading-less table of contents, question chains, reader pleas


def _text_page(paragraphs: tuple[str, ...], **changes: object) -> Page:
    """A text record: no JSON-LD, only a modified ("Updated:") date."""
    base: dict[str, object] = dict(
        kind="text",
        published=None,
        date_candidates=(DateCandidate(date(2026, 12, 5), "visible", "modified"),),
    )
    base.update(changes)
    return _page(paragraphs, **base)


@pytest.mark.parametrize(
    "pairs",
    [
        ("प्रश्न: किस्त कब आएगी?", "उत्तर: दिसंबर में।", "प्रश्न: कितनी राशि?", "उत्तर: 2000 रुपये।"),
        ("Soru: Zam ne zaman?", "Cevap: Ocak ayında.", "Soru 2: Ne kadar?", "Cevap: Yüzde 10."),
        ("S: Kapan cair?", "J: Bulan depan.", "S: Berapa besarnya?", "J: Rp600 ribu."),
    ],
)
def test_question_answer_line_pairs_count_as_an_faq(pairs: tuple[str, ...]) -> None:
    page = _text_page((*LONG, *pairs, "Kesimpulan"))
    assert set(template_parts(page)) == {"faq", "closing"}
    assert SeoTemplate().extract(page)[0][2] == 2.0


def test_an_interview_with_long_answers_is_no_faq() -> None:
    answer = "A: " + " ".join(STORY)
    interview = _text_page((*LONG, "Q: Why now?", answer, "Q: And next?", answer))
    assert "faq" not in template_parts(interview)


def test_sub_headings_listed_before_the_story_are_a_table_of_contents() -> None:
    heads = ("Kiedy wypłata świadczenia", "Kto nie dostanie pieniędzy", "Jak sprawdzić status")
    story = (LONG[0], heads[0], *LONG[1:4], heads[1], *LONG[4:7], heads[2], *LONG[7:])
    page = _text_page((*story, "Podsumowanie", LONG[0]), other_lines=("Spis", *heads))
    assert set(template_parts(page)) == {"toc", "closing"}
    # A byline and a section label met twice are not a list of the story's sub-headings.
    names = ("Marek Zawada", "Wiadomości lokalne")
    scattered = (LONG[0], names[0], *LONG[1:5], names[1], *LONG[5:])
    other = (names[0], "Komentarze 18", names[1], "Reklama", names[0])
    assert "toc" not in template_parts(_text_page(scattered, other_lines=other))


def test_a_chain_of_question_headings_on_a_short_item_with_a_conclusion_fires() -> None:
    chain = (
        LONG[0], "Was ist passiert?", LONG[1], "Was sagt die Polizei?", LONG[2],
        "Warum ist das wichtig?", *LONG[3:6], "Fazit", LONG[6],
    )  # fmt: skip
    assert set(template_parts(_page(chain))) == {"questions", "closing"}
    # An explainer of a real paper asks one or two questions.
    explainer = (LONG[0], "What happened?", *LONG[1:4], "What happens next?", *LONG[4:])
    assert SeoTemplate().extract(_page(explainer))[0] == (0.0, 0.0, 0.0)
    # A long guide with question headings and a conclusion is not a news item.
    guide = (*chain[:-2], *LONG, *LONG, *LONG, *LONG, "Fazit", LONG[6])
    assert "questions" not in template_parts(_page(guide))


def test_a_messenger_join_call_and_a_share_plea_fire_together_not_alone() -> None:
    join = "JIUNGE NA GROUP LETU LA WHATSAPP UPATE HABARI ZOTE KWA HARAKA"
    share = "USISAHAU KU-SHARE HABARI HII KWA NDUGU NA MARAFIKI"
    page = _text_page(LONG, other_lines=(share, join, "Share to WhatsApp"))
    assert set(template_parts(page)) == {"join", "share"}
    assert SeoTemplate().extract(page)[0] == (0.0, 0.0, 2.0)
    # A newsroom's own channel line alone, in any wording, does not fire.
    for alone in ("Join our WhatsApp channel for the latest news", "WhatsApp चैनल से जुड़ें"):
        assert SeoTemplate().extract(_page(LONG, other_lines=(alone,)))[0] == (0.0, 0.0, 0.0)
    # A share button next to a forward link is no plea; a name holding a verb is no verb.
    chrome = ("Share this digest | Forward to a friend", "Bianca Dela Rosa and family")
    assert template_parts(_page(LONG, other_lines=chrome)) == {}


def test_a_closing_label_opening_a_paragraph_counts_as_a_closing_heading() -> None:
    page = _page((*LONG, "निष्कर्ष: दोस्तों, उम्मीद है आपको यह जानकारी पसंद आई होगी।"))
    assert set(template_parts(page)) == {"closing"}


def test_a_table_of_contents_inside_the_story_is_read_too() -> None:
    heads = ("Kapan bantuan cair", "Siapa yang berhak", "Cara cek penerima")
    story = (*heads, LONG[0], heads[0], *LONG[1:4], heads[1], *LONG[4:7], heads[2], *LONG[7:])
    assert "toc" in template_parts(_text_page(story))
    # Share links listed twice are no sub-headings: no prose follows them.
    links = ("Twitter account", "Facebook page", "E-Mail the desk")
    assert "toc" not in template_parts(_text_page((*links, *LONG, *links)))


def test_an_faq_heading_with_its_subject_opens_an_faq_block() -> None:
    from detector.features.seo_template import faq_block

    page = _page(
        (
            *LONG,
            "الأسئلة الشائعة حول موعد صرف مرتبات شهر مارس",
            "متى موعد صرف مرتبات شهر مارس؟ يبدأ الصرف يوم الأحد.",
            "هل المرتبات بالزيادة الجديدة؟ نعم، تتضمن الزيادة.",
        )
    )
    assert faq_block(page).startswith('heading "الأسئلة الشائعة')
    # A heading that only starts with the same letters is no FAQ heading.
    assert faq_block(_page((*LONG, "FAQs2 and more", "Why?", "How?"))) == ""
