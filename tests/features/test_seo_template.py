"""SEO / AI template text: FAQ blocks, own-brand calls to action, formula parts of an article."""

from __future__ import annotations

from datetime import date

import pytest

from detector.features.seo_template import SeoTemplate, own_brand_cta, template_parts
from detector.page import Page
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
