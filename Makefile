# Every target bootstraps its own virtualenv from requirements.lock: the same pinned, hashed
# packages on every clone and in CI. `make lock` after editing dependencies in pyproject.toml;
# `make deps` to upgrade everything on purpose.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCK := requirements.lock
PIP := $(PY) -m pip install -q --disable-pip-version-check
# The lock tool itself, pinned; installed from PyPI into the virtualenv when first needed.
UV_VERSION := 0.13.9
UV := $(VENV)/bin/uv
LOCK_ARGS := pyproject.toml --extra test --extra dev --universal --generate-hashes \
	--python-version 3.11 --quiet --output-file $(LOCK)

.PHONY: run console test lint format bench eval soak pictures-refs docs-images lock deps clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(LOCK) pyproject.toml | $(PY)
	@$(PY) scripts/check_lock.py
	@$(PIP) --require-hashes --no-deps -r $(LOCK)
	@$(PIP) --no-deps --no-build-isolation -e .
	@touch $(STAMP)

$(UV): | $(PY)
	@$(PIP) uv==$(UV_VERSION)

run: $(STAMP)
	@$(PY) -m bot start

# The local console, whether or not .env holds a Discord token.
console: $(STAMP)
	@$(PY) -m bot console

test: $(STAMP)
	@$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check bot tests scripts bench
	$(PY) -m ruff format --check bot tests scripts bench
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache

format: $(STAMP)
	$(PY) -m ruff format bot tests scripts bench
	$(PY) -m ruff check --fix bot tests scripts bench

bench: $(STAMP)
	$(PY) -m bench

# Score the article reader on a corpus (default ../shared/articles/dev; CORPUS=dir to change).
eval: $(STAMP)
	$(PY) -m bench.eval $(CORPUS)

soak: $(STAMP)
	$(PY) -m pytest -q -m soak tests/soak

# After a deliberate change of the pictures' design: redraw what tests/pictures compares against.
pictures-refs: $(STAMP)
	$(PY) -m tests.pictures.regenerate

# The README's pictures, drawn from the bundled data (TODAY=YYYY-MM-DD fixes the "as of" day).
docs-images: $(STAMP)
	$(PY) -m scripts.docs_images $(if $(TODAY),--today $(TODAY))

# After adding, removing or re-bounding a dependency in pyproject.toml: resolve it into the
# lock, keeping every other pin as it is.
lock: $(UV)
	$(UV) pip compile $(LOCK_ARGS)

# Upgrade every pin to the newest release pyproject.toml allows (then run make test).
deps: $(UV)
	$(UV) pip compile --upgrade $(LOCK_ARGS)
	@$(MAKE) --no-print-directory $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
