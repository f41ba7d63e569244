"""The HTTP service, tested against the real server: `check serve` in a subprocess on loopback."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import ROOT, SEED, run_check

pytestmark = pytest.mark.server

TOKEN = "s3cret-token"
STRICT_MAX_BODY = 1024 * 1024
TRACE = re.compile(r"Traceback|File \"|line \d+, in ")


# --------------------------------------------------------------------------- servers



def run_coroutine(coro: Any) -> Any:
    """asyncio.run in a thread of its own: Playwright's sync API (browser tests in the same
    xdist worker) leaves an event loop running in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(log: Path, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    """`python -m checker.cli serve` on a free port; returns once /healthz answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECKER_")}
    out = log.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "checker.cli", "serve", "--port", str(port), *args],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the server exited:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail(f"the server did not answer /healthz:\n{log.read_text()}")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server with default settings."""
    proc, url = start_server(tmp_path_factory.mktemp("live") / "server.log")
    yield url
    stop(proc)


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A token, a 1 MB body limit, a 50 ms time limit, one CORS origin, no cache."""
    proc, url = start_server(tmp_path_factory.mktemp("strict") / "server.log",
                             "--token", TOKEN, "--max-body", "1MB", "--timeout", "0.05",
                             "--cors", "https://cms.example", "--cache", "0")
    yield url
    stop(proc)


@pytest.fixture(scope="module")
def client(live: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live, timeout=60) as c:
        yield c


def cli(*args: str | Path) -> str:
    result = run_check(*args, "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    return result.stdout


def without_paths(contract: dict[str, Any]) -> dict[str, Any]:
    for doc in contract["documents"]:
        doc["path"] = None
    return contract


def assert_error(r: httpx.Response, status: int, field: str | None = "any") -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert not TRACE.search(r.text), r.text
    err = r.json()["error"]
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    if field != "any":
        assert err["field"] == field
    return err


# --------------------------------------------------------------------------- the report


def test_json_equals_the_cli_contract(client: httpx.Client) -> None:
    expected = without_paths(json.loads(cli(SEED, "--format", "json")))
    r = client.post("/v1/check", json={"text": SEED.read_text("utf-8")})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json() == expected
    assert r.json()["documents"][0]["path"] is None


def test_json_text_is_the_cli_json_text_but_for_the_path(client: httpx.Client) -> None:
    expected = cli(SEED, "--format", "json").replace(json.dumps(str(SEED.relative_to(ROOT))), "null")
    expected = expected.replace(json.dumps(str(SEED)), "null")
    r = client.post("/v1/check", content=SEED.read_bytes(), headers={"content-type": "text/plain"})
    assert r.text == expected


def titled_article(folder: Path) -> Path:
    """The seed with title and source headers, saved under its title.

    The fragment names a document by its file name where it has no title or source, and the
    service has no file name; with both, the CLI's fragment has nothing path-dependent.
    """
    title = "Russia strikes Kyiv"
    article = folder / title
    article.write_text(f"title {title}\nsource Wire\n" + SEED.read_text("utf-8"), encoding="utf-8")
    return article


def test_fragment_is_byte_equal_to_the_cli(client: httpx.Client, tmp_path: Path) -> None:
    article = titled_article(tmp_path)
    expected = cli(article, "--format", "fragment")
    by_query = client.post("/v1/check?format=fragment", json={"text": article.read_text("utf-8")})
    by_accept = client.post("/v1/check", content=article.read_bytes(),
                            headers={"content-type": "text/plain", "accept": "text/html"})
    for r in (by_query, by_accept):
        assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
        assert r.content == expected.encode("utf-8")
        assert "script-src" not in r.headers["content-security-policy"]


def test_accept_prefers_json_unless_html_ranks_higher(client: httpx.Client) -> None:
    body = {"text": SEED.read_text("utf-8")}
    cases = {"application/json, text/html;q=0.5": "application/json", "*/*": "application/json",
             "text/html, application/json;q=0.9": "text/html; charset=utf-8"}
    for accept, media in cases.items():
        r = client.post("/v1/check", json=body, headers={"accept": accept})
        assert r.headers["content-type"] == media, accept


def test_sources_are_further_reports_of_the_event(client: httpx.Client, tmp_path: Path) -> None:
    """Messages name a document by its source, else its file name (d1 here): both have a source."""
    main = tmp_path / "main.txt"
    main.write_text("source Wire\n" + SEED.read_text("utf-8"), encoding="utf-8")
    second = ROOT / "tests" / "corpus" / "002_kyiv_missiles.txt"
    expected = without_paths(json.loads(cli(main, second, "--format", "json")))
    r = client.post("/v1/check", json={"text": main.read_text("utf-8"),
                                       "sources": [{"text": second.read_text("utf-8")}]})
    assert r.status_code == 200
    assert r.json() == expected
    assert [d["id"] for d in r.json()["documents"]] == ["d1", "d2"]


def test_metadata_fields_fill_what_the_header_lacks(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"text": SEED.read_text("utf-8"), "title": "Kyiv", "source": "Wire",
                                       "date": "1999-01-01"})
    doc = r.json()["documents"][0]
    assert (doc["title"], doc["source"], doc["date"]) == ("Kyiv", "Wire", "2025-04-25")


def test_fragment_without_headers_is_the_library_fragment(client: httpx.Client) -> None:
    from checker.api import check
    from checker.report import render_fragment

    text = SEED.read_text("utf-8")
    r = client.post("/v1/check?format=fragment", json={"text": text})
    assert r.text == render_fragment(check([text]))


def test_a_form_post_shows_the_fragment(client: httpx.Client, tmp_path: Path) -> None:
    article = titled_article(tmp_path)
    r = client.post("/v1/check?format=fragment", data={"text": article.read_text("utf-8"), "title": ""})
    assert r.status_code == 200
    assert r.text == cli(article, "--format", "fragment")


def test_rules_can_be_kept_or_disabled(client: httpx.Client) -> None:
    text = SEED.read_text("utf-8")
    kept = client.post("/v1/check", json={"text": text, "rules": ["killed-consistent", "air-attack"]}).json()
    rules = {f["rule"] for f in kept["findings"]}
    assert "killed-consistent" in rules and "injured-consistent" not in rules
    assert "intercepted-within-launched" in rules
    dropped = client.post("/v1/check", json={"text": text, "disable": ["killed-consistent"]}).json()
    assert "killed-consistent" not in {f["rule"] for f in dropped["findings"]}


def test_rules_lists_the_loaded_rules(client: httpx.Client) -> None:
    from checker.rules import load_rules

    r = client.get("/v1/rules")
    assert r.status_code == 200
    listed = r.json()["rules"]
    assert [x["id"] for x in listed] == list(load_rules().ids)
    killed = next(x for x in listed if x["id"] == "killed-consistent")
    assert killed["kind"] == "consistent" and killed["categories"] == ["killed"]
    assert {"severity", "description", "topic"} <= set(killed)


def test_health_openapi_and_page(client: httpx.Client) -> None:
    from checker import __version__

    assert client.get("/healthz").json() == {"status": "ok", "version": __version__,
                                             "rules": len(client.get("/v1/rules").json()["rules"])}
    spec = client.get("/openapi.json").json()
    assert spec["openapi"] == "3.1.0" and "/v1/check" in spec["paths"]
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "form-action 'self'" in csp and "unsafe-inline" not in csp
    assert 'action="/v1/check?format=fragment"' in page.text
    assert not re.search(r"<script|https?://", page.text)


# --------------------------------------------------------------------------- errors


def test_404_and_405_are_json(client: httpx.Client) -> None:
    assert_error(client.get("/nowhere"), 404)
    err = client.get("/v1/check")
    assert_error(err, 405)
    assert err.headers["allow"] == "POST"
    assert_error(client.delete("/v1/rules"), 405)


def test_415_for_other_content_types(client: httpx.Client) -> None:
    assert_error(client.post("/v1/check", content=b"<p>x</p>", headers={"content-type": "text/xml"}),
                 415, "content-type")
    assert_error(client.post("/v1/check", content=b"x"), 415, "content-type")


@pytest.mark.parametrize(("body", "field"), [
    (b"{not json", "body"),
    (b"[1, 2]", "body"),
    (b'{"title": "no text"}', "text"),
    (b'{"text": 12}', "text"),
    (b'{"text": "   "}', "text"),
    (b'{"text": "date 2025-04-25\\n"}', "text"),
    (b'{"text": "12 dead", "sources": [{"text": ""}]}', "sources[0].text"),
    (b'{"text": "12 dead", "colour": "red"}', "colour"),
    (b'{"text": "12 dead", "rules": ["killed-consistant"]}', "rules[0]"),
    (b'{"text": "12 dead", "disable": ["no-such-rule"]}', "disable[0]"),
])
def test_422_names_the_field(client: httpx.Client, body: bytes, field: str) -> None:
    r = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert_error(r, 422, field)


def test_422_for_an_unknown_format_and_a_binary_body(client: httpx.Client) -> None:
    assert_error(client.post("/v1/check?format=pdf", json={"text": "12 dead"}), 422, "format")
    r = client.post("/v1/check", content=b"\x00\x01\x02" * 100, headers={"content-type": "text/plain"})
    assert_error(r, 422, "text")


def test_unknown_rule_suggests_the_near_one(client: httpx.Client) -> None:
    r = client.post("/v1/check", json={"text": "12 dead", "rules": ["killed-consistant"]})
    assert "killed-consistent" in assert_error(r, 422)["message"]


def test_401_without_or_with_a_wrong_token(strict: str) -> None:
    for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {TOKEN}"}):
        r = httpx.post(f"{strict}/v1/check", json={"text": "12 dead"}, headers=headers)
        assert_error(r, 401, "authorization")
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert_error(httpx.get(f"{strict}/v1/rules", headers=headers), 401)
    ok = httpx.get(f"{strict}/v1/rules", headers={"authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200
    assert httpx.get(f"{strict}/healthz").status_code == 200


def read_response(s: socket.socket) -> tuple[bytes, bytes]:
    """Status line and headers, then exactly Content-Length bytes of body."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += s.recv(65536) or pytest.fail(f"connection closed after {data!r}")
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"(?im)^content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += s.recv(65536) or pytest.fail("connection closed in the body")
    return head, body


def test_413_on_content_length_before_the_body_is_sent(strict: str) -> None:
    port = int(strict.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                  b"Authorization: Bearer " + TOKEN.encode() + b"\r\nContent-Length: 999999999\r\n\r\n")
        head, body = read_response(s)
    assert head.startswith(b"HTTP/1.1 413")
    limit = f"the body is larger than the limit of {STRICT_MAX_BODY} bytes"
    assert json.loads(body)["error"] == {"status": 413, "field": "body", "message": limit}


def test_413_while_streaming_a_chunked_body(strict: str) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"12 people were killed. " * 2000  # 46 KB, 1.8 MB in all

    r = httpx.post(f"{strict}/v1/check", content=chunks(), timeout=30,
                   headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"})
    assert r.request.headers["transfer-encoding"] == "chunked"
    assert_error(r, 413, "body")


def test_504_when_the_check_takes_too_long(strict: str) -> None:
    article = SEED.read_text("utf-8") + "\n\n".join([SEED.read_text("utf-8").split("KYIV - ", 1)[1]] * 40)
    assert len(article.encode()) < STRICT_MAX_BODY
    r = httpx.post(f"{strict}/v1/check", json={"text": article}, timeout=60,
                   headers={"authorization": f"Bearer {TOKEN}"})
    assert_error(r, 504, None)


def test_cors_preflight_allows_only_the_configured_origin(strict: str) -> None:
    ask = {"access-control-request-method": "POST", "access-control-request-headers": "authorization"}
    ok = httpx.options(f"{strict}/v1/check", headers={"origin": "https://cms.example", **ask})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == "https://cms.example"
    bad = httpx.options(f"{strict}/v1/check", headers={"origin": "https://evil.example", **ask})
    assert bad.status_code == 400 and "access-control-allow-origin" not in bad.headers


# --------------------------------------------------------------------------- in process


def test_a_request_does_no_file_io(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules, lexicon, extractor and templates are loaded at start; a request opens no file."""
    from checker.service import create_app

    opened: list[str] = []
    watching = False

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if watching and event in ("open", "os.listdir", "os.scandir"):
            opened.append(f"{event} {args[0]!r}")

    sys.addaudithook(hook)
    text = SEED.read_text("utf-8")
    app = create_app()

    async def requests() -> tuple[httpx.Response, httpx.Response]:
        nonlocal watching
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            watching = True
            json_r = await c.post("/v1/check", json={"text": text})
            html_r = await c.post("/v1/check?format=fragment", json={"text": text + " "})
            watching = False
        return json_r, html_r

    json_r, html_r = run_coroutine(requests())
    assert json_r.status_code == html_r.status_code == 200
    assert opened == []


# --------------------------------------------------------------------------- schemathesis

POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
OPERATIONS = [("/v1/check", "POST", POSITIVE), ("/v1/check", "POST", NEGATIVE),  # only it has inputs
              ("/v1/rules", "GET", POSITIVE), ("/healthz", "GET", POSITIVE),
              ("/openapi.json", "GET", POSITIVE), ("/", "GET", POSITIVE)]


@pytest.fixture(scope="module")
def api_schema(live: str) -> Any:
    return schemathesis.openapi.from_url(f"{live}/openapi.json")


@pytest.mark.parametrize(("path", "method", "mode"), OPERATIONS,
                         ids=[f"{m} {p} {g.value}" for p, m, g in OPERATIONS])
def test_openapi_contract_holds(api_schema: Any, path: str, method: str, mode: GenerationMode) -> None:
    """Generated requests never get a 5xx; valid ones get answers the OpenAPI document describes."""
    operation = api_schema[path][method]
    checks = [not_a_server_error]
    if mode is POSITIVE:
        checks += [status_code_conformance, content_type_conformance, response_schema_conformance]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case: Any) -> None:
        calls.append(case.media_type)
        case.call_and_validate(checks=checks)

    calls: list[str | None] = []
    run()
    assert len(calls) >= (20 if method == "POST" else 1)


def test_a_bug_is_a_generic_500_and_logged(monkeypatch: pytest.MonkeyPatch,
                                            caplog: pytest.LogCaptureFixture) -> None:
    import checker.service as service

    app = service.create_app()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom in /secret/path")

    monkeypatch.setattr(service, "check", broken)

    async def post() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            return await c.post("/v1/check", json={"text": "12 people were killed"})

    r = run_coroutine(post())
    err = assert_error(r, 500, None)
    assert "boom" not in r.text and "secret" not in err["message"]
    assert "boom in /secret/path" in caplog.text
