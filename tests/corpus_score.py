"""Score the extractor on the labelled development corpus (tests/corpus/*.expected.yaml).

Run `python -m tests.corpus_score` for the per-article table and the errors.
Extraction coverage and meaning are kept apart, as statcheck's critics asked:
- found:    a labelled figure has a claim overlapping it (recall of spans);
- correct:  that claim also has the labelled value, qualifier, category, attribution, place;
- spurious: a not_claim (date, year, model name...) reported as a claim.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from checker import extract
from checker.documents import decode
from tests.expected import load_labels, score

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass
class CorpusScore:
    labelled: int = 0
    found: int = 0
    correct: int = 0
    not_claims: int = 0
    spurious: int = 0
    errors: list[str] | None = None
    field_errors: dict[str, int] | None = None

    @property
    def recall(self) -> float:
        return self.found / max(self.labelled, 1)

    @property
    def accuracy(self) -> float:
        return self.correct / max(self.found, 1)

    def field_accuracy(self, name: str) -> float:
        return 1 - (self.field_errors or {}).get(name, 0) / max(self.found, 1)


def articles(folder: Path = CORPUS) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.with_suffix(".expected.yaml").exists())


def score_corpus(paths: list[Path] | None = None) -> CorpusScore:
    total = CorpusScore(errors=[], field_errors={})
    for path in paths or articles():
        text = decode(path.read_bytes(), str(path))
        labels_path = path.with_suffix(".expected.yaml")
        labels, not_claims, _ = load_labels(labels_path, text)
        scored = score(text, extract(text), labels_path)
        required = [lb for lb in labels if not lb.optional]
        total.labelled += len(required)
        total.found += len(required) - len(scored.missed)
        total.correct += len(required) - len(scored.missed) - len(scored.wrong)
        total.not_claims += len(not_claims)
        total.spurious += len(scored.not_claims_reported)
        for lb in scored.missed:
            total.errors.append(f"{path.name}: missed {lb.text!r}")
        for lb, claim, why in scored.wrong:
            total.errors.append(f"{path.name}: {lb.text!r} -> {claim.text!r}: {why}")
            for name in {part.split()[0] for part in why.split("; ")}:
                total.field_errors[name] = total.field_errors.get(name, 0) + 1
        for span, claim in scored.not_claims_reported:
            total.errors.append(f"{path.name}: not a claim {span!r} reported as {claim.text!r}")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=CORPUS, help="a folder of labelled articles")
    folder = parser.parse_args().folder
    result = score_corpus(articles(folder))
    for line in result.errors or []:
        print(line)
    print(f"\n{len(articles(folder))} articles, {result.labelled} labelled figures: "
          f"found {result.recall:.3f}, correct meaning {result.accuracy:.3f}, "
          f"{result.spurious} of {result.not_claims} not-claims reported")
    print("per field: " + ", ".join(f"{name} {result.field_accuracy(name):.3f}"
                                    for name in ("value", "qualifier", "category", "attribution", "place")))
    sys.exit(0)


if __name__ == "__main__":
    main()
