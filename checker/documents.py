"""Read an article (.txt, .md, .html, CMS JSON) into a Document, keeping its text intact.

Offsets of every later stage index into `Document.text`, the file's text after decoding,
so header lines stay in the text and `body_start` says where the article begins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from checker.errors import InputError
from checker.model import Document

MAX_BYTES = 20 * 1024 * 1024  # a week of wire copy is far smaller; larger is not an article
HEADER_KEYS = ("date", "source", "title", "url", "event")

_DATE_HEADER = re.compile(
    r"[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"[ \t]*(?:\r?\n)?",
    re.IGNORECASE,
)
# `source Reuters` (lower-case key) or `Source: Reuters` (any case, with a colon); never prose
_TEXT_HEADER = re.compile(
    r"[ \t]*(source|title|url|event|(?i:source|title|url|event)(?=[ \t]*:))[ \t]*:?[ \t]+([^\r\n]+)\r?\n?"
)
_DATELINE = re.compile(
    # "VIÑA DEL MAR, Chile, Feb 4 (Reuters) - ": capitals with accents too
    r"\s*(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'\-]+"
    r"(?:[ \t]+[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'\-]+){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?)?"  # ", Ukraine" / ", Calif."
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"  # ", April 25" / ", May 7, 2025"
    r"(?:[ \t]*\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|Xinhua)\))?"
    r"[ \t]*[-\u2013\u2014][ \t]+"
    # AFP's "Kazan (Russia) (AFP) - ": a city in title case, then its country, then the agency
    r"|\s*(?P<titled>[A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+){0,2})(?:[ \t]*\([A-Z][A-Za-z .'\-]{1,30}\))?"
    r"[ \t]*\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|Xinhua|ANI|IANS|PTI|APA|Anadolu)\)"
    r"[ \t]*[-\u2013\u2014][ \t]+"
)

# "PHILADELPHIA POLICE DEPARTMENT — OFFICE OF PUBLIC AFFAIRS": a release's letterhead, not a place
_ORGANISATION_WORD = re.compile(
    r"\b(?:DEPARTMENT|POLICE|MINISTRY|OFFICE|SERVICES?|COMMAND|AGENCY|FORCES?|AUTHORITY|COMMISSION|COUNCIL|"
    r"BUREAU|CENT(?:RE|ER)|HOSPITAL|UNIT|NEWS|TIMES|POST|PRESS|RELEASE|STATEMENT|UPDATE|BULLETIN)$")


def decode(data: bytes, name: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else UTF-16 with BOM, else Windows-1252."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not readable as UTF-16 text") from None
    if b"\x00" in data[:8192] or _control_share(data[:8192]) > 0.05:
        raise InputError(f"{name}: this is a binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _control_share(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Leading `key value` lines (date, source, title, url, event) and where the body starts.

    The date may share its line with the body, as in ` date 2025-04-25 KYIV - Russia ...`.
    """
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        m = _DATE_HEADER.match(text, pos)
        if m and "date" not in fields:
            fields["date"] = m.group(1).replace(" ", "T")
            pos = m.end()
            continue
        m = _TEXT_HEADER.match(text, pos)
        if m and m.group(1).lower() not in fields and _looks_like_header(m.group(1), m.group(2)):
            fields[m.group(1).lower()] = m.group(2).strip()
            pos = m.end()
            continue
        break
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return fields, pos


def _looks_like_header(key: str, value: str) -> bool:
    """A body line that starts "Source close to..." is prose, not a header."""
    if key.lower() == "url":
        return bool(re.match(r"https?://\S+$", value.strip()))
    return (len(value) < 300 and not value.rstrip().endswith((".", '"', "\u201d"))) or len(value) < 60


def dateline_place(text: str, body_start: int) -> str | None:
    """'KYIV -' / 'KYIV, April 25 (Reuters) -' at the body's start -> 'Kyiv'."""
    m = _DATELINE.match(text, body_start)
    if not m or m.group("titled") or _ORGANISATION_WORD.search(m.group("place")):
        return None  # "Paris (AFP) - ": where the desk is, which says less than a capitalised dateline
    words = re.split(r"([ \-])", m.group("place").strip())
    return "".join(w.capitalize() if w not in (" ", "-") else w for w in words)


def dateline_end(text: str, body_start: int) -> int:
    """Where the body's first sentence starts: after a dateline ("KYIV, April 25 (Reuters) - "), if any."""
    m = _DATELINE.match(text, body_start)
    if not m:
        return body_start
    stop = text.find(".", m.end(), m.end() + 200)
    # "MARLOW COUNTY — Four deaths. Two people were killed ...": a round-up's heading and its item
    return m.end() if stop < 0 or len(text[m.end():stop].split()) >= 6 else body_start


def from_text(
    text: str, doc_id: str, path: str | None = None, meta: Mapping[str, str | None] | None = None
) -> Document:
    """A Document from decoded text; `meta` (from HTML or JSON) fills fields the header lacks."""
    fields, body_start = parse_header(text)
    for key, value in (meta or {}).items():
        if value and key in HEADER_KEYS and key not in fields:
            fields[key] = str(value)
    if not text[body_start:].strip():
        raise InputError(f"{path or doc_id}: the article has no text")
    return Document(
        id=doc_id,
        text=text,
        path=path,
        url=fields.get("url"),
        date=fields.get("date"),
        source=fields.get("source"),
        title=fields.get("title"),
        event=fields.get("event"),
        place=dateline_place(text, body_start),
        body_start=body_start,
    )


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, paragraphs on their own lines, plus its metadata."""

    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
              "blockquote", "tr", "header", "footer", "figcaption"}
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            mapping = {"og:title": "title", "article:published_time": "date", "date": "date",
                       "og:site_name": "source", "og:url": "url", "event": "event",
                       "checker:event": "event"}
            if key in mapping and a.get("content"):
                self.meta.setdefault(mapping[key], a["content"])
        elif tag == "title":
            self._in_title = True
        if tag in self._SKIP and tag != "head":
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.meta.setdefault("title", data.strip())
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(p for p in paragraphs if p)
    meta = dict(parser.meta)
    if "date" in meta:
        meta["date"] = meta["date"][:19]
    return text, meta


def from_cms_record(record: Mapping[str, object], doc_id: str, path: str | None) -> Document:
    """A CMS export record: {body|text, title, date, source, url, event}."""
    body = record.get("body", record.get("text"))
    if not isinstance(body, str):
        raise InputError(f"{path or doc_id}: the JSON record has no `body` or `text` string")
    meta = {k: (None if record.get(k) is None else str(record.get(k))) for k in HEADER_KEYS}
    if "<" in body and re.search(r"</?(p|div|br|span|a)\b", body):
        body, html_meta = html_to_text(body)
        meta = {**html_meta, **{k: v for k, v in meta.items() if v}}
    return from_text(body, doc_id, path, meta)


def read_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a folder, not an article (use `check batch` for folders)")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: the file is {size // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def load(path: Path | str, doc_id: str = "d1") -> Document:
    """Read one article file into a Document."""
    path = Path(path)
    name = str(path)
    text = decode(read_bytes(path), name)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        body, meta = html_to_text(text)
        return from_text(body, doc_id, name, meta)
    if suffix == ".json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{name}: expected one JSON object with a `body` field")
        return from_cms_record(record, doc_id, name)
    return from_text(text, doc_id, name)


def with_id(doc: Document, doc_id: str) -> Document:
    return replace(doc, id=doc_id)
