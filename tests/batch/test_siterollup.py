"""Site roll-up: registrable domains from the bundled suffix list; differing parts kept apart."""

from __future__ import annotations

from typing import Any

from detector.siterollup import SiteRollup, registrable_domain


def row(url: str, tier: str | None, *, match: bool = False, error: bool = False) -> dict[str, Any]:
    return {
        "id": url, "input": url, "url": url,
        "tier": None if error else tier,
        "score": None if error else {"likely-republisher": 0.9, "uncertain": 0.5}.get(tier or "", 0.1),
        "match": {"source_id": "x"} if match else None,
        "error": {"kind": "timeout", "message": "t"} if error else None,
    }  # fmt: skip


def test_registrable_domain_uses_public_suffixes_offline() -> None:
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("a.b.example.com") == "example.com"
    assert registrable_domain("someone.github.io") == "someone.github.io"  # private suffix
    assert registrable_domain("localhost") == "localhost"


def test_rollup_verdicts_shares_and_split_hosts() -> None:
    r = SiteRollup()
    for i in range(4):
        r.add(row(f"https://www.farm.example/{i}", "likely-republisher", match=i < 3))
    r.add(row("https://farm.example/x", "likely-original"))
    for i in range(3):
        r.add(row(f"https://www.news.co.uk/{i}", "likely-original"))
        r.add(row(f"https://copies.news.co.uk/{i}", "likely-republisher", match=True))
    r.add(row("https://down.example/", None, error=True))
    sites = {s["site"]: s for s in r.report()}
    farm = sites["farm.example"]
    assert farm["level"] == "domain" and farm["verdict"] == "likely-republisher"
    assert farm["pages"] == 5 and farm["copy_share"] == 0.6
    assert "80% of pages likely-republisher" in farm["rule"]
    # news.co.uk's hosts disagree, so they are reported apart, not averaged away.
    assert sites["news.co.uk"]["level"] == "host"  # www. is dropped: the host itself
    assert sites["news.co.uk"]["verdict"] == "likely-original"
    assert sites["news.co.uk"]["pages"] == 3
    assert sites["copies.news.co.uk"]["verdict"] == "likely-republisher"
    assert sites["copies.news.co.uk"]["copy_share"] == 1.0
    assert sites["down.example"]["verdict"] is None and sites["down.example"]["errors"] == 1


def test_rollup_splits_a_path_section_that_differs() -> None:
    r = SiteRollup()
    for i in range(5):
        r.add(row(f"https://paper.example/news/{i}", "likely-original"))
        r.add(row(f"https://paper.example/partners/{i}", "likely-republisher", match=True))
    sites = {s["site"]: s for s in r.report()}
    assert sites["paper.example/news"]["verdict"] == "likely-original"
    assert sites["paper.example/partners"]["verdict"] == "likely-republisher"
    assert sites["paper.example/partners"]["level"] == "path"


def test_list_verdict_is_the_rule_behind_a_site() -> None:
    r = SiteRollup()
    for i in range(3):
        listed = row(f"https://listed.example/{i}", "likely-republisher")
        listed["list"] = {"action": "deny", "list": "deny.txt", "rule": "listed.example"}
        r.add(listed)
    (site,) = r.report()
    assert site["verdict"] == "likely-republisher"
    assert site["rule"].startswith("deny list deny.txt rule 'listed.example'")


def test_a_site_of_mostly_uncertain_pages_is_uncertain() -> None:
    r = SiteRollup()
    for i in range(3):
        r.add(row(f"https://grey.example/{i}", "uncertain"))
    r.add(row("https://grey.example/3", "likely-original"))
    (site,) = r.report()
    assert site["verdict"] == "uncertain"
    assert site["rule"] == "75% of pages uncertain or likely-republisher (>= 50%)"
