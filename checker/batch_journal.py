"""The append-only journal of a batch audit: what survives a crash, and what `--resume` reads.

Each process that journals (every local worker, or the main process) appends to its own
`journal/part-<time>-<pid>.jsonl`, one JSON line per finished unit, flushed to the operating
system after every chunk (a killed process loses nothing the OS holds) and fsynced at most once
a second and when the run ends (a machine crash loses at most the last second,
which `--resume` redoes). A run killed mid-write leaves at most one torn last line,
which reading skips. The final tables are built from the journal, so a resumed run neither
loses nor repeats a unit: each (unit id, content hash) is taken once.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

JOURNAL_DIR = "journal"

Key = tuple[str, str]  # (unit id, unit content hash)


@dataclass(frozen=True, slots=True)
class Entry:
    """Where one unit's record sits in the journal."""

    part: Path
    offset: int


class Journal:
    """This run's journal part, opened on first use."""

    SYNC_SECONDS = 1.0

    def __init__(self, out_dir: Path) -> None:
        self.folder = out_dir / JOURNAL_DIR
        self._fh: IO[bytes] | None = None
        self._synced = 0.0

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        """Hand records to the OS now; force them to disk at most once a second."""
        lines = b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)
        if not lines:
            return
        fh = self._open()
        fh.write(lines)
        fh.flush()
        if time.monotonic() - self._synced >= self.SYNC_SECONDS:
            os.fsync(fh.fileno())
            self._synced = time.monotonic()

    def _open(self) -> IO[bytes]:
        if self._fh is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            name = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}.jsonl"
            self._fh = (self.folder / name).open("ab")
            _fsync_path(self.folder)
        return self._fh

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None


def _fsync_path(path: Path) -> None:
    """fsync a file or a folder by path, best effort (a missing one is skipped)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sync(out_dir: Path) -> None:
    """Force every journal part to disk: local workers flush after each chunk but keep their
    part open until they exit, so the main process fsyncs the parts once the pool is done."""
    for part in parts(out_dir):
        _fsync_path(part)
    _fsync_path(out_dir / JOURNAL_DIR)


def clear(out_dir: Path) -> None:
    """Forget earlier runs: a run without --resume starts from an empty journal."""
    shutil.rmtree(out_dir / JOURNAL_DIR, ignore_errors=True)


def parts(out_dir: Path) -> list[Path]:
    return sorted((out_dir / JOURNAL_DIR).glob("part-*.jsonl"))


def scan(out_dir: Path) -> dict[Key, Entry]:
    """The first complete record of every unit in the journal, by (unit id, content hash)."""
    index: dict[Key, Entry] = {}
    for part in parts(out_dir):
        for offset, key in _keys(part):
            index.setdefault(key, Entry(part, offset))
    return index


# every record starts {"unit": ..., "hash": ...}: its key is read without parsing the rest
_KEY = re.compile(rb'\{"unit": ("(?:[^"\\]|\\.)*"), "hash": "([0-9a-f]+)"')


def _keys(part: Path) -> Iterator[tuple[int, Key]]:
    with part.open("rb") as fh:
        offset = 0
        for line in fh:
            start, offset = offset, offset + len(line)
            key = _key(line)
            if key is not None:
                yield start, key


def _key(line: bytes) -> Key | None:
    """A complete line's (unit id, hash); None for a torn line left by a crash."""
    if not line.endswith(b"}\n"):
        return None
    m = _KEY.match(line)
    if m is None:
        record = _parse(line)
        return None if record is None else (record["unit"], record["hash"])
    quoted = m.group(1)
    unit = json.loads(quoted) if b"\\" in quoted else quoted[1:-1].decode("utf-8")  # no escapes: as is
    return unit, m.group(2).decode("ascii")


def _parse(line: bytes) -> dict[str, Any] | None:
    """A record, or None for a torn line left by a crash."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) and "unit" in record and "hash" in record else None


class Reader:
    """Random access to journal records, keeping a few part files open."""

    def __init__(self) -> None:
        self._open: dict[Path, IO[bytes]] = {}

    def read(self, entry: Entry) -> dict[str, Any]:
        record = _parse(self.read_line(entry))
        if record is None:
            raise ValueError(f"{entry.part}: the journal changed while it was read")
        return record

    def read_line(self, entry: Entry) -> bytes:
        """The record's complete JSON line, undecoded."""
        fh = self._open.get(entry.part)
        if fh is None:
            fh = self._open[entry.part] = entry.part.open("rb")
        fh.seek(entry.offset)
        line = fh.readline()
        if not line.endswith(b"}\n"):  # scan() found a complete line here
            raise ValueError(f"{entry.part}: the journal changed while it was read")
        return line

    def close(self) -> None:
        for fh in self._open.values():
            fh.close()
        self._open.clear()
