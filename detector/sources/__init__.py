"""Readers that turn files, stdin, URL lists and WARC/WET crawls into `InputRecord`s."""

from detector.sources.base import InputRecord

__all__ = ["InputRecord"]
