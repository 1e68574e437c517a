"""Signal extractors: one module per family, registered in `detector.features.base.REGISTRY`."""

from detector.features.base import REGISTRY, PageFeatures, Signal, get_signal, load_all, register

__all__ = ["REGISTRY", "PageFeatures", "Signal", "get_signal", "load_all", "register"]
