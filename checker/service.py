"""The CMS preview service: POST an article, get the JSON contract or the HTML fragment.

    create_app(rules=load_rules(), max_body=5 * 2**20, timeout=10.0, cors_origins=(), token=None)

Rules, lexicon, extractor and templates are loaded and warmed once, when the app is made; a
request does no disk I/O. The CPU-bound `check` runs in a thread with a time limit. Every
error is JSON `{"error": {"status", "message", "field"}}`, never a traceback. This is the
only module that imports starlette; `check serve` (checker/cli/serve.py) runs it in uvicorn.
"""

from __future__ import annotations

import asyncio
import base64
import difflib
import hashlib
import hmac
import logging
import os
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import anyio
import anyio.to_thread
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from checker import __version__
from checker import report as report_mod
from checker.api import check
from checker.documents import decode, from_text
from checker.errors import CheckerError, InputError
from checker.model import Document, Report
from checker.rules import RuleSet, load_rules

log = logging.getLogger("checker.service")

DEFAULT_MAX_BODY = 5 * 1024 * 1024
DEFAULT_TIMEOUT = 10.0
DEFAULT_CACHE = 256
MAX_SOURCES = 20
# Up to this many characters a check takes a few milliseconds (about 1 ms per 1,000 characters,
# linear): it runs on the event loop. Handing it to a thread cost a tenth of the throughput
# (the hop, and the loop and the check taking turns at the GIL) and bought nothing, since
# checks run one at a time anyway. Longer inputs go to a thread, where the time limit holds.
INLINE_CHARS = 20_000
FORMATS = ("json", "fragment")
JSON_TYPE = "application/json"
HTML_TYPE = "text/html; charset=utf-8"
SAMPLE = ("date 2025-04-25 KYIV - Russia launched 145 drones and 70 missiles overnight, killing at "
          "least 12 people and wounding 90, officials said. Air defence shot down 112 targets.\n")


# --------------------------------------------------------------------------- errors


class ServiceError(Exception):
    """An error the client sees as `{"error": {"status", "message", "field"}}`."""

    def __init__(self, status: int, message: str, field: str | None = None,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.field = status, message, field
        self.headers = dict(headers or {})


def error_response(status: int, message: str, field: str | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    body = {"error": {"status": status, "message": message, "field": field}}
    return JSONResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "Cache-Control": "no-store"}


# --------------------------------------------------------------------------- request


class SourceIn(BaseModel):
    """One article: its text and the metadata its header may lack."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text, header lines included.")
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(None, max_length=100)
    source: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=4000)
    event: str | None = Field(None, max_length=1000)

    def meta(self) -> dict[str, str | None]:
        return {"title": self.title, "date": self.date, "source": self.source, "url": self.url,
                "event": self.event}


class CheckIn(SourceIn):
    """The main article (d1), further reports of the same event, and the rules to apply."""

    sources: list[SourceIn] = Field(default_factory=list, max_length=MAX_SOURCES)
    rules: list[str] | None = Field(None, max_length=500)
    disable: list[str] = Field(default_factory=list, max_length=500)


def field_name(loc: Sequence[str | int]) -> str:
    """('sources', 0, 'text') -> 'sources[0].text'; the empty location is the body."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def validation_error(exc: ValidationError) -> ServiceError:
    err = exc.errors(include_url=False)[0]
    name = field_name(err["loc"])
    if err["type"] == "json_invalid":
        return ServiceError(422, "the body is not valid JSON", "body")
    return ServiceError(422, f"{name}: {err['msg']}", name)


def parse_json(body: bytes) -> CheckIn:
    try:
        return CheckIn.model_validate_json(body)
    except ValidationError as exc:
        raise validation_error(exc) from None


def parse_plain(body: bytes) -> CheckIn:
    try:
        text = decode(body, "text")
    except InputError as exc:
        raise ServiceError(422, str(exc), "text") from None
    return parse_mapping({"text": text})


def parse_form(body: bytes) -> CheckIn:
    """A browser form: text and metadata fields; rules/disable as comma-separated ids."""
    try:
        pairs = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=200,
                         strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        raise ServiceError(422, "the form is not valid UTF-8 url-encoded data", "body") from None
    data: dict[str, Any] = {k: v[-1] for k, v in pairs.items() if k not in ("rules", "disable")}
    data = {k: v for k, v in data.items() if v != "" or k == "text"}
    for key in ("rules", "disable"):
        ids = [i for v in pairs.get(key, []) for i in re.split(r"[\s,]+", v) if i]
        if ids:
            data[key] = ids
    return parse_mapping(data)


def parse_mapping(data: Mapping[str, Any]) -> CheckIn:
    try:
        return CheckIn.model_validate(dict(data))
    except ValidationError as exc:
        raise validation_error(exc) from None


PARSERS: dict[str, Callable[[bytes], CheckIn]] = {
    "application/json": parse_json,
    "text/plain": parse_plain,
    "application/x-www-form-urlencoded": parse_form,
}


def media_type(header: str | None) -> str:
    return (header or "").split(";", 1)[0].strip().lower()


# --------------------------------------------------------------------------- negotiation


def _quality(accept: str, wanted: str) -> float:
    """The q of the most specific media range in `accept` that matches `wanted`."""
    major = wanted.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for part in accept.split(","):
        kind, *params = [p.strip() for p in part.split(";")]
        rank = {wanted: 2, f"{major}/*": 1, "*/*": 0}.get(kind.lower(), -1)
        if rank > best[0]:
            best = (rank, _q(params))
    return best[1]


def _q(params: Iterable[str]) -> float:
    for p in params:
        if p.lower().startswith("q="):
            try:
                return max(0.0, min(1.0, float(p[2:])))
            except ValueError:
                return 0.0
    return 1.0


def choose_format(query_format: str | None, accept: str | None) -> str:
    """`?format=` wins; else Accept prefers text/html over application/json; else JSON."""
    if query_format is not None:
        if query_format not in FORMATS:
            raise ServiceError(422, f"format must be one of {', '.join(FORMATS)}", "format")
        return query_format
    if not accept:
        return "json"
    return "fragment" if _quality(accept, "text/html") > _quality(accept, JSON_TYPE) else "json"


# --------------------------------------------------------------------------- engine


class Renderer:
    """The report writers, with the Jinja templates compiled once at start.

    `report.environment()` is cached; templates compile on first use (the warm-up) and,
    with `auto_reload` off, are never looked up on disk again: a request does no I/O.
    """

    def __init__(self) -> None:
        report_mod.environment(None).auto_reload = False

    @staticmethod
    def render(report: Report, fmt: str) -> str:
        return report_mod.render_json(report) if fmt == "json" else report_mod.render_fragment(report)


@dataclass
class Engine:
    """The loaded rules and how a request picks among them."""

    ruleset: RuleSet
    renderer: Renderer = field(default_factory=Renderer)

    @cached_property
    def topics(self) -> dict[str, tuple[str, ...]]:
        """Rule file name (`casualties`) -> the ids of its rules, in order (the rules never change)."""
        out: dict[str, list[str]] = {}
        for rule in self.ruleset.rules:
            origin = self.ruleset.origins.get(rule.id)
            if origin is not None:
                out.setdefault(Path(origin.path).stem, []).append(rule.id)
        return {k: tuple(v) for k, v in out.items()}

    def select(self, keep: Sequence[str] | None, disable: Sequence[str]) -> RuleSet:
        """The rule set for one request: `keep` rule ids or topics (None = all), minus `disable`."""
        if keep is None and not disable:
            return self.ruleset
        ids = set(self.ruleset.ids)
        topics = self.topics
        wanted = set(ids) if keep is None else set()
        for i, name in enumerate(keep or ()):
            if name in topics:
                wanted.update(topics[name])
            elif name in ids:
                wanted.add(name)
            else:
                raise self._unknown(name, f"rules[{i}]", [*ids, *topics])
        for i, name in enumerate(disable):
            if name not in ids:
                raise self._unknown(name, f"disable[{i}]", ids)
        wanted -= set(disable)
        return self.ruleset.only(*wanted)

    @staticmethod
    def _unknown(name: str, where: str, choices: Iterable[str]) -> ServiceError:
        close = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return ServiceError(422, f"{where}: unknown rule {name!r}{hint}", where)

    def documents(self, req: CheckIn) -> list[Document]:
        """d1 is the main article, d2... the sources; a text with no body is a 422 on its field."""
        items: list[tuple[str, SourceIn]] = [("text", req)]
        items += [(f"sources[{i}].text", s) for i, s in enumerate(req.sources)]
        out = []
        for n, (where, item) in enumerate(items, start=1):
            try:
                out.append(from_text(item.text, f"d{n}", None, item.meta()))
            except InputError:
                raise ServiceError(422, f"{where}: the article has no text", where) from None
        return out

    def run(self, docs: list[Document], ruleset: RuleSet, fmt: str) -> str:
        """The CPU-bound part, run in a worker thread."""
        return self.renderer.render(check(docs, rules=ruleset), fmt)

    def rule_list(self) -> list[dict[str, Any]]:
        topic_of = {rid: t for t, ids in self.topics.items() for rid in ids}
        return [{"id": r.id, "kind": r.kind, "severity": r.severity,
                 "description": " ".join(r.description.split()), "categories": rule_categories(r),
                 "topic": topic_of.get(r.id)} for r in self.ruleset.rules]


def rule_categories(rule: Any) -> list[str]:
    """The category names a rule reads, in field order, without repeats."""
    out: list[str] = []
    for name in getattr(rule, "category_fields", ()):
        value = getattr(rule, name, None)
        values = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
        out += [v for v in values if isinstance(v, str) and v not in out]
    return out


class ResponseCache:
    """A small LRU of rendered reports, keyed by the whole request: a CMS preview pane
    re-sends the same draft on every refresh. Used from the event loop only."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, str] = OrderedDict()

    @staticmethod
    def key(req: CheckIn, fmt: str) -> str:
        return hashlib.sha256(f"{fmt}\0{req.model_dump_json()}".encode()).hexdigest()

    def get(self, key: str) -> str | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: str, value: str) -> None:
        if self.size <= 0:
            return
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    max_body: int = DEFAULT_MAX_BODY
    timeout: float = DEFAULT_TIMEOUT
    cors_origins: tuple[str, ...] = ()
    token: str | None = None
    cache_size: int = DEFAULT_CACHE


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 2**20, "mb": 2**20, "mib": 2**20,
          "g": 2**30, "gb": 2**30, "gib": 2**30}


def parse_size(text: str) -> int:
    """'5MB' / '64KB' / '1048576' -> bytes (KB and MB are binary: 1024 and 1024²)."""
    m = _SIZE.match(str(text))
    if not m:
        raise ValueError(f"{text!r} is not a size such as 5MB, 512KB or 1048576")
    size = int(float(m.group(1)) * _UNITS[(m.group(2) or "b").lower()])
    if size <= 0:
        raise ValueError("the size must be more than 0")
    return size


# --------------------------------------------------------------------------- handlers


class Service:
    """The request handlers over one Engine and its Settings."""

    def __init__(self, engine: Engine, settings: Settings, fragment_csp: str) -> None:
        self.engine, self.settings, self.fragment_csp = engine, settings, fragment_csp
        self.cache = ResponseCache(settings.cache_size)
        # The check holds the GIL throughout: threads running several at once only interleave
        # them (every request finishes late) and add switching; one at a time serves in order.
        self.one_at_a_time = anyio.CapacityLimiter(1)
        self._token = settings.token.encode() if settings.token else None

    def authorise(self, request: Request) -> None:
        if self._token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        ok = scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), self._token)
        if not ok:
            raise ServiceError(401, "a valid bearer token is required", "authorization",
                               {"WWW-Authenticate": 'Bearer realm="checker"'})

    async def read_body(self, request: Request) -> bytes:
        """The body, refused with 413 as soon as it is known to exceed the limit."""
        limit = self.settings.max_body
        declared = request.headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            raise ServiceError(413, f"the body is larger than the limit of {limit} bytes", "body")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ServiceError(413, f"the body is larger than the limit of {limit} bytes", "body")
            chunks.append(chunk)
        return b"".join(chunks)

    async def check(self, request: Request) -> Response:
        self.authorise(request)
        fmt = choose_format(request.query_params.get("format"), request.headers.get("accept"))
        kind = media_type(request.headers.get("content-type"))
        parser = PARSERS.get(kind)
        if parser is None:
            raise ServiceError(415, f"send {', '.join(PARSERS)}; got {kind or 'no content type'}",
                               "content-type")
        req = parser(await self.read_body(request))
        ruleset = self.engine.select(req.rules, req.disable)
        docs = self.engine.documents(req)
        key = ResponseCache.key(req, fmt)
        body = self.cache.get(key)
        if body is None:
            body = await self._run(docs, ruleset, fmt)
            self.cache.put(key, body)
        return self._respond(body, fmt)

    async def _run(self, docs: list[Document], ruleset: RuleSet, fmt: str) -> str:
        try:
            if sum(len(d.text) for d in docs) <= INLINE_CHARS:
                return self.engine.run(docs, ruleset, fmt)
            return await asyncio.wait_for(
                anyio.to_thread.run_sync(self.engine.run, docs, ruleset, fmt, limiter=self.one_at_a_time),
                timeout=self.settings.timeout)
        except TimeoutError:
            raise ServiceError(504, f"the check took longer than {self.settings.timeout:g} s",
                               None) from None
        except CheckerError as exc:
            raise ServiceError(422, str(exc), "text") from None

    def _respond(self, body: str, fmt: str) -> Response:
        if fmt == "json":
            return Response(body, media_type=JSON_TYPE, headers=SECURITY_HEADERS)
        return Response(body, media_type=HTML_TYPE,
                        headers={**SECURITY_HEADERS, "Content-Security-Policy": self.fragment_csp})

    async def rules(self, request: Request) -> Response:
        self.authorise(request)
        return JSONResponse({"rules": self.engine.rule_list()}, headers=SECURITY_HEADERS)

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__,
                             "rules": len(self.engine.ruleset.rules)}, headers=SECURITY_HEADERS)

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_document(), headers=SECURITY_HEADERS)

    async def index(self, request: Request) -> Response:
        return HTMLResponse(INDEX_HTML, headers={**SECURITY_HEADERS, "Content-Security-Policy": INDEX_CSP})


Handler = Callable[[Request], Awaitable[Response]]


def guarded(handler: Handler) -> Handler:
    """Every failure becomes a JSON error; an unexpected one is logged and answered 500."""

    async def wrapper(request: Request) -> Response:
        try:
            return await handler(request)
        except ServiceError as exc:
            return error_response(exc.status, exc.message, exc.field, exc.headers)
        except Exception:
            log.exception("internal error on %s %s", request.method, request.url.path)
            return error_response(500, "internal error; the server log has the details")

    return wrapper


async def http_error(request: Request, exc: Exception) -> Response:
    """404 and 405 from the router, as JSON."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    messages = {404: "no such endpoint", 405: "method not allowed"}
    headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
    return error_response(status, messages.get(status, "request refused"), None, headers)


async def server_error(request: Request, exc: Exception) -> Response:
    log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error; the server log has the details")


# --------------------------------------------------------------------------- pages


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


INDEX_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:52rem;padding:0 1rem;color:#1b1b1b}
label{display:block;margin:.6rem 0 .2rem;font-weight:600}
textarea{width:100%;min-height:18rem;font:14px/1.4 ui-monospace,monospace}
input{width:100%;max-width:24rem}
button{margin-top:1rem;padding:.4rem 1.2rem;font-size:1rem}
.row{display:flex;gap:1rem;flex-wrap:wrap}
"""

INDEX_HTML = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Figures check</title>
<style>{INDEX_STYLE}</style>
</head>
<body>
<h1>Figures check</h1>
<p>Paste an article: every figure it states, what each counts, and where two cannot both be
true. Header lines such as <code>date 2025-04-25</code> at the top are read as metadata.</p>
<form method="post" action="/v1/check?format=fragment" enctype="application/x-www-form-urlencoded">
<label for="text">Article</label>
<textarea id="text" name="text" required></textarea>
<div class="row">
<div><label for="title">Title</label><input id="title" name="title"></div>
<div><label for="date">Date</label><input id="date" name="date" placeholder="2025-04-25"></div>
<div><label for="source">Source</label><input id="source" name="source"></div>
</div>
<button type="submit">Check the figures</button>
</form>
</body>
</html>
"""

INDEX_CSP = (f"default-src 'none'; style-src {_csp_hash(INDEX_STYLE)}; form-action 'self'; "
             "base-uri 'none'; frame-ancestors 'none'")


def fragment_csp(sample_fragment: str) -> str:
    """The fragment's own <style> block by hash; scripts and everything else blocked."""
    styles = re.findall(r"<style>(.*?)</style>", sample_fragment, re.DOTALL)
    allowed = " ".join(sorted({_csp_hash(s) for s in styles})) or "'none'"
    return f"default-src 'none'; style-src {allowed}; base-uri 'none'; form-action 'none'"


# --------------------------------------------------------------------------- OpenAPI


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


def _source_schema() -> dict[str, Any]:
    return {
        "type": "object", "additionalProperties": False, "required": ["text"],
        "properties": {
            "text": {"type": "string", "minLength": 1,
                     "description": "The article text; header lines (date, source, title) are read."},
            "title": _nullable("string", maxLength=1000),
            "date": _nullable("string", maxLength=100, description="ISO date, e.g. 2025-04-25"),
            "source": _nullable("string", maxLength=1000),
            "url": _nullable("string", maxLength=4000),
            "event": _nullable("string", maxLength=1000),
        },
    }


def _request_schema() -> dict[str, Any]:
    schema = _source_schema()
    ids = {"type": "array", "items": {"type": "string"}, "maxItems": 500}
    schema["properties"] = {
        **schema["properties"],
        "sources": {"type": "array", "maxItems": MAX_SOURCES,
                    "items": {"$ref": "#/components/schemas/Source"},
                    "description": "Further reports of the same event (d2, d3...), compared with it."},
        "rules": {**ids, "type": ["array", "null"],
                  "description": "Keep only these rule ids or topics (rule file names); default all."},
        "disable": {**ids, "description": "Rule ids to turn off."},
    }
    return schema


def _contract_schema() -> dict[str, Any]:
    num = {"type": ["number", "null"]}
    text = {"type": ["string", "null"]}
    document = {"type": "object", "required": ["id", "path", "date", "source", "title"],
                "properties": {"id": {"type": "string"}, "path": text, "date": text, "source": text,
                               "title": text, "url": text, "event": text, "place": text}}
    claim = {"type": "object",
             "required": ["id", "document", "sentence", "start", "end", "text", "value", "low", "high",
                          "qualifier", "unit", "entity", "category", "attribution", "scope"],
             "properties": {"id": {"type": "string"}, "document": {"type": "string"},
                            "sentence": {"type": "integer"}, "start": {"type": "integer"},
                            "end": {"type": "integer"}, "text": {"type": "string"}, "value": num,
                            "low": num, "high": num, "qualifier": {"type": "string"},
                            "unit": {"type": "string"}, "entity": text, "category": {"type": "string"},
                            "attribution": text,
                            "scope": {"type": "object", "properties": {"place": text, "time": text}},
                            "negated": {"type": "boolean"}, "role": {"type": "string"}}}
    finding = {"type": "object", "required": ["rule", "status", "severity", "message", "claims"],
               "properties": {"rule": {"type": "string"}, "kind": {"type": "string"},
                              "status": {"enum": ["pass", "fail", "skip"]},
                              "severity": {"enum": ["error", "warning", "info"]},
                              "message": {"type": "string"},
                              "claims": {"type": "array", "items": {"type": "string"}}}}
    count = {"type": "integer", "minimum": 0}
    summary = {"type": "object", "required": ["documents", "claims", "checks", "failed"],
               "properties": {"documents": count, "claims": count, "checks": count, "failed": count,
                              "skipped": count,
                              "failed_by_severity": {"type": "object", "additionalProperties": count}}}
    return {"type": "object", "required": ["version", "documents", "claims", "findings", "summary"],
            "properties": {"version": {"const": 1},
                           "documents": {"type": "array", "items": document},
                           "claims": {"type": "array", "items": claim},
                           "findings": {"type": "array", "items": finding}, "summary": summary}}


def _error_schema() -> dict[str, Any]:
    return {"type": "object", "required": ["error"], "properties": {"error": {
        "type": "object", "required": ["status", "message", "field"],
        "properties": {"status": {"type": "integer"}, "message": {"type": "string"},
                       "field": {"type": ["string", "null"]}}}}}


def _errors(*codes: int) -> dict[str, Any]:
    text = {401: "Bearer token missing or wrong", 413: "Body too large", 415: "Unsupported content type",
            422: "Invalid body, field or rule id", 504: "The check took too long",
            500: "Internal error"}
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {str(c): {"description": text[c], "content": ref} for c in codes}


def _check_operation() -> dict[str, Any]:
    form = {"type": "object", "required": ["text"], "additionalProperties": False,
            "properties": {k: {"type": "string"} for k in
                           ("text", "title", "date", "source", "url", "event", "rules", "disable")}}
    form["properties"]["text"] = {"type": "string", "minLength": 1}
    return {
        "operationId": "check", "summary": "Check the figures of an article",
        "parameters": [{"name": "format", "in": "query", "required": False,
                        "schema": {"enum": list(FORMATS)},
                        "description": "json (the contract) or fragment (HTML); else chosen by Accept."}],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
            "text/plain": {"schema": {"type": "string", "minLength": 1}},
            "application/x-www-form-urlencoded": {"schema": form}}},
        "responses": {
            "200": {"description": "The report", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Contract"}},
                "text/html": {"schema": {"type": "string"}}}},
            **_errors(401, 413, 415, 422, 504, 500)},
    }


def _get(operation_id: str, summary: str, content: Mapping[str, Any], auth: bool = False) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "summary": summary,
                          "responses": {"200": {"description": "OK", "content": dict(content)}}}
    if auth:
        op["responses"].update(_errors(401))
    else:
        op["security"] = []
    return op


def _rules_schema() -> dict[str, Any]:
    rule = {"type": "object", "required": ["id", "kind", "severity", "description", "categories"],
            "properties": {"id": {"type": "string"}, "kind": {"type": "string"},
                           "severity": {"enum": ["error", "warning", "info"]},
                           "description": {"type": "string"},
                           "categories": {"type": "array", "items": {"type": "string"}},
                           "topic": {"type": ["string", "null"]}}}
    return {"type": "object", "required": ["rules"],
            "properties": {"rules": {"type": "array", "items": rule}}}


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 description of this service, written by hand."""
    as_json = lambda schema: {"application/json": {"schema": schema}}  # noqa: E731
    health = {"type": "object", "required": ["status", "version"],
              "properties": {"status": {"const": "ok"}, "version": {"type": "string"},
                             "rules": {"type": "integer"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Numeric-claim checker", "version": __version__,
                 "description": "POST an article; get the JSON contract of `check --format json` "
                                "or the HTML fragment of `check --format fragment`."},
        "paths": {
            "/v1/check": {"post": _check_operation()},
            "/v1/rules": {"get": _get("listRules", "The rules in force", as_json(_rules_schema()), True)},
            "/healthz": {"get": _get("health", "Liveness and version", as_json(health))},
            "/openapi.json": {"get": _get("openapi", "This document", as_json({"type": "object"}))},
            "/": {"get": _get("index", "A page to paste an article into",
                              {"text/html": {"schema": {"type": "string"}}})},
        },
        "components": {
            "schemas": {"Source": _source_schema(), "CheckRequest": _request_schema(),
                        "Contract": _contract_schema(), "Error": _error_schema()},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "Only when the server has a token."}},
        },
        "security": [{}, {"bearer": []}],
    }


# --------------------------------------------------------------------------- app


def warm(engine: Engine) -> str:
    """Run the whole pipeline once so that lazy loads (extractor, units, templates) happen now."""
    docs = [from_text(SAMPLE, "d1")]
    engine.run(docs, engine.ruleset, "json")
    return engine.run(docs, engine.ruleset, "fragment")


def create_app(
    rules: RuleSet | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    timeout: float = DEFAULT_TIMEOUT,
    cors_origins: Iterable[str] = (),
    token: str | None = None,
    cache_size: int = DEFAULT_CACHE,
) -> Starlette:
    """The ASGI app; rules, lexicon and templates are loaded and warmed here, once."""
    engine = Engine(rules if rules is not None else load_rules())
    csp = fragment_csp(warm(engine))
    settings = Settings(max_body, timeout, tuple(o for o in cors_origins if o), token or None, cache_size)
    service = Service(engine, settings, csp)
    routes = [
        Route("/v1/check", guarded(service.check), methods=["POST"]),
        Route("/v1/rules", guarded(service.rules), methods=["GET"]),
        Route("/healthz", guarded(service.health), methods=["GET"]),
        Route("/openapi.json", guarded(service.openapi), methods=["GET"]),
        Route("/", guarded(service.index), methods=["GET"]),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                             allow_methods=["GET", "POST"],
                             allow_headers=["Authorization", "Content-Type", "Accept"],
                             max_age=600)] if settings.cors_origins else []
    return Starlette(routes=routes, middleware=middleware,
                     exception_handlers={HTTPException: http_error, Exception: server_error})


# --------------------------------------------------------------------------- from the environment

ENV_RULES = "CHECKER_RULES"  # rule packs, separated by os.pathsep
ENV_DISABLE = "CHECKER_DISABLE"  # rule ids, comma-separated
ENV_MAX_BODY = "CHECKER_MAX_BODY"
ENV_TIMEOUT = "CHECKER_TIMEOUT"
ENV_CORS = "CHECKER_CORS_ORIGINS"  # comma-separated
ENV_TOKEN = "CHECKER_TOKEN"
ENV_CACHE = "CHECKER_CACHE_SIZE"


def _split(value: str | None, sep: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split(sep) if p.strip())


def ruleset_from_env(env: Mapping[str, str]) -> RuleSet:
    """The project's configuration (.checker.yaml, as `check FILE` reads it) plus env packs."""
    from checker.config import load_config

    config = load_config(Path.cwd())
    return load_rules(
        (*config.rules, *_split(env.get(ENV_RULES), os.pathsep)),
        disable=(*config.disable, *_split(env.get(ENV_DISABLE), ",")),
        severity_overrides=dict(config.severity),
        tolerance_overrides=dict(config.tolerance),
    )


def app_from_env() -> Starlette:
    """The uvicorn factory (`checker.service:app_from_env`): settings come from CHECKER_* variables."""
    env = os.environ
    return create_app(
        rules=ruleset_from_env(env),
        max_body=parse_size(env.get(ENV_MAX_BODY, str(DEFAULT_MAX_BODY))),
        timeout=float(env.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)),
        cors_origins=_split(env.get(ENV_CORS), ","),
        token=env.get(ENV_TOKEN) or None,
        cache_size=int(env.get(ENV_CACHE, DEFAULT_CACHE)),
    )
