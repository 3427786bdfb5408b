# The README's two commands are `make run` and `make test`; everything else supports them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := feedback:create_app

.PHONY: help install assets run test lint typecheck pytest eval browser-deps pdf-deps services clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

static/dist/.built: node_modules/.installed $(wildcard static/src/*)
	mkdir -p static/dist/govuk
	node_modules/.bin/sass --quiet --no-source-map --load-path=node_modules --style=compressed \
		static/src/application.scss static/dist/application.css
	rm -rf static/dist/govuk/assets
	cp -R node_modules/govuk-frontend/dist/govuk/assets static/dist/govuk/assets
	cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js static/dist/govuk/
	cp static/src/*.js static/src/favicon.svg static/dist/
	touch $@

install: pdf-deps $(VENV)/.installed static/dist/.built ## Create .venv, install the project and build the front-end assets (idempotent)

assets: static/dist/.built ## Build the front-end assets

instance/secret_key:
	mkdir -p instance
	$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(48))' > $@
	chmod 600 $@

run: install instance/secret_key ## Set up and serve the app with demo data on SQLite at http://127.0.0.1:$(PORT)
	FEEDBACK_ENV=development $(BIN)/flask db upgrade
	FEEDBACK_ENV=development $(BIN)/flask catalogue load
	FEEDBACK_ENV=development $(BIN)/flask demo-data --if-empty
	FEEDBACK_ENV=development $(BIN)/flask users demo-admin
	FEEDBACK_ENV=development $(BIN)/flask run --host 127.0.0.1 --port $(PORT)

browser-deps: ## Install the system Chromium that the browser tests drive (where apt exists)
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null; \
	fi

# WeasyPrint (the Board's PDFs) needs Pango 1.44+, HarfBuzz and system fonts (emoji too, as
# children use them in comments); it fetches nothing at run time.
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig \
	fonts-liberation fonts-dejavu-core fonts-noto-color-emoji

pdf-deps: ## Install the system libraries and fonts WeasyPrint needs (where apt exists)
	@if command -v apt-get >/dev/null && ! dpkg -s $(PDF_PACKAGES) >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_PACKAGES) >/dev/null; \
	fi

lint: install ## ruff, formatting, mypy and the import-linter contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

eval: install ## Print precision, recall and F1 for sentiment, themes, disclosures and redaction on the corpus (dev and held-out)
	$(BIN)/python -m feedback.analysis.evaluate

pytest: install browser-deps
	$(BIN)/pytest

test: lint pytest ## Lint and run the whole suite (set TEST_DATABASE_URL to include PostgreSQL)

clean: ## Remove the built assets and the virtualenv
	rm -rf static/dist node_modules $(VENV)
