"""User allow and deny lists: a listed URL gets the list's verdict, naming the list and the rule.

Formats read (one rule a line, detected per line; `#` and `!` start comments):
- plain domains (`example.com`, matching the domain and its subdomains, as in
  `../shared/data/lists/*.txt`) and host/path prefixes (`example.com/blog`, as in `*-paths.txt`);
- hosts files (`0.0.0.0 example.com`, `127.0.0.1 a.com b.com`);
- uBlacklist match patterns (`*://*.example.com/*`) and `/regex/` rules, `@` marks an exception;
- adblock network rules (`||example.com^`, `||example.com/path`), `@@` marks an exception;
  cosmetic rules (`##`) are ignored;
- wildcard hosts (`name.blogspot.*`) and bare IP addresses, as in content_farm_terminator-regex.

An exception rule in a list, or any rule of an allow list, wins over a deny rule: the user
trusts that site explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from detector.errors import ConfigError

VERDICTS = {"deny": "likely-republisher", "allow": "likely-original"}
_HOSTS_IPS = ("0.0.0.0", "127.0.0.1", "::", "::1", "255.255.255.255")
_DOMAIN_RE = re.compile(r"^[a-z0-9*_](?:[a-z0-9_*-]*[a-z0-9_*])?(?:\.[a-z0-9_*-]+)*\.?$", re.I)
GRAM = 4  # regexes are indexed by the first 4 characters of the literal they require
_IP_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


@dataclass(frozen=True, slots=True)
class ListRule:
    """One rule of a list file, kept verbatim so that a verdict can quote it."""

    list_name: str
    line: int
    text: str
    action: str  # "deny" or "allow"


@dataclass(frozen=True, slots=True)
class ListMatch:
    """A URL's list verdict: the tier it gets and the rule behind it."""

    action: str  # "deny" or "allow"
    verdict: str  # a tier from detector.results.TIERS
    rule: ListRule

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form for output rows."""
        return {
            "action": self.action,
            "verdict": self.verdict,
            "list": self.rule.list_name,
            "line": self.rule.line,
            "rule": self.rule.text,
        }


class _Regex:
    """A regex rule: parsed at load (to validate it and find its literal), compiled on first
    use, since a URL reaches the regex itself only when the literal is in it."""

    __slots__ = ("_compiled", "literal", "rule", "source")

    def __init__(self, source: str, rule: ListRule) -> None:
        self.source = source
        self.rule = rule
        self.literal = required_literal(source)  # raises re.error for a bad pattern
        self._compiled: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.I)
        return self._compiled


class _RuleSet:
    """The rules of one action (deny or allow rules, or the exceptions inside deny lists)."""

    def __init__(self) -> None:
        self.domains: dict[str, ListRule] = {}
        self.paths: dict[str, list[tuple[str, ListRule]]] = {}  # host -> [(path prefix, rule)]
        # (literal the pattern cannot match without, pattern, rule): the literal is a cheap
        # substring test that skips most of the 5,000+ regexes of a real list for each URL.
        self.regexes: list[_Regex] = []

        self._by_gram: dict[str, list[int]] | None = None  # 4-gram of the literal -> regexes
        self._always: list[int] = []  # regexes without a literal of 4+ characters

    def add_regex(self, source: str, rule: ListRule) -> None:
        """Add a case-insensitive regex rule; raises re.error when it does not parse."""
        self.regexes.append(_Regex(source, rule))
        self._by_gram = None

    def _index(self) -> dict[str, list[int]]:
        by_gram: dict[str, list[int]] = {}
        self._always = []
        for i, rx in enumerate(self.regexes):
            if len(rx.literal) >= GRAM:
                by_gram.setdefault(rx.literal[:GRAM], []).append(i)
            else:
                self._always.append(i)
        self._by_gram = by_gram
        return by_gram

    def _candidates(self, lowered: str) -> list[int]:
        by_gram = self._by_gram if self._by_gram is not None else self._index()
        found = set(self._always)
        for k in range(len(lowered) - GRAM + 1):
            hit = by_gram.get(lowered[k : k + GRAM])
            if hit:
                found.update(hit)
        return sorted(found)  # in list order, so the first rule of the file wins

    def match(self, url: str, host: str, path: str) -> ListRule | None:
        labels = host.split(".")
        for i in range(len(labels)):
            suffix = ".".join(labels[i:])
            rule = self.domains.get(suffix)
            if rule is not None:
                return rule
            for prefix, prule in self.paths.get(suffix, ()):
                if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                    return prule
        if not self.regexes:
            return None
        lowered = url.lower()
        for i in self._candidates(lowered):
            rx = self.regexes[i]
            if rx.literal in lowered and rx.pattern().search(url):
                return rx.rule
        return None


class ListSet:
    """All allow and deny lists of a run; `match(url)` gives the verdict or None."""

    def __init__(self) -> None:
        self._deny = _RuleSet()
        self._allow = _RuleSet()  # allow-list rules and exceptions in deny lists
        self.n_rules = 0

    @classmethod
    def load(cls, deny: Iterable[str | Path] = (), allow: Iterable[str | Path] = ()) -> ListSet:
        """Read deny and allow list files.

        Raises:
            ConfigError: a list file does not exist or cannot be read.
        """
        lists = cls()
        for path in deny:
            lists.add_file(path, "deny")
        for path in allow:
            lists.add_file(path, "allow")
        return lists

    def add_file(self, path: str | Path, action: str) -> None:
        """Add every rule of one list file under `action` ("deny" or "allow")."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ConfigError(f"{action} list {p}: {exc.strerror or exc}") from exc
        for lineno, line in enumerate(text.splitlines(), start=1):
            self.add_rule(line, list_name=p.name, line=lineno, action=action)

    def add_rule(self, raw: str, *, list_name: str, line: int, action: str) -> bool:
        """Add one rule line; returns False for comments and rules this reader ignores."""
        text = raw.strip()
        if not text or text[0] in "#![" or "##" in text or "#@#" in text:
            return False
        if text.startswith("/") and text.rfind("/") > 0:
            body = text[1 : text.rfind("/")]
            return self._add_regex(body, raw.strip(), list_name, line, action)
        text = re.split(r"\s+#", text, maxsplit=1)[0].strip()  # trailing comment
        exception = False
        if text.startswith("@@"):
            exception, text = True, text[2:]
        elif text.startswith("@"):
            exception, text = True, text[1:].strip()
        target = self._allow if exception or action == "allow" else self._deny
        rule = ListRule(list_name, line, raw.strip(), "allow" if exception else action)
        parts = text.split()
        if len(parts) >= 2 and parts[0] in _HOSTS_IPS:  # hosts file
            for host in parts[1:]:
                if host not in ("localhost", "localhost.localdomain", "broadcasthost"):
                    target.domains[host.lower().rstrip(".")] = rule
            self.n_rules += 1
            return True
        if len(parts) != 1:
            return False
        text = parts[0]
        if text.startswith("||"):  # adblock
            text = text[2:].split("$", 1)[0].rstrip("^|")
            return self._add_host_path(target, text, rule)
        if "://" in text:  # uBlacklist match pattern
            return self._add_match_pattern(target, text, rule)
        if "*" in text.split("/", 1)[0]:
            host, _, path = text.partition("/")
            pattern = re.escape(host).replace(r"\*", r"[^/]*")
            regex = rf"^https?://(?:[^/]*\.)?{pattern}(?::\d+)?(?:/{re.escape(path)}|[/?#]|$)"
            target.add_regex(regex, rule)
            self.n_rules += 1
            return True
        return self._add_host_path(target, text, rule)

    def _add_host_path(self, target: _RuleSet, text: str, rule: ListRule) -> bool:
        host, slash, path = text.partition("/")
        host = host.lower().removeprefix("www.").rstrip(".")
        if not (_DOMAIN_RE.match(host) or _IP_RE.match(host)) or "." not in host:
            return False
        if slash and path:
            target.paths.setdefault(host, []).append(("/" + path, rule))
        else:
            target.domains[host] = rule
        self.n_rules += 1
        return True

    def _add_match_pattern(self, target: _RuleSet, text: str, rule: ListRule) -> bool:
        scheme, _, rest = text.partition("://")
        host, _, path = rest.partition("/")
        if host.startswith("*.") and path in ("", "*") and scheme in ("*", "http", "https"):
            return self._add_host_path(target, host[2:], rule)
        if "*" not in host and path in ("", "*") and scheme in ("*", "http", "https"):
            return self._add_host_path(target, host, rule)
        scheme_re = "https?" if scheme == "*" else re.escape(scheme)
        host_re = re.escape(host).replace(r"\*\.", r"(?:[^/]*\.)?").replace(r"\*", r"[^/]*")
        path_re = re.escape(path).replace(r"\*", ".*")
        target.add_regex(rf"^{scheme_re}://{host_re}/{path_re}$", rule)
        self.n_rules += 1
        return True

    def _add_regex(self, body: str, raw: str, list_name: str, line: int, action: str) -> bool:
        target = self._allow if action == "allow" else self._deny
        try:
            target.add_regex(body, ListRule(list_name, line, raw, action))
        except re.error:
            return False  # a rule in another regex dialect: skipped, not fatal
        self.n_rules += 1
        return True

    def match(self, url: str) -> ListMatch | None:
        """The verdict for a URL: an allow rule wins over a deny rule; None when unlisted."""
        if not url or self.n_rules == 0:
            return None
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            return None
        path = parts.path or "/"
        for rules, action in ((self._allow, "allow"), (self._deny, "deny")):
            rule = rules.match(url, host, path)
            if rule is not None:
                return ListMatch(action=action, verdict=VERDICTS[action], rule=rule)
        return None


def required_literal(pattern: str) -> str:
    """The longest lower-case literal every match of `pattern` must contain ("" if none).

    Walks the parsed pattern: literals in sequence (and inside plain groups) join; branches,
    classes, optional parts and repeats end a run. Used only to skip a regex quickly: an empty
    literal means "always try it".
    """
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    tree = sre_parse.parse(pattern, re.I)  # re.error for a pattern that does not parse
    best = ""
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        text = "".join(run)
        if len(text) > len(best):
            best = text
        run = []

    def walk(items: object) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                run.append(chr(av).lower())
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
                flush()
                walk(av[2])
                flush()
            elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue  # zero-width: does not break a run of literals
            else:
                flush()

    walk(tree)
    flush()
    return best
