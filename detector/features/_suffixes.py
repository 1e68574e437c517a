"""The public-suffix extractor the signals share (one per process, from the bundled snapshot)."""

from __future__ import annotations

import functools
from typing import Any


@functools.cache
def suffix_extractor() -> Any:
    """A `tldextract.TLDExtract` over the bundled public-suffix snapshot; never fetches a list."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
