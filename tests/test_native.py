"""The compiled build of the hot modules: used when it matches the sources, never when it does not,
and output for output the same as the Python it was compiled from."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import native

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_8e9a003f33dbdbab.txt"
ARTICLES = [SEED, *sorted((REPO / "tests" / "heldout215").glob("*.txt"))[:4],
            *sorted((REPO / "tests" / "heldout201").glob("*.txt"))[:4]]
BUILT = bool(native.extensions()) and native.MANIFEST.exists()
needs_build = pytest.mark.skipif(not BUILT, reason="no compiled build (make native; needs a C compiler)")

PROBE = "import checker, checker.claims; print(checker.BUILD, checker.claims.__file__.rsplit('.', 1)[-1])"
DUMP = ("import sys, checker; from pathlib import Path; from checker.report import render_json\n"
        "for p in sys.argv[1:]: sys.stdout.write(render_json(checker.check([Path(p)])))")


def run(code: str, *args: str, pure: bool = False, path: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("CHECKER_PURE", "PYTHONPATH")}
    if pure:
        env["CHECKER_PURE"] = "1"
    if path is not None:
        env["PYTHONPATH"] = str(path)
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          cwd=path or REPO, check=True, timeout=120)
    return done.stdout


@needs_build
def test_a_fresh_build_is_the_one_imported() -> None:
    assert run(PROBE).split() == ["native", "so"]


@needs_build
def test_checker_pure_imports_the_sources() -> None:
    assert run(PROBE, pure=True).split() == ["pure", "py"]


@needs_build
def test_the_build_and_its_sources_give_the_same_report() -> None:
    paths = [str(p) for p in ARTICLES]
    compiled, pure = run(DUMP, *paths), run(DUMP, *paths, pure=True)
    assert compiled.count('"version"') == len(paths)
    assert compiled == pure


@needs_build
def test_a_source_changed_since_the_build_is_imported_as_python(tmp_path: Path) -> None:
    copy = tmp_path / "checker"
    shutil.copytree(REPO / "checker", copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert run(PROBE, path=tmp_path).split() == ["native", "so"]
    with (copy / "numbers.py").open("a", encoding="utf-8") as source:
        source.write("\n# edited after the build\n")
    assert run(PROBE, path=tmp_path).split() == ["pure", "py"]


def test_without_a_manifest_the_sources_are_imported(tmp_path: Path) -> None:
    copy = tmp_path / "checker"
    shutil.copytree(REPO / "checker", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "native.json").unlink(missing_ok=True)
    assert run(PROBE, path=tmp_path).split() == ["pure", "py"]


@needs_build
def test_a_source_edited_while_the_build_runs_is_imported_as_python(tmp_path: Path) -> None:
    """The build records the sources as they were when it began (tools/build_native.py takes
    `native.fingerprints()` first): an edit made while it compiles leaves the manifest stale."""
    copy = tmp_path / "checker"
    shutil.copytree(REPO / "checker", copy, ignore=shutil.ignore_patterns("__pycache__"))
    run("from checker import native\n"
        "compiled = native.fingerprints()\n"
        "with (native.PACKAGE / 'claims.py').open('a', encoding='utf-8') as source:\n"
        "    source.write('\\n# edited while the build ran\\n')\n"
        "native.write_manifest(compiled)", path=tmp_path)
    assert run(PROBE, path=tmp_path).split() == ["pure", "py"]
