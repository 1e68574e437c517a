"""Property-based run of the OpenAPI document against the live server: no 5xx, no surprises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from detector.api import create_app
from detector.config import Settings

from .fakes import FakeScorer
from .live import serve_app


@pytest.fixture(scope="module")
def live_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    tmp: Path = tmp_path_factory.mktemp("schema")
    app_settings = Settings(
        feedback_path=tmp / "feedback.jsonl",
        index_path=tmp / "none.idx",
        serve_max_body_bytes=200_000,
        serve_max_batch=4,
        respect_robots=False,
        fetch_retries=0,
        fetch_connect_timeout=1.0,
        fetch_read_timeout=1.0,
        serve_page_timeout=3.0,
    )

    # url-only requests must not leave the machine: every name resolves to a refused address
    # and anything that passes the guard (a public IP literal) is answered by a mock network.
    async def resolver(host: str, port: int) -> list[str]:
        return ["10.0.0.1"]

    network = httpx.MockTransport(
        lambda request: httpx.Response(200, html="<html><body><p>Fetched.</p></body></html>")
    )
    app = create_app(app_settings, FakeScorer(), resolver=resolver, network=network)
    with serve_app(app) as base:
        yield schemathesis.openapi.from_url(f"{base}/openapi.json")


def test_api_conforms_to_its_openapi_document(live_schema: schemathesis.BaseSchema) -> None:
    operations = [result.ok() for result in live_schema.get_all_operations()]
    labels = {op.label for op in operations}
    assert {"POST /v1/score", "POST /v1/score/batch", "POST /v1/feedback"} <= labels
    checked: dict[str, set[int]] = {}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: schemathesis.Case) -> None:
            response = case.call(timeout=10)
            # Every default check (no 5xx, documented status codes, content types, response
            # bodies matching their schemas) except positive_data_acceptance: a schema-valid
            # body can still be a page the scorer cannot read (binary, no text), answered 422.
            case.validate_response(
                response, excluded_checks=[schemathesis.checks.positive_data_acceptance]
            )
            checked.setdefault(case.operation.label, set()).add(response.status_code)

        run()
    assert set(checked) == labels
    assert all(code < 500 for codes in checked.values() for code in codes), checked
