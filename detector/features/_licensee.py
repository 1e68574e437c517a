"""Can this site be a licensee? A credit to an agency licenses nothing on a casino's page.

News agencies and publishers license their copy to news outlets, including the trade press of
technology and finance. A copier keeps the credit line as often as it strips it: the copyright
notice, the "(AP)" dateline and the "Reporting by" sign-off come along with a verbatim copy. So a
credit counts as a licensee's only when the page's brand could be one: a brand of a trade that
sells to its readers (a shop, a casino, a lender, a crypto exchange, a travel agent, a recipe
blog: `detector.lexicon.trades.NON_LICENSEE_WORDS`, and the trades of
`detector.lexicon.trades_intl` in more languages) ran the story without a licence, credit or not.
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.features.brand import non_licensee_words, pick_brand, tagline_trade
from detector.page import Page


def non_licensee_trade(page: Page) -> tuple[str, tuple[str, ...]]:
    """The page's brand and its words of a trade no agency licenses to ((brand, ()) when none).

    Memoised per page: the wire and copy-context families both ask.
    """
    return memo(page, ("non_licensee_trade",), lambda: _non_licensee_trade(page))


def _non_licensee_trade(page: Page) -> tuple[str, tuple[str, ...]]:
    brand, _ = pick_brand(page)
    if not brand:
        return "", ()
    found = non_licensee_words(brand)
    if found:
        return brand, found
    line, found = tagline_trade(page, brand)
    return (line, found) if found else (brand, ())


def discounted_credit(page: Page) -> str:
    """Why a credit on this page licenses nothing ("" when it may): the brand's trade words."""
    brand, words = non_licensee_trade(page)
    if not words:
        return ""
    shown = ", ".join(f'"{w}"' for w in words[:3])
    return f'the brand "{brand[:40]}" is of another trade ({shown}), which no agency licenses'
