"""Errors of `detector`, named by what the caller should do next.

Every failure the library raises is a `DetectorError`; batch code records its `kind` in the
error row and carries on with the next record.
"""

from __future__ import annotations


class DetectorError(Exception):
    """Base class. `kind` is a short stable name used in error rows and summaries."""

    kind = "error"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class NotAPageError(DetectorError):
    """The input is not a web page at all (empty, binary, an image...): skip this record."""

    kind = "not_a_page"


class ConfigError(DetectorError):
    """A setting or a settings file is wrong: fatal, fix the configuration."""

    kind = "config"


class ModelError(DetectorError):
    """A model file is missing, corrupt or does not match this code (sidecar mismatch): fatal."""

    kind = "model"


class OriginalsIndexError(DetectorError):
    """The originals index is missing, corrupt or incompatible: fatal for matching."""

    kind = "index"


class RecordError(DetectorError):
    """One input record is malformed (bad JSON, missing field): skip this record."""

    kind = "bad_record"


class FetchError(DetectorError):
    """A URL could not be fetched. `kind` says why: dns, connect, timeout, http_status, ..."""

    kind = "fetch"

    def __init__(self, message: str, *, kind: str = "fetch", retryable: bool = False) -> None:
        super().__init__(message, kind=kind)
        self.retryable = retryable


class UnknownSignalError(DetectorError, KeyError):
    """A signal name is not in the registry."""

    kind = "unknown_signal"
