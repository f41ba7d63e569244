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
import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# checker/native.py alone, not the package: importing `checker` could load the extensions this
# build is about to overwrite
_spec = importlib.util.spec_from_file_location("checker_native", ROOT / "checker" / "native.py")
assert _spec is not None and _spec.loader is not None
native = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(native)
COMPILED, MANIFEST, extensions, write_manifest = (native.COMPILED, native.MANIFEST, native.extensions,
                                                  native.write_manifest)


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT)
    sources = [f"checker/{name}.py" for name in COMPILED]
    compiled = native.fingerprints()  # what this build compiles, whatever is edited meanwhile
    setup(name="checker-native", packages=[],
          ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *sources],
                               opt_level="3", separate=[(sources, "checker.native_lib")]),
          script_args=["-q", "build_ext", "--inplace", "--build-temp", "build/native"])
    write_manifest(compiled)


def clean() -> None:
    for path in extensions():
        path.unlink()
    MANIFEST.unlink(missing_ok=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled extensions")
    args = parser.parse_args()
    clean() if args.clean else build()
