"""Rule cases: named pass_/fail_/skip_ examples per rule, as YAML (used by pytest and the CLI).

A case file `cases/<rule-id>.yaml` (after sqlfluff's rule fixtures)::

    rule: killed-consistent            # optional; defaults to the file name
    pass_same_toll:                    # case names start with pass_, fail_ or skip_
      description: optional words
      claims:                          # claims given directly ...
        - {category: killed, value: 12, qualifier: at_least}
        - {category: killed, value: 12, attribution: Tymur Tkachenko}
      expect: {status: pass}
    fail_lower_toll:
      text: "At least 12 people were killed. Officials said 9 died."   # ... or as article text
      expect: {status: fail, count: 1, severity: error, message_contains: "cannot both"}

A claim: `category`, `value` or `low`/`high` (`high: null` = no upper end), `qualifier`
(default exact; with only `value`, the interval follows the qualifier table), `unit` (count),
`text`, `entity`, `place`, `time`, `attribution`, `document` (d1), `sentence` (0), `start`,
`negated`, `place_inferred` (the place is the dateline's), `role` (total | subset |
increment | background | with_attacker). Optional `documents:` [{id, date, source, place,
event, path}], `reference:` rows
[{category, value or low/high, place, source, url, date, event}], `tolerance:` to override the
rule's. `texts:` gives several articles of one event. `expect.status` is the verdict on the
whole case: fail = some finding failed; pass = none failed and one passed; skip = all skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.engine import evaluate
from checker.errors import RuleError
from checker.model import Claim, Document, Finding, ReferenceFigure, Scope
from checker.paths import DEFAULT_PACK
from checker.rules import RuleSet, Tolerance, load_rules
from checker.rules.loader import key_lines

DEFAULT_CASES = Path(__file__).resolve().parent.parent / "tests" / "rules" / "cases"
PREFIXES = ("pass_", "fail_", "skip_")
CASE_KEYS = {"description", "claims", "documents", "reference", "text", "texts", "expect",
             "tolerance"}
EXPECT_KEYS = {"status", "count", "severity", "message_contains"}
CLAIM_KEYS = {"id", "category", "value", "low", "high", "qualifier", "unit", "text", "entity",
              "place", "time", "attribution", "document", "sentence", "start", "end", "negated",
              "place_inferred", "role"}


@dataclass(frozen=True)
class Expect:
    status: str
    count: int | None = None
    severity: str | None = None
    message_contains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """One named example for one rule."""

    rule: str
    name: str
    path: str
    line: int
    expect: Expect
    claims: tuple[Claim, ...] = ()
    documents: tuple[Document, ...] = ()
    reference: tuple[ReferenceFigure, ...] = ()
    texts: tuple[str, ...] = ()
    tolerance: Tolerance | None = None

    @property
    def id(self) -> str:
        return f"{self.rule}::{self.name}"


@dataclass(frozen=True)
class CaseResult:
    case: Case
    outcome: str  # "ok", "failed" or "skipped" (a text case before the pipeline exists)
    detail: str = ""
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.outcome != "failed"


# --------------------------------------------------------------------------- loading


def case_files(cases_dir: Path) -> list[Path]:
    return sorted([*cases_dir.glob("*.yaml"), *cases_dir.glob("*.yml")])


def load_case_file(path: Path) -> list[Case]:
    """A case file -> its cases; a mistake is a RuleError with the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), None, f"cannot read: {exc}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(str(path), mark.line + 1 if mark else None, "not valid YAML") from None
    if not isinstance(data, dict) or root is None:
        raise RuleError(str(path), 1, "a case file is a mapping of named cases")
    lines = key_lines(root, str(path))
    rule = str(data.pop("rule", path.stem))
    return [_case(rule, name, body, str(path), lines) for name, body in data.items()]


def load_cases(cases_dir: Path) -> list[Case]:
    return [case for path in case_files(cases_dir) for case in load_case_file(path)]


def _case(rule: str, name: str, body: Any, path: str, lines: Mapping[Any, int]) -> Case:
    line = lines.get((name,), 1)

    def bad(message: str, *loc: str | int) -> RuleError:
        return RuleError(path, lines.get((name, *loc), line), f"case {name!r}: {message}")

    if not name.startswith(PREFIXES):
        raise bad("case names start with pass_, fail_ or skip_")
    if not isinstance(body, dict):
        raise bad("a case is a mapping")
    unknown = set(body) - CASE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise bad(f"unknown key {key!r}", key)
    if "expect" not in body:
        raise bad("missing `expect:`")
    try:
        return Case(
            rule=rule, name=name, path=path, line=line,
            expect=_expect(body["expect"], name),
            claims=tuple(_claims(body.get("claims") or [])),
            documents=tuple(_documents(body.get("documents") or [], body.get("claims") or [])),
            reference=tuple(_reference(body.get("reference") or [])),
            texts=_texts(body),
            tolerance=Tolerance.model_validate(body["tolerance"]) if "tolerance" in body
            else None,
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise bad(str(exc).splitlines()[0]) from None


def _expect(raw: Any, name: str) -> Expect:
    if not isinstance(raw, dict) or set(raw) - EXPECT_KEYS or "status" not in raw:
        raise ValueError(f"expect needs `status` and may give {sorted(EXPECT_KEYS - {'status'})}")
    if raw["status"] not in ("pass", "fail", "skip"):
        raise ValueError("expect.status is pass, fail or skip")
    if not name.startswith(raw["status"] + "_"):
        raise ValueError(f"a {name.split('_')[0]}_ case must expect that status")
    contains = raw.get("message_contains") or ()
    return Expect(raw["status"], raw.get("count"), raw.get("severity"),
                  (contains,) if isinstance(contains, str) else tuple(contains))


def _texts(body: Mapping[str, Any]) -> tuple[str, ...]:
    if "text" in body:
        return (str(body["text"]),)
    return tuple(str(t) for t in body.get("texts") or ())


QUALIFIER_INTERVALS: dict[str, Callable[[float], tuple[float | None, float | None]]] = {
    "exact": lambda v: (v, v),
    "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None),
    "approx": lambda v: (round(v * 0.9), round(v * 1.1)),
    "nearly": lambda v: (round(v * 0.9), v),
    "up_to": lambda v: (0, v),
    "less_than": lambda v: (0, v - 1),
}
WORDS = {"at_least": "at least {}", "more_than": "more than {}", "approx": "about {}",
         "nearly": "nearly {}", "up_to": "up to {}", "less_than": "fewer than {}"}


def make_claim(raw: Mapping[str, Any], index: int) -> Claim:
    """A claim from a case's mapping; unspecified fields get plain defaults."""
    unknown = set(raw) - CLAIM_KEYS
    if unknown:
        raise ValueError(f"claim {index + 1}: unknown key {sorted(unknown)[0]!r}")
    if "category" not in raw:
        raise ValueError(f"claim {index + 1}: missing `category`")
    qualifier = str(raw.get("qualifier", "exact"))
    value = raw.get("value")
    low, high = _interval(raw, qualifier, value)
    doc = str(raw.get("document", "d1"))
    start = int(raw.get("start", index * 10))
    text = str(raw.get("text") or _claim_text(qualifier, value, low, high, raw.get("unit")))
    return Claim(
        id=str(raw.get("id", "")), document=doc, sentence=int(raw.get("sentence", 0)),
        start=start, end=int(raw.get("end", start + len(text))), text=text,
        value=None if value is None else float(value), low=low, high=high, qualifier=qualifier,
        unit=str(raw.get("unit", "count")), entity=raw.get("entity"),
        category=str(raw["category"]), attribution=raw.get("attribution"),
        scope=Scope(raw.get("place"), raw.get("time"), bool(raw.get("place_inferred", False))),
        negated=bool(raw.get("negated", False)), role=str(raw.get("role", "total")),
    )


def _interval(raw: Mapping[str, Any], qualifier: str, value: Any) -> tuple[Any, Any]:
    if "low" in raw or "high" in raw:
        return _num(raw.get("low")), _num(raw.get("high"))
    if value is None:
        raise ValueError("a claim needs `value` or `low`/`high`")
    if qualifier not in QUALIFIER_INTERVALS:
        raise ValueError(f"give `low`/`high` for a {qualifier} claim")
    low, high = QUALIFIER_INTERVALS[qualifier](float(value))
    return _num(low), _num(high)


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def _claim_text(qualifier: str, value: Any, low: Any, high: Any, unit: Any) -> str:
    def n(x: Any) -> str:
        return f"{float(x):g}"

    core = f"{n(low)} to {n(high)}" if value is None else WORDS.get(qualifier, "{}").format(
        n(value))
    return f"{core}%" if unit == "percent" else core


def _claims(raws: Sequence[Any]) -> list[Claim]:
    if not isinstance(raws, list) or not all(isinstance(r, dict) for r in raws):
        raise ValueError("`claims` is a list of mappings")
    claims = [make_claim(raw, i) for i, raw in enumerate(raws)]
    return _number(claims)


def _number(claims: Sequence[Claim]) -> list[Claim]:
    """Give claims without an id the extractor's ids: d1.c1, d1.c2, ... per document."""
    seen: dict[str, int] = {}
    out = []
    for c in claims:
        seen[c.document] = seen.get(c.document, 0) + 1
        cid = c.id or f"{c.document}.c{seen[c.document]}"
        out.append(Claim(**{**_as_dict(c), "id": cid}))
    return out


def _as_dict(claim: Claim) -> dict[str, Any]:
    return {name: getattr(claim, name) for name in Claim.__dataclass_fields__}


def _documents(raws: Sequence[Any], claims: Sequence[Any]) -> list[Document]:
    docs = {str(d["id"]): Document(id=str(d["id"]), text="", date=_str(d.get("date")),
                                   source=d.get("source"), path=d.get("path"),
                                   place=d.get("place"), event=d.get("event"))
            for d in raws}
    for raw in claims:
        doc = str(raw.get("document", "d1"))
        docs.setdefault(doc, Document(id=doc, text=""))
    return list(docs.values())


def _str(x: Any) -> str | None:
    return None if x is None else str(x)


def _reference(raws: Sequence[Any]) -> list[ReferenceFigure]:
    rows = []
    for i, raw in enumerate(raws):
        value = raw.get("value")
        low, high = _interval(raw, "exact", value)
        rows.append(ReferenceFigure(
            id=str(raw.get("id", f"ref{i + 1}")), date=_str(raw.get("date")),
            place=raw.get("place"), category=str(raw["category"]), low=low, high=high,
            value=_num(value), source=raw.get("source"), url=raw.get("url"),
            event=raw.get("event")))
    return rows


# --------------------------------------------------------------------------- running


def run_case(case: Case, ruleset: RuleSet) -> CaseResult:
    """Evaluate the case's rule alone on its claims (or texts) and compare with `expect`."""
    rule = ruleset.get(case.rule)
    if rule is None:
        return CaseResult(case, "failed", f"no rule {case.rule!r} in the pack")
    if case.tolerance is not None:
        rule = rule.model_copy(update={"tolerance": case.tolerance})
    only = RuleSet((rule,), ruleset.lexicon, ruleset.origins)
    if case.texts:
        findings = _from_texts(case.texts, only)
        if findings is None:
            return CaseResult(case, "skipped", "checker.check_texts is not available yet")
    else:
        findings = evaluate(only, case.claims, case.documents, case.reference)
    problem = judge(case.expect, findings)
    return CaseResult(case, "failed" if problem else "ok", problem or "", tuple(findings))


def _from_texts(texts: Sequence[str], ruleset: RuleSet) -> list[Finding] | None:
    try:
        checker = importlib.import_module("checker")
    except ImportError:
        return None
    check_texts = getattr(checker, "check_texts", None)
    if check_texts is None:
        return None
    report = check_texts(list(texts), rules=ruleset)
    return [f for f in report.findings if f.rule in ruleset.ids]


def judge(expect: Expect, findings: Sequence[Finding]) -> str | None:
    """None when the findings meet the expectation, else what is wrong."""
    statuses = [f.status for f in findings]
    if expect.status == "fail":
        chosen = [f for f in findings if f.status == "fail"]
        wrong = not chosen
    elif expect.status == "pass":
        chosen = [f for f in findings if f.status == "pass"]
        wrong = not chosen or "fail" in statuses
    else:
        chosen = [f for f in findings if f.status == "skip"]
        wrong = not findings or set(statuses) != {"skip"}
    if wrong:
        return f"expected {expect.status}, got {statuses or 'no findings'}: {_messages(findings)}"
    return _details(expect, chosen)


def _details(expect: Expect, chosen: Sequence[Finding]) -> str | None:
    if expect.count is not None and len(chosen) != expect.count:
        return f"expected {expect.count} {expect.status} findings, got {len(chosen)}: " \
               f"{_messages(chosen)}"
    if expect.severity and any(f.severity != expect.severity for f in chosen):
        return f"expected severity {expect.severity}, got {[f.severity for f in chosen]}"
    for text in expect.message_contains:
        if not any(text in f.message for f in chosen):
            return f"no {expect.status} message contains {text!r}: {_messages(chosen)}"
    return None


def _messages(findings: Iterable[Finding]) -> str:
    return " | ".join(f"[{f.status}] {f.message}" for f in findings)


def cases_dir_for(pack: Path) -> Path:
    """A pack's own `cases/` folder, or the project's tests/rules/cases for the default pack."""
    own = pack / "cases"
    if own.is_dir():
        return own
    if pack.resolve() == DEFAULT_PACK.resolve():
        return DEFAULT_CASES
    return own


def run_pack(pack: Path | None = None, cases_dir: Path | None = None) -> list[CaseResult]:
    """Run every case of a pack; RuleError when a rule or case file cannot be used."""
    pack = pack or DEFAULT_PACK
    is_default = pack.resolve() == DEFAULT_PACK.resolve()
    ruleset = load_rules(() if is_default else (pack,))
    folder = cases_dir or cases_dir_for(pack)
    if not folder.is_dir():
        raise RuleError(str(folder), None, "no cases folder for this pack")
    return [run_case(case, ruleset) for case in load_cases(folder)]
