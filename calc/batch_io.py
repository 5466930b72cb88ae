"""Reading and writing a caseload file (issue 8; issue 19: never lose, merge or invent a client).

CSV is read in a strict dialect, one line per client (RFC 4180 without line breaks inside a cell):
a cell is either plain (no quote in it) or wholly quoted, with a quote inside written twice. Every
line is checked before pandas reads it, vectorised over the bytes (numpy): an unclosed or stray
quote, a stray carriage return or a wrong number of cells refuses that line only, with a Dutch
message naming it; such a line becomes a row with empty cells and that message, so every line
of the file is a row of the output (blank lines are no clients and are skipped). pandas then reads
only the sound lines, and the count is checked: one record per line, or the whole file is refused.

Cells are read as written: `NA`, `#N/A`, `null`, `None`, `NaN` stay text (pandas would silently
read them as empty, i.e. the default); the batch refuses them per row (calc/batch.py).

Output is written to a temporary file beside the target and then moved into place, so a failure
(a full disk, a column Parquet cannot hold) never leaves a half or empty file. In CSV, a text cell
that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, and not a plain number) is
written with a `'` in front (CSV injection).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from calc.errors import InputProblem, InvalidSituation, os_reason

ROW_ERRORS = "row_errors"  # DataFrame.attrs key: per row, why its line could not be read ("" if it could)
QUOTE, CR, LF = ord('"'), ord("\r"), ord("\n")


def file_problem(message: str, field: str = "FILE") -> InvalidSituation:
    return InvalidSituation([InputProblem(field, message, message)])


def read_table(path: str | Path, known: Collection[str] = ()) -> pd.DataFrame:
    """CSV (comma or semicolon, UTF-8) or Parquet, by the file's extension. `known`: the input
    columns the batch reads (a Parquet NaN in one of them is kept as the text 'NaN', to be refused)."""
    p = Path(path)
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            return read_parquet(p, known)
        data = p.read_bytes()
    except OSError as e:
        raise file_problem(f"het bestand '{path}' kan niet gelezen worden: {os_reason(e)}.") from None
    return read_csv_bytes(data, str(path))


def read_csv_bytes(data: bytes, name: str = "invoer", text: bool = False) -> pd.DataFrame:
    """The strict CSV reader (see the module docstring); broken lines are rows with a message in
    `df.attrs[ROW_ERRORS]`. `text`: every cell as the text it holds ('' when empty), for a reader
    that parses Dutch amounts itself (the reconcile caseload)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise file_problem(
            f"het bestand '{name}' is geen UTF-8-tekst (regel {line}). Bewaar het als UTF-8."
        ) from None
    data = data.removeprefix(b"\xef\xbb\xbf")
    if b"\n" not in data and b"\r" in data:  # old Mac line ends
        data = data.replace(b"\r", b"\n")
    if not data.strip():
        raise file_problem(f"het bestand '{name}' is leeg. De eerste regel moet de kolommen noemen.")
    arr = np.frombuffer(data, dtype=np.uint8)
    starts, ends = _lines(arr)
    filled = np.flatnonzero(ends > starts)
    if len(filled) == 0:
        raise file_problem(f"het bestand '{name}' is leeg. De eerste regel moet de kolommen noemen.")
    head = int(filled[0])
    header = data[starts[head] : ends[head]].decode("utf-8")
    sep = ";" if header.count(";") > header.count(",") else ","
    names = _header(header, sep, name)
    rows = filled[filled > head]
    if len(rows) == 0:
        raise file_problem(f"het bestand '{name}' heeft wel kolommen maar geen rijen met cliënten.")
    messages = _line_problems(arr, starts[rows], ends[rows], ord(sep), len(names), rows + 1)
    good = messages == ""
    feed = data if good.all() else _keep_lines(arr, starts, [head, *rows[good]])
    df = _parse(feed, sep, name, text)
    if len(df) != int(good.sum()) or len(df.columns) != len(names):
        raise file_problem(
            f"het bestand '{name}' kan niet veilig gelezen worden: niet elke regel is één rij."
        )
    if good.all():
        return df
    out = _with_empty_rows(df, good)
    out.attrs[ROW_ERRORS] = messages
    return out


def _lines(arr: NDArray[np.uint8]) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
    """Start and end (exclusive, without the line break) of every physical line."""
    nl = np.flatnonzero(arr == LF)
    starts = np.concatenate(([0], nl + 1))
    ends = np.concatenate((nl, [len(arr)]))
    has_cr = (ends > starts) & (arr[np.maximum(ends - 1, 0)] == CR)
    return starts, ends - has_cr


def _header(text: str, sep: str, name: str) -> list[str]:
    try:
        names = next(csv.reader([text], delimiter=sep, strict=True))
    except csv.Error:
        raise file_problem(
            f"de eerste regel van '{name}' (de kolomnamen) heeft een aanhalingsteken dat niet klopt."
        ) from None
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        listed = ", ".join(f"'{n}'" for n in twice)
        raise file_problem(
            f"de kolom(men) {listed} staan twee keer in '{name}'. We weten niet welke we moeten gebruiken; "
            "geef elke kolom een eigen naam."
        )
    return names


def _line_problems(
    arr: NDArray[np.uint8],
    starts: NDArray[np.intp],
    ends: NDArray[np.intp],
    sep: int,
    columns: int,
    numbers: NDArray[np.intp],
) -> NDArray[Any]:
    """Per line: '' when it is sound, else a Dutch message naming it (vectorised over all bytes;
    only the broken lines are visited one by one)."""
    n = len(starts)
    qpos = np.flatnonzero(arr == QUOTE)
    spos = np.flatnonzero(arr == sep)
    line_q = np.searchsorted(starts, qpos, side="right") - 1  # the line of each quote
    first_q = np.searchsorted(qpos, starts)  # index of each line's first quote
    count_q = np.searchsorted(qpos, ends) - first_q
    odd = count_q % 2 == 1
    # In a line with an even number of quotes: the 1st, 3rd, ... open a quoted part, the 2nd, 4th,
    # ... close it. An opener starts a cell (or follows a closer: a quote written twice); a closer
    # ends a cell (or is followed by an opener). Anything else is a stray quote.
    bad_quote = odd.copy()
    inside = np.zeros(n, dtype=np.int64)
    in_lines = (line_q >= 0) & (line_q < n)
    if in_lines.any():
        q, li = qpos[in_lines], line_q[in_lines]
        rank = np.arange(len(qpos))[in_lines] - first_q[li]
        opener = rank % 2 == 0
        prev = arr[np.maximum(q - 1, 0)]
        nxt = arr[np.minimum(q + 1, len(arr) - 1)]
        at_start, at_end = q == starts[li], q + 1 >= ends[li]
        ok = np.where(
            opener, at_start | (prev == sep) | (prev == QUOTE), at_end | (nxt == sep) | (nxt == QUOTE)
        )
        bad_quote |= np.bincount(li[~ok], minlength=n) > 0
        # Separators inside quoted parts are not cell boundaries.
        pair = opener & ~odd[li]
        o_idx = np.flatnonzero(pair)
        c_idx = np.minimum(o_idx + 1, len(q) - 1)
        within = np.searchsorted(spos, q[c_idx]) - np.searchsorted(spos, q[o_idx])
        inside = np.bincount(li[o_idx], weights=within, minlength=n).astype(np.int64)
    cells = np.searchsorted(spos, ends) - np.searchsorted(spos, starts) - inside + 1
    crpos = np.flatnonzero(arr == CR)
    lone = crpos[(crpos + 1 < len(arr)) & (arr[np.minimum(crpos + 1, len(arr) - 1)] != LF)]
    lone_line = np.searchsorted(starts, lone, side="right") - 1
    lone_cr = np.bincount(lone_line[(lone_line >= 0) & (lone_line < n)], minlength=n) > 0
    messages = np.full(n, "", dtype=object)
    for i in np.flatnonzero(bad_quote | lone_cr | (cells != columns)):
        messages[i] = _line_message(
            int(numbers[i]), bool(bad_quote[i]), bool(lone_cr[i]), int(cells[i]), columns
        )
    return messages


def _line_message(number: int, quote: bool, cr: bool, cells: int, columns: int) -> str:
    if quote:
        what = 'een aanhalingsteken (") klopt niet: het is niet gesloten, of staat midden in een cel'
    elif cr:
        what = "er staat een losse regelterugloop (\\r) midden in de regel"
    else:
        what = f"{cells} cellen in plaats van {columns} (een scheidingsteken te veel of te weinig?)"
    return (
        f"regel {number}: {what}. Deze regel is niet gelezen en niet berekend; verbeter hem in het bestand."
    )


def _keep_lines(arr: NDArray[np.uint8], starts: NDArray[np.intp], keep: list[int]) -> bytes:
    """The file with only the given lines (each with its line break)."""
    lengths = np.diff(np.concatenate((starts, [len(arr)])))
    mask = np.zeros(len(starts), dtype=bool)
    mask[keep] = True
    return arr[np.repeat(mask, lengths)].tobytes()


def _parse(feed: bytes, sep: str, name: str, text: bool = False) -> pd.DataFrame:
    try:
        return pd.read_csv(
            io.BytesIO(feed),
            sep=sep,
            dtype=str if text else {"period": str, "loonheffingskorting": str},
            keep_default_na=False,  # 'NA', '#N/A', 'null', 'None', 'NaN' stay text, to be refused
            na_values=[] if text else [""],
            encoding="utf-8",
        )
    except (ValueError, pd.errors.ParserError):
        raise file_problem(
            f"het bestand '{name}' kan niet gelezen worden (het is geen CSV zoals wij die lezen)."
        ) from None


def _with_empty_rows(df: pd.DataFrame, good: NDArray[np.bool_]) -> pd.DataFrame:
    """The rows read, at their place among the lines that could not be read (all cells empty)."""
    placed = df.set_axis(np.flatnonzero(good)).reindex(range(len(good)))
    for c in df.columns:  # whole numbers stay whole (a client number 17, not 17.0)
        if pd.api.types.is_integer_dtype(df[c].dtype):
            placed[c] = placed[c].astype("Int64")
        elif pd.api.types.is_bool_dtype(df[c].dtype):
            placed[c] = placed[c].astype("boolean")
    return placed


def read_parquet(p: Path, known: Collection[str] = ()) -> pd.DataFrame:
    """A Parquet file; a column of lists, maps, structs or bytes is refused in Dutch (we can neither
    read it nor write it back), and a NaN in a known input column is kept as the text 'NaN'."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(p)
    except (pa.ArrowException, ValueError, OSError):
        raise file_problem(
            f"het bestand '{p}' kan niet gelezen worden (het is geen Parquet-bestand)."
        ) from None
    twice = sorted({n for n in table.column_names if table.column_names.count(n) > 1})
    if twice:
        raise file_problem(
            f"de kolom(men) {', '.join(twice)} staan twee keer in '{p}'; geef elke kolom een eigen naam."
        )
    for field in table.schema:
        t = field.type
        if pa.types.is_nested(t) or pa.types.is_binary(t) or pa.types.is_large_binary(t):
            raise file_problem(
                f"de kolom '{field.name}' in '{p}' bevat {t} (lijsten of bytes). Die kunnen we niet lezen of "
                "doorgeven; haal de kolom weg of maak er tekst van."
            )
    df = table.to_pandas()
    for name in set(known) & set(table.column_names):
        col = table.column(name)
        if pa.types.is_floating(col.type) and pc.any(pc.is_nan(col)).as_py():
            nan = pc.fill_null(pc.is_nan(col), False).to_numpy(zero_copy_only=False)
            df[name] = df[name].astype(object).where(~nan, "NaN")
    return df


# --- writing ---------------------------------------------------------------------------------

FORMULA_START = ["=", "+", "-", "@", "\t", "\r"]  # what a spreadsheet runs as a formula
PLAIN_NUMBER = r"^[+-]?[0-9]+([.,][0-9]+)?$"


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    """CSV (formula-looking text escaped) or Parquet by the extension, written atomically."""
    import pyarrow as pa

    p = Path(path)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    try:
        table = _arrow_table(df)
        if p.suffix.lower() in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            pq.write_table(table, tmp)
        else:
            import pyarrow.csv as pacsv

            pacsv.write_csv(_escape_formulas(table), tmp)
        os.replace(tmp, p)
    except OSError as e:
        raise file_problem(f"het bestand '{path}' kan niet geschreven worden: {os_reason(e)}.") from None
    except (pa.ArrowException, ValueError, TypeError):
        raise file_problem(
            f"het bestand '{path}' kan niet geschreven worden: een kolom heeft waarden die niet passen."
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


def _arrow_table(df: pd.DataFrame) -> Any:
    """The frame as an Arrow table; a passed-through column of mixed types (numbers and text) as text."""
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        fixed = df.copy()
        for c in fixed.columns:
            if fixed[c].dtype == object:
                codes, uniques = pd.factorize(fixed[c].map(lambda v: v if isinstance(v, str) else repr(v)))
                texts = np.array([*(str(u) for u in uniques), None], dtype=object)
                fixed[c] = texts[codes]
        return pa.Table.from_pandas(fixed, preserve_index=False)


def _escape_formulas(table: Any) -> Any:
    """Text cells (and column names) a spreadsheet would run as a formula get a leading `'`. The
    first character is checked for every cell (cheap); the regular expressions only run on a column
    that has such a cell."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for col in table.columns:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            first = pc.utf8_slice_codeunits(col, 0, 1)
            if pc.any(pc.is_in(first, value_set=pa.array(FORMULA_START, col.type))).as_py():
                risky = pc.and_(
                    pc.is_in(first, value_set=pa.array(FORMULA_START, col.type)),
                    pc.invert(pc.match_substring_regex(col, PLAIN_NUMBER)),
                )
                quoted = pc.binary_join_element_wise(pa.scalar("'", col.type), col, pa.scalar("", col.type))
                col = pc.if_else(pc.fill_null(risky, False), quoted, col)
        columns.append(col)
    names = [f"'{n}" if n[:1] in FORMULA_START else n for n in table.column_names]
    return pa.table(columns, names=names)
