"""categories.yaml -> the category matcher: which figure counts what."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.errors import RuleError
from checker.paths import DEFAULT_PACK

# libyaml's parser when PyYAML was built with it: the default pack parses ~5x faster, which
# is most of a cold `check` and of every batch or service start
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    description: str
    counts: tuple[str, ...]
    when: tuple[str, ...]
    cumulative: bool = False
    fallback: bool = False


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Entity groups and categories, in the order they are tried (hashed by identity)."""

    entities: dict[str, tuple[str, ...]]
    categories: tuple[Category, ...]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.categories)

    def category(self, name: str) -> Category | None:
        return _category_index(self).get(name)

    def entity_group(self, noun: str) -> str | None:
        """The group a counted noun belongs to ("ballistic missiles" -> "ballistic")."""
        return _noun_index(self)[0].get(noun.lower())

    def entity_nouns(self) -> tuple[str, ...]:
        """Every listed noun, longest first, for matching the noun after a number."""
        return _noun_index(self)[1]

    def merged(self, other: Lexicon) -> Lexicon:
        """A pack's lexicon laid over this one: its categories first, its nouns added."""
        entities = {k: tuple(v) for k, v in self.entities.items()}
        for group, nouns in other.entities.items():
            entities[group] = tuple(dict.fromkeys(nouns + entities.get(group, ())))
        theirs = {c.name for c in other.categories}
        cats = other.categories + tuple(c for c in self.categories if c.name not in theirs)
        return Lexicon(entities, cats)


@lru_cache(maxsize=16)
def _noun_index(lex: Lexicon) -> tuple[dict[str, str], tuple[str, ...]]:
    index: dict[str, str] = {}
    for group, nouns in lex.entities.items():
        for n in nouns:
            index.setdefault(n.lower(), group)
    return index, tuple(sorted(index, key=len, reverse=True))


@lru_cache(maxsize=16)
def _category_index(lex: Lexicon) -> dict[str, Category]:
    """Each category by name (the first of a name wins): looked up once per figure."""
    index: dict[str, Category] = {}
    for c in lex.categories:
        index.setdefault(c.name, c)
    return index


def _str_list(value: object, path: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(path, None, f"{where} must be a list of words")
    return tuple(" ".join(v.lower().split()) for v in value)


def parse_lexicon(text: str, path: str) -> Lexicon:
    try:
        data = yaml.load(text, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "expected `entities:` and `categories:` mappings")
    unknown = set(data) - {"entities", "categories"}
    if unknown:
        raise RuleError(path, None, f"unknown key {sorted(unknown)[0]!r}")
    raw_entities = data.get("entities") or {}
    raw_categories = data.get("categories") or {}
    if not isinstance(raw_entities, dict) or not isinstance(raw_categories, dict):
        raise RuleError(path, None, "`entities` and `categories` must be mappings")
    entities = {str(g): _str_list(n, path, f"entities.{g}") for g, n in raw_entities.items()}
    categories = []
    for name, spec in raw_categories.items():
        spec = spec or {}
        if not isinstance(spec, dict):
            raise RuleError(path, None, f"category {name!r} must be a mapping")
        extra = set(spec) - {"description", "counts", "when", "cumulative", "fallback"}
        if extra:
            raise RuleError(path, None, f"category {name!r}: unknown key {sorted(extra)[0]!r}")
        categories.append(Category(
            name=str(name),
            description=str(spec.get("description", "")),
            counts=_str_list(spec.get("counts"), path, f"{name}.counts"),
            when=_str_list(spec.get("when"), path, f"{name}.when"),
            cumulative=bool(spec.get("cumulative", False)),
            fallback=bool(spec.get("fallback", False)),
        ))
    return Lexicon(entities, tuple(categories))


def load_lexicon_file(path: Path) -> Lexicon:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), None, f"cannot read: {exc}") from None
    return parse_lexicon(text, str(path))


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Lexicon:
    lex = load_lexicon_file(DEFAULT_PACK / "categories.yaml")
    for p in paths:
        lex = lex.merged(load_lexicon_file(Path(p)))
    return lex


def load_lexicon(extra: Iterable[Path | str] = ()) -> Lexicon:
    """The default lexicon, with any pack's `categories.yaml` laid over it."""
    return _load(tuple(str(p) for p in extra))


def known_categories(lexicon: Lexicon | None = None) -> Sequence[str]:
    return tuple(c.name for c in (lexicon or load_lexicon()).categories)
