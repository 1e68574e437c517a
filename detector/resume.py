"""Resumable output: a sidecar state file records, for every row written, its id and the output
size after it.

On resume the output is cut back to the last size the state file confirms (a row half-written
when the process died is dropped), and the confirmed ids are skipped. A row is confirmed only
after its bytes reach the output file, so a crash at any point loses nothing confirmed and never
duplicates a row: the unconfirmed tail is cut away and written again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from detector.errors import ConfigError

STATE_VERSION = 1


def state_path(out: Path) -> Path:
    """The sidecar of an output file: `OUT.state`."""
    return out.with_name(out.name + ".state")


class ResumeState:
    """The ids already written to an output file, and the writer of new confirmations."""

    def __init__(self, out: Path, *, fmt: str) -> None:
        self.out = out
        self.path = state_path(out)
        self.fmt = fmt
        self.done: set[str] = set()
        self.confirmed_size = 0
        self._fh: IO[str] | None = None

    def load(self) -> None:
        """Read the state and cut the output back to its last confirmed size.

        Raises:
            ConfigError: the output exists without a state file, or was written in another
                format, so it cannot be continued safely.
        """
        if not self.path.exists():
            if self.out.exists() and self.out.stat().st_size > 0:
                raise ConfigError(
                    f"{self.out} exists but has no resume state ({self.path.name}); "
                    "remove it or choose another --out"
                )
            return
        with self.path.open("r", encoding="utf-8") as fh:
            header_line = fh.readline()
            try:
                header = json.loads(header_line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"resume state {self.path} is corrupt: {exc}") from exc
            if header.get("format") != self.fmt:
                raise ConfigError(
                    f"{self.out} was written as {header.get('format')!r}, not {self.fmt!r}: "
                    "resume with the same --format"
                )
            for line in fh:
                if not line.endswith("\n"):
                    break  # the last confirmation was cut short: that row is not confirmed
                size_text, _, rid = line.rstrip("\n").partition("\t")
                if not size_text.isdigit():
                    break
                self.done.add(rid)
                self.confirmed_size = int(size_text)
        if self.out.exists() and self.out.stat().st_size > self.confirmed_size:
            with self.out.open("r+b") as out:
                out.truncate(self.confirmed_size)
        # Rewrite the state compactly so that a torn last line does not stay in the middle.
        self._rewrite()

    def _rewrite(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps({"version": STATE_VERSION, "format": self.fmt}) + "\n")
            # Ids are re-listed with the final confirmed size: only the last size matters.
            for rid in sorted(self.done):
                fh.write(f"{self.confirmed_size}\t{rid}\n")
        os.replace(tmp, self.path)

    def start_fresh(self) -> None:
        """Start a new state for a new output (any old state is replaced)."""
        self.done.clear()
        self.confirmed_size = 0
        self._rewrite()

    def open(self) -> None:
        """Open the state for appending confirmations."""
        self._fh = self.path.open("a", encoding="utf-8")

    def confirm(self, rows: list[tuple[str, int]]) -> None:
        """Record `(id, output size after the row)` pairs; call after the output was flushed."""
        if self._fh is None:
            raise RuntimeError("ResumeState.open() was not called")
        self._fh.write("".join(f"{size}\t{rid.replace(chr(10), ' ')}\n" for rid, size in rows))
        self._fh.flush()
        for rid, size in rows:
            self.done.add(rid)
            self.confirmed_size = size

    def close(self) -> None:
        """Close the state file."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
