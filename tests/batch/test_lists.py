"""Allow/deny lists in the formats of ../shared/data/lists/ and common blocker formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.config import load_settings
from detector.errors import ConfigError
from detector.lists import ListSet

LISTS = Path(load_settings().data_dir) / "lists"


def make(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_each_format_matches_what_it_says(tmp_path: Path) -> None:
    deny = make(tmp_path, "deny.txt", "\n".join([
        "# plain domains",
        "farm.example",
        "0.0.0.0 hosts-style.example other-host.example",
        "*://*.ublacklist.example/*",
        "*://paths.example/news/*",
        "/^https?://regex\\.example/\\d+$/",
        "||adblock.example^",
        "||adblock-path.example/sponsored",
        "blog.example/spam",
        "wild.blogspot.*",
        "@*://*.good.farm.example/*",
        "example.org##.ad-banner",
    ]))  # fmt: skip
    lists = ListSet.load(deny=[deny])
    cases = {
        "https://farm.example/a": ("deny", 2),
        "https://www.sub.farm.example/a": ("deny", 2),
        "https://good.farm.example/a": ("allow", 11),  # exception rule wins
        "https://notfarm.example/": None,
        "http://other-host.example/x": ("deny", 3),
        "http://a.b.ublacklist.example/x": ("deny", 4),
        "http://paths.example/news/1": ("deny", 5),
        "http://paths.example/sport/1": None,
        "http://regex.example/123": ("deny", 6),
        "http://regex.example/abc": None,
        "https://cdn.adblock.example/p": ("deny", 7),
        "https://adblock-path.example/sponsored/x": ("deny", 8),
        "https://adblock-path.example/news": None,
        "https://blog.example/spam": ("deny", 9),
        "https://blog.example/spammy": None,
        "https://wild.blogspot.com/2020/x": ("deny", 10),
        "https://tame.blogspot.com/": None,
        "https://example.org/": None,
    }
    for url, want in cases.items():
        match = lists.match(url)
        got = (match.action, match.rule.line) if match else None
        assert got == want, url
    match = lists.match("https://farm.example/a")
    assert match is not None
    assert match.verdict == "likely-republisher"
    assert match.to_dict() == {"action": "deny", "verdict": "likely-republisher",
                               "list": "deny.txt", "line": 2, "rule": "farm.example"}  # fmt: skip


def test_allow_list_wins_over_deny(tmp_path: Path) -> None:
    deny = make(tmp_path, "deny.txt", "mixed.example\n")
    allow = make(tmp_path, "allow.txt", "news.mixed.example\n")
    lists = ListSet.load(deny=[deny], allow=[allow])
    hit = lists.match("https://news.mixed.example/story")
    assert hit is not None and (hit.action, hit.verdict) == ("allow", "likely-original")
    hit = lists.match("https://mixed.example/story")
    assert hit is not None and hit.action == "deny"


def test_shared_lists_load_and_match() -> None:
    lists = ListSet.load(
        deny=[
            LISTS / "content_farm_terminator-content-farms.txt",
            LISTS / "content_farm_terminator-regex.txt",
            LISTS / "ai_ublock_blacklist-paths.txt",
        ]
    )
    assert lists.n_rules > 20_000
    farm = (LISTS / "content_farm_terminator-content-farms.txt").read_text().split()[0]
    hit = lists.match(f"https://www.{farm}/some/story")
    assert hit is not None and hit.rule.text == farm
    path_rule = (LISTS / "ai_ublock_blacklist-paths.txt").read_text().split()[0]  # dev.to/keploy
    hit = lists.match(f"https://{path_rule}/post-1")
    assert hit is not None and hit.rule.list_name == "ai_ublock_blacklist-paths.txt"
    host = path_rule.split("/")[0]
    other = lists.match(f"https://{host}/someone-else/post")
    assert other is None or other.rule.text != path_rule
    assert lists.match("https://apnews.com/article/x") is None
    regex_only = ListSet.load(deny=[LISTS / "content_farm_terminator-regex.txt"])
    hit = regex_only.match("https://www.zhongguojie.org/news/1")
    assert hit is not None and "zhongguojie" in hit.rule.text and hit.rule.text.startswith("/^")
    assert regex_only.match("https://www.zhongguojie.org/about") is None


def test_missing_list_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.txt"):
        ListSet.load(deny=[tmp_path / "nope.txt"])
