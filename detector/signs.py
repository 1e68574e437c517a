"""Known directions of the signals: which features can only say "republisher" or "original".

Most signals are signs of a republisher (a feed footer, an uncredited wire dateline, off-topic
link lists); a few are signs of an original (a credited agency, copy licensed on the story's
day). A linear model learns the direction from the families it sees, and in leave-one-family-out
that goes wrong: a family held out cannot teach its own sign, and a look-alike original family
can teach the opposite one (the cloned skeleton's foreign canonical also appears on its licensed
twin, so without skeleton in training `prov_canonical_offsite` got a negative weight). The
classifier (`detector.signed_logistic`) keeps the weight of a listed feature on its side of
zero. Features not listed (missing-value indicators, counts and similarities whose direction
depends on the rest) are free, but shrunk harder (`FREE_PENALTY` in `detector.model`).

Keys are `family__feature` names; a name that is not a current feature is ignored by
`feature_signs` and reported by `unknown_names` (a test keeps the table in step with the
registry).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

REPUBLISHER = 1
ORIGINAL = -1

_REPUBLISHER_SIGNS = {
    # ad_affiliate is held >= 0: real outlets' commerce pages carry affiliate links (2.3% of
    # real page versions) and no generated farm does, so a free weight came out negative, while
    # the hand-written farms of the probe sets (casino, Coupang, loan links) carry them too.
    "ad_layout_v1": (
        "ad_affiliate",
        "ad_slots_per_1k_words",
        "ad_dense",
        "ad_networks",
        "ad_native_widgets",
        "ad_auto_refresh",
        "ad_paginated",
    ),
    "away_dateline_v1": ("away_dateline_uncredited",),
    "brand_mismatch_v1": ("offworld_brand_words", "news_brand_word", "brand_story_mismatch"),
    "breadcrumb_topic_v1": ("crumb_offtopic", "crumb_category_mismatch"),
    # byline_own_desk stays free: real outlets sign as "NFL.com Staff", "Motley Fool Staff".
    "byline_role_v1": ("byline_role_only", "byline_bare_desk"),
    "click_teaser_v1": ("teaser_redirect_cta",),
    "clone_network_v1": ("clone_sister_hosts", "clone_places_claim", "clone_story_other_place"),
    "clone_seams_v1": (
        "clone_declared_lookalike",
        "clone_declarations",
        "clone_links_lookalike_share",
        "clone_brand_elsewhere",
    ),
    "copy_context_v1": (
        "ctx_copy_uncredited",
        "ctx_copy_age_log_days",
        "ctx_uncredited_stale",
        "ctx_uncredited_containment",
    ),
    "copy_match_v1": ("copy_found", "copy_other_site", "copy_date_gap_days"),
    "date_staleness_v1": (
        "office_conflict_years",
        "years_since_latest_year_mentioned",
        "weekday_lag_days",
        "sidebar_lag_years",
        "redated_copy_log_days",
    ),
    "engagement_v1": ("react_emotive", "react_farm_counter"),
    "kept_credit_v1": ("credit_kept_offsite",),
    "leftovers_v1": (
        "left_orphan_labels",
        "left_glued_labels",
        "left_cms_labels",
        "left_chatbot",
        "left_spintax",
        "left_feed_footer",
        "left_points_elsewhere",
    ),
    "link_blocks_v1": (
        "offtopic_anchor_share",
        "offtopic_blocks",
        "related_offtopic_share",
        "celebrity_anchor_share",
        "external_anchor_share",
        "links_filler_anchors",
        "links_filler_verticals",
    ),
    "forum_repost_v1": (
        "forum_anonymous_posts",
        "forum_story_in_post",
        "forum_story_cites_elsewhere",
        "forum_link_exchange",
    ),
    "farm_notes_v1": (
        "note_rewrite_leftover",
        "note_google_news_call",
        "note_messenger_join",
        "note_no_tie_disclaimer",
        "note_keyword_line",
    ),
    "keyword_stuffing_v1": ("kw_stuffed", "kw_related_headline_twins"),
    "made_elsewhere_v1": ("elsewhere_signs",),
    "origin_marks_v1": (
        "mark_mail_other",
        "mark_rights_other",
        "mark_code_other",
        "mark_our_outlet",
        "mark_backref_other",
    ),
    "origin_voice_v1": (
        "voice_follow_other",
        "voice_signoff_other",
        "voice_domain_credit",
        "voice_self_credit",
    ),
    "origin_tail_v1": (
        "tail_rights_other",
        "tail_published_other",
        "tail_read_also_other",
        "tail_paper_noun",
    ),
    "other_trade_v1": ("trade_schema_type", "trade_domain_for_sale", "trade_service_nav"),
    "prose_template_v1": ("prose_question_summary", "prose_own_town_meaning"),
    "provenance_v1": ("prov_canonical_offsite",),
    # cadence_archive_monthly stays free: real high-volume blogs post 300+ a month too.
    "publish_cadence_v1": ("cadence_minutes_apart",),
    "repurposed_domain_v1": (
        "repurp_copyright_lag_years",
        "repurp_archive_gap_years",
        "repurp_entity_off_story",
        "repurp_tells",
    ),
    "newsless_site_v1": ("newsless_hard_news",),
    "persona_byline_v1": ("persona_bio", "persona_bio_offtopic", "persona_foreign_claim"),
    "seo_template_v1": ("seo_faq_on_news", "seo_own_brand_cta", "seo_template_parts"),
    "sister_sites_v1": (
        "identity_sister_network",
        "identity_network_template",
        "identity_network_claim",
    ),
    "sold_links_v1": ("sold_hidden_links", "sold_dofollow_links", "sold_link_offer"),
    "site_identity_v1": ("ident_canonical_foreign", "ident_links_elsewhere_share"),
    "section_niche_v1": ("niche_section_hard_news",),
    # niche_menu_words and niche_chrome_missing stay free: counts whose direction depends on
    # the story (a garden site writing about gardens is an original).
    "site_niche_v1": ("niche_hard_news",),
    "story_age_v1": ("age_story_log_days", "age_uncredited_dateline_stale"),
    # commerce_story_bridge (a story turning to an offer) stays free: real blogs and deal posts
    # end on coupon codes (12 of 8,769 real page versions).
    "story_commerce_v1": ("commerce_story_trade", "commerce_partner_vice", "commerce_story_anchor"),
    "split_story_v1": ("split_short_story", "split_ad_breaks"),
    # commerce_story_cta (a sales pitch after any dated story) stays free: shop and service
    # pages, blogs and an outlet's own merchandise boxes carry one (36 of 8,769 real versions).
    "story_cta_v1": ("commerce_news_cta",),
    "story_origin_v1": ("origin_named_uncredited",),
    "trade_site_v1": ("agency_copy_on_trade_site",),
    "tail_code_v1": ("tail_code_uncredited",),
    "translated_copy_v1": (
        "translated_uncredited",
        "translated_foreign_ui",
        "translated_script_mix",
    ),
    "wire_copy_v1": ("wire_uncredited",),
}
_ORIGINAL_SIGNS = {
    "copy_context_v1": ("ctx_credited_fresh", "ctx_credited_containment"),
    "wire_copy_v1": ("wire_credited", "wire_agency_site", "wire_credits"),
}


def _flatten(table: dict[str, tuple[str, ...]], sign: int) -> dict[str, int]:
    return {f"{family}__{feature}": sign for family, names in table.items() for feature in names}


SIGNS: dict[str, int] = {
    **_flatten(_REPUBLISHER_SIGNS, REPUBLISHER),
    **_flatten(_ORIGINAL_SIGNS, ORIGINAL),
}


def feature_signs(names: Sequence[str]) -> np.ndarray:
    """+1 (republisher sign), -1 (original sign) or 0 (free) for each `family__feature` name."""
    return np.array([SIGNS.get(str(n), 0) for n in names], dtype=np.int8)


def unknown_names(names: Iterable[str]) -> list[str]:
    """Names in the sign table that are not among `names` (stale entries)."""
    known = {str(n) for n in names}
    return sorted(n for n in SIGNS if n not in known)
