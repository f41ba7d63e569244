"""Compile the checker's hot modules to C extensions with mypyc, next to their sources.

    python tools/build_native.py          # build, then write checker/native.json
    python tools/build_native.py --clean  # remove the extensions (back to pure Python)

The reading of an article (claims, numbers, attribution, segment, prefilter) is most of a check's
time; compiled, it runs about 15% faster, output for output the same. The extensions are an
optimisation only: `checker.native` imports the Python sources instead whenever a source has
changed since the build (the manifest records each one's size and hash), or when CHECKER_PURE=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.native import COMPILED, MANIFEST, extensions, write_manifest  # noqa: E402


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT)
    sources = [f"checker/{name}.py" for name in COMPILED]
    setup(name="checker-native", packages=[],
          ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *sources],
                               opt_level="3", separate=[(sources, "checker.native_lib")]),
          script_args=["-q", "build_ext", "--inplace", "--build-temp", "build/native"])
    write_manifest()


def clean() -> None:
    for path in extensions():
        path.unlink()
    MANIFEST.unlink(missing_ok=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled extensions")
    args = parser.parse_args()
    clean() if args.clean else build()
