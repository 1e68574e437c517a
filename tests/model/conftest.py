"""Fixtures of the model tests: toy extractors registered per test, a toy model on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.model import Model, save_model

from .helpers import toy_data, toy_registry, toy_train

__all__ = ["toy_registry"]


@pytest.fixture
def toy_model(toy_registry: tuple[str, ...]) -> Model:
    """A model trained on the toy pages with the toy signals only."""
    result = toy_train(toy_data())
    result.model.sidecar.update({"model_version": "toy-test", "report": "none"})
    return result.model


@pytest.fixture
def toy_model_dir(toy_model: Model, tmp_path: Path) -> Path:
    """The toy model saved as a model directory."""
    return save_model(toy_model, tmp_path / "toy")
