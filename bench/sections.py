"""BENCHMARKS.md is shared: each benchmark owns the section between its two markers."""

from __future__ import annotations

import os
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def replace_section(name: str, body: str, path: Path = BENCHMARKS) -> None:
    """Write `body` between the markers of `name` (appending them if absent), atomically."""
    start, end = markers(name)
    text = body if body.startswith(start) else f"{start}\n{body.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        new = head + text + rest.split(end, 1)[1]
    else:
        new = current.rstrip("\n") + "\n\n" + text + "\n"
    tmp = path.with_name(f".{path.name}.{name}.tmp")
    tmp.write_text(new, encoding="utf-8")
    os.replace(tmp, path)
