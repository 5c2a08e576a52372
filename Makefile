# Two commands for a newcomer: `make run` and `make test`. See README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: run dev test install lint format migrate demo messages worker clean bench lighthouse

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/activate requirements.txt requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(MANAGE) migrate --noinput

messages: install
	$(MANAGE) compile_translations

demo: migrate
	$(MANAGE) load_demo_content

# What a newcomer sees is what production serves: DEBUG off, gunicorn, WhiteNoise.
run: install messages migrate
	DJANGO_DEBUG=False $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=False $(MANAGE) load_demo_content
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	DJANGO_SETTINGS_MODULE=config.settings.dev DJANGO_DEBUG=False \
		$(VENV)/bin/gunicorn config.wsgi:application --bind 127.0.0.1:$(PORT) --workers 2 --access-logfile -

dev: install messages migrate demo
	DJANGO_DEBUG=True $(MANAGE) runserver 127.0.0.1:$(PORT)

# The suite runs on two processes (pytest-xdist); PYTEST_ARGS adds options, e.g. PYTEST_ARGS="-n 0 -x".
PYTEST_ARGS ?=
test: install messages
	$(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

# Load test of every page type (gunicorn + wrk), cold and cached; prints a table, writes JSON.
bench: install messages migrate
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || { echo "Install wrk (apt-get install wrk)"; exit 1; }
	DJANGO_DEBUG=False $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=False $(MANAGE) load_demo_content $(DEMO_ARGS)
	DJANGO_DEBUG=False $(MANAGE) bench $(BENCH_ARGS)

# Lighthouse (mobile) performance and accessibility of home, a story and a course, against gunicorn
# with DEBUG off. Installs the lighthouse npm package in .tools/ (git-ignored) and uses Debian's Chromium.
LIGHTHOUSE_VERSION ?= 12.8.2
lighthouse: install messages migrate
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq chromium >/dev/null; } || { echo "Install chromium (apt-get install chromium)"; exit 1; }
	@command -v npm >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq npm >/dev/null; } || { echo "Install Node.js and npm (apt-get install npm)"; exit 1; }
	@[ -x .tools/node_modules/.bin/lighthouse ] || npm install --prefix .tools --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)
	DJANGO_DEBUG=False $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=False $(MANAGE) load_demo_content
	DJANGO_DEBUG=False $(MANAGE) generate_renditions
	DJANGO_DEBUG=False $(MANAGE) lighthouse $(LIGHTHOUSE_ARGS)

# Runs queued background jobs (mail, renditions, indexing): the app servers must run with
# TASKS_BACKEND=database too (the worker itself defaults to it).
worker: install migrate
	TASKS_BACKEND=$${TASKS_BACKEND:-database} $(MANAGE) db_worker

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles tmp .pytest_cache
