"""HTML to a text record like a Common Crawl WET record: one line per block, no markup."""

from __future__ import annotations

from resiliparse.extract.html2text import extract_plain_text


def html_to_text(html: str) -> str:
    """All visible text of the page, block elements on their own lines, list items as "- x".

    Deterministic: resiliparse's plain-text extraction without main-content detection (a WET
    record keeps the boilerplate), then blank lines dropped and bullets normalised.
    """
    raw = extract_plain_text(
        html,
        preserve_formatting=True,
        main_content=False,
        list_bullets=True,
        alt_texts=False,
        links=False,
        form_fields=False,
        noscript=False,
    )
    lines = []
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("• "):
            line = "- " + line[2:]
        lines.append(line)
    return "\n".join(lines) + "\n"
