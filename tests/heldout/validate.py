"""Validate the held-out labelled articles in tests/heldout/.

Run:  .venv/bin/python tests/heldout/validate.py [--strict] [--quiet] [--folder DIR]

The checks are those of tests/corpus/validate.py (imported, so the two never drift), with
five adaptations for this set, which deliberately writes numbers in more ways:
  * number words: "two dozen" = 24, "a half"/"half" = 0.5 (or 50 %), "one in five" = 0.2
    (or 20 %), "three-quarters" = 0.75 (or 75 %), "a third" = 1/3;
  * Indian digit grouping: "Rs 4,00,000" = 400000;
  * scale suffixes: "$3.4bn", "€900m", "1.2mn", "Rs 5 lakh", "Rs 2 crore";
  * vague words: "scores of" (40-99) and "a handful" (3-9) join dozens/hundreds/thousands;
  * a body has 50-450 words (the corpus wants 150-450), so a three-sentence wire brief fits.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus_validate", HERE.parent / "corpus" / "validate.py")
V = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(V)

V.CUES["vague"] = V.CUES["vague"] + ["handful"]
V.VAGUE.update({"scores": (40, 99), "handful": (3, 9)})
V.NOT_EXACT = [*V.NOT_EXACT, "scores of", "handful", "upwards of", "no fewer than", "some "]

_base_numbers_in = V.numbers_in
_SUFFIX_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(bn|mn|m|lakh|crore|k)\b", re.IGNORECASE)
_SUFFIX = {"bn": 1e9, "mn": 1e6, "m": 1e6, "lakh": 1e5, "crore": 1e7, "k": 1e3}
_INDIAN_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])")
_DOZEN_RE = re.compile(r"\b(two|three|four|five|six|several)\s+dozen\b", re.IGNORECASE)
_FRACTIONS = {
    r"\bhalf\b": 0.5, r"\bone in five\b": 0.2, r"\bone in four\b": 0.25, r"\bone in three\b": 1 / 3,
    r"\bone in ten\b": 0.1, r"\bthree[- ]quarters\b": 0.75, r"\ba quarter\b": 0.25,
    r"\ba third\b": 1 / 3, r"\btwo[- ]thirds\b": 2 / 3,
}


def numbers_in(span: str) -> list[float]:
    found = _base_numbers_in(span)
    for m in _INDIAN_RE.finditer(span):  # "4,00,000" (Indian digit grouping) = 400000
        found.append(float(m.group(0).replace(",", "")))
    for m in _SUFFIX_RE.finditer(span):
        found.append(float(m.group(1)) * _SUFFIX[m.group(2).lower()])
    for m in _DOZEN_RE.finditer(span):
        word = m.group(1).lower()
        if word in V.WORDS:
            found.append(12.0 * V.WORDS[word])
    for pat, frac in _FRACTIONS.items():
        if re.search(pat, span, re.IGNORECASE):
            found += [frac, round(frac * 100, 6)]
    return found


V.numbers_in = numbers_in

_orig_validate_article = V.validate_article


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    quiet = "--quiet" in argv
    folder = HERE
    if "--folder" in argv:
        folder = Path(argv[argv.index("--folder") + 1]).resolve()
    p = V.Problems()
    labels = sorted(folder.glob("*.expected.yaml"))
    for label in labels:
        before = len(p.errors)
        _orig_validate_article(label, p, strict)
        # the corpus wants 150-450 words; here 50-450 (a wire brief is three sentences)
        kept = []
        for e in p.errors[before:]:
            m = re.search(r"body has (\d+) words", e)
            if m and 50 <= int(m.group(1)) <= 450:
                continue
            kept.append(e)
        p.errors[before:] = kept
    orphans = {t.name[:-4] for t in folder.glob("*.txt")} - {
        lb.name.replace(".expected.yaml", "") for lb in labels}
    for o in sorted(orphans):
        p.err(o, "article without an .expected.yaml")
    if not quiet:
        for w in p.warnings:
            print("warning:", w)
    for e in p.errors:
        print("error:", e)
    print(f"{len(labels)} articles in {folder.name}: {len(p.errors)} errors, {len(p.warnings)} warnings")
    return 1 if p.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
