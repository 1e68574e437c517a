"""The known-originals index: shingling, MinHash, LSH, verification, stores (file, Redis)."""

from detector.originals.index import (
    BuildReport,
    OriginalsIndex,
    build_index,
    ensure_default_index,
    open_from_settings,
    open_index,
)
from detector.originals.records import Match, Original

__all__ = [
    "BuildReport",
    "Match",
    "Original",
    "OriginalsIndex",
    "build_index",
    "ensure_default_index",
    "open_from_settings",
    "open_index",
]
