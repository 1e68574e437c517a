"""The embedded index file: versioned, written atomically, checksummed, memory-mapped on load.

Layout: 8-byte magic `DETORIG\\x01`, a little-endian uint64 header length, a JSON header
(format version, parameters, library versions, counts, and each array's dtype, shape, offset and
xxh3-64 checksum), then the raw arrays, each starting on a 64-byte boundary. Loading maps the
arrays read-only (no unpickling, no copying) and checks every checksum first, so 100k originals
open in milliseconds and a truncated or altered file is refused with a clear error.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import xxhash

from detector.errors import OriginalsIndexError
from detector.originals import lsh
from detector.originals.sketch import IndexParams
from detector.originals.store import Arrays, ArrayStore

MAGIC = b"DETORIG\x01"
FORMAT_VERSION = 1
_ALIGN = 64


def _bytes(arr: np.ndarray) -> memoryview:
    """The raw bytes of an array (C order) without a copy when it is contiguous."""
    return memoryview(np.ascontiguousarray(arr).reshape(-1).view(np.uint8))  # type: ignore[arg-type]


def _versions() -> dict[str, str]:
    import datasketch

    from detector import __version__

    return {"detector": __version__, "datasketch": datasketch.__version__, "numpy": np.__version__}


def write_index(
    path: str | Path, params: IndexParams, arrays: Arrays, info: dict[str, Any] | None = None
) -> int:
    """Write an index file atomically (temp file in the same folder, fsync, rename); its size."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    specs: dict[str, dict[str, Any]] = {}
    offset = 0
    blobs = arrays.as_dict()
    for name, arr in blobs.items():
        arr = np.ascontiguousarray(arr)
        blobs[name] = arr
        specs[name] = {
            "dtype": arr.dtype.str,
            "shape": list(arr.shape),
            "offset": offset,
            "nbytes": int(arr.nbytes),
            "xxh3_64": xxhash.xxh3_64_hexdigest(_bytes(arr)),
        }
        offset += -(-arr.nbytes // _ALIGN) * _ALIGN
    header = {
        "format": "detector-originals",
        "format_version": FORMAT_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "params": params.as_dict(),
        "versions": _versions(),
        "count": len(arrays.sizes),
        "info": info or {},
        "arrays": specs,
    }
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    start = -(-(len(MAGIC) + 8 + len(head)) // _ALIGN) * _ALIGN
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(len(head).to_bytes(8, "little"))
            f.write(head)
            f.write(b"\0" * (start - f.tell()))
            for name, arr in blobs.items():
                f.seek(start + specs[name]["offset"])
                f.write(_bytes(arr))
            f.truncate(start + offset)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an index is shared like any file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path.stat().st_size


def read_header(path: str | Path) -> tuple[dict[str, Any], int]:
    """The JSON header of an index file and where its arrays start."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            magic = f.read(len(MAGIC))
            if magic != MAGIC:
                raise OriginalsIndexError(f"{path}: not an originals index (bad magic {magic!r})")
            size = int.from_bytes(f.read(8), "little")
            if not 0 < size < 64 << 20:
                raise OriginalsIndexError(f"{path}: corrupt header length {size}")
            header: dict[str, Any] = json.loads(f.read(size))
    except FileNotFoundError:
        raise OriginalsIndexError(
            f"{path}: no originals index here; build one with `detector index build --default` "
            "or `detector index build SOURCE... --index PATH`"
        ) from None
    except (OSError, ValueError) as exc:
        raise OriginalsIndexError(f"{path}: unreadable index header ({exc})") from exc
    if header.get("format_version") != FORMAT_VERSION:
        raise OriginalsIndexError(
            f"{path}: index format version {header.get('format_version')}, this code reads "
            f"{FORMAT_VERSION}: rebuild the index"
        )
    start = -(-(len(MAGIC) + 8 + size) // _ALIGN) * _ALIGN
    return header, start


def load_index(path: str | Path, verify: bool = True) -> tuple[ArrayStore, dict[str, Any]]:
    """Open an index file (memory-mapped, read-only); checksums are checked unless told not to."""
    path = Path(path)
    header, start = read_header(path)
    params = IndexParams.from_dict(header["params"])
    file_size = path.stat().st_size
    arrays: dict[str, np.ndarray] = {}
    for name in Arrays.NAMES:
        spec = header["arrays"].get(name)
        if spec is None and name in Arrays.OPTIONAL:
            continue
        if spec is None:
            raise OriginalsIndexError(f"{path}: array {name!r} missing from the index")
        begin = start + int(spec["offset"])
        if begin + int(spec["nbytes"]) > file_size:
            raise OriginalsIndexError(f"{path}: truncated (array {name!r} runs past the end)")
        shape = tuple(spec["shape"])
        if int(np.prod(shape)) == 0:
            arr = np.empty(shape, dtype=np.dtype(spec["dtype"]))
        else:
            arr = np.memmap(
                path, dtype=np.dtype(spec["dtype"]), mode="r", offset=begin, shape=shape
            )
        if verify and xxhash.xxh3_64_hexdigest(_bytes(arr)) != spec["xxh3_64"]:
            raise OriginalsIndexError(
                f"{path}: checksum mismatch in array {name!r}: the file is corrupt"
            )
        arrays[name] = arr
    if "key_dir" not in arrays:  # written before the directory was stored
        arrays["key_dir"] = lsh.key_directory(arrays["keys"])
    problem = lsh.check_directory(arrays["keys"], arrays["key_dir"])
    if problem:
        raise OriginalsIndexError(f"{path}: {problem}: the file is corrupt")
    return ArrayStore(params, Arrays(**arrays)), header
