# sentiment: `make run` serves on http://127.0.0.1:8080/, `make test` tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8080
DATA   ?= $(wildcard ../shared/data/imdb_train.csv.gz)

.PHONY: audit capacity languages install install-dev lint postgres run test e2e deploy-test train \
	bench learncurve poison scale loadtest clean

# Serving needs requirements.txt (and requirements-postgres.txt for SENTIMENT_DATABASE_URL);
# training, tests and the bench add requirements-dev.txt.
$(BIN)/.installed: requirements.txt requirements-postgres.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check \
		-r requirements.txt -r requirements-postgres.txt
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed
install-dev: $(BIN)/.installed-dev

# Debian's PostgreSQL server, for the tests of the PostgreSQL backend (.ci/postgres starts one
# of its own).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq postgresql; }

run: install
	$(BIN)/python sentiment.py serve --port $(PORT)

# ruff at 100 columns (pyproject.toml): the code as the formatter leaves it, no line wider,
# and no unused or undefined names.
lint: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

test: install-dev
	$(BIN)/python -m pytest -q -m "not e2e and not deploy" test_sentiment.py

# The browser test: Debian's Chromium through Playwright (no downloaded browser), and a CJK font:
# screenshots show Chinese.
e2e: install-dev
	@command -v chromium >/dev/null && dpkg -s fonts-noto-cjk >/dev/null 2>&1 || \
		{ apt-get update -qq && apt-get install -y -qq chromium chromium-driver fonts-noto-cjk; }
	@test -f .venv/axe/node_modules/axe-core/axe.min.js || \
		npm install --silent --no-audit --no-fund --prefix .venv/axe axe-core@4.14.1
	$(BIN)/python -m pytest -q -m e2e test_sentiment.py

# waitress, gunicorn (sync, --preload, gthread), Apache mod_wsgi and nginx in front, each run for
# real. Apache serves as nobody, who must be able to enter the folders that lead to Python and here.
deploy-test: install-dev
	@test -x /usr/bin/apxs -a -x /usr/sbin/apache2 -a -x /usr/sbin/nginx || \
		{ apt-get update -qq && apt-get install -y -qq apache2-dev apache2-bin nginx; }
	@test -x $(BIN)/mod_wsgi-express || $(BIN)/pip install --quiet --no-cache-dir mod_wsgi==6.1.1
	@for d in $$(dirname $$(realpath $(BIN)/python)) $(CURDIR); do \
	  while [ "$$d" != / ]; do chmod o+x "$$d" 2>/dev/null || true; d=$$(dirname "$$d"); done; done
	$(BIN)/python -m pytest -q -m deploy test_sentiment.py

# make train DATA=path/to/reviews.csv.gz (or an aclImdb/ directory)
train: install-dev
	@test -n "$(DATA)" || \
		{ echo "make train: set DATA=path to a CSV/CSV.gz or an aclImdb/ directory" >&2; exit 2; }
	$(BIN)/python sentiment.py train $(DATA)

# Speed against the textbook pipeline, as ratios within one run (needs wrk and ../shared).
bench: install-dev
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(BIN)/python bench_sentiment.py

# Prequential accuracy on ../shared/data/amazon_shift.csv.gz (frozen, online and batch retrain per
# 500 reviews), then every rule on the stream families and their worst case (docs/learning.md);
# writes docs/learncurve.json, learncurve.svg and learncurve-families.json.
learncurve: install-dev
	$(BIN)/python bench_sentiment.py learncurve

# Each worker's RSS and a /metrics scrape's cost with 0, 200,000 and 1,000,000 feedbacks in the
# log; writes docs/capacity.json.
capacity: install-dev
	$(BIN)/python bench_sentiment.py capacity

# English and Chinese dev figures of the bilingual recipe, a held-out kind of Chinese review
# (needs ../shared).
languages: install-dev
	$(BIN)/python bench_sentiment.py languages

# Live accuracy from a blind audit of the held-out rows, beside the estimate from probabilities
# (needs ../shared).
audit: install-dev
	$(BIN)/python bench_sentiment.py audit

# The poisoning attack of docs/security.md against a real server in each learning mode (needs
# ../shared); writes docs/poison.json.
poison: install-dev
	$(BIN)/python bench_sentiment.py poison

# Two gunicorn hosts on one PostgreSQL (started here by .ci/postgres): feedback/s, the lag from
# host A's feedback to host B's answer, and predictions/s against SQLite; writes docs/scale.json.
scale: install-dev postgres
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	@eval "$$(.ci/postgres)"; trap '.ci/postgres stop $$SENTIMENT_TEST_PGDIR' EXIT; \
		$(BIN)/python bench_sentiment.py scale

# 30 s under gunicorn -w 2 at 16 connections, 90% predictions and 10% feedback (make test runs 5 s).
loadtest: install-dev
	LOADTEST_SECONDS=30 $(BIN)/python -m pytest -q -s test_sentiment.py -k test_load

clean:
	rm -rf $(VENV) __pycache__ .pytest_cache .hypothesis bench-results.json
