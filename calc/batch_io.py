"""Reading and writing a caseload file (CSV or Parquet) for calc/batch.py: the I/O, apart from the
checks and the computation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from calc.errors import InputProblem, InvalidSituation


def read_table(path: str | Path) -> pd.DataFrame:
    """CSV (comma or semicolon, UTF-8) or Parquet, by the file's extension."""
    p = Path(path)
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            return pd.read_parquet(p)
        return pd.read_csv(
            p,
            sep=";" if semicolons(p) else ",",
            dtype={"period": str, "loonheffingskorting": str},
            encoding="utf-8",
        )
    except FileNotFoundError:
        raise file_problem(f"het bestand '{path}' bestaat niet.") from None
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as e:
        raise file_problem(f"het bestand '{path}' kan niet gelezen worden ({e}).") from None


def semicolons(p: Path) -> bool:
    """Dutch spreadsheets write CSV with ';' between fields."""
    with p.open("rb") as f:
        head = f.readline()
    return head.count(b";") > head.count(b",")


def file_problem(message: str) -> InvalidSituation:
    return InvalidSituation([InputProblem("FILE", message, message)])


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    p = Path(path)
    if p.suffix.lower() in (".parquet", ".pq"):
        df.to_parquet(p, index=False)
    else:
        # pyarrow's CSV writer is about 5x faster than pandas' for 250,000 rows (docs/benchmarks.md).
        # Amounts are already rounded to the cent, so the shortest float text has <= 2 decimals.
        try:
            import pyarrow as pa
            import pyarrow.csv as pacsv
        except ImportError:  # pragma: no cover - pyarrow comes with the project's pandas
            df.to_csv(p, index=False, encoding="utf-8")
            return
        try:
            table = pa.Table.from_pandas(df, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # a passed-through column of mixed types
            df.to_csv(p, index=False, encoding="utf-8")
            return
        pacsv.write_csv(table, p)
