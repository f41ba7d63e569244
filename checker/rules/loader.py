"""Rule packs -> a validated RuleSet. Every mistake becomes RuleError(file, line, message)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from checker.errors import RuleError
from checker.lexicon import SAFE_LOADER, Lexicon, load_lexicon
from checker.paths import DEFAULT_PACK
from checker.rules.base import KINDS, RuleBase, Tolerance, template_fields

Rule = RuleBase
LEXICON_FILE = "categories.yaml"
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a rule was written: its file and the line of each of its keys."""

    path: str
    line: int
    keys: Mapping[KeyPath, int] = field(default_factory=dict)

    def line_of(self, loc: Sequence[str | int]) -> int:
        """The line of the deepest key of `loc` that the file has, else the rule's line."""
        for n in range(len(loc), 0, -1):
            if tuple(loc[:n]) in self.keys:
                return self.keys[tuple(loc[:n])]
        return self.line


@dataclass(frozen=True)
class RuleSet:
    """Rules in evaluation order, the lexicon they were checked against, and their origins."""

    rules: tuple[RuleBase, ...]
    lexicon: Lexicon
    origins: Mapping[str, Origin] = field(default_factory=dict)

    def __iter__(self) -> Iterator[RuleBase]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def get(self, rule_id: str) -> RuleBase | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def only(self, *rule_ids: str) -> RuleSet:
        """The same set restricted to some rules (order kept)."""
        return replace(self, rules=tuple(r for r in self.rules if r.id in rule_ids))


# --------------------------------------------------------------------------- public


def load_rules(
    paths: Iterable[Path | str] = (),
    *,
    disable: Iterable[str] = (),
    severity_overrides: Mapping[str, str] | None = None,
    tolerance_overrides: Mapping[str, Mapping[str, float]] | None = None,
    include_default: bool = True,
) -> RuleSet:
    """Load rule packs (folders) or single rule files; the default pack comes first."""
    sources = ([DEFAULT_PACK] if include_default else []) + [Path(p) for p in paths]
    rule_files, lexicon_files = _expand(sources)
    lexicon = load_lexicon(lexicon_files)
    rules: list[RuleBase] = []
    origins: dict[str, Origin] = {}
    for path in rule_files:
        for rule, origin in parse_rule_file(path, lexicon):
            _no_duplicate(rule, origin, origins)
            rules.append(rule)
            origins[rule.id] = origin
    ruleset = RuleSet(tuple(rules), lexicon, origins)
    return _configure(ruleset, disable, severity_overrides or {}, tolerance_overrides or {})


def parse_rule_file(path: Path, lexicon: Lexicon) -> list[tuple[RuleBase, Origin]]:
    """One rule file -> its rules, each validated against the kinds and the lexicon."""
    text = _read(path)
    root = _compose(text, str(path))
    items = _rule_nodes(root, str(path))
    data = yaml.load(text, Loader=SAFE_LOADER)
    return [_build(item, node, str(path), lexicon) for item, node in zip(data["rules"], items)]


def parse_rule(data: Mapping[str, Any], lexicon: Lexicon, origin: Origin) -> RuleBase:
    """Validate one rule given as a mapping (used by rule cases and tests)."""
    if not isinstance(data, Mapping):
        raise RuleError(origin.path, origin.line, "a rule must be a mapping of fields")
    cls = _kind_of(data, origin)
    try:
        rule = cls.model_validate(dict(data))
    except ValidationError as exc:
        raise _explain(exc, cls, data, origin) from None
    _check_categories(rule, lexicon, origin)
    _check_message(rule, origin)
    return rule


# --------------------------------------------------------------------------- files


def _expand(sources: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """Pack folders -> their rule files (sorted) and extra lexicons."""
    rule_files: list[Path] = []
    lexicons: list[Path] = []
    for src in sources:
        if src.is_dir():
            rule_files += sorted(p for p in src.glob("*.yaml") if p.name != LEXICON_FILE)
            rule_files += sorted(src.glob("*.yml"))
            if (src / LEXICON_FILE).is_file() and src.resolve() != DEFAULT_PACK.resolve():
                lexicons.append(src / LEXICON_FILE)
        elif src.is_file():
            (lexicons if src.name == LEXICON_FILE else rule_files).append(src)
        else:
            raise RuleError(str(src), None, "no such rule file or pack folder")
    return rule_files, lexicons


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), None, f"cannot read: {exc}") from None


def _compose(text: str, path: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(path, mark.line + 1 if mark else None, f"not valid YAML: {problem}") \
            from None


def _rule_nodes(root: yaml.Node | None, path: str) -> list[yaml.MappingNode]:
    if not isinstance(root, yaml.MappingNode):
        raise RuleError(path, _line(root), "a rule file is a mapping with a `rules:` list")
    keys = _mapping_keys(root, path)
    for key, (line, _) in keys.items():
        if key != "rules":
            raise RuleError(path, line, f"unknown top-level key {key!r}{_suggest(key, ['rules'])}")
    if "rules" not in keys or not isinstance(keys["rules"][1], yaml.SequenceNode):
        raise RuleError(path, _line(root), "a rule file needs a `rules:` list")
    items = keys["rules"][1].value
    for item in items:
        if not isinstance(item, yaml.MappingNode):
            raise RuleError(path, _line(item), "each rule must be a mapping of fields")
    return items


def _mapping_keys(node: yaml.MappingNode, path: str) -> dict[str, tuple[int, yaml.Node]]:
    """Key -> (line, value node); a key written twice is an error."""
    out: dict[str, tuple[int, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in out:
            raise RuleError(path, _line(key_node), f"{key!r} is given twice")
        out[key] = (_line(key_node), value_node)
    return out


def key_lines(node: yaml.Node, path: str, prefix: KeyPath = ()) -> dict[KeyPath, int]:
    """The line of every key and list item under `node`, by its path."""
    lines: dict[KeyPath, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, (line, value) in _mapping_keys(node, path).items():
            lines[(*prefix, key)] = line
            lines.update(key_lines(value, path, (*prefix, key)))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*prefix, i)] = _line(item)
            lines.update(key_lines(item, path, (*prefix, i)))
    return lines


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 1


def _build(item: Any, node: yaml.MappingNode, path: str, lexicon: Lexicon) -> \
        tuple[RuleBase, Origin]:
    origin = Origin(path, _line(node), key_lines(node, path))
    return parse_rule(item, lexicon, origin), origin


# --------------------------------------------------------------------------- validation


def _kind_of(data: Mapping[str, Any], origin: Origin) -> type[RuleBase]:
    name = data.get("kind")
    who = _who(data)
    if name is None:
        raise RuleError(origin.path, origin.line, f"{who}missing field 'kind'")
    if not isinstance(name, str) or name not in KINDS:
        hint = _suggest(str(name), KINDS) or f"; kinds are {', '.join(KINDS)}"
        raise RuleError(origin.path, origin.line_of(("kind",)),
                        f"{who}unknown kind {name!r}{hint}")
    return KINDS[name]


def _who(data: Mapping[str, Any]) -> str:
    rid = data.get("id")
    return f"rule {rid!r}: " if isinstance(rid, str) else ""


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _explain(exc: ValidationError, cls: type[RuleBase], data: Mapping[str, Any],
             origin: Origin) -> RuleError:
    """The first problem, in file order, in editor words; a misspelt key explains a missing one."""
    errors = sorted(exc.errors(), key=lambda e: (e["type"] != "extra_forbidden",
                                                 origin.line_of(_keys(e["loc"]))))
    err = errors[0]
    loc = _keys(err["loc"])
    name = ".".join(str(p) for p in loc) or "rule"
    who = _who(data)
    if err["type"] == "missing":
        extra = [k for k in data if k not in cls.model_fields]
        hint = f" ({extra[0]!r} is not a field)" if extra and _suggest(extra[0], [name]) else ""
        return RuleError(origin.path, origin.line, f"{who}missing field {name!r}{hint}")
    if err["type"] == "extra_forbidden":
        fields = _fields_at(cls, loc[:-1])
        return RuleError(origin.path, origin.line_of(loc),
                         f"{who}unknown field {name!r}{_suggest(str(loc[-1]), fields)}")
    message = str(err["msg"]).removeprefix("Value error, ")
    where = f"{name}: " if loc else ""
    return RuleError(origin.path, origin.line_of(loc), f"{who}{where}{message}")


def _keys(loc: Sequence[str | int]) -> KeyPath:
    """Pydantic's location without the names of union branches and validators."""
    skip = {"str", "float", "list[str]", "tuple[str, ...]", "function-before", "function-after"}
    return tuple(p for p in loc if not (isinstance(p, str) and (p in skip or "[" in p)))


def _fields_at(cls: type[RuleBase], loc: KeyPath) -> list[str]:
    model: Any = cls
    for part in loc:
        info = getattr(model, "model_fields", {}).get(part)
        model = info.annotation if info else None
    return list(getattr(model, "model_fields", {}))


def _check_categories(rule: RuleBase, lexicon: Lexicon, origin: Origin) -> None:
    for field_name in rule.category_fields:
        value = getattr(rule, field_name)
        names = (value,) if isinstance(value, str) else value if isinstance(value, tuple) else ()
        for i, name in enumerate(names):
            if name not in lexicon.names:
                loc = (field_name, i) if isinstance(value, tuple) else (field_name,)
                hint = _suggest(name, sorted(lexicon.names))
                raise RuleError(origin.path, origin.line_of(loc),
                                f"rule {rule.id!r}: unknown category {name!r}{hint}")


def _check_message(rule: RuleBase, origin: Origin) -> None:
    if rule.message is None:
        return
    line = origin.line_of(("message",))
    try:
        names = template_fields(rule.message)
    except ValueError as exc:
        raise RuleError(origin.path, line, f"rule {rule.id!r}: message: {exc}") from None
    for name in names:
        if name not in rule.placeholders:
            known = ", ".join("{" + p + "}" for p in rule.placeholders)
            raise RuleError(origin.path, line, f"rule {rule.id!r}: unknown placeholder "
                            f"{{{name}}}{_suggest(name, rule.placeholders)}; known: {known}")


def _no_duplicate(rule: RuleBase, origin: Origin, seen: Mapping[str, Origin]) -> None:
    if rule.id in seen:
        first = seen[rule.id]
        raise RuleError(origin.path, origin.line_of(("id",)),
                        f"duplicate rule id {rule.id!r} (first in {first.path}:{first.line})")


# --------------------------------------------------------------------------- overrides

CONFIG = "configuration"


def _configure(ruleset: RuleSet, disable: Iterable[str], severity: Mapping[str, str],
               tolerance: Mapping[str, Mapping[str, float]]) -> RuleSet:
    disabled = set(disable)
    for rid in [*disabled, *severity, *tolerance]:
        if ruleset.get(rid) is None:
            raise RuleError(CONFIG, None, f"unknown rule id {rid!r}{_suggest(rid, ruleset.ids)}")
    rules = [_override(r, severity.get(r.id), tolerance.get(r.id))
             for r in ruleset.rules if r.id not in disabled]
    return replace(ruleset, rules=tuple(rules))


def _override(rule: RuleBase, severity: str | None,
              tolerance: Mapping[str, float] | None) -> RuleBase:
    update: dict[str, Any] = {}
    if severity is not None:
        if severity not in ("error", "warning", "info"):
            raise RuleError(CONFIG, None, f"rule {rule.id!r}: severity must be error, warning "
                            f"or info, not {severity!r}")
        update["severity"] = severity
    if tolerance is not None:
        try:
            update["tolerance"] = Tolerance.model_validate(dict(tolerance))
        except (ValidationError, TypeError, ValueError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            raise RuleError(CONFIG, None, f"rule {rule.id!r}: tolerance: {first}") from None
    return rule.model_copy(update=update) if update else rule
