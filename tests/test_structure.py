"""The house rules (docs/architecture.md), checked on the code itself with `ast`:

* modules in calc/ and views/ stay under 500 lines, functions under 80;
* calc/ never imports Streamlit or views/; views/ never import app.py;
* no import circle between modules of calc/ (imports under `if TYPE_CHECKING:` only name types);
* no module imports another module's private name (`from calc.x import _y`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("calc", "views")
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def modules() -> Iterator[tuple[str, Path]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            yield name.removesuffix(".__init__"), path
    yield "app", ROOT / "app.py"


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(tree: ast.AST, module: str) -> Iterator[tuple[str, list[str]]]:
    """(imported module, names) for every import outside `if TYPE_CHECKING:` blocks."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative import
                parts = module.split(".")[: -node.level] if node.level else []
                base = ".".join([*parts, node.module])
            yield base, [a.name for a in node.names]


def test_no_module_over_500_lines_and_no_function_over_80() -> None:
    offenders = []
    for name, path in modules():
        if name == "app":
            continue
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            offenders.append(f"{name}: module of {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    offenders.append(f"{name}.{node.name}: function of {length} lines")
    assert not offenders, "\n".join(offenders)


def test_the_core_knows_no_view() -> None:
    wrong = [
        f"{name} imports {imported}"
        for name, path in modules()
        if name.startswith("calc")
        for imported, _ in imports(ast.parse(path.read_text(encoding="utf-8")), name)
        if imported.split(".")[0] in ("streamlit", "views", "app")
    ]
    assert not wrong, "\n".join(wrong)


def test_no_private_name_is_imported_from_another_module() -> None:
    wrong = [
        f"{name} imports {imported}.{n}"
        for name, path in modules()
        for imported, names in imports(ast.parse(path.read_text(encoding="utf-8")), name)
        if imported.split(".")[0] in (*PACKAGES, "app")
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not wrong, "\n".join(wrong)


def test_no_import_circle_in_the_core() -> None:
    known = {name for name, _ in modules()}
    graph: dict[str, set[str]] = {}
    for name, path in modules():
        deps = set()
        for imported, names in imports(ast.parse(path.read_text(encoding="utf-8")), name):
            for candidate in (*(f"{imported}.{n}" for n in names), imported):
                if candidate in known and candidate != name:
                    deps.add(candidate)
                    break
        graph[name] = deps
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                circles.append(" -> ".join([*path[path.index(dep) :], dep]))
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not circles, "\n".join(circles)


AMOUNT = re.compile(r"€\s?[1-9]|€\s?0[,.]\d|\b\d+(?:[,.]\d+)?\s?%|\b\d+,\d+\b")
# How to type a number ("Schrijf bijvoorbeeld 1234,56 of 1.234,56") is an example, not an amount.
TYPING_EXAMPLE = re.compile(r"(bijvoorbeeld|for example|e\.g\.)\s+[\d.,]+(\s+(of|or)\s+[\d.,]+)?")


def _texts(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """The literal parts of every string a reader sees: not docstrings, not the law's titles."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (
            getattr(node.func, "id", "") == "LawSource" or getattr(node.func, "attr", "") == "compile"
        ):  # a law's title, a regular expression
            skip.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:  # e.g. {x:.0%}
            skip.update(id(n) for n in ast.walk(node.format_spec))
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def test_no_amount_is_written_into_a_text() -> None:
    """Amounts and percentages in the texts come from rates/ (formatted in), never typed into them:
    a new year changes a rates file, not a sentence. `€ 0` (nothing) is not an amount."""
    wrong = [
        f"{name}:{line}: {text[:70]!r}"
        for name, path in modules()
        if name.startswith("calc")
        for line, text in _texts(ast.parse(path.read_text(encoding="utf-8")))
        if AMOUNT.search(TYPING_EXAMPLE.sub("", text))
    ]
    assert not wrong, "\n".join(wrong)
