# Every target bootstraps its own virtualenv; a second call only re-installs when pyproject changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench eval soak pictures-refs docs-images clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test,dev]'
	@touch $(STAMP)

run: $(STAMP)
	@$(PY) -m bot start

test: $(STAMP)
	@$(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check bot tests scripts bench
	$(PY) -m ruff format --check bot tests scripts bench
	$(PY) -m mypy

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
