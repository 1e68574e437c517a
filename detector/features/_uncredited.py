"""Whether a page credits no agency and no other publisher anywhere (memoised per page).

Agency copy run by a licensee keeps its marks *with* a credit ("(PAP)", "Source: AFP", the
agency in the byline); copy pasted by a non-licensee keeps the marks and drops the credit.
"""

from __future__ import annotations

from detector.features._pagememo import memo
from detector.features.provenance import registered_domain
from detector.features.publisher_credits import publisher_credits
from detector.page import Page
from detector.parsing.agencies import agency_for_host, agency_in_name, agency_literals


def credits_nothing(page: Page, skip: str = "") -> bool:
    """Whether no agency is named anywhere on the page (story, chrome, byline, credit lines,
    site name) and no other publisher is credited; `skip` is a line left out (the mark read)."""
    return memo(page, ("credits_nothing", skip), lambda: _credits_nothing(page, skip))


def _credits_nothing(page: Page, skip: str) -> bool:
    host = registered_domain(page.url) if page.url else ""
    if host and agency_for_host(host) is not None:
        return False  # an agency's own site signs its own copy
    if agency_in_name(page.site_name) is not None:
        return False
    fields = (page.title, page.byline, *page.authors, page.dateline, *page.credit_lines)
    lines = [line for line in (*page.paragraphs, *page.other_lines) if line != skip]
    names, tokens = agency_literals("\n".join((*fields, *lines)))
    if names or tokens:
        return False
    return not publisher_credits(page)
