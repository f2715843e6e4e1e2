"""Which code may import which: the layers the design depends on, and test modules that
share through conftest.py rather than by importing each other. Read from the source.

Every import counts, including those inside functions (the CLI imports lazily).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

BOT = PROJECT_ROOT / "bot"
TESTS = PROJECT_ROOT / "tests"

# The domain core: everything under bot/ that isn't a front end (the Telegram layer and the
# command line, which runs either).
FRONT_ENDS = ("bot.telegram", "bot.cli")


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved; `from a import b` gives both
    a and a.b (b may be a module)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


DOMAIN = [p for p in modules(BOT) if not within(module_name(p), *FRONT_ENDS)]
HANDLERS = modules(BOT / "telegram" / "handlers")
VIEWS = modules(BOT / "telegram" / "views")


def test_the_layers_have_members():
    assert {"bot.services", "bot.questions", "bot.store.db", "bot.nudges.sweep"} <= {
        module_name(p) for p in DOMAIN
    }
    assert len(HANDLERS) >= 5 and len(VIEWS) >= 5


@pytest.mark.parametrize("path", DOMAIN, ids=module_name)
def test_the_domain_never_imports_telegram(path):
    bad = {m for m in imports(path) if within(m, "telegram", *FRONT_ENDS)}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", modules(BOT / "telegram"), ids=module_name)
def test_the_telegram_layer_reaches_the_database_only_through_services(path):
    bad = {m for m in imports(path) if within(m, "bot.store")}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", HANDLERS, ids=module_name)
def test_handlers_never_import_each_other(path):
    own = module_name(path)
    bad = {
        m
        for m in imports(path)
        if within(m, "bot.telegram.handlers") and m not in (own, "bot.telegram.handlers")
    }
    assert not bad, f"{own} imports {sorted(bad)}"


@pytest.mark.parametrize("path", VIEWS, ids=module_name)
def test_views_import_only_views_callbacks_and_domain_types(path):
    """Views are given what they show; the only domain they see is the types of it."""
    allowed = ("bot.telegram.views", "bot.telegram.callbacks")
    found = imports(path) - {"bot.telegram"}  # the package itself, as in `from bot.telegram import`
    bad = {m for m in found if within(m, "bot.telegram") and not within(m, *allowed)}
    bad |= {m for m in found if within(m, "bot.store", "bot.services")}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", modules(TESTS), ids=module_name)
def test_no_test_module_imports_another(path):
    """Shared helpers live in conftest.py (and the stand-in in botapi.py)."""
    bad = {m for m in imports(path) if within(m, "tests") and m.split(".")[1].startswith("test_")}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


def test_the_import_reader_sees_relative_and_late_imports(tmp_path, monkeypatch):
    package = tmp_path / "bot" / "nudges"
    package.mkdir(parents=True)
    source = package / "late.py"
    source.write_text(
        "from . import schedule\n"
        "from ..store import db\n"
        "def f():\n"
        "    import telegram.ext\n"
        "    from bot.telegram.views import common\n"
    )
    monkeypatch.setattr(f"{__name__}.PROJECT_ROOT", tmp_path)
    assert imports(source) >= {
        "bot.nudges.schedule",
        "bot.store.db",
        "telegram.ext",
        "bot.telegram.views.common",
    }


# ── the knowledge pipeline: search, reading, deciding, the mentor, fitting ─────
# Each layer may import those listed for it (and itself); nothing runs upward.
KNOWLEDGE = BOT / "knowledge"
PIPELINE_LINES = {
    "bot.knowledge.search": (),
    "bot.knowledge.reading": ("bot.knowledge.search.text",),
    "bot.knowledge.deciding": ("bot.knowledge.search", "bot.knowledge.reading"),
    "bot.knowledge.mentor": (
        "bot.knowledge.search",
        "bot.knowledge.reading",
        "bot.knowledge.deciding",
    ),
}


def _knowledge_imports(path: Path) -> set[str]:
    return {m for m in imports(path) if within(m, "bot.knowledge") and m != "bot.knowledge"}


@pytest.mark.parametrize(
    ("layer", "path"),
    [
        (layer, path)
        for layer in PIPELINE_LINES
        for path in (
            modules(KNOWLEDGE / layer.rsplit(".", 1)[1])
            if (KNOWLEDGE / layer.rsplit(".", 1)[1]).is_dir()
            else [KNOWLEDGE / f"{layer.rsplit('.', 1)[1]}.py"]
        )
    ],
    ids=lambda value: value if isinstance(value, str) else module_name(value),
)
def test_each_knowledge_layer_imports_only_the_layers_below_it(layer, path):
    allowed = (layer, *PIPELINE_LINES[layer])
    bad = {m for m in _knowledge_imports(path) if not within(m, *allowed)}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", modules(BOT), ids=module_name)
def test_fitting_is_imported_by_the_command_line_and_the_console_only(path):
    if within(module_name(path), "bot.knowledge.fitting", "bot.cli", "bot.console"):
        return
    bad = {m for m in imports(path) if within(m, "bot.knowledge.fitting")}
    assert not bad, f"{module_name(path)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", modules(BOT), ids=module_name)
def test_only_the_command_line_starts_the_console_and_the_console_never_imports_telegram(path):
    """The running bot never loads the web console's code (nor the other way round): they
    share the database, the corpus and the index, not a process."""
    name = module_name(path)
    found = imports(path)
    if within(name, "bot.console"):
        bad = {m for m in found if within(m, "telegram", "bot.telegram", "bot.cli", "bot.services")}
    elif within(name, "bot.cli"):
        bad = set()
    else:
        bad = {m for m in found if within(m, "bot.console")}
    assert not bad, f"{name} imports {sorted(bad)}"


def test_the_knowledge_layers_exist_and_batching_lives_outside():
    for folder in ("search", "reading", "deciding", "fitting"):
        assert (KNOWLEDGE / folder / "__init__.py").is_file()
    assert (BOT / "batching.py").is_file() and not (KNOWLEDGE / "batching.py").exists()
