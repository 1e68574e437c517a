"""One `Settings` object: defaults in code, then a TOML file, then environment, then flags.

Layering order (later wins): the defaults below, `detector.toml` in the working directory or the
file named by `DETECTOR_CONFIG`, environment variables `DETECTOR_<FIELD>` (upper case), and
explicit overrides passed by the CLI or the API.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from detector.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of the tool in one place. Paths may be relative to the working directory."""

    # Research corpora are read in place, never copied into the repo.
    data_dir: Path = PROJECT_ROOT.parent / "shared" / "data"
    models_dir: Path = PROJECT_ROOT / "models"
    model_path: Path = PROJECT_ROOT / "models" / "default"
    topic_model_path: Path = PROJECT_ROOT / "models" / "topic_space.joblib"
    index_path: Path = PROJECT_ROOT / "models" / "originals.idx"
    index_backend: str = "file"  # "file" or "redis"
    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_prefix: str = "detector"
    # Pages above this are cut (with a warning on the Page): real article pages are < 1 MB.
    max_page_bytes: int = 5_000_000
    # Batch fetching.
    user_agent: str = "detector/0.1 (+https://example.invalid/detector)"
    fetch_concurrency: int = 32
    fetch_per_host: int = 4
    fetch_connect_timeout: float = 10.0
    fetch_read_timeout: float = 20.0
    fetch_total_timeout: float = 45.0
    fetch_retries: int = 3
    fetch_max_redirects: int = 5
    fetch_max_bytes: int = 5_000_000
    respect_robots: bool = True
    # HTTP service.
    serve_host: str = "127.0.0.1"
    serve_port: int = 8765
    serve_max_body_bytes: int = 5_000_000
    serve_max_batch: int = 32
    serve_page_timeout: float = 10.0
    serve_api_keys: tuple[str, ...] = ()
    serve_cors_origins: tuple[str, ...] = ()
    serve_fetch_allowlist: tuple[str, ...] = ()
    serve_cache_size: int = 1024
    feedback_path: Path = PROJECT_ROOT / "data" / "feedback.jsonl"
    extra: dict[str, Any] = field(default_factory=dict)

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the given fields replaced (None values are ignored)."""
        known = {f.name for f in fields(self)}
        clean = {k: v for k, v in overrides.items() if v is not None}
        unknown = sorted(set(clean) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s) {unknown}; known: {sorted(known)}")
        return replace(self, **{k: _coerce(k, v) for k, v in clean.items()})


def _coerce(name: str, value: Any) -> Any:
    default = getattr(Settings(), name)
    try:
        if isinstance(default, Path):
            return Path(value).expanduser()
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot use {value!r} ({exc})") from exc
    return value


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Build the effective settings: defaults, TOML file, `DETECTOR_*` environment, overrides."""
    settings = Settings()
    toml_path = Path(path) if path else Path(os.environ.get("DETECTOR_CONFIG", "detector.toml"))
    if toml_path.is_file():
        try:
            data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"settings file {toml_path}: {exc}") from exc
        settings = settings.with_overrides(**data.get("detector", data))
    elif path:
        raise ConfigError(f"settings file {toml_path} does not exist")
    env = {
        f.name: os.environ[f"DETECTOR_{f.name.upper()}"]
        for f in fields(Settings)
        if f"DETECTOR_{f.name.upper()}" in os.environ
    }
    return settings.with_overrides(**env).with_overrides(**overrides)
