"""Bytes to text: charset from the HTTP header, a BOM, the page's meta tag, or detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from detector.errors import NotAPageError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of common non-page payloads that servers send as text/html by mistake.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x01\x00", "an icon"),
)
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])
# WHATWG maps these labels to windows-1252; Python's latin-1 would mangle 0x80-0x9F.
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252"}


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def check_not_binary(data: bytes) -> None:
    """Raise NotAPageError for empty input or a payload that is clearly not text."""
    if not data.strip():
        raise NotAPageError("empty input: no bytes of a page to parse")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise NotAPageError(f"input is {what}, not a web page")
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return  # UTF-16/32 text legitimately contains NUL bytes
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # a C loop, not a Python one
    if controls > max(8, len(head) // 20):
        raise NotAPageError(
            f"input looks binary ({controls} control bytes in the first {len(head)}), not a page"
        )


def decode_bytes(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes. Returns (text, codec used, warnings)."""
    warnings: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name, warnings
    header = _HEADER_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:8192])
    for label, where in ((header and header[1], "HTTP header"), (meta and meta[1], "meta tag")):
        codec = _codec(label)
        if label and not codec:
            warnings.append(f"unknown charset {label!r} in the {where}; detecting instead")
        if codec:
            # A page that declares a legacy charset but is written in UTF-8 is common, and
            # non-ASCII bytes that form valid UTF-8 are almost never meant as anything else.
            if codec not in ("utf-8", "ascii") and not data.isascii():
                try:
                    text = data.decode("utf-8")
                    warnings.append(f"declared charset {codec} ({where}) was wrong: read as UTF-8")
                    return text, "utf-8", warnings
                except UnicodeDecodeError:
                    pass
            try:
                return data.decode(codec), codec, warnings
            except UnicodeDecodeError:
                warnings.append(f"bytes invalid in declared charset {codec}; replaced")
                return data.decode(codec, errors="replace"), codec, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        warnings.append(f"no charset declared; detected {best.encoding}")
        return data.decode(best.encoding, errors="replace"), best.encoding, warnings
    warnings.append("no charset declared and detection failed; read as UTF-8 with replacements")
    return data.decode("utf-8", errors="replace"), "utf-8", warnings
