"""The contract every registered signal keeps (HOUSE_STYLE.md): clone, shape, finite, evidence."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pytest
from sklearn.base import clone

from detector.features.base import REGISTRY, PageFeatures, load_all
from detector.page import Anchor, DateCandidate, LinkBlock, Page, Reaction
from features._republisher_pages import STORY, seed_page

load_all()


def rich_page() -> Page:
    """A page with every field set, so each extractor has something to read."""
    return Page(
        url="https://www.example-news.com/world/senators-china-fentanyl",
        kind="html",
        title="Senators see hope for fentanyl talks - Example News",
        headline="Senators see hope for fentanyl talks",
        site_name="Example News",
        brand_candidates=(("Example News", "og:site_name"),),
        breadcrumbs=("Home", "World"),
        section="World",
        paragraphs=("BEIJING (AP) — " + STORY[0], *STORY[1:]),
        byline="By Jane Doe",
        authors=("Jane Doe",),
        date_candidates=(DateCandidate(date(2023, 10, 10), "meta:article:published_time"),),
        published=date(2023, 10, 10),
        modified=date(2023, 10, 11),
        dateline="BEIJING (AP) —",
        credit_lines=("Copyright 2023 The Associated Press. All rights reserved.",),
        link_blocks=(LinkBlock("Related", (Anchor("Senators return", "/world/x", True),)),),
        reactions=(Reaction("comments", 12, "comments", "12 comments"),),
        canonical="https://www.example-news.com/world/senators-china-fentanyl",
        jsonld=(
            {
                "@type": "NewsArticle",
                "author": {"name": "Jane Doe"},
                "publisher": {"name": "Example News"},
            },
        ),
        opengraph={"og:site_name": "Example News"},
        meta={"author": "Jane Doe"},
        ad_slots=4,
        ad_networks=("Google AdSense",),
        language="en",
        other_lines=("Home", "World", "Share"),
        n_links=40,
        fetched=date(2023, 10, 12),
    )


NAMES = sorted(load_all())


def test_registry_is_not_empty_and_names_are_versioned() -> None:
    assert {
        "wire_copy_v1",
        "engagement_v1",
        "provenance_v1",
        "leftovers_v1",
        "ad_layout_v1",
    } <= set(NAMES)
    for name in NAMES:
        assert re.fullmatch(r"[a-z][a-z0-9_]*_v\d+", name), name


@pytest.mark.parametrize("name", NAMES)
def test_every_extractor_keeps_the_contract(name: str) -> None:
    extractor = clone(REGISTRY[name]())
    assert isinstance(extractor, PageFeatures)
    assert (
        extractor.get_params() == REGISTRY[name]().get_params()
    )  # hyperparameters in __init__ only
    features = extractor.FEATURES
    assert len(features) == len(set(features)) and all(isinstance(f, str) and f for f in features)
    pages = [rich_page(), Page()]
    X = extractor.fit_transform(pages)
    assert X.shape == (2, len(extractor.get_feature_names_out()))
    assert np.isfinite(X).all()
    assert list(extractor.get_feature_names_out()) == list(features)
    for page in (*pages, seed_page()):
        values, evidence = extractor.extract(page)
        assert len(values) == len(features)
        assert all(np.isfinite(float(v)) for v in values)
        assert isinstance(evidence, tuple)
        assert all(isinstance(e, str) and e.strip() for e in evidence)
    assert np.array_equal(extractor.transform(pages), X)  # a pure function of the page


@pytest.mark.parametrize("name", NAMES)
def test_extractors_have_empty_page_defaults(name: str) -> None:
    """An empty page gives finite numbers and no crash; missing is a feature, not an error."""
    signal = REGISTRY[name]().signal(Page())
    assert signal.name == name and len(signal.values) == len(signal.features)
