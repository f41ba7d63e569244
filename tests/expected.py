"""Score claims against an `.expected.yaml` label file (the seed's format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.model import Claim


@dataclass
class Label:
    text: str
    start: int
    end: int
    spec: dict[str, Any]

    @property
    def optional(self) -> bool:
        return bool(self.spec.get("optional"))


@dataclass
class Scored:
    matched: list[tuple[Label, Claim]] = field(default_factory=list)
    missed: list[Label] = field(default_factory=list)
    wrong: list[tuple[Label, Claim, str]] = field(default_factory=list)
    not_claims_reported: list[tuple[str, Claim]] = field(default_factory=list)


def locate(text: str, span: str, occurrence: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise AssertionError(f"label span {span!r} not in the article")
    return pos, pos + len(span)


def load_labels(path: Path, text: str) -> tuple[list[Label], list[tuple[str, int, int]], dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = []
    for spec in data.get("claims") or []:
        a, b = locate(text, spec["text"], spec.get("occurrence", 1))
        labels.append(Label(spec["text"], a, b, spec))
    not_claims = []
    for span in data.get("not_claims") or []:
        start = 0
        while (pos := text.find(str(span), start)) >= 0:
            not_claims.append((str(span), pos, pos + len(str(span))))
            start = pos + 1
    return labels, not_claims, data


def _overlap(a: int, b: int, c: Claim) -> bool:
    return c.start < b and a < c.end


def _as_list(x: Any) -> list[Any]:
    return x if isinstance(x, list) else [x]


def mismatch(label: Label, claim: Claim) -> str:
    """Why a claim does not say what the label says ('' when it does)."""
    spec = label.spec
    problems = []
    if "value" in spec and spec["value"] is not None and claim.value != float(spec["value"]):
        problems.append(f"value {claim.value} != {spec['value']}")
    for bound in ("low", "high"):
        if bound in spec and spec[bound] is not None and getattr(claim, bound) != float(spec[bound]):
            problems.append(f"{bound} {getattr(claim, bound)} != {spec[bound]}")
    if "qualifier" in spec and claim.qualifier != spec["qualifier"]:
        problems.append(f"qualifier {claim.qualifier} != {spec['qualifier']}")
    if "category" in spec and claim.category not in _as_list(spec["category"]):
        problems.append(f"category {claim.category} not in {spec['category']}")
    if spec.get("attribution"):
        want, got = str(spec["attribution"]).lower(), (claim.attribution or "").lower()
        if not got or (want not in got and got not in want):
            problems.append(f"attribution {claim.attribution!r} != {spec['attribution']!r}")
    if spec.get("place") and (claim.scope.place or "").lower() != str(spec["place"]).lower():
        problems.append(f"place {claim.scope.place!r} != {spec['place']!r}")
    return "; ".join(problems)


def score(text: str, claims: list[Claim], path: Path) -> Scored:
    labels, not_claims, _ = load_labels(path, text)
    out = Scored()
    facts = [c for c in claims if not c.negated]
    for label in labels:
        hits = [c for c in facts if _overlap(label.start, label.end, c)]
        if not hits:
            if not label.optional:
                out.missed.append(label)
            continue
        best = min(hits, key=lambda c: (mismatch(label, c) != "", abs(c.start - label.start)))
        why = mismatch(label, best)
        if why and not label.optional:
            out.wrong.append((label, best, why))
        else:
            out.matched.append((label, best))
    label_spans = [(lb.start, lb.end) for lb in labels]
    for span, a, b in not_claims:
        for c in facts:
            inside_label = any(la <= a and b <= lb for la, lb in label_spans)
            if _overlap(a, b, c) and not inside_label:
                out.not_claims_reported.append((span, c))
    return out
