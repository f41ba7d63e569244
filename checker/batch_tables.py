"""The audit tables: their columns, and writing them in slices as Parquet and CSV.

Rows are plain lists in column order: workers build them, the journal stores them, and the
main process writes them without pandas — pyarrow builds each Parquet slice from columns and
the csv module writes CSV byte for byte as pandas' `to_csv` did — so the main process, which
shares the CPUs with the workers, spends little per row. pyarrow is imported only when a table
is written, never by a worker that just needs the column order.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLUSH_ROWS = 5_000

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

    def as_dict(self, row: Sequence[Any]) -> dict[str, Any]:
        return dict(zip(self.names, row))

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


def rows_of(table: Table, rows: Iterable[Row | dict[str, Any]]) -> list[Row]:
    """Rows in column order; dict rows (journals written before rows were lists) are converted."""
    return [table.row(r) if isinstance(r, dict) else r for r in rows]


class TableWriter:
    """A table written in slices as Parquet (fixed schema) and CSV, then moved into place."""

    def __init__(self, out: Path, table: Table) -> None:
        import pyarrow.parquet as pq

        self.table, self.schema = table, table.schema()
        self.rows: list[Row] = []
        self.written = 0
        self.final = (out / f"{table.name}.parquet", out / f"{table.name}.csv")
        self.tmp = tuple(p.with_name(f".{p.name}.{os.getpid()}.tmp") for p in self.final)
        self._parquet = pq.ParquetWriter(self.tmp[0], self.schema)
        self._csv_file = self.tmp[1].open("w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._csv_file, lineterminator="\n")
        self._csv.writerow(table.names)

    def add(self, rows: Iterable[Row]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.rows:
            return
        columns = zip(*self.rows, strict=True)
        arrays = [pa.array(values, type=f.type) for values, f in zip(columns, self.schema, strict=True)]
        self._parquet.write_batch(pa.RecordBatch.from_arrays(arrays, schema=self.schema))
        self._csv.writerows(self.rows)
        self.written += len(self.rows)
        self.rows = []

    def close(self) -> None:
        self.flush()
        self._parquet.close()
        self._csv_file.close()
        for tmp, final in zip(self.tmp, self.final, strict=True):
            os.replace(tmp, final)

    def abort(self) -> None:
        """Close and remove the partial files, leaving any earlier table in place."""
        self._parquet.close()
        self._csv_file.close()
        for tmp in self.tmp:
            tmp.unlink(missing_ok=True)
