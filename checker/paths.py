"""Where the shipped rule packs and report templates are, installed or in a checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _package_dir(package: str, fallback: str) -> Path:
    try:
        return Path(str(files(package)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / fallback


RULES_DIR = _package_dir("checker.rules_data", "rules")
DEFAULT_PACK = RULES_DIR / "default"
TEMPLATES_DIR = _package_dir("checker.templates", "reports")
