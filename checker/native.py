"""The compiled build of the hot modules, used only while it matches their sources.

`tools/build_native.py` (run by `make`) compiles the modules that read an article with mypyc,
next to their sources; Python then imports the extension before the `.py`. An extension built
from older sources would silently run old code, so the build records each source's size and
hash in `native.json`, and `guard()`, run before any of them is imported, makes Python import
the sources instead when one has changed since, when the manifest is missing, or when the
environment sets CHECKER_PURE=1. `MODE` says which build is in use ("native" or "pure").
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

COMPILED = ("claims", "numbers", "attribution", "prefilter", "segment")
PACKAGE = Path(__file__).resolve().parent
MANIFEST = PACKAGE / "native.json"


def extensions() -> list[Path]:
    """The compiled files in the package: one per module and the library they share."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [p for p in PACKAGE.iterdir() if p.name.endswith(suffixes)
            and (p.name.split(".", 1)[0] in COMPILED or "__mypyc" in p.name)]


def _fingerprint(path: Path) -> str:
    data = path.read_bytes()
    return f"{len(data)}:{hashlib.sha256(data).hexdigest()}"


def fingerprints() -> dict[str, str]:
    """Each compiled module's source, by size and hash, as it is now."""
    return {name: _fingerprint(PACKAGE / f"{name}.py") for name in COMPILED}


def write_manifest(sources: dict[str, str] | None = None) -> None:
    """Record the sources a build compiled: taken before it starts, so that a source edited while
    it runs no longer matches, and is imported as Python."""
    MANIFEST.write_text(json.dumps(sources or fingerprints(), indent=2) + "\n", encoding="utf-8")


def _fresh() -> bool:
    try:
        built = json.loads(MANIFEST.read_text(encoding="utf-8"))
        return all(built.get(name) == now for name, now in fingerprints().items())
    except (OSError, ValueError):
        return False


class _SourcesFirst:
    """Imports the compiled modules from their `.py` sources, not from the extensions beside them
    (a meta path finder; not derived from importlib.abc, whose import costs start-up 6 ms)."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != "checker" or name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, PACKAGE / f"{name}.py")


def guard() -> str:
    """"native" when the extensions are present and built from the current sources; otherwise
    "pure", with the sources imported in their place."""
    if not extensions():
        return "pure"
    if os.environ.get("CHECKER_PURE") == "1" or not _fresh():
        sys.meta_path.insert(0, _SourcesFirst())
        return "pure"
    return "native"


MODE = guard()
