# Newsroom: `make run` serves the demo newsroom, `make test` runs the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_WANTED := $(shell cat .python-version 2>/dev/null)
PYENV_ROOT ?= $(HOME)/.pyenv
# The interpreter that builds .venv: the pinned pyenv version when present, else the newest python3.1x on PATH.
PYTHON ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/$(PYTHON_WANTED)/bin/python3) $(shell command -v python3.13 python3.12 python3 2>/dev/null))
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The address load_demo prints and feeds and sitemaps link to: where make run serves.
export NEWSROOM_SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: help run serve static-files test lint format bench soak smoke venv dev-deps browser demo clean audit audit-system

help:
	@echo "make run   - install, migrate, load the demo newsroom and serve on http://$(HOST):$(PORT)/"
	@echo "make test  - run the whole test suite (unit, HTTP, admin and browser tests)"
	@echo "make serve - production mode locally (DEBUG off, gunicorn, collected static files)"
	@echo "make lint  - ruff check and ruff format --check"
	@echo "make bench - benchmarks (figures, not tests); BENCH_QUICK=1 skips 100,000 stories"
	@echo "make soak  - 200 connections for a minute, Redis and PostgreSQL restarted under load"
	@echo "make smoke - serve the demo through the nginx config in deploy/ and check it"
	@echo "make audit - axe-core, W3C validator, Lighthouse and page weight of reader pages"

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then echo "No Python found. Install Python $(PYTHON_WANTED) (pyenv install $(PYTHON_WANTED))."; exit 1; fi
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { \
	  echo "Newsroom needs Python 3.12 or newer (Django 6.1); $(PYTHON) is $$($(PYTHON) -V 2>&1)."; \
	  echo "Install $(PYTHON_WANTED) with 'pyenv install $(PYTHON_WANTED)' or run 'make PYTHON=/path/to/python3.13 ...'."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

venv: $(VENV)/.runtime
dev-deps: $(VENV)/.dev

# Browser tests drive Debian's chromium; install it when this machine lacks it (needs root).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; \
	fi

# The accessibility tests check pages with axe-core and the Nu Html Checker
# (vnu.jar, run with Java), `make audit` adds Lighthouse: npm packages pinned in
# package-lock.json. Node, npm and Java are installed when missing (needs root).
audit-system:
	@if ! command -v npm >/dev/null || ! command -v java >/dev/null; then \
	  echo "Installing Node.js, npm and Java for the accessibility checks..."; \
	  pkgs=""; command -v npm >/dev/null || pkgs="nodejs npm"; command -v java >/dev/null || pkgs="$$pkgs default-jre-headless"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs >/dev/null; fi; \
	fi

# What the tests need (axe-core, vnu-jar); npm ci empties node_modules, stamps included.
node_modules/.test-tools: package.json package-lock.json | audit-system
	npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Everything, Lighthouse included.
node_modules/.audit-tools: package.json package-lock.json | audit-system
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@ node_modules/.test-tools

demo: venv
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo

# The production settings on plain HTTP at $(HOST):$(PORT): DEBUG off (readers
# and the desk get the Vietnamese error pages, the real CSP and page cache),
# secure cookies and the HTTPS redirect off, Django serving /media/ itself.
# A secret key is generated once into var/secret_key (git-ignored).
# DJANGO_DEBUG=1 make run brings back Django's debug pages for development.
LOCAL_PRODUCTION = DJANGO_DEBUG=$${DJANGO_DEBUG:-0} DJANGO_SECRET_KEY="$$(cat var/secret_key)" \
  DJANGO_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 NEWSROOM_SERVE_MEDIA=1

var/secret_key: | $(BIN)/python
	@mkdir -p var && $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

static-files: demo var/secret_key
	$(LOCAL_PRODUCTION) $(BIN)/python manage.py collectstatic --noinput -v0

# Django's development server (reloads on code changes).
run: static-files
	$(LOCAL_PRODUCTION) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The production server on this machine: gunicorn, always DEBUG off.
serve: static-files
	$(LOCAL_PRODUCTION) DJANGO_DEBUG=0 GUNICORN_BIND=$(HOST):$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py newsroom.wsgi

test: dev-deps browser node_modules/.test-tools
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: that is a failure."; exit 1; fi; exit $$rc

lint: dev-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: dev-deps
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Reader pages under wrk (bench/run.py), then the related engine at scale
# (bench/related_scale.py: full rebuild, incremental updates, peak memory).
bench: dev-deps
	$(BIN)/python bench/run.py
	$(BIN)/python bench/related_scale.py --n $(if $(filter-out 0,$(BENCH_QUICK)),1000,100000)

soak: dev-deps
	$(BIN)/python bench/soak.py

smoke: venv
	$(BIN)/python deploy/smoke.py

# A throwaway demo served in production mode; prints axe violations and
# validator errors per page, Lighthouse scores and the article page's weight.
audit: dev-deps browser node_modules/.audit-tools
	$(BIN)/python bench/audit.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache node_modules
