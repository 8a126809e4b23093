# quotewire — `make run` starts the service, `make test` runs the tests (both set up .venv).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
DATA ?= ../shared/eval/polnear_trainval.jsonl
URL ?= http://127.0.0.1:8000

.PHONY: run test lint eval bench load train compose-test clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

## run: Redis (embedded unless REDIS_URL is set), a Celery worker and the API on :8000
run: $(INSTALLED)
	$(PY) -m workers.cli run

## test: lint, then pytest against a real Redis (started for the session unless one is given)
test: $(INSTALLED)
	$(PY) -m ruff check api workers bench tests
	$(PY) -m pytest

lint: $(INSTALLED)
	$(PY) -m ruff check api workers bench tests
	$(PY) -m ruff format --check api workers bench tests

## eval: accuracy on the dev split of an annotated corpus (DATA=path/to.jsonl)
eval: $(INSTALLED)
	$(PY) -m workers.cli eval $(DATA) --split dev

## bench: speed against bare spaCy: in-process, the service over HTTP, long articles
## (DATA=path/to.jsonl; BENCH_ARGS="--limit 50 --sections limit,extract" for a quick run)
bench: $(INSTALLED)
	$(PY) -m bench.speed $(DATA) $(BENCH_ARGS)

## load: 5,000 articles from 32 clients against a running service (DATA=…, URL=…,
## FAULT=worker-kill or FAULT=redis-restart to hit a `make run` stack on this machine midway)
load: $(INSTALLED)
	$(PY) -m bench.load $(DATA) --url $(URL) $(if $(FAULT),--fault $(FAULT))

## train: retrain the attribution tagger on the train split (DATA=path/to.jsonl; CPU only)
train: $(INSTALLED)
	OMP_NUM_THREADS=1 nice -n 5 $(PY) -m bench.train_tagger $(DATA)

## compose-test: build the image and test the docker-compose stack for real
compose-test:
	bash tests/compose/compose_test.sh

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
