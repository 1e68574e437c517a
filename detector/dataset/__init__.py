"""The labelled dataset: generated republisher pages, hard negatives, real pages, a manifest.

Use `load_manifest(path)` to read rows and `load_page_content(row, settings)` to get what
`detector.page.parse_page` takes. `detector data build` (or `build_dataset`) writes it.
"""

from __future__ import annotations

from detector.dataset.manifest import (
    Row,
    content_hash,
    iter_page_contents,
    load_manifest,
    load_page_content,
)

__all__ = ["Row", "content_hash", "iter_page_contents", "load_manifest", "load_page_content"]
