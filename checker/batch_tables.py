"""The audit tables: their columns, the journal record that carries them, and the writer.

Workers build each unit's rows and also render them as CSV text (the csv module writes what
pandas' `to_csv` wrote, byte for byte); both go into the unit's journal record. At the end the
main process — which shares the CPUs with the workers — neither decodes nor formats a value in
Python: it hands the journal lines, in unit order, to pyarrow's JSON reader (C++), writes the
Parquet tables from the flattened rows and the CSV tables by joining the workers' text.
pyarrow is imported only by the main process when it writes, never by a worker.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = list[Any]


@dataclass(frozen=True)
class Table:
    """A table's name and its (column, type) pairs; types are str, int, float or bool."""

    name: str
    columns: tuple[tuple[str, str], ...]
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {n: i for i, (n, _) in enumerate(self.columns)})

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.columns]

    def row(self, values: dict[str, Any]) -> Row:
        """A row in column order from a dict keyed by column name (missing columns are None)."""
        return [values.get(n) for n, _ in self.columns]

    def schema(self) -> Any:
        import pyarrow as pa

        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        return pa.schema([(n, types[t]) for n, t in self.columns])


_DOC = (("article_id", "str"), ("unit_id", "str"), ("path", "str"), ("source", "str"), ("date", "str"),
        ("event", "str"), ("title", "str"), ("content_hash", "str"))
CLAIMS = Table("claims", (
    ("claim_id", "str"), *_DOC, ("sentence", "int"), ("start", "int"), ("end", "int"), ("text", "str"),
    ("value", "float"), ("low", "float"), ("high", "float"), ("qualifier", "str"), ("unit", "str"),
    ("entity", "str"), ("category", "str"), ("attribution", "str"), ("place", "str"), ("time", "str"),
    ("negated", "bool"), ("role", "str"), ("failed", "bool"), ("failed_rules", "str")))
FINDINGS = Table("findings", (
    *_DOC, ("articles", "str"), ("rule", "str"), ("kind", "str"), ("status", "str"), ("severity", "str"),
    ("message", "str"), ("claims", "str"), ("claim_texts", "str"), ("key", "str"), ("change", "str"),
    ("page", "str")))
ARTICLES = Table("articles", (
    *_DOC, ("place", "str"), ("claims", "int"), ("failed", "int"), ("failed_error", "int"),
    ("failed_warning", "int"), ("failed_info", "int"), ("page", "str")))
TABLES = (CLAIMS, FINDINGS, ARTICLES)


ERRORS = Table("errors", (("id", "str"), ("path", "str"), ("reason", "str")))


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """Rows as CSV lines, formatted as pandas' `to_csv` did (None as an empty field)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def record_schema() -> Any:
    """The journal record as pyarrow reads it: the unit, its rows and their CSV text."""
    import pyarrow as pa

    def rows(table: Table) -> Any:
        return pa.list_(pa.struct(list(table.schema())))

    return pa.schema([("unit", pa.string()), ("hash", pa.string()), ("page", pa.string()),
                      *((t.name, rows(t)) for t in (*TABLES, ERRORS)),
                      ("csv", pa.struct([(t.name, pa.string()) for t in TABLES]))])


class TableWriter:
    """A table written in slices as Parquet (fixed schema) and CSV, then moved into place."""

    def __init__(self, out: Path, table: Table) -> None:
        import pyarrow.parquet as pq

        self.table, self.schema = table, table.schema()
        self.written = 0
        self.final = (out / f"{table.name}.parquet", out / f"{table.name}.csv")
        self.tmp = tuple(p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.final)
        self._parquet = pq.ParquetWriter(self.tmp[0], self.schema)
        self._csv = self.tmp[1].open("w", encoding="utf-8", newline="")
        self._csv.write(csv_text([table.names]))

    def write(self, rows: Any, text: str | None = None) -> None:
        """A slice of rows (a pyarrow Table of this schema) and its CSV text, if already rendered."""
        if not rows.num_rows:
            return
        self._parquet.write_table(rows)
        self._csv.write(csv_from_arrow(rows) if text is None else text)
        self.written += rows.num_rows

    def close(self) -> None:
        self._parquet.close()
        self._csv.close()
        for tmp, final in zip(self.tmp, self.final, strict=True):
            os.replace(tmp, final)

    def abort(self) -> None:
        """Close and remove the partial files, leaving any earlier table in place."""
        self._parquet.close()
        self._csv.close()
        for tmp in self.tmp:
            tmp.unlink(missing_ok=True)


def csv_from_arrow(rows: Any) -> str:
    """CSV text of a pyarrow Table, for rows no worker rendered (resolved findings, marked changes)."""
    return csv_text(zip(*(c.to_pylist() for c in rows.columns), strict=True))
