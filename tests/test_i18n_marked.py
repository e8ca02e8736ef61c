"""Every Vietnamese string a journalist or reader sees goes through gettext.

The interface is Vietnamese and its source strings are Vietnamese too, so an
unmarked string still *looks* right on every page; only these checks notice
it. Marked strings are what `makemessages` extracts and what a translator
(an English edition, a correction of wording) can change without touching
code.

Python: a string literal holding a Vietnamese letter must be the message of a
gettext call, a docstring, or sit on a line marked ``# i18n: data`` (sample
content, text to match, a folding table: data, not interface).
Templates: text holding a Vietnamese letter must sit inside
``{% blocktranslate %}`` or be the argument of ``{% translate %}`` / ``_("…")``.
Scripts (static/js, the admin's only): such a literal must be the argument of
``gettext(…)``, which the admin's JavaScript catalogue defines on every form.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parent.parent
PYTHON_DIRS = ["articles", "newsroom"]
# Data, not interface: sample stories for the demo and the benchmark, and the
# migrations (frozen history; the models carry the marked strings).
PYTHON_SKIPPED = ("migrations", "demo")
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
DATA_MARK = "# i18n: data"

# The message's position in each gettext function's arguments.
MESSAGE_ARGS = {
    "_": (0,),
    "gettext": (0,),
    "gettext_lazy": (0,),
    "gettext_noop": (0,),
    "ngettext": (0, 1),
    "ngettext_lazy": (0, 1),
    "pgettext": (1,),
    "pgettext_lazy": (1,),
    "npgettext": (1, 2),
    "npgettext_lazy": (1, 2),
}


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _allowed_nodes(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are gettext messages or docstrings."""
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for index in MESSAGE_ARGS.get(_called_name(node), ()):
                if index < len(node.args):
                    allowed.add(id(node.args[index]))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                allowed.add(id(body[0].value))
    return allowed


def unmarked_python_strings(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    allowed = _allowed_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in allowed or not VIETNAMESE.search(node.value):
            continue
        span = lines[node.lineno - 1 : node.end_lineno]
        if any(DATA_MARK in line for line in span):
            continue
        found.append(f"{_shown(path)}:{node.lineno}: {node.value[:60]!r}")
    return found


def python_files() -> list[Path]:
    return sorted(
        path
        for directory in PYTHON_DIRS
        for path in (ROOT / directory).rglob("*.py")
        if not set(path.relative_to(ROOT).parts) & set(PYTHON_SKIPPED)
    )


def _outside_marked_literals(contents: str) -> str:
    """``contents`` with every ``_("…")`` literal removed."""
    return re.sub(r"""_\((["']).*?\1\)""", "", contents)


def unmarked_template_text(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    found = []
    translating = commenting = False
    for token in Lexer(text).tokenize():
        contents = token.contents
        if token.token_type == TokenType.BLOCK:
            tag = contents.split(maxsplit=1)[0] if contents else ""
            if tag == "comment":
                commenting = True
            elif tag == "endcomment":
                commenting = False
            elif tag in ("blocktranslate", "blocktrans"):
                translating = True
            elif tag in ("endblocktranslate", "endblocktrans"):
                translating = False
        if commenting or translating or token.token_type == TokenType.COMMENT:
            continue
        if token.token_type == TokenType.BLOCK and contents.split(maxsplit=1)[0] in (
            "translate",
            "trans",
        ):
            continue
        if token.token_type != TokenType.TEXT:
            contents = _outside_marked_literals(contents)
        if VIETNAMESE.search(contents):
            snippet = " ".join(contents.split())[:60]
            found.append(f"{_shown(path)}:{token.lineno}: {snippet!r}")
    return found


def template_files() -> list[Path]:
    return sorted(
        path for path in (ROOT / "templates").rglob("*") if path.suffix in (".html", ".xml")
    )


JS_COMMENT = re.compile(r"/\*.*?\*/|^\s*//.*?$", re.DOTALL | re.MULTILINE)
JS_STRING = re.compile(r"""(["'])(?:\\.|(?!\1).)*\1""")
JS_MARKED = re.compile(r"gettext\(\s*$")


def unmarked_script_strings(path: Path) -> list[str]:
    source = JS_COMMENT.sub(
        lambda m: "\n" * m.group().count("\n"), path.read_text(encoding="utf-8")
    )
    found = []
    for match in JS_STRING.finditer(source):
        if VIETNAMESE.search(match.group()) and not JS_MARKED.search(source[: match.start()]):
            line = source.count("\n", 0, match.start()) + 1
            found.append(f"{_shown(path)}:{line}: {match.group()[:60]!r}")
    return found


def test_python_strings_a_reader_or_journalist_sees_are_marked_for_translation():
    found = [line for path in python_files() for line in unmarked_python_strings(path)]
    assert not found, "Vietnamese outside gettext:\n" + "\n".join(found)


def test_template_text_is_marked_for_translation():
    found = [line for path in template_files() for line in unmarked_template_text(path)]
    assert not found, "Vietnamese outside {% translate %}:\n" + "\n".join(found)


def test_script_strings_are_marked_for_translation():
    found = [
        line
        for path in sorted((ROOT / "static" / "js").glob("*.js"))
        for line in unmarked_script_strings(path)
    ]
    assert not found, "Vietnamese outside gettext():\n" + "\n".join(found)


def test_the_checks_see_an_unmarked_string(tmp_path):
    """The two checks above pass only if they can fail: feed them one of each."""
    module = tmp_path / "probe.py"
    template = tmp_path / "probe.html"
    module.write_text(
        "from django.utils.translation import gettext as _\n"
        'OK = _("Đã lưu")\n'
        'DATA = "Hà Nội"  # i18n: data\n'
        'BAD = "Chưa lưu"\n',
        encoding="utf-8",
    )
    template.write_text(
        '{% load i18n %}{% translate "Tin khác" %}{% blocktranslate %}Nên xem{% endblocktranslate %}'
        '{# Ghi chú #}<p>{{ x|default:_("Không có") }}</p><h2>Có thể bạn quan tâm</h2>',
        encoding="utf-8",
    )
    script = tmp_path / "probe.js"
    script.write_text(
        '/* "Gợi ý" */\nvar a = gettext("Lưu"), b = interpolate(gettext( "Bỏ %(n)s"), {n: 1}, true);\n'
        '// "Ghim"\nvar c = "Loại";\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in unmarked_python_strings(module)] == ["'Chưa lưu'"]
    assert unmarked_script_strings(script) == ["probe.js:4: '\"Loại\"'"]
    assert [line.split(": ", 1)[1] for line in unmarked_template_text(template)] == [
        "'</p><h2>Có thể bạn quan tâm</h2>'"
    ]
