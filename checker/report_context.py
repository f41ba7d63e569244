"""What each report page shows, as typed values: the templates only lay them out.

Like datasette's per-page context dataclasses: `page_context(report)` computes every figure,
label, link and chart coordinate once, in Python, so a newsroom overriding a template never
has to redo arithmetic, and the JSON contract, the page and the fragment cannot drift apart.
No jinja2 here; `checker.report` renders these values.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from checker.model import Claim, Document, Finding, Report

STATUS_ORDER = {"fail": 0, "skip": 1, "pass": 2}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
CUMULATIVE = ("killed", "injured", "casualties", "missing")  # tolls that rise as reports update

# Category -> highlight family (a CSS class). Unknown (user) categories fall back to "other".
FAMILY = {
    "killed": "killed", "injured": "injured", "casualties": "injured", "missing": "missing",
    "rescued": "rescued",
    "drones_launched": "launched", "missiles_launched": "launched",
    "ballistic_launched": "launched", "cruise_launched": "launched",
    "intercepted": "downed", "drones_intercepted": "downed", "missiles_intercepted": "downed",
    "drones_lost": "downed",
    "fires": "damage", "sites": "damage", "buildings_damaged": "damage", "regions": "damage",
}
FAMILY_LABEL = {
    "killed": "killed", "injured": "injured", "missing": "missing", "rescued": "rescued",
    "launched": "launched (drones, missiles)", "downed": "shot down / lost",
    "damage": "damage (fires, sites, buildings, regions)", "other": "other figures",
}
STATUS_ICON = {"fail": "\u2716", "skip": "\u2013", "pass": "\u2714"}
STATUS_LABEL = {"fail": "Failed", "skip": "Skipped", "pass": "Passed"}


# ---------------------------------------------------------------- numbers and ordering


def number(x: float | None) -> int | float | None:
    """A figure for JSON and display: integers without '.0', infinities as None."""
    if x is None or (isinstance(x, float) and math.isinf(x)):
        return None
    return int(x) if float(x).is_integer() else x


def interval_text(low: float | None, high: float | None) -> str:
    lo = "0" if low is None else f"{number(low):,}"
    hi = "\u221e" if high is None else f"{number(high):,}"
    if low is not None and high is not None and low == high:
        return f"[{lo}]"
    return f"[{lo}, {hi}" + ("]" if high is not None else ")")


def short_figure(c: Claim) -> str:
    """The figure in a few characters, for chart labels: 12, ≥12, ≤10, 10–15."""
    lo, hi = number(c.low), number(c.high)
    if lo is not None and lo == hi:
        return f"{lo:,}"
    if hi is None:
        return f"\u2265{lo or 0:,}"
    if lo is None or (lo == 0 and c.qualifier in ("up_to", "less_than")):
        return f"\u2264{hi:,}"
    return f"{lo:,}\u2013{hi:,}"


def ordered_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Failed first (errors, then warnings, then info), then skipped, then passed."""
    return sorted(findings, key=lambda f: (STATUS_ORDER[f.status], SEVERITY_ORDER[f.severity]))


def summary(report: Report) -> dict[str, Any]:
    failed = report.failed
    return {
        "documents": len(report.documents),
        "claims": len(report.claims),
        "checks": sum(1 for f in report.findings if f.status != "skip"),
        "failed": len(failed),
        "failed_by_severity": {s: sum(1 for f in failed if f.severity == s) for s in SEVERITY_ORDER},
        "skipped": sum(1 for f in report.findings if f.status == "skip"),
    }


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def document_name(doc: Document) -> str:
    """A short, path-independent name: the outlet, else the file name, else the id."""
    if doc.source:
        return doc.source
    if doc.path:
        return PurePath(doc.path).name
    return doc.id


# ---------------------------------------------------------------- the typed page context


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One figure with everything a reader needs to judge it."""

    claim: Claim
    anchor: str  # the highlight's element id
    label: str  # category in words
    family: str  # highlight colour family (CSS class suffix)
    interval: str
    source: str  # the document's outlet or file name
    outlet: str | None  # the document's outlet, when its header names one
    date: str | None
    status: str  # "fail" (in a failed check) | "pass" (checked, held) | "none" (not checked)
    failed_in: tuple[tuple[str, str], ...]  # (finding anchor, rule id) of failed checks

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def status_text(self) -> str:
        return {"fail": "\u2716 in a failed check", "pass": "\u2714 checked",
                "none": "\u2013 not checked"}[self.status]

    @property
    def tooltip(self) -> str:
        parts = [self.label, self.interval, self.claim.qualifier.replace("_", " ")]
        if self.claim.attribution:
            parts.append(f"according to {self.claim.attribution}")
        if self.claim.note:
            parts.append(self.claim.note)
        if self.status == "fail":
            parts.append("failed: " + ", ".join(rule for _, rule in self.failed_in))
        return " \u00b7 ".join(parts)


@dataclass(frozen=True, slots=True)
class FindingView:
    finding: Finding
    index: int  # position in the JSON contract's findings list
    anchor: str
    icon: str
    label: str  # "Failed", "Skipped", "Passed"
    claims: tuple[ClaimView, ...]

    @property
    def rule(self) -> str:
        return self.finding.rule


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of the article: plain text, or the opening/closing of a claim highlight."""

    kind: str  # "text" | "open" | "close"
    text: str = ""
    claim: ClaimView | None = None


@dataclass(frozen=True, slots=True)
class LegendEntry:
    family: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class DocumentView:
    document: Document
    anchor: str
    heading: str
    meta: tuple[str, ...]
    tokens: tuple[Token, ...]
    legend: tuple[LegendEntry, ...]
    failed_claims: int


@dataclass(frozen=True, slots=True)
class CrossCell:
    claims: tuple[ClaimView, ...]
    differs: bool  # a figure here cannot be true together with one from another source


@dataclass(frozen=True, slots=True)
class CrossRow:
    category: str
    label: str
    family: str
    cells: tuple[CrossCell, ...]
    differs: bool


@dataclass(frozen=True, slots=True)
class CrossTable:
    columns: tuple[DocumentView, ...]
    rows: tuple[CrossRow, ...]


@dataclass(frozen=True, slots=True)
class ChartMark:
    """One figure on a timeline: a bar for its interval and a mark at its value."""

    claim: ClaimView
    x: float
    y_low: float
    y_high: float
    open_high: bool  # "at least": the bar runs to the top with an arrow
    y_value: float | None
    label: str
    failed: bool


@dataclass(frozen=True, slots=True)
class ChartColumn:
    x: float
    source: str
    date: str


@dataclass(frozen=True, slots=True)
class Chart:
    """An inline-SVG timeline of one cumulative category across reports ordered by date."""

    category: str
    label: str
    anchor: str
    width: int
    height: int
    plot_top: float
    plot_bottom: float
    plot_left: float
    plot_right: float
    ticks: tuple[tuple[float, str], ...]  # (y, label)
    columns: tuple[ChartColumn, ...]
    marks: tuple[ChartMark, ...]
    line: str  # polyline points through each report's headline figure
    description: str


@dataclass(frozen=True, slots=True)
class Headings:
    """Heading levels: the page starts at h1, the fragment (inside a host page) at h2."""

    title: int
    section: int
    sub: int


@dataclass(frozen=True, slots=True)
class PageContext:
    title: str
    headings: Headings
    summary: dict[str, Any]
    verdict: str  # "fail" | "pass" | "none"
    verdict_text: str
    verdict_detail: str
    documents: tuple[DocumentView, ...]
    failed: tuple[FindingView, ...]
    skipped: tuple[FindingView, ...]
    passed: tuple[FindingView, ...]
    claims: tuple[ClaimView, ...]
    cross: CrossTable | None
    charts: tuple[Chart, ...]
    legend: tuple[LegendEntry, ...]

    def as_template_vars(self) -> dict[str, Any]:
        """Every field as a top-level template variable, plus `page` for the whole."""
        return {**{name: getattr(self, name) for name in self.__slots__}, "page": self}


# ---------------------------------------------------------------- building it


def claim_anchor(claim_id: str) -> str:
    return f"nc-claim-{claim_id}"


def finding_anchor(index: int) -> str:
    return f"nc-finding-{index}"


def _claim_views(report: Report, order: Sequence[tuple[int, Finding]]) -> dict[str, ClaimView]:
    docs = {d.id: d for d in report.documents}
    failed_in: dict[str, list[tuple[str, str]]] = {}
    passed: set[str] = set()
    for index, f in order:
        for cid in f.claims:
            if f.status == "fail":
                failed_in.setdefault(cid, []).append((finding_anchor(index), f.rule))
            elif f.status == "pass":
                passed.add(cid)
    views: dict[str, ClaimView] = {}
    for c in report.claims:
        doc = docs.get(c.document)
        status = "fail" if c.id in failed_in else "pass" if c.id in passed else "none"
        views[c.id] = ClaimView(
            claim=c, anchor=claim_anchor(c.id), label=c.category.replace("_", " "),
            family=FAMILY.get(c.category, "other"), interval=interval_text(c.low, c.high),
            source=document_name(doc) if doc else c.document, outlet=doc.source if doc else None,
            date=doc.date if doc else None,
            status=status, failed_in=tuple(failed_in.get(c.id, ())),
        )
    return views


def article_tokens(doc: Document, claims: Iterable[ClaimView]) -> tuple[Token, ...]:
    """The document's body cut into text runs and claim highlights, nested where claims nest.

    A claim inside another is highlighted inside it; one that only overlaps the previous one
    is highlighted from where that one ends, so every claim keeps a highlight.
    """
    mine = sorted((v for v in claims if v.claim.document == doc.id),
                  key=lambda v: (v.claim.start, -v.claim.end))
    start = min([doc.body_start, *(v.claim.start for v in mine)])
    out: list[Token] = []
    stack: list[tuple[ClaimView, int]] = []  # open highlights and where they end
    pos = start

    def text_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            out.append(Token("text", doc.text[pos:end]))
            pos = end

    def close_until(limit: int) -> None:
        while stack and stack[-1][1] <= limit:
            view, end = stack.pop()
            text_to(end)
            out.append(Token("close", claim=view))

    for v in mine:
        begin, end = max(v.claim.start, pos), v.claim.end
        close_until(begin)
        while stack and end > stack[-1][1]:  # overlaps an open highlight without nesting in it
            view, stop = stack.pop()
            text_to(stop)
            out.append(Token("close", claim=view))
        begin = max(begin, pos)
        if begin >= end:  # nothing left of it to wrap: an empty highlight still marks the place
            end = begin
        text_to(begin)
        out.append(Token("open", claim=v))
        stack.append((v, end))
        if begin == end:
            close_until(end)
    close_until(len(doc.text))
    text_to(len(doc.text))
    return tuple(out)


def _legend(views: Iterable[ClaimView]) -> tuple[LegendEntry, ...]:
    counts: dict[str, int] = {}
    for v in views:
        counts[v.family] = counts.get(v.family, 0) + 1
    return tuple(LegendEntry(fam, FAMILY_LABEL[fam], counts[fam]) for fam in FAMILY_LABEL if fam in counts)


def _document_view(doc: Document, views: Sequence[ClaimView], many: bool) -> DocumentView:
    mine = [v for v in views if v.claim.document == doc.id]
    name = PurePath(doc.path).name if doc.path else None
    heading = doc.title or name or ("Article" if not many else f"Article {doc.id}")
    meta = tuple(x for x in (
        doc.source, doc.date, f"dateline {doc.place}" if doc.place else None,
        name if name and name != heading else None, doc.id if many else None,
    ) if x)
    return DocumentView(
        document=doc, anchor=f"nc-doc-{doc.id}", heading=heading, meta=meta,
        tokens=article_tokens(doc, mine), legend=_legend(mine),
        failed_claims=sum(1 for v in mine if v.status == "fail"),
    )


def _comparable(v: ClaimView) -> bool:
    return not v.claim.negated and v.claim.role == "total"


def _place_key(claim: Claim) -> str:
    """A toll's own place (Kyiv's toll and Ukraine's are different figures); a place taken from
    a dateline says nothing across reports, and the night's launch counts are not split."""
    if claim.category not in CUMULATIVE or claim.scope.place_inferred or not claim.scope.place:
        return ""
    return claim.scope.place


def _row_keys(views: Sequence[ClaimView], categories: Sequence[str]) -> list[tuple[str, str]]:
    """(category, place) in order of appearance: Kyiv's toll and Ukraine's are separate rows."""
    keys: list[tuple[str, str]] = []
    for v in views:
        key = (v.claim.category, _place_key(v.claim))
        if v.claim.category in categories and key not in keys:
            keys.append(key)
    return sorted(keys, key=lambda k: categories.index(k[0]))


def _failed_across(findings: Sequence[Finding], views: Mapping[str, ClaimView]) -> set[str]:
    """Claims in a failed check together with a figure of another report."""
    out: set[str] = set()
    for f in findings:
        docs = {views[c].claim.document for c in f.claims if c in views}
        if f.status == "fail" and len(docs) > 1:
            out.update(f.claims)
    return out


def _cross_table(docs: Sequence[DocumentView], views: Mapping[str, ClaimView],
                 findings: Sequence[Finding]) -> CrossTable | None:
    """Each category (and place) x each document; a cell differs when one of its figures failed
    a check together with another report's figure, as the rules judged it."""
    if len(docs) < 2:
        return None
    categories: list[str] = []
    for v in views.values():
        if v.claim.category not in categories and v.claim.category != "other":
            categories.append(v.claim.category)
    keys = _row_keys(list(views.values()), categories)
    split = {cat for cat in categories if sum(1 for k in keys if k[0] == cat) > 1}
    across = _failed_across(findings, views)
    rows: list[CrossRow] = []
    for cat, place in keys:
        cells = []
        for d in docs:
            mine = tuple(v for v in views.values() if v.claim.category == cat
                         and v.claim.document == d.document.id and _place_key(v.claim) == place)
            cells.append(CrossCell(mine, any(v.claim.id in across for v in mine)))
        label = cat.replace("_", " ") + (f" · {place or 'place not given'}" if cat in split else "")
        rows.append(CrossRow(cat, label, FAMILY.get(cat, "other"), tuple(cells),
                             any(c.differs for c in cells)))
    return CrossTable(tuple(docs), tuple(rows))


def _nice_ceiling(x: float) -> float:
    if x <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(x))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= x:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover


def _charts(report: Report, views: dict[str, ClaimView]) -> tuple[Chart, ...]:
    dated = sorted((d for d in report.documents if d.date), key=lambda d: (d.date or "", d.id))
    if len(dated) < 2:
        return ()
    charts: list[Chart] = []
    width, height = 540, 220
    left, right, top, bottom = 52.0, width - 20.0, 24.0, height - 50.0
    tolls = [c for c in report.claims if c.category in CUMULATIVE and c.unit == "count"
             and not c.negated and c.role == "total"]
    keys = [k for k in _row_keys([views[c.id] for c in tolls], CUMULATIVE)]
    for cat, place in keys:
        columns = [(d, [views[c.id] for c in tolls if c.document == d.id and c.category == cat
                        and _place_key(c) in (place, "")])
                   for d in dated]
        columns = [(d, marks) for d, marks in columns if marks]
        if len(columns) < 2:
            continue
        finite = [x for _, vs in columns for v in vs for x in (v.claim.low, v.claim.high, v.claim.value)
                  if x is not None and not math.isinf(x)]
        y_max = _nice_ceiling(max(finite or [1.0]) * 1.15)

        def y(value: float, y_max: float = y_max) -> float:
            return round(bottom - (bottom - top) * value / y_max, 1)

        step = (right - left) / len(columns)
        chart_cols: list[ChartColumn] = []
        marks: list[ChartMark] = []
        line: list[str] = []
        described: list[str] = []
        for i, (doc, vs) in enumerate(columns):
            cx = round(left + step * (i + 0.5), 1)
            chart_cols.append(ChartColumn(cx, _clip(document_name(doc), 24 if len(columns) < 4 else 14),
                                          doc.date or ""))
            spread = 14.0
            headline = max((v.claim.value if v.claim.value is not None else v.claim.low or 0) for v in vs)
            for k, v in enumerate(vs):
                x = round(cx + (k - (len(vs) - 1) / 2) * spread, 1)
                c = v.claim
                marks.append(ChartMark(
                    claim=v, x=x, y_low=y(c.low or 0), y_high=y(c.high) if c.high is not None else top,
                    open_high=c.high is None, y_value=None if c.value is None else y(c.value),
                    label=short_figure(c), failed=v.status == "fail",
                ))
            line.append(f"{cx},{y(headline)}")
            described.append(f"{document_name(doc)} ({doc.date}): "
                             + ", ".join(f"{short_figure(v.claim)} ({v.claim.text})" for v in vs))
        ticks = tuple((y(t), f"{number(t):,}") for t in (0, y_max / 2, y_max))
        where = f" in {place}" if place else ""
        charts.append(Chart(
            category=cat, label=cat.replace("_", " ") + where,
            anchor=f"nc-chart-{cat}" + (f"-{len(charts)}" if place else ""), width=width,
            height=height, plot_top=top, plot_bottom=bottom, plot_left=left, plot_right=right,
            ticks=ticks, columns=tuple(chart_cols), marks=tuple(marks), line=" ".join(line),
            description="; ".join(described),
        ))
    return tuple(charts)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def _verdict(s: dict[str, Any]) -> tuple[str, str, str]:
    sev = s["failed_by_severity"]
    if s["failed"]:
        parts = [plural(sev[k], k) for k in ("error", "warning", "info") if sev[k]]
        text = f"{plural(s['failed'], 'check')} failed"
        return "fail", text, ", ".join(parts) + f" \u00b7 {s['checks'] - s['failed']} of {s['checks']} passed"
    if s["checks"]:
        return "pass", f"All {plural(s['checks'], 'check')} passed", "no figure contradicts another"
    return "none", "No check could run", "no rule found the figures it compares"


def page_context(report: Report, fragment: bool = False) -> PageContext:
    """Everything the full page (or, with `fragment`, the CMS fragment) shows."""
    numbered = list(enumerate(report.findings))
    views = _claim_views(report, numbered)
    ordered = sorted(numbered, key=lambda p: (STATUS_ORDER[p[1].status], SEVERITY_ORDER[p[1].severity]))

    def fv(index: int, f: Finding) -> FindingView:
        return FindingView(f, index, finding_anchor(index), STATUS_ICON[f.status], STATUS_LABEL[f.status],
                           tuple(views[c] for c in f.claims if c in views))

    finding_views = [fv(i, f) for i, f in ordered]
    many = len(report.documents) > 1
    doc_views = tuple(_document_view(d, list(views.values()), many) for d in report.documents)
    s = summary(report)
    s["passed"] = s["checks"] - s["failed"]
    verdict, verdict_text, verdict_detail = _verdict(s)
    first = doc_views[0].heading if doc_views else ""
    return PageContext(
        title=f"Figures check: {first}" if first else "Figures check",
        headings=Headings(2, 3, 4) if fragment else Headings(1, 2, 3),
        summary=s, verdict=verdict, verdict_text=verdict_text, verdict_detail=verdict_detail,
        documents=doc_views,
        failed=tuple(v for v in finding_views if v.finding.status == "fail"),
        skipped=tuple(v for v in finding_views if v.finding.status == "skip"),
        passed=tuple(v for v in finding_views if v.finding.status == "pass"),
        claims=tuple(views.values()),
        cross=_cross_table(doc_views, views, report.findings),
        charts=_charts(report, views),
        legend=_legend(views.values()),
    )
