"""The base signal extractor and the registry of signals.

A signal is a class registered under a versioned name (`@register("breadcrumbs_v1")`). It maps a
`Page` to a fixed tuple of named numbers plus evidence a person can read. Classes follow the
scikit-learn estimator contract (hyperparameters stored in `__init__` under the same names,
nothing learned unless `fit` says so), so they slot into a `FeatureUnion`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from detector.errors import DetectorError, UnknownSignalError
from detector.page import Page


@dataclass(frozen=True, slots=True)
class Signal:
    """What one extractor says about one page: its numbers and the evidence behind them."""

    name: str  # registry name, e.g. "breadcrumbs_v1"
    values: tuple[float, ...]  # in the order of the extractor's FEATURES
    features: tuple[str, ...]
    evidence: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, float]:
        """Feature name -> value."""
        return dict(zip(self.features, self.values, strict=True))


class PageFeatures(BaseEstimator, TransformerMixin):
    """Base of every signal extractor.

    Subclasses set `FEATURES` and implement `extract(page) -> (values, evidence)`; values must be
    finite floats, one per feature, and evidence short sentences citing what was seen on the page.
    """

    FEATURES: tuple[str, ...] = ()
    registry_name: str = ""  # set by @register

    def extract(self, page: Page) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Return the values (in `FEATURES` order) and the evidence for one page."""
        raise NotImplementedError

    def signal(self, page: Page) -> Signal:
        """Run the extractor on one page and wrap the result as a `Signal`."""
        values, evidence = self.extract(page)
        if len(values) != len(self.FEATURES):
            raise DetectorError(
                f"signal {self.registry_name}: {len(values)} values for "
                f"{len(self.FEATURES)} features {self.FEATURES}"
            )
        return Signal(self.registry_name, tuple(float(v) for v in values), self.FEATURES, evidence)

    def fit(self, pages: Sequence[Page], y: object = None) -> PageFeatures:
        """Nothing to learn by default; returns self."""
        return self

    def transform(self, pages: Iterable[Page]) -> np.ndarray:
        """One row of numbers per page."""
        rows = [self.extract(page)[0] for page in pages]
        out = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(self.FEATURES))
        return np.nan_to_num(out, nan=0.0, posinf=1e6, neginf=-1e6)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Feature names, without the family prefix (FeatureUnion adds it)."""
        return np.asarray(self.FEATURES, dtype=object)


REGISTRY: dict[str, type[PageFeatures]] = {}


def register(name: str) -> Callable[[type[PageFeatures]], type[PageFeatures]]:
    """Class decorator: register a signal extractor under a versioned name like `wire_v1`."""

    def wrap(cls: type[PageFeatures]) -> type[PageFeatures]:
        if name in REGISTRY and REGISTRY[name] is not cls:
            raise DetectorError(f"signal name {name!r} is registered twice")
        if not cls.FEATURES:
            raise DetectorError(f"signal {name!r} declares no FEATURES")
        cls.registry_name = name
        REGISTRY[name] = cls
        return cls

    return wrap


def get_signal(name: str) -> type[PageFeatures]:
    """The extractor class registered under `name`; an unknown name lists the known ones."""
    load_all()
    try:
        return REGISTRY[name]
    except KeyError:
        raise UnknownSignalError(f"unknown signal {name!r}; known: {sorted(REGISTRY)}") from None


def load_all() -> dict[str, type[PageFeatures]]:
    """Import every module of `detector.features` so that all signals are registered."""
    import importlib
    import pkgutil

    import detector.features as package

    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_") and info.name != "base":
            importlib.import_module(f"detector.features.{info.name}")
    return REGISTRY
