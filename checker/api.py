"""The two public entry points every shell calls: extract() and check()."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from checker import documents as docs
from checker.claims import extract_document
from checker.events import applicable_reference
from checker.lexicon import Lexicon, load_lexicon
from checker.model import Claim, Document, ReferenceFigure, Report


def extract(text: str, lexicon: Lexicon | None = None, doc_id: str = "d1") -> list[Claim]:
    """Every figure a bare article text states, as claims with offsets into `text`."""
    if not text.strip():
        return []
    return extract_document(docs.from_text(text, doc_id), lexicon or load_lexicon())


def _as_documents(items: Iterable[Document | str | Path]) -> list[Document]:
    out: list[Document] = []
    for n, item in enumerate(items, start=1):
        doc_id = f"d{n}"
        if isinstance(item, Document):
            out.append(docs.with_id(item, doc_id) if item.id != doc_id else item)
        elif isinstance(item, Path):
            out.append(docs.load(item, doc_id))
        else:
            out.append(docs.from_text(item, doc_id))
    return out


def check(
    documents: Iterable[Document | str | Path],
    rules: object | None = None,
    reference: Sequence[ReferenceFigure] = (),
) -> Report:
    """Extract the claims of every document and evaluate the rules over all of them.

    `documents` are Documents, paths, or article texts; several are several reports of one
    event, compared with each other. `rules` is a RuleSet (default: the default pack).
    """
    from checker.engine import evaluate
    from checker.rules import RuleSet, load_rules

    ruleset = rules if isinstance(rules, RuleSet) else load_rules()
    doc_list = _as_documents(documents)
    claims: list[Claim] = []
    for doc in doc_list:
        claims.extend(extract_document(doc, ruleset.lexicon))
    findings = evaluate(ruleset, claims, doc_list, applicable_reference(reference, doc_list))
    return Report(tuple(doc_list), tuple(claims), tuple(findings))


def check_texts(texts: Sequence[str], rules: object | None = None) -> Report:
    return check(list(texts), rules=rules)
