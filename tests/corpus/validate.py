"""Validate the hand-labelled development data in tests/corpus/ and tests/events/.

Run:  .venv/bin/python tests/corpus/validate.py [--strict] [--quiet]

What it checks, for every tests/corpus/NNN_slug.expected.yaml:
  * the article exists, starts with a `date YYYY-MM-DD` header equal to the label's `date`,
    and its body has 150-450 words;
  * every claim `text` occurs verbatim (its `occurrence`-th time, default the first);
    claim spans do not overlap each other;
  * `category` (a name or a list of names) is in the vocabulary of DESIGN.md;
  * `qualifier` is one of the nine names, and the span carries a cue for it
    ("at least", "nearly", "between", "dozens"...); an `exact` span carries none;
  * `value` agrees with the number written in the span ("Forty" = 40, "2.1 thousand" = 2100,
    "$48.2 million" = 48200000, "a dozen" = 12); range/vague claims have value null and
    `low`/`high` taken from the span (vague defaults as in DESIGN.md);
  * every `not_claims` span occurs and does not overlap a claim span;
  * checks name known kinds and statuses and refer to labelled claim texts;
    `failures_expected` equals the number of checks with status fail (severity error).
It also lists numerals in a body covered neither by a claim nor by a not_claim, so a
labeller can see what is left unlabelled (warnings; errors with --strict).

And for every tests/events/<slug>/expected.yaml:
  * the documents exist and carry `date` (ISO date-time), `source`, `title` and `event`
    header lines; the `event` header equals the label's `event`;
  * every claim named in a finding occurs verbatim in the document listed beside it;
  * kinds, statuses and severities are known names; reference.csv has the documented columns.

Exit status 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
EVENTS = HERE.parent / "events"

CATEGORIES = {
    "killed", "injured", "missing", "rescued", "drones_launched", "missiles_launched",
    "ballistic_launched", "cruise_launched", "intercepted", "drones_intercepted",
    "missiles_intercepted", "drones_lost", "fires", "sites", "buildings_damaged", "regions",
    "other",
}
QUALIFIERS = {
    "exact", "at_least", "more_than", "approx", "nearly", "up_to", "less_than", "range", "vague",
}
KINDS = {"consistent", "part_of", "sum", "bounds", "monotonic", "reference"}
STATUSES = {"pass", "fail", "skip"}
SEVERITIES = {"error", "warning", "info"}
CLAIM_KEYS = {
    "text", "value", "qualifier", "category", "place", "attribution", "unit", "optional",
    "low", "high", "occurrence", "note",
}
VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999)}
# "hundreds of thousands" and the like: the vague word scaled by the one after "of".
VAGUE_SCALED = {"tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
                "tens of millions": (20000000, 99999999)}

# Cue words a span must carry for its qualifier (searched in the lower-cased span).
CUES = {
    "at_least": ["at least", "or more", "no fewer than", "a minimum of"],
    "more_than": ["more than", "over ", "above", "upwards of", "in excess of", "exceed"],
    "approx": ["about", "around", "some ", "roughly", "approximately", "an estimated", "nearly"],
    "nearly": ["nearly", "almost", "close to", "just under"],
    "up_to": ["up to", "as many as", "as high as", "as much as"],
    "less_than": ["fewer than", "less than", "under ", "below"],
    "range": [" to ", "between", "-", "\u2013"],
    "vague": ["dozens", "hundreds", "thousands", "scores", "several", "tens of"],
}
# Cues that must not appear in an exact span.
NOT_EXACT = ["at least", "more than", "nearly", "about ", "around ", "up to", "as many as",
             "fewer than", "less than", "dozens", "hundreds", "thousands", "between ",
             "roughly", "almost", "or more"]

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _word_numbers() -> dict[str, int]:
    """English number words 0-999 ("sixty-eight" -> 68), plus "a dozen"."""
    try:
        from num2words import num2words
    except ImportError:  # pragma: no cover - num2words ships in the project venv
        num2words = None
    table: dict[str, int] = {}
    if num2words is not None:
        for i in range(0, 1000):
            table[num2words(i).replace(" and ", " ").replace(",", "")] = i
    else:
        units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                 "sixteen", "seventeen", "eighteen", "nineteen"]
        tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                "ninety"]
        for i, w in enumerate(units):
            table[w] = i
        for t in range(2, 10):
            table[tens[t]] = t * 10
            for u in range(1, 10):
                table[f"{tens[t]}-{units[u]}"] = t * 10 + u
    table["dozen"] = 12
    table["a dozen"] = 12
    table["a hundred"] = 100
    table["a thousand"] = 1000
    return table


WORDS = _word_numbers()
_WORD_ALT = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
WORD_RE = re.compile(rf"\b(?:{_WORD_ALT})\b", re.IGNORECASE)
DIGIT_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
SCALE_RE = re.compile(r"\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)


def numbers_in(span: str) -> list[float]:
    """All numbers written in a span, each also with a following scale word applied."""
    found: list[float] = []
    for m in DIGIT_RE.finditer(span):
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        found.append(v)
        s = SCALE_RE.match(span, m.end())
        if s:
            found.append(v * SCALE[s.group(1).lower()])
    for m in WORD_RE.finditer(span):
        v = float(WORDS[m.group(0).lower()])
        found.append(v)
        s = SCALE_RE.match(span, m.end())
        if s:
            found.append(v * SCALE[s.group(1).lower()])
    return found


def find_nth(text: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


HEADER_RE = re.compile(r"^\s*(date|source|title|event|url)\s+(.*\S)\s*$")


def split_header(text: str) -> tuple[dict[str, str], int]:
    """Header lines `key value` at the top; returns (fields, offset where the body starts)."""
    fields: dict[str, str] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        m = HEADER_RE.match(line)
        if not m or m.group(1) in fields:
            break
        fields[m.group(1)] = m.group(2)
        offset += len(line)
    return fields, offset


class Problems:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def as_list(x) -> list:
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def check_claim(where: str, c: dict, text: str, p: Problems) -> tuple[int, int] | None:
    for key in c:
        if key not in CLAIM_KEYS:
            p.err(where, f"unknown key {key!r}")
    span = c.get("text")
    if not isinstance(span, str) or not span:
        p.err(where, "claim without text")
        return None
    occ = int(c.get("occurrence", 1))
    start = find_nth(text, span, occ)
    if start < 0:
        p.err(where, f"span {span!r} (occurrence {occ}) not found verbatim")
        return None
    for cat in as_list(c.get("category")):
        if cat not in CATEGORIES:
            p.err(where, f"{span!r}: unknown category {cat!r}")
    if not c.get("category"):
        p.err(where, f"{span!r}: no category")
    q = c.get("qualifier")
    if q not in QUALIFIERS:
        p.err(where, f"{span!r}: unknown qualifier {q!r}")
        return start, start + len(span)
    low_span = span.lower()
    if q == "exact":
        for cue in NOT_EXACT:
            if cue in low_span + " ":
                p.err(where, f"{span!r}: qualifier exact but span says {cue.strip()!r}")
    elif not any(cue in low_span for cue in CUES[q]):
        p.err(where, f"{span!r}: qualifier {q} but no cue for it in the span")
    nums = numbers_in(span)
    value = c.get("value")
    if q in ("range", "vague"):
        if value is not None:
            p.err(where, f"{span!r}: {q} claims carry value null")
        low, high = c.get("low"), c.get("high")
        if low is None:
            p.err(where, f"{span!r}: {q} claim without low")
        if q == "range":
            for bound in (low, high):
                if bound is not None and not any(
                        abs(n - bound) <= 1e-9 * max(1.0, abs(bound)) for n in nums):
                    p.err(where, f"{span!r}: range bound {bound} not written in the span")
        else:
            table = {**VAGUE_SCALED, **VAGUE} if not any(
                w in low_span for w in VAGUE_SCALED) else VAGUE_SCALED
            word = next((w for w in table if w in low_span), None)
            if word and (low, high) != table[word]:
                p.warn(where, f"{span!r}: vague bounds {low}-{high} differ from {table[word]}")
    else:
        if not isinstance(value, (int, float)):
            p.err(where, f"{span!r}: value {value!r} is not a number")
        elif not any(abs(n - value) <= 1e-9 * max(1.0, abs(value)) for n in nums):
            p.err(where, f"{span!r}: value {value} not written in the span (found {nums})")
    if "optional" in c and not isinstance(c["optional"], bool):
        p.err(where, f"{span!r}: optional must be true/false")
    return start, start + len(span)


def uncovered_numerals(text: str, body: int, covered: list[tuple[int, int]]) -> list[str]:
    out = []
    spans = [(m.start(), m.end()) for m in DIGIT_RE.finditer(text, body)]
    spans += [(m.start(), m.end()) for m in WORD_RE.finditer(text, body)]
    for s, e in sorted(spans):
        if not any(a <= s and e <= b for a, b in covered):
            out.append(repr(text[max(s - 15, body):e + 15].replace("\n", " ")))
    return out


def validate_article(label_path: Path, p: Problems, strict: bool) -> None:
    where = label_path.name
    try:
        lab = yaml.safe_load(label_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        p.err(where, f"bad YAML: {exc}")
        return
    doc = label_path.parent / str(lab.get("document"))
    if not doc.exists():
        p.err(where, f"document {lab.get('document')!r} missing")
        return
    if doc.name.replace(".txt", "") != label_path.name.replace(".expected.yaml", ""):
        p.err(where, "document name does not match the label file name")
    text = doc.read_text(encoding="utf-8")
    header, body = split_header(text)
    if not text.startswith("date "):
        p.err(where, "article does not start with a `date` header line")
    if str(lab.get("date")) != header.get("date", "")[:10]:
        p.err(where, f"label date {lab.get('date')} != header date {header.get('date')}")
    words = len(text[body:].split())
    if not 150 <= words <= 450:
        p.err(where, f"body has {words} words (want 150-450)")
    claims = lab.get("claims") or []
    spans: list[tuple[int, int]] = []
    texts = set()
    for i, c in enumerate(claims):
        r = check_claim(f"{where} claim {i + 1}", c, text, p)
        texts.add(c.get("text"))
        if r:
            for a, b in spans:
                if r[0] < b and a < r[1]:
                    p.err(where, f"claim {c.get('text')!r} overlaps another claim")
            if r[0] < body:
                p.err(where, f"claim {c.get('text')!r} is in the header, not the body")
            spans.append(r)
    covered = list(spans)
    for nc in lab.get("not_claims") or []:
        s = text.find(str(nc))
        if s < 0:
            p.err(where, f"not_claim {nc!r} not found verbatim")
            continue
        e = s + len(str(nc))
        for a, b in spans:
            if s < b and a < e:
                p.err(where, f"not_claim {nc!r} overlaps a claim span")
        covered.append((s, e))
        # later occurrences of the same distractor are distractors too
        nxt = text.find(str(nc), e)
        while nxt >= 0:
            covered.append((nxt, nxt + len(str(nc))))
            nxt = text.find(str(nc), nxt + 1)
    covered.append((0, body))
    for rest in uncovered_numerals(text, body, covered):
        (p.err if strict else p.warn)(where, f"numeral not labelled: {rest}")
    fails = 0
    for chk in lab.get("checks") or []:
        if chk.get("kind") not in KINDS:
            p.err(where, f"check kind {chk.get('kind')!r} unknown")
        if chk.get("status") not in STATUSES:
            p.err(where, f"check status {chk.get('status')!r} unknown")
        if chk.get("status") == "fail" and chk.get("severity", "error") == "error":
            fails += 1
        refs = as_list(chk.get("claims")) + as_list(chk.get("part")) + as_list(chk.get("whole"))
        refs += as_list(chk.get("parts")) + as_list(chk.get("value")) + as_list(chk.get("at_most"))
        for ref in refs:
            if ref not in texts:
                p.err(where, f"check refers to {ref!r}, which is not a labelled claim")
        if "category" in chk and chk["category"] not in CATEGORIES:
            p.err(where, f"check category {chk['category']!r} unknown")
    if lab.get("failures_expected") != fails:
        p.err(where, f"failures_expected {lab.get('failures_expected')} != {fails} failing checks")


ISO_DT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$")
REF_COLUMNS = ["date", "place", "category", "value", "low", "high", "qualifier", "source", "url"]


def validate_event(folder: Path, p: Problems) -> None:
    where = f"events/{folder.name}"
    exp_path = folder / "expected.yaml"
    if not exp_path.exists():
        p.err(where, "no expected.yaml")
        return
    exp = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
    docs = exp.get("documents") or []
    if not 2 <= len(docs) <= 5:
        p.err(where, f"{len(docs)} documents (want 2-5)")
    texts: dict[str, str] = {}
    for name in docs:
        path = folder / name
        if not path.exists():
            p.err(where, f"document {name} missing")
            continue
        text = path.read_text(encoding="utf-8")
        texts[name] = text
        header, body = split_header(text)
        for key in ("date", "source", "title", "event"):
            if key not in header:
                p.err(where, f"{name}: no `{key}` header line")
        if "date" in header and not ISO_DT.match(header["date"]):
            p.err(where, f"{name}: date {header['date']!r} is not an ISO date-time")
        if header.get("event") != exp.get("event"):
            p.err(where, f"{name}: event {header.get('event')!r} != {exp.get('event')!r}")
        words = len(text[body:].split())
        if words < 40:
            p.warn(where, f"{name}: only {words} words")
    extra = {f.name for f in folder.glob("*.txt")} - set(docs)
    if extra:
        p.err(where, f"documents not listed in expected.yaml: {sorted(extra)}")
    dates = [split_header(texts[d])[0].get("date", "") for d in docs if d in texts]
    if dates != sorted(dates):
        p.warn(where, "documents are not listed in date order")
    for i, f in enumerate((exp.get("findings") or []) + (exp.get("passes") or [])):
        fw = f"{where} finding {i + 1}"
        if f.get("kind") not in KINDS:
            p.err(fw, f"kind {f.get('kind')!r} unknown")
        if f.get("status") not in STATUSES:
            p.err(fw, f"status {f.get('status')!r} unknown")
        if "severity" in f and f["severity"] not in SEVERITIES:
            p.err(fw, f"severity {f.get('severity')!r} unknown")
        for key in ("category", "part", "whole"):
            for cat in as_list(f.get(key)):
                if cat not in CATEGORIES:
                    p.err(fw, f"{key} {cat!r} unknown")
        claims = as_list(f.get("claims"))
        fdocs = as_list(f.get("documents"))
        if claims and len(fdocs) != len(claims):
            p.err(fw, "claims and documents must be parallel lists")
            continue
        for span, name in zip(claims, fdocs, strict=True):
            if name not in texts:
                p.err(fw, f"document {name!r} not in the event")
            elif span not in texts[name]:
                p.err(fw, f"{span!r} does not occur in {name}")
    ref = folder / "reference.csv"
    if ref.exists():
        with ref.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        if not rows or rows[0] != REF_COLUMNS:
            p.err(where, f"reference.csv columns must be {','.join(REF_COLUMNS)}")
        for row in rows[1:]:
            if len(row) != len(REF_COLUMNS):
                p.err(where, f"reference.csv row {row} has {len(row)} fields")
            elif row[2] not in CATEGORIES or row[6] not in QUALIFIERS:
                p.err(where, f"reference.csv row {row}: bad category or qualifier")


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    quiet = "--quiet" in argv
    p = Problems()
    labels = sorted(HERE.glob("*.expected.yaml"))
    for label in labels:
        validate_article(label, p, strict)
    orphans = {t.name[:-4] for t in HERE.glob("*.txt")} - {
        lb.name.replace(".expected.yaml", "") for lb in labels}
    for o in sorted(orphans):
        p.err(o, "article without an .expected.yaml")
    events = sorted(d for d in EVENTS.iterdir() if d.is_dir()) if EVENTS.exists() else []
    for folder in events:
        validate_event(folder, p)
    if not quiet:
        for w in p.warnings:
            print("warning:", w)
    for e in p.errors:
        print("error:", e)
    print(f"{len(labels)} articles, {len(events)} events: "
          f"{len(p.errors)} errors, {len(p.warnings)} warnings")
    return 1 if p.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
