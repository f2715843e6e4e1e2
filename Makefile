# `make run` and `make test` each set up everything they need first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The CPU build of torch, installed before anything can pull the multi-GB CUDA build.
# On the project's machines pip finds this version on local disk. Elsewhere use:
#   make run TORCH="torch --index-url https://download.pytorch.org/whl/cpu"
TORCH ?= torch==2.13.0

.PHONY: setup run chat test lint bench calibrate
setup: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check $(TORCH)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

run: setup
	$(BIN)/mentorbot start

chat: setup
	$(BIN)/mentorbot chat

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# Refit the decisions (whether to answer; how a message after an answer is read) after the
# corpus changes and `mentorbot index build`, on every open labelled file (the list is in
# bot/knowledge/fitting/sets.py). `mentorbot publish` does both, and a running bot follows.
calibrate: setup
	$(BIN)/mentorbot fit
