"""What can be checked of deploy/ on a machine without a Docker engine or systemd running."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from fnmatch import fnmatch
from pathlib import PurePath

import pytest

from bot.config import DEVELOPER_VARIABLES, PROJECT_ROOT, VARIABLES
from bot.telegram.views.conversation import COMMANDS
from tests.conftest import MENTORBOT, clean_env

DEPLOY = PROJECT_ROOT / "deploy"
UNITS = ("deploy/mentorbot.service", "deploy/mentorbot-console.service")
SETTINGS = sorted(variable.name for variable in VARIABLES)
SETTING_NAME = re.compile(r"\b(?:MENTORBOT|TELEGRAM)_[A-Z_]*[A-Z]\b")


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_every_setting_is_in_env_example_and_the_readme_by_its_full_name():
    example = (PROJECT_ROOT / ".env.example").read_text()
    readme = (PROJECT_ROOT / "README.md").read_text()
    for name in SETTINGS:
        assert re.search(rf"^(# )?{name}=", example, re.M), f"{name} missing from .env.example"
        assert re.search(rf"`{name}`", readme), f"{name} missing from the README"


def test_the_docs_name_no_setting_that_does_not_exist():
    every = {*SETTINGS, *(v.name for v in DEVELOPER_VARIABLES)}
    for path in (
        ".env.example",
        "README.md",
        "deploy/Dockerfile",
        "deploy/docker-compose.yml",
        *UNITS,
    ):
        named = set(SETTING_NAME.findall((PROJECT_ROOT / path).read_text()))
        assert named <= every, f"{path} names {sorted(named - every)}"


def test_settings_for_tests_and_benchmarks_stay_out_of_the_operators_table():
    example = (PROJECT_ROOT / ".env.example").read_text()
    readme = (PROJECT_ROOT / "README.md").read_text()
    table = readme[readme.index("| variable | default | meaning |") :].split("\n\n", 1)[0]
    for variable in DEVELOPER_VARIABLES:
        assert variable.name not in example and variable.name not in table
        assert f"`{variable.name}`" in readme  # documented where developers look


def test_the_readme_command_table_lists_every_command_of_the_menu():
    lines = (PROJECT_ROOT / "README.md").read_text().splitlines()
    start = lines.index("| command | what it does |")
    rows = list(itertools.takewhile(lambda line: line.startswith("|"), lines[start + 2 :]))
    listed = [re.match(r"\| `/(\w+)", row) for row in rows]
    assert [m[1] for m in listed if m] == [name for name, _ in COMMANDS]


def test_env_example_holds_no_secret_and_overrides_no_default():
    """Docker's --env-file and systemd's EnvironmentFile override what the image or unit
    sets, so the example leaves everything but the token commented out."""
    active = [
        line
        for line in (PROJECT_ROOT / ".env.example").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert active == ["TELEGRAM_BOT_TOKEN="]


def test_dockerfile_runs_as_non_root_with_cpu_torch_volume_index_and_healthcheck():
    instructions = dockerfile_instructions()
    kinds = [kind for kind, _ in instructions]
    assert kinds.count("FROM") == 2  # a build stage, and a slim runtime stage
    assert any(k == "ARG" and "download.pytorch.org/whl/cpu" in v for k, v in instructions)
    user = [v for k, v in instructions if k == "USER"]
    assert user == ["mentorbot"]
    assert ("VOLUME", "/data") in instructions
    assert any(k == "COPY" and v.startswith("index ") for k, v in instructions)
    assert any(k == "HEALTHCHECK" for k in kinds)
    for kind, value in instructions:
        if kind == "COPY" and "--from" not in value:
            for source in value.split()[:-1]:
                assert (PROJECT_ROOT / source).exists(), source
        if kind == "ENV":
            for name in re.findall(r"(MENTORBOT_[A-Z_]+)=", value):
                assert name in SETTINGS


def exec_form(value: str) -> list[str]:
    return json.loads(value[value.index("[") :])


def test_the_images_command_exists_and_parses_its_arguments(tmp_path):
    (command,) = [exec_form(v) for k, v in dockerfile_instructions() if k == "CMD"]
    assert command[0] == "mentorbot"
    result = subprocess.run([MENTORBOT, *command[1:], "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: mentorbot run" in result.stdout


def test_the_healthcheck_command_tells_fresh_from_stale(tmp_path):
    from bot.ops.health import beat, heartbeat_path

    (healthcheck,) = [v for k, v in dockerfile_instructions() if k == "HEALTHCHECK"]
    command = exec_form(healthcheck)
    assert command[:2] == ["mentorbot", "health"]
    env = clean_env(MENTORBOT_DB=str(tmp_path / "bot.sqlite3"))

    def health() -> int:
        return subprocess.run([MENTORBOT, *command[1:]], env=env, capture_output=True).returncode

    assert health() == 1  # no heartbeat yet
    path = heartbeat_path(tmp_path / "bot.sqlite3")
    beat(path)
    assert health() == 0
    path.write_text("1000\n")  # 1970: long dead
    assert health() == 1
    beat(path, "loading")
    assert health() == 0  # commands are answered meanwhile
    beat(path, "failed", "Could not load the embedding model from /x:\n no such file")
    result = subprocess.run([MENTORBOT, *command[1:]], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "mentorbot: the bot runs, but the model and the index could not be loaded: "
        "Could not load the embedding model from /x: no such file"
    ]


def test_compose_file_keeps_data_on_a_volume_and_reads_env():
    compose = (DEPLOY / "docker-compose.yml").read_text()
    assert "dockerfile: deploy/Dockerfile" in compose
    assert "env_file: ../.env" in compose
    assert "mentorbot-data:/data" in compose
    assert "restart: unless-stopped" in compose


def test_compose_runs_the_console_beside_the_bot_on_the_same_volumes_reachable_locally():
    yaml = pytest.importorskip("yaml")
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    bot, console = compose["services"]["mentorbot"], compose["services"]["console"]
    assert console["command"] == ["mentorbot", "console"]
    assert console["image"] == bot["image"] and console["env_file"] == bot["env_file"]
    # Same database, corpus and index: what the console publishes, the bot follows.
    assert console["volumes"] == bot["volumes"]
    assert {v.split(":")[1] for v in bot["volumes"]} == {"/data", "/app/corpus", "/app/index"}
    assert set(compose["volumes"]) == {v.split(":")[0] for v in bot["volumes"]}
    # Published on the host's loopback only, for the reverse proxy there.
    assert console["ports"] == ["127.0.0.1:8080:8080"]
    assert console["environment"]["MENTORBOT_CONSOLE_PORT"] == "8080"
    assert console["restart"] == "unless-stopped"


def in_build_context(path: str) -> bool:
    """Whether .dockerignore lets `path` into the build context: the last pattern that
    matches the path or one of its folders decides, `!` letting it back in."""
    patterns = [
        line.strip()
        for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    parts = PurePath(path).parts
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    included = True
    for pattern in patterns:
        negated = pattern.startswith("!")
        glob = pattern.lstrip("!")
        if any(fnmatch(prefix, glob) for prefix in prefixes):
            included = negated
    return included


def test_the_image_holds_the_open_labelled_files_for_publishing_and_no_sealed_one():
    from bot.knowledge.fitting import sets

    def relative(labelled: sets.Labelled) -> str:
        return str(labelled.path.relative_to(PROJECT_ROOT))

    needed = [
        *sets.fit_questions(),
        *sets.fit_conversations(),
        *(f for kind in ("chats", "multi", "questions", "codemixed") for f in sets.held_out(kind)),
    ]
    assert needed
    for labelled in needed:
        assert in_build_context(relative(labelled)), relative(labelled)
    # Sealed files are only named here, never opened.
    sealed = [f for kind in ("chats", "multi", "questions", "codemixed") for f in sets.sealed(kind)]
    for labelled in sealed:
        assert not in_build_context(relative(labelled)), relative(labelled)
    assert not in_build_context("tests/data/sealed/v41/any-writer/chats.jsonl")
    assert not in_build_context("tests/test_deploy.py") and in_build_context("bot/cli/__init__.py")


UNIT_MUST_HAVE = [
    "User=mentorbot",
    "EnvironmentFile=/etc/mentorbot/mentorbot.env",
    "Restart=on-failure",
    "NoNewPrivileges=true",
    "ProtectSystem=strict",
    "ProtectHome=true",
    "PrivateTmp=true",
    "KillSignal=SIGTERM",
]


@pytest.mark.parametrize("name", UNITS)
def test_systemd_unit_has_the_usual_hardening(name):
    unit = (PROJECT_ROOT / name).read_text()
    for line in UNIT_MUST_HAVE:
        assert re.search(rf"^{re.escape(line)}$", unit, re.M), line


def test_the_console_unit_runs_the_console_and_may_write_only_where_it_publishes():
    unit = (DEPLOY / "mentorbot-console.service").read_text()
    assert re.search(r"^ExecStart=\S+/mentorbot console$", unit, re.M)
    (paths,) = re.findall(r"^ReadWritePaths=(.*)$", unit, re.M)
    assert paths.split() == [
        "/var/lib/mentorbot",
        "/opt/mentorbot/corpus",
        "/opt/mentorbot/index",
    ]
    bot = (DEPLOY / "mentorbot.service").read_text()
    same = ("Environment=MENTORBOT_DB=", "WorkingDirectory=", "EnvironmentFile=")
    for line in (line for line in unit.splitlines() if line.startswith(same)):
        assert line in bot.splitlines(), line  # the same database, corpus, index, settings


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
@pytest.mark.parametrize("name", UNITS)
def test_systemd_unit_verifies(tmp_path, name):
    # Point the unit at this checkout, where the executable exists, then let systemd judge.
    unit = (PROJECT_ROOT / name).read_text().replace("/opt/mentorbot", str(PROJECT_ROOT))
    path = tmp_path / PurePath(name).name
    path.write_text(unit)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout + result.stderr == ""
