"""make bench: this service against the textbook pipeline, as ratios within one run.

Every figure is measured here, now, on this machine; absolute times drift
between runs on a shared machine, the ratios much less. Prints one table and
writes bench-results.json. The HTTP part starts its own servers on free
loopback ports and stops them.
"""

import functools
import io
import itertools
import json
import os
import pickle
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings

import bottle
import numpy as np

import sentiment

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "shared", "data", "imdb_train.csv.gz")
DEV_SPLIT, DEV_SEED = 5_000, 2011  # the bench's own fixed IMDb dev rows, as in earlier runs
BIN = os.path.dirname(sys.executable)

# -- the baselines -----------------------------------------------------------------

# The textbook movie classifier's tokenizer: strip HTML, keep emoticons, drop stop words.
STOP = set(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves what which who whom this that
these those am is are was were be been being have has had having do does did doing a an the and but
if or because as until while of at by for with about against between into through during before
after above below to from up down in out on off over under again further then once here there when
where why how all any both each few more most other some such no nor not only own same so than too
very s t can will just don should now""".split()
)


def textbook_tokenizer(text):
    text = re.sub("<[^>]*>", "", text)
    emoticons = re.findall(r"(?::|;|=)(?:-)?(?:\)|\(|D|P)", text.lower())
    text = re.sub(r"[\W]+", " ", text.lower()) + " ".join(emoticons).replace("-", "")
    return [w for w in text.split() if w not in STOP]


def textbook(texts, labels):
    """The textbook pipeline: HashingVectorizer(2**21) + SGDClassifier(log_loss)."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import SGDClassifier

    # by its module's name, even under `python bench…`:
    from bench_sentiment import textbook_tokenizer as tokenizer

    # the Flask app unpickles it
    vect = HashingVectorizer(
        decode_error="ignore",
        n_features=2**21,
        preprocessor=None,
        tokenizer=tokenizer,
        token_pattern=None,
    )
    clf = SGDClassifier(loss="log_loss", random_state=1, max_iter=1)
    for start in range(0, len(texts), 1000):
        clf.partial_fit(
            vect.transform(texts[start : start + 1000]),
            labels[start : start + 1000],
            classes=[0, 1],
        )
    return vect, clf


def tiny_app(measure):
    """Routes that parse the same form and JSON as ours and answer ``measure(review)`` in a tiny
    page."""
    app = bottle.Bottle()
    app.get("/healthz")(lambda: "ok")

    @app.post("/results")
    def results():
        return (
            f"<!doctype html><p>{measure(bottle.request.forms.getunicode('moviereview') or '')}</p>"
        )

    @app.post("/api/predict")
    def predict():
        return {"answer": measure((bottle.request.json or {}).get("review", ""))}

    return app


@functools.lru_cache(maxsize=1)
def _bench_model():
    root = sentiment.model_dir()
    return sentiment.FileStore(root).load(max(sentiment.FileStore(root).versions()))[0]


bare = tiny_app(len)  # the ceiling for any page we serve
# the ceiling for any route that classifies
classify_only = tiny_app(lambda review: _bench_model().positive(review))


# -- the textbook Flask app: what a user would otherwise run -------------------------------------
# The book's movie classifier (Raschka, "Python Machine Learning", ch. 9): a WTForms form with a
# length validator, HashingVectorizer(2**21) with its tokenizer and stop words,
# SGDClassifier(log_loss) trained by one pass, a SQLite insert and a partial_fit on feedback, Jinja
# templates. gunicorn serves it as bench_sentiment:textbook_app; TEXTBOOK_MODEL names its pickled
# (vectorizer, classifier), TEXTBOOK_DB its log.

TEXTBOOK_TEMPLATES = {
    "reviewform": """<!doctype html><html><head><title>Movie Classification</title></head><body>
<h2>Please enter your movie review:</h2>
<form method=post action="/results">
  <dl><dt>{{ form.moviereview.label }}<dd>{{ form.moviereview(cols='30', rows='10') }}
  {% if form.moviereview.errors %}<ul class=errors>
  {% for error in form.moviereview.errors %}<li>{{ error }}</li>
  {% endfor %}</ul>{% endif %}</dd></dl>
  <div><input type=submit value='Submit review' name='submit_btn'></div>
</form></body></html>""",
    "results": """<!doctype html><html><head><title>Movie Classification</title></head><body>
<h3>Your movie review:</h3><div>{{ content }}</div>
<h3>Prediction:</h3><div>This movie review is <strong>{{ prediction }}</strong>
(probability: {{ probability }}%).</div>
<div id='button'><form action="/thanks" method="post">
  <input type=submit value='Correct' name='feedback_button'>
  <input type=submit value='Incorrect' name='feedback_button'>
  <input type=hidden value='{{ prediction }}' name='prediction'>
  <input type=hidden value='{{ content }}' name='review'>
</form></div>
<div id='button'><form action="/"><input type=submit value='Submit another review'></form></div>
</body></html>""",
    "thanks": """<!doctype html><html><head><title>Movie Classification</title></head><body>
<h3>Thank you for your feedback!</h3>
<div id='button'><form action="/"><input type=submit value='Submit another review'></form></div>
</body></html>""",
}


def _textbook_app():
    import pickle
    import sqlite3

    import jinja2
    from flask import Flask, render_template, request
    from wtforms import Form, TextAreaField, validators

    with open(os.environ["TEXTBOOK_MODEL"], "rb") as f:
        vect, clf = pickle.load(f)
    db = os.environ["TEXTBOOK_DB"]
    with sqlite3.connect(db) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS review_db (review TEXT, sentiment INTEGER, date TEXT)"
        )
    app = Flask("textbook")
    app.jinja_loader = jinja2.DictLoader(TEXTBOOK_TEMPLATES)

    class ReviewForm(Form):
        moviereview = TextAreaField("", [validators.DataRequired(), validators.length(min=15)])

    def classify(document):
        label = {0: "negative", 1: "positive"}
        X = vect.transform([document])
        y = clf.predict(X)[0]
        return label[y], np.max(clf.predict_proba(X))

    def train(document, y):
        clf.partial_fit(vect.transform([document]), [y])

    def sqlite_entry(document, y):
        conn = sqlite3.connect(db)
        conn.execute(
            "INSERT INTO review_db (review, sentiment, date) VALUES (?, ?, DATETIME('now'))",
            (document, y),
        )
        conn.commit()
        conn.close()

    @app.route("/")
    def index():
        return render_template("reviewform", form=ReviewForm(request.form))

    @app.route("/healthz")
    def healthz():
        return "ok"

    @app.route("/results", methods=["POST"])
    def results():
        form = ReviewForm(request.form)
        if request.method == "POST" and form.validate():
            review = request.form["moviereview"]
            y, proba = classify(review)
            return render_template(
                "results", content=review, prediction=y, probability=round(proba * 100, 2)
            )
        return render_template("reviewform", form=form)

    @app.route("/thanks", methods=["POST"])
    def feedback():
        feedback, review, prediction = (
            request.form["feedback_button"],
            request.form["review"],
            request.form["prediction"],
        )
        y = {"negative": 0, "positive": 1}[prediction]
        if feedback == "Incorrect":
            y = int(not y)
        train(review, y)
        sqlite_entry(review, y)
        return render_template("thanks")

    return app


# gunicorn imports bench_sentiment:textbook_app; other users of this module never build it
def __getattr__(name):
    if name == "textbook_app":
        globals()["textbook_app"] = _textbook_app()
        return globals()["textbook_app"]
    raise AttributeError(name)


# -- measuring -----------------------------------------------------------------------


def timings(fn, n, warmup=50):
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return summary(ts)


def summary(ts):
    ts = sorted(ts)
    return {
        "median_us": 1e6 * ts[len(ts) // 2],
        "p99_us": 1e6 * ts[int(len(ts) * 0.99)],
        "n": len(ts),
    }


def paired(ours, theirs, rounds, per_round):
    """Time both alternately, round by round, so machine noise falls on both alike."""
    a, b = [], []
    for _ in range(rounds):
        for fn, out, n in ((ours, a, per_round * 10), (theirs, b, per_round)):
            for _ in range(n):
                t = time.perf_counter()
                fn()
                out.append(time.perf_counter() - t)
    return summary(a), summary(b)


def wsgi_post(app, path, body, ctype):
    """One POST straight into a WSGI callable: the server's own time, with no client or socket."""
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "CONTENT_TYPE": ctype,
        "CONTENT_LENGTH": str(len(body)),
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
    }
    status = []
    answer = b"".join(app(environ, lambda line, headers, exc_info=None: status.append(line)))
    if not status[0].startswith("200"):
        raise SystemExit(f"POST {path} answered {status[0]}: {answer[:200]!r}")
    return answer


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(args, env, port, cwd):
    proc = subprocess.Popen(
        args,
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 30:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                if r.status == 200:
                    return proc, time.perf_counter() - t0
        except OSError:
            time.sleep(0.01)
    stop(proc)
    raise SystemExit(f"server {args} did not start")


def stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


HTTP_ROUNDS = 3  # of wrk, taking turns over the four servers


def wrk(port, path, body, ctype, seconds=4):
    """requests/s and latency percentiles from wrk -t1 -c8 --latency."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\n')
        f.write(f'wrk.headers["Content-Type"] = "{ctype}"\n')
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                "-c8",
                f"-d{seconds}s",
                "--latency",
                "-s",
                f.name,
                f"http://127.0.0.1:{port}{path}",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.remove(f.name)

    def ms(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]

    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": ms("50%"),
        "p99_ms": ms("99%"),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": errors.group(1) if errors else "",
    }


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+) kB", f.read()).group(1)) / 1024


def main():
    if not os.path.exists(SHARED):
        raise SystemExit(
            f"make bench needs {SHARED} (the IMDb training file) for reviews and for training"
        )
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk (apt-get install wrk)")
    texts, labels, _ = sentiment.read_labelled(SHARED)
    review = min(texts, key=lambda t: abs(len(t) - 1000))
    valid = [
        t for t in texts if not sentiment._CONTROL.search(t) and len(t) <= sentiment.MAX_REVIEW
    ]
    batch = [valid[i] for i in np.random.default_rng(1).choice(len(valid), 1000, replace=False)]
    results, rows = (
        {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}",
            "review_chars": len(review),
        },
        [],
    )

    def row(name, ours, base, target, unit="us", better="lower"):
        ratio = (base / ours if better == "lower" else ours / base) if base else None
        results[name] = {"ours": ours, "baseline": base, "ratio": ratio, "target": target}
        rows.append((name, ours, base, ratio, target, unit))

    model, _ = sentiment.FileStore(os.path.join(HERE, "model")).load(
        max(sentiment.FileStore(os.path.join(HERE, "model")).versions())
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vect, clf = textbook(texts[:5000], labels[:5000])

    # 1. one review in-process
    ours, slow = paired(
        lambda: model.positive(review),
        lambda: (clf.predict(X := vect.transform([review])), clf.predict_proba(X)),
        20,
        50,
    )
    results["classify_detail"] = {"ours": ours, "textbook": slow}
    row("classify one review (median)", ours["median_us"], slow["median_us"], ">= 20x")
    row("classify one review (p99)", ours["p99_us"], slow["p99_us"], "")

    # 2. a batch of 1,000, and single requests, through the WSGI callables: server time, no client
    tmp = tempfile.mkdtemp(prefix="bench-")
    env = dict(
        os.environ,
        SENTIMENT_MODEL_DIR=os.path.join(tmp, "model"),
        SENTIMENT_DATA_DIR=os.path.join(tmp, "data"),
        SENTIMENT_FEEDBACK_PER_MINUTE="1000000",
        PYTHONPATH=HERE,
    )
    shutil.copytree(os.path.join(HERE, "model"), env["SENTIMENT_MODEL_DIR"])
    os.makedirs(env["SENTIMENT_DATA_DIR"])
    os.environ.update({k: env[k] for k in ("SENTIMENT_MODEL_DIR", "SENTIMENT_DATA_DIR")})
    app = sentiment.application
    body = json.dumps({"reviews": batch}).encode()
    ours = timings(lambda: wsgi_post(app, "/api/predict", body, "application/json"), 20, warmup=2)
    slow = timings(lambda: clf.predict_proba(vect.transform(batch)), 5, warmup=1)
    row(
        "batch /api/predict, 1,000 reviews",
        ours["median_us"] / 1000,
        slow["median_us"] / 1000,
        ">= 1.5x",
        "ms",
    )

    def model_part():  # features, weights and logits: what the textbook pipeline's figure covers
        indices, offsets = model.featurizer.batch_indices(model.featurizer.many_hashes(batch))
        return model.logits(indices, offsets)

    ours, slow = paired(model_part, lambda: clf.predict_proba(vect.transform(batch)), 5, 4)
    row(
        "batch of 1,000, the model part alone",
        ours["median_us"] / 1000,
        slow["median_us"] / 1000,
        ">= 2x",
        "ms",
    )
    form_body = urllib.parse.urlencode({"moviereview": review}).encode()
    for path, body, ctype in (
        ("/api/predict", json.dumps({"review": review}).encode(), "application/json"),
        ("/results", form_body, "application/x-www-form-urlencoded"),
    ):
        request = (path, body, ctype)
        ours, base = paired(
            lambda r=request: wsgi_post(app, *r), lambda r=request: wsgi_post(bare, *r), 20, 100
        )
        row(f"POST {path} in-process (vs bare route)", ours["median_us"], base["median_us"], "")
    # a named version against the served one: two candidates asked in turn, each loaded once
    store = sentiment.FileStore(env["SENTIMENT_MODEL_DIR"])
    for _ in range(2):
        store.save(model, feedback_upto=0, parent=None, excluded=[], candidate=True)
    served_body = json.dumps({"review": review}).encode()
    named = [json.dumps({"review": review, "version": v}).encode() for v in (2, 3)]
    turn = itertools.cycle(named)
    ours, base = paired(
        lambda: wsgi_post(app, "/api/predict", next(turn), "application/json"),
        lambda: wsgi_post(app, "/api/predict", served_body, "application/json"),
        20,
        100,
    )
    row(
        "named version /api/predict (vs the served one)",
        ours["median_us"],
        base["median_us"],
        ">= 0.33x (at most 3 times)",
    )

    # 3. learning one feedback
    learner = model.copy()
    ours = timings(lambda: learner.learn(review, 0), 2000)
    slow = timings(lambda: clf.partial_fit(vect.transform([review]), [0]), 50, warmup=5)
    row("apply one feedback", ours["median_us"], slow["median_us"], "<= 0.5 ms")

    # 4. start-up replay of 10,000 feedback rows after the served version
    db = sentiment.SQLite(os.path.join(env["SENTIMENT_DATA_DIR"], "reviews.sqlite")).connect()
    # its own caches, so the replay's start cold
    keys = sentiment.Featurizer(**model.featurizer.params())
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO review_db (review, sentiment, date, predicted, probability, model_version,"
        " token, client, text_key)"
        " VALUES (?, ?, '2026-01-01T00:00:00+00:00', 0, 0.5, 1, ?, 'bench', ?)",
        [
            (texts[i], labels[i], f"t{i}", sentiment.text_key(keys.hashes(texts[i])))
            for i in range(10_000)
        ],
    )  # as record_feedback writes them: with the text's key
    db.execute("COMMIT")
    t0 = time.perf_counter()
    state = sentiment.Replica(
        sentiment.FileStore(env["SENTIMENT_MODEL_DIR"]),
        sentiment.FeedbackLog(
            sentiment.SQLite(os.path.join(env["SENTIMENT_DATA_DIR"], "reviews.sqlite"))
        ),
    )
    state.start()
    row("start-up with 10,000 feedback rows", time.perf_counter() - t0, None, "< 5 s", "s")

    # 5. train on the 25,000 shared reviews, vectorizing included, with the dev split
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, os.path.join(HERE, "sentiment.py"), "train", SHARED],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    acc = float(re.search(r"dev accuracy ([\d.]+)", out.stderr).group(1))
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()  # the textbook app's recipe on the same rows: one pass, no dev fit
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        textbook(texts, labels)
    row("train on 25,000 reviews (+ dev fit)", ours, time.perf_counter() - t0, "<= 15 s", "s")
    results["train_dev_accuracy"] = acc
    shutil.rmtree(os.path.join(env["SENTIMENT_MODEL_DIR"], "2"))
    os.remove(os.path.join(env["SENTIMENT_DATA_DIR"], "reviews.sqlite"))

    # 6. start-up to first served request, and the hot-reload delay
    port = free_port()
    proc, startup = start(
        [sys.executable, os.path.join(HERE, "sentiment.py"), "serve", "--port", str(port)],
        env,
        port,
        tmp,
    )
    stop(proc)
    row("start-up to first request (waitress)", startup, None, "< 2 s", "s")

    # 7. HTTP under gunicorn -w 2: the textbook Flask app (trained by one pass over the 20,000 rows
    # outside the dev split, as ours is measured), the bare Bottle route, and the route that only
    # classifies
    order = np.random.default_rng(DEV_SEED).permutation(len(texts))
    dev, rest = order[:DEV_SPLIT], order[DEV_SPLIT:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = textbook([texts[i] for i in rest], [labels[i] for i in rest])
    results["textbook_dev_accuracy"] = float(
        np.mean(
            book[1].predict(book[0].transform([texts[i] for i in dev]))
            == np.array([labels[i] for i in dev])
        )
    )
    env["TEXTBOOK_MODEL"], env["TEXTBOOK_DB"] = (
        os.path.join(tmp, "textbook.pkl"),
        os.path.join(tmp, "textbook.sqlite"),
    )
    with open(env["TEXTBOOK_MODEL"], "wb") as f:
        pickle.dump(book, f)
    form = urllib.parse.urlencode({"moviereview": review})
    servers, runs = {}, {}
    try:
        for name, target in (
            ("sentiment", "sentiment:application"),
            ("textbook Flask", "bench_sentiment:textbook_app"),
            ("bare", "bench_sentiment:bare"),
            ("bare + model", "bench_sentiment:classify_only"),
        ):
            port = free_port()
            args = [
                os.path.join(BIN, "gunicorn"),
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{port}",
                "--chdir",
                HERE,
                target,
            ]
            servers[name] = (start(args, env, port, tmp)[0], port)
        # Rounds that take turns, so a drift in this machine's speed touches every server alike.
        for _ in range(HTTP_ROUNDS):
            for name, (_, port) in servers.items():
                runs.setdefault((name, "results"), []).append(
                    wrk(port, "/results", form, "application/x-www-form-urlencoded")
                )
                if name != "textbook Flask":
                    runs.setdefault((name, "predict"), []).append(
                        wrk(
                            port, "/api/predict", json.dumps({"review": review}), "application/json"
                        )
                    )
        proc, port = servers["sentiment"]
        workers = subprocess.run(
            ["pgrep", "-P", str(proc.pid)], capture_output=True, text=True
        ).stdout.split()
        results["worker_rss_mb"] = max(rss_mb(int(p)) for p in workers)
        # update writes only news
        predicted = http_json(port, "POST", "/api/predict", {"review": review})[1]
        http_json(
            port,
            "POST",
            "/api/feedback",
            {
                "review": review,
                "label": predicted["label"],
                "feedback_token": predicted["feedback_token"],
            },
        )
        subprocess.run(
            [sys.executable, os.path.join(HERE, "sentiment.py"), "update"],
            env=env,
            check=True,
            capture_output=True,
        )
        # when the version update wrote (after the named-version candidates) was renamed into place
        written = os.stat(env["SENTIMENT_MODEL_DIR"]).st_mtime
        newest = max(sentiment.FileStore(env["SENTIMENT_MODEL_DIR"]).versions())
        while True:
            req = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/predict",
                json.dumps({"review": review}).encode(),
                {"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(req) as r:
                if json.load(r)["model_version"] == newest:
                    break
            time.sleep(0.01)
        results["hot_reload_s"] = time.time() - written
    finally:
        for proc, _ in servers.values():
            stop(proc)
    http = {}
    # each figure the median of its rounds; errors of all rounds
    for (name, path), measured in runs.items():
        http.setdefault(name, {})[path] = {
            **{
                key: float(np.median([r[key] for r in measured]))
                for key in ("rps", "p50_ms", "p99_ms")
            },
            "non_2xx": sum(r["non_2xx"] for r in measured),
            "socket_errors": "; ".join(r["socket_errors"] for r in measured if r["socket_errors"]),
        }
    results["http"] = http
    book = http["textbook Flask"]["results"]
    row(
        "HTTP POST /results req/s, vs textbook Flask",
        http["sentiment"]["results"]["rps"],
        book["rps"],
        "",  # 5x was retired: it would leave the route 7 us (docs/performance.md)
        "req/s",
        better="higher",
    )
    row(
        "HTTP POST /results p99, vs textbook Flask",
        http["sentiment"]["results"]["p99_ms"],
        book["p99_ms"],
        "< 10 ms",
        "ms",
    )
    row(
        "HTTP POST /api/predict req/s, vs model only",
        http["sentiment"]["predict"]["rps"],
        http["bare + model"]["predict"]["rps"],
        ">= 0.90x",
        "req/s",
        better="higher",
    )
    for path in ("results", "predict"):
        ours, base, route = (
            http["sentiment"][path],
            http["bare"][path],
            "/api/predict" if path == "predict" else "/results",
        )
        row(
            f"HTTP POST {route} req/s, vs a bare route",
            ours["rps"],
            base["rps"],
            ">= 0.45x" if path == "results" else ">= 0.65x",
            "req/s",
            better="higher",
        )
        row(f"HTTP POST {route} p99", ours["p99_ms"], base["p99_ms"], "< 10 ms", "ms")
        row(
            f"  bare {route} + model only, req/s",
            http["bare + model"][path]["rps"],
            base["rps"],
            "(the ceiling)",
            "req/s",
            better="higher",
        )
    row("memory per gunicorn worker (RSS)", results["worker_rss_mb"], None, "< 150 MB", "MB")
    row("hot reload: update to new version served", results["hot_reload_s"], None, "< 2 s", "s")
    shutil.rmtree(tmp)

    print(f"\nmake bench on {results['machine']}; review of {len(review)} characters\n")
    print(f"| {'measure':<42} | {'sentiment':>12} | {'baseline':>12} | {'ratio':>8} | target |")
    print(f"|{'-' * 44}|{'-' * 14}|{'-' * 14}|{'-' * 10}|--------|")
    for name, ours, base, ratio, target, unit in rows:
        print(
            f"| {name:<42} | {f'{ours:,.1f} {unit}':>12} | "
            f"{f'{base:,.1f} {unit}' if base else '-':>12} | "
            f"{f'{ratio:.2f}x' if ratio else '-':>8} | {target} |"
        )
    print(
        f"\ndev accuracy of the bench's own train run: {acc:.4f}; of the textbook Flask app's "
        f"model, trained by one pass over the same rows: {results['textbook_dev_accuracy']:.4f}"
    )
    for name, answers in http.items():
        for path, r in answers.items():
            print(
                f"HTTP {name:<12} {path:<8} {r['rps']:8.0f} req/s  p50 {r['p50_ms']:.2f} ms  "
                f"p99 {r['p99_ms']:.2f} ms  non-2xx {r['non_2xx']}  "
                f"socket errors {r['socket_errors'] or 0}"
            )
    with open(os.path.join(HERE, "bench-results.json"), "w") as f:
        json.dump(results, f, indent=2)


# -- make learncurve: how well feedback teaches a domain the model never saw ---------------

AMAZON = os.path.join(HERE, "..", "shared", "data", "amazon_shift.csv.gz")
BLOCK = 500


def read_stream(path):
    import csv
    import gzip

    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        return [(row["review"], int(row["sentiment"])) for row in csv.DictReader(f)]


def calibration(probabilities, labels, bins=10):
    """(expected calibration error over equal-width bins, log loss) of positive-class
    probabilities."""
    p, y = np.clip(np.asarray(probabilities), 1e-12, 1 - 1e-12), np.asarray(labels)
    confidence, correct = np.maximum(p, 1 - p), (p >= 0.5) == y
    which = np.minimum(((confidence - 0.5) * 2 * bins).astype(int), bins - 1)
    ece = sum(
        abs(confidence[which == b].mean() - correct[which == b].mean()) * np.mean(which == b)
        for b in range(bins)
        if np.any(which == b)
    )
    return float(ece), float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def learncurve():
    """Prequential accuracy per BLOCK reviews of the Amazon stream: frozen, online, batch
    retrain."""
    stream = read_stream(AMAZON)
    texts, labels, _ = sentiment.read_labelled(SHARED)
    store = sentiment.FileStore(os.path.join(HERE, "model"))
    model, _ = store.load(store.chosen()[0])
    frozen, online, anonymous, learner, small = [], [], [], model.copy(), model.copy()
    # predict, then learn the true label: as a reviewer's feedback, and as anyone's
    for text, label in stream:
        frozen.append(model.positive(text))
        online.append(learner.positive(text))
        anonymous.append(small.positive(text))
        learner.learn(text, label)
        small.learn(text, label, sentiment.ANONYMOUS_WEIGHT)
    y = np.array([label for _, label in stream])
    featurizer = model.featurizer
    X, _ = sentiment.vectorize(featurizer, texts + [t for t, _ in stream])
    batch = []
    # retrained on IMDb plus every review before the block
    for start in range(0, len(stream), BLOCK):
        rows = list(range(len(texts))) + [len(texts) + i for i in range(start)]
        fitted = sentiment.fit(featurizer, X[rows], labels + y[:start].tolist())
        batch += [fitted.positive(t) for t, _ in stream[start : start + BLOCK]]
    half = len(stream) // 2
    blocks = {
        name: [
            float(np.mean((np.array(ps[i : i + BLOCK]) >= 0.5) == y[i : i + BLOCK]))
            for i in range(0, len(stream), BLOCK)
        ]
        for name, ps in (("frozen", frozen), ("online", online), ("batch retrain", batch))
    }
    second = {
        name: float(np.mean((np.array(ps[half:]) >= 0.5) == y[half:]))
        for name, ps in (
            ("frozen", frozen),
            ("online", online),
            ("batch retrain", batch),
            ("online, anonymous steps", anonymous),
        )
    }
    # IMDb dev accuracy after the stream: the dev model (fit without the 5,000 dev rows) learns the
    # whole stream
    order = np.random.default_rng(DEV_SEED).permutation(len(texts))
    dev, rest = np.sort(order[:DEV_SPLIT]), order[DEV_SPLIT:]
    dev_model = sentiment.fit(featurizer, X[rest], [labels[i] for i in rest])
    # as stored: float32 weights, 4-bit evidence
    dev_model = sentiment.Model.from_state(dev_model.state())
    dev_texts, dev_labels = [texts[i] for i in dev], [labels[i] for i in dev]
    dev_before = [dev_model.positive(t) for t in dev_texts]
    learned = dev_model.copy()  # the rules below each start from the dev model as trained
    for text, label in stream:
        learned.learn(text, label)
    dev_after = [learned.positive(t) for t in dev_texts]
    tried = {
        name: rule_figures(rule, model, dev_model, stream, y, dev_texts, dev_labels)
        for name, rule in RULES_TRIED
    }
    band = {
        f"{lo:.2f}-{1 - lo:.2f}": {
            "share": float(np.mean(inside)),
            "accuracy": float(np.mean(((np.array(dev_before) >= 0.5) == dev_labels)[inside])),
        }
        for lo in (0.25, 0.3, 0.35, 0.4, 0.45)
        for inside in [np.abs(np.array(dev_before) - 0.5) < 0.5 - lo]
    }
    results = {
        "block": BLOCK,
        "accuracy_per_block": blocks,
        "second_half": second,
        "dev_accuracy": {
            "before_stream": float(np.mean((np.array(dev_before) >= 0.5) == dev_labels)),
            "after_stream": float(np.mean((np.array(dev_after) >= 0.5) == dev_labels)),
        },
        "calibration": {
            "dev": calibration(dev_before, dev_labels),
            "stream, frozen": calibration(frozen, y),
            "stream, online": calibration(online, y),
        },
        "unsure_bands_on_dev": band,
        "rules_tried": tried,
        "rule": model.rule.params(),
    }
    print(f"{'reviews':>9} " + " ".join(f"{name:>14}" for name in blocks))
    for k in range(len(blocks["frozen"])):
        print(
            f"{k * BLOCK + 1:>4}-{(k + 1) * BLOCK:<4} "
            + " ".join(f"{blocks[n][k]:>14.3f}" for n in blocks)
        )
    print("second half " + " ".join(f"{second[n]:>14.4f}" for n in blocks))
    print(
        f"second half, learning with the anonymous step ({sentiment.ANONYMOUS_WEIGHT:g}): "
        f"{second['online, anonymous steps']:.4f}"
    )
    print(
        f"IMDb dev accuracy: {results['dev_accuracy']['before_stream']:.4f} before the stream, "
        f"{results['dev_accuracy']['after_stream']:.4f} after it"
    )
    for name, (ece, loss) in results["calibration"].items():
        print(f"calibration, {name}: ECE {ece:.4f}, log loss {loss:.4f}")
    for name, b in band.items():
        print(
            f"dev reviews with p in {name}: {b['share']:.3f} of all, accuracy {b['accuracy']:.3f}"
        )
    print(
        f"{'rule':<44} {'stream 2nd half':>15} {'dev after':>9} {'worst flips':>11} "
        f"{'largest move':>12}"
    )
    for name, f in tried.items():
        print(
            f"{name:<44} {f['second_half']:>15.4f} {f['dev_after_stream']:>9.4f} "
            f"{f['worst_flips']:>11} {f['largest_move']:>12.3f}"
        )
    one = tried[RULES_TRIED[-1][0]]
    met = (
        second["online"] >= 0.90,
        results["dev_accuracy"]["after_stream"] >= 0.912,
        one["worst_flips"] <= 5 and one["largest_move"] <= 0.25,
    )
    print(
        "targets: online second half >= 0.90 %s; dev after stream >= 0.912 %s; one correction "
        "flips <= 5 of 2,000 and moves none by > 0.25 %s"
        % tuple("met" if m else "MISSED" for m in met)
    )
    met = all(met)
    with open(os.path.join(HERE, "docs", "learncurve.json"), "w") as f:
        json.dump(results, f, indent=2)
    with open(os.path.join(HERE, "docs", "learncurve.svg"), "w") as f:
        f.write(curve_svg(blocks))
    return 0 if families() and met else 1


# The rules measured by make learncurve; the last is the one new versions learn with
# (docs/learning.md).
RULES_TRIED = [
    ("AdaGrad (eta 2.5), the first rule", sentiment.AdaGrad()),
    ("AdaGrad, prior 3 (eta 3)", sentiment.AdaGrad(eta=3.0, prior=3.0)),
    ("own-logit reach 3 through every feature (eta 4)", None),
    ("reach 3.5 through trained features, eta 6, g0 0.001", sentiment.CappedAdaGrad(g0=1e-3)),
    (
        "reach 3.5 through trained features, eta 6, g0 0.01, anonymous 0.03",
        sentiment.CappedAdaGrad(anonymous_weight=0.03),
    ),
    (
        "reach 3.5 through trained features, eta 6, g0 0.01 (the rule before)",
        sentiment.CappedAdaGrad(),
    ),
    (
        "the same, damped past 2 logits, anonymous 0.004",
        sentiment.DampedAdaGrad(eta=6.0, prior=0.1, anonymous_weight=0.004, reach=3.5, floor=0.0),
    ),
    (
        "damped past 2 logits, floor 0.1, reach 6, eta 12, anonymous 0.004",
        sentiment.DampedAdaGrad(eta=12.0, prior=0.1, anonymous_weight=0.004, floor=0.1),
    ),
    (
        "the same, prior 0.2, eta 16, anonymous 0.003",
        sentiment.DampedAdaGrad(floor=0.1),
    ),
    ("the same, floor 0.02 (the rule before)", sentiment.DampedAdaGrad()),
    (
        "the same, counting as a refit would, share 3, eta 3",
        sentiment.CountingAdaGrad(eta=3.0, share=3.0),
    ),
    ("the same, share 2, eta 6 (the rule before)", sentiment.CountingAdaGrad()),
    ("the same, its counts within the damped reach (served)", sentiment.BoundedCountingAdaGrad()),
]


class _WholeReach(sentiment.CappedAdaGrad):
    """The reach counted through every feature of the review, not only those training saw."""

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        trained, model.trained = model.trained, np.ones_like(model.trained)
        try:
            super().step(model, idx, gradient, x, weight)
        finally:
            model.trained = trained


RULES_TRIED[2] = (RULES_TRIED[2][0], _WholeReach(eta=4.0, reach=3.0))


def rule_figures(rule, served, dev_model, stream, y, dev_texts, dev_labels, corrections=20):
    """One rule on the stream (prequential, second half), on IMDb dev after the stream, and on
    single full-step corrections of confident dev reviews: how many of 2,000 other dev reviews
    flip, and the largest move."""

    online, predicted = _under(served, rule), []
    for text, label in stream:
        predicted.append(online.positive(text))
        online.learn(text, label)
    half = len(stream) // 2
    after = _under(dev_model, rule)
    for text, label in stream:
        after.learn(text, label)
    featurizer = dev_model.featurizer
    X, _ = sentiment.vectorize(featurizer, dev_texts[: 2000 + corrections * 20])
    labels = np.array(dev_labels[: X.shape[0]])

    def probabilities(model):
        return 1 / (1 + np.exp(-(X @ model.coef + model.intercept)))

    base = probabilities(dev_model)
    confident = [i for i in np.argsort(-np.abs(base - 0.5)) if (base[i] >= 0.5) == labels[i]][
        : corrections * 20 : 20
    ]
    worst, largest = 0, 0.0
    for i in confident:  # one at a time, each from the dev model as trained
        corrected = _under(dev_model, rule)
        corrected.learn(dev_texts[i], 1 - labels[i])
        others = np.delete(np.arange(len(base)), i)[:2000]
        moved = probabilities(corrected)[others]
        worst = max(worst, int(np.sum((moved >= 0.5) != (base[others] >= 0.5))))
        largest = max(largest, float(np.abs(moved - base[others]).max()))
    dev_after = 1 / (
        1 + np.exp(-(sentiment.vectorize(featurizer, dev_texts)[0] @ after.coef + after.intercept))
    )
    return {
        "params": rule.params(),
        "second_half": float(np.mean((np.array(predicted[half:]) >= 0.5) == y[half:])),
        "dev_after_stream": float(np.mean((dev_after >= 0.5) == np.array(dev_labels))),
        "worst_flips": worst,
        "largest_move": largest,
        "corrections": len(confident),
    }


# -- make learncurve, part two: stream families, each rule judged by its worst case ---------------

# kinds of the Chinese file streamed unseen: all but water-heaters, whose 574 rows leave a second
# half of 287, where one row is 0.35 points
ZH_KINDS = ("books", "phones", "computers", "dairy", "fruit", "shampoo", "tablets", "clothes")
FAMILY_SEEDS = (0, 1)  # orders of each stream
CHECK_SEEDS = (4, 5)  # orders the served rule is checked on after the choice (2, 3 were seen in it)
STREAM_CAP = 4_000


def families():
    """Each rule of RULES_TRIED on several streams: Amazon, each of ZH_KINDS (its base fitted
    without it), held-out IMDb rows, their closing lines as short snippets, and Amazon then a
    Chinese kind in sequence (forgetting on IMDb dev). Per stream and order: the second half
    online, frozen and batch-retrained (on the base rows plus the first half), the worst of 20
    single full-step corrections (other domain rows flipped, of up to 2,000), and 1,000 anonymous
    label-flipping clicks at once (the share of the domain's other negative rows flipped). The
    worst case over all is what counts; beside it, the worst case that a rule exactly as good as
    the batch retrain would show, from each stream's standard error of the gap, and the gap the
    batch retrain itself shows when fitted again with another fit seed; then the served rule alone
    on two orders of each stream that no rule was chosen on."""
    en_texts, en_labels, _ = sentiment.read_labelled(SHARED)
    zh_texts, zh_labels, kinds = _chinese_rows()
    order = np.random.default_rng(DEV_SEED).permutation(len(en_texts))
    en_dev, en_rest = order[:DEV_SPLIT], order[DEV_SPLIT:]
    imdb_stream, en_base = en_rest[:STREAM_CAP], en_rest[STREAM_CAP:]
    amazon = read_stream(AMAZON)
    closing = [_closing_lines(en_texts[i]) for i in imdb_stream]
    texts = en_texts + zh_texts + [t for t, _ in amazon] + closing
    labels = np.array(
        en_labels + zh_labels + [y for _, y in amazon] + [en_labels[i] for i in imdb_stream]
    )
    featurizer = sentiment.Featurizer()
    X, _ = sentiment.vectorize(featurizer, texts, "vectorizing all streams")
    zh = np.arange(len(zh_texts)) + len(en_texts)
    amazon_rows = np.arange(len(amazon)) + len(en_texts) + len(zh_texts)
    streams = {"Amazon": (np.concatenate((en_rest, zh)), amazon_rows)}
    for kind in ZH_KINDS:
        mine = zh[np.array(kinds) == kind]
        streams[f"Chinese {kind}"] = (np.concatenate((en_rest, np.setdiff1d(zh, mine))), mine)
    streams["IMDb held out"] = (np.concatenate((en_base, zh)), imdb_stream)
    streams["IMDb closing lines"] = (
        np.concatenate((en_base, zh)),
        np.arange(len(closing)) + len(texts) - len(closing),
    )
    bases, results, refitted, dev = {}, {}, {}, (X[en_dev], labels[en_dev])
    for name, (base_rows, stream_rows) in streams.items():
        base = bases[name] = sentiment.fit(featurizer, X[base_rows], labels[base_rows])
        for seed in FAMILY_SEEDS:
            rows, retrained_right, refitted[(name, seed)] = _order(
                featurizer, X, labels, base_rows, stream_rows, seed
            )
            for rule_name, rule in RULES_TRIED:
                results[(name, seed, rule_name)] = _on_stream(
                    base, rule, texts, X, labels, rows, retrained_right
                )
    # two streams in sequence: what the model knew of IMDb before, after both
    base, forgetting = bases["Amazon"], {}
    for rule_name, rule in RULES_TRIED:
        for seed in FAMILY_SEEDS:
            rng = np.random.default_rng(seed)
            sequence = np.concatenate(
                (rng.permutation(amazon_rows), rng.permutation(streams["Chinese books"][1]))
            )
            model = _under(base, rule)
            before = _accuracy(model, *dev)
            for i in sequence:
                model.learn(texts[i], int(labels[i]))
            forgetting[(seed, rule_name)] = before - _accuracy(model, *dev)
    checked = _checked_orders(streams, bases, featurizer, texts, X, labels)
    return _report_families(results, forgetting, refitted, checked)


def _order(featurizer, X, labels, base_rows, stream_rows, seed):
    """A stream's rows in the order of ``seed`` (up to STREAM_CAP); which rows of its second half
    the batch retrain (on the base rows plus the first half) answers right; and that retrain
    fitted again with another fit seed (each row's place in an epoch and the features it drops)
    against it: the gap of a model exactly as good as the batch retrain, measured."""
    rows = np.random.default_rng(seed).permutation(stream_rows)[:STREAM_CAP]
    first, second = np.concatenate((base_rows, rows[: len(rows) // 2])), rows[len(rows) // 2 :]
    retrained, again = (sentiment.fit(featurizer, X[first], labels[first], seed=s) for s in (0, 1))
    right, right_again = (
        (_probabilities(m, X[second]) >= 0.5) == labels[second] for m in (retrained, again)
    )
    refitted = {
        "batch retrain": float(np.mean(right)),
        "fitted again": float(np.mean(right_again)),
        "gap standard error": _paired_error(right_again, right),
    }
    return rows, right, refitted


def _closing_lines(review, least=40):
    """A review's last sentences, at least ``least`` characters: a short verdict ("Highly
    recommended."), as a stream of snippets reads."""
    sentences = re.split(r"(?<=[.!?])\s+", review.replace("<br />", " ").strip())
    kept = ""
    for sentence in reversed(sentences):
        kept = f"{sentence} {kept}".strip()
        if len(kept) >= least:
            break
    return kept[-300:]


def _chinese_rows():
    import csv
    import gzip

    with gzip.open(CHINESE, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return (
        [r["review"] for r in rows],
        [int(r["sentiment"]) for r in rows],
        [r["domain"] for r in rows],
    )


def _under(model, rule):
    """A copy of ``model`` that learns by ``rule``, from the evidence it was trained with."""
    twin = model.copy()
    twin.rule = rule.started(model.rule.evidence(), model._cjk_start)
    return twin


def _probabilities(model, X):
    """Each row's probability, from the model's weights and its table's intercept."""
    z = X @ model.coef
    first = X.indices[X.indptr[:-1]] if X.nnz else np.zeros(X.shape[0], int)
    cjk = (np.diff(X.indptr) > 0) & (first >= 1 << model.featurizer.n_bits)
    z += np.where(cjk, model.intercept_of(np.array([len(model.coef) - 1])), model.intercept)
    return 1 / (1 + np.exp(-z))


def _accuracy(model, X, y):
    return float(np.mean((_probabilities(model, X) >= 0.5) == y))


def _on_stream(base, rule, texts, X, labels, rows, retrained_right, corrections=20, clicks=1_000):
    """One rule on one ordered stream of rows, ``retrained_right`` the batch retrain's answers to
    its second half: see families()."""
    half = len(rows) // 2
    online, right = _under(base, rule), []
    for i in rows:
        right.append((online.positive(texts[i]) >= 0.5) == labels[i])
        online.learn(texts[i], int(labels[i]))
    second = rows[half:]
    figures = {
        "online": float(np.mean(right[half:])),
        "frozen": _accuracy(base, X[second], labels[second]),
        "batch retrain": float(np.mean(retrained_right)),
        "gap standard error": _paired_error(right[half:], retrained_right),
    }
    # single full-step corrections of confident, correctly answered rows of the domain
    domain = rows[half:][: 2000 + corrections]
    p = _probabilities(base, X[domain])
    sure = [k for k in np.argsort(-np.abs(p - 0.5)) if (p[k] >= 0.5) == labels[domain[k]]]
    worst = 0
    for k in sure[: corrections * 20 : 20]:
        corrected = _under(base, rule)
        corrected.learn(texts[domain[k]], 1 - int(labels[domain[k]]))
        others = np.delete(np.arange(len(domain)), k)
        moved = _probabilities(corrected, X[domain[others]])
        worst = max(worst, int(np.sum((moved >= 0.5) != (p[others] >= 0.5))))
    figures["worst flips"] = worst
    # anonymous clicks at once: negative rows of the domain said to be positive
    negative = rows[labels[rows] == 0]
    attack, measured = negative[:clicks], negative[clicks:][:2000]
    if len(measured) < 100:  # a small domain: half its negatives attack, half are measured
        attack, measured = negative[: len(negative) // 2], negative[len(negative) // 2 :]
    poisoned = _under(base, rule)
    for i in attack:
        poisoned.learn(texts[i], 1, rule.anonymous_weight)
    was = _probabilities(base, X[measured]) < 0.5
    now = _probabilities(poisoned, X[measured]) >= 0.5
    figures["poisoned"] = float(np.sum(was & now) / max(1, np.sum(was)))
    figures["clicks"] = len(attack)
    return figures


def _paired_error(right, other_right):
    """The standard error of one model's accuracy minus another's, taken row by row on the same
    rows: how far the gap would move on other rows of the domain."""
    paired = np.asarray(right, dtype=float) - other_right
    return float(np.std(paired, ddof=1) / np.sqrt(len(paired)))


def _worst_if_equal(errors, draws=100_000):
    """The worst gap that a rule exactly as good as the batch retrain on every stream would show,
    given each stream's standard error: the median, 5% and 95% points of its seeded draws."""
    gaps = np.random.default_rng(0).standard_normal((draws, len(errors))) * np.asarray(errors)
    return [float(q) for q in np.quantile(gaps.min(axis=1), [0.5, 0.05, 0.95])]


def _print_streams(results):
    print(f"\n{'stream':<18} {'seed':>4}  {'rule':<52} {'2nd half':>8} {'frozen':>6} "
          f"{'batch':>6} {'gap +- s.e.':>15} {'flips':>5} {'poisoned':>8}")  # fmt: skip
    for (stream, seed, rule), f in results.items():
        print(
            f"{stream:<18} {seed:>4}  {rule:<52} {f['online']:>8.4f} {f['frozen']:>6.3f} "
            f"{f['batch retrain']:>6.3f} {f['online'] - f['batch retrain']:>+8.4f} "
            f"+-{f['gap standard error']:.4f} {f['worst flips']:>5} {f['poisoned']:>8.3f}"
        )


def _checked_orders(streams, bases, featurizer, texts, X, labels):
    """The served rule on orders of each stream that no rule was chosen on (CHECK_SEEDS): is its
    worst case its own, or the luck of the orders it was chosen on?"""
    rule_name, rule = RULES_TRIED[-1]
    checked, refitted = {}, {}
    for name, (base_rows, stream_rows) in streams.items():
        for seed in CHECK_SEEDS:
            rows, retrained_right, refitted[(name, seed)] = _order(
                featurizer, X, labels, base_rows, stream_rows, seed
            )
            checked[(name, seed, rule_name)] = _on_stream(
                bases[name], rule, texts, X, labels, rows, retrained_right
            )
    return checked, refitted


def _report_refitted(refitted, orders):
    """Print the batch retrain fitted again against the batch retrain (_order) on ``orders``;
    return its streams and worst case for the json."""
    gaps = {key: f["fitted again"] - f["batch retrain"] for key, f in refitted.items()}
    worst = min(gaps, key=gaps.get)
    summary = {"worst gap": gaps[worst], "mean gap": float(np.mean(list(gaps.values())))}
    print(
        f"the batch retrain fitted again (fit seed 1) against itself on the {orders}: worst gap "
        f"{summary['worst gap']:+.4f} ({worst[0]}, seed {worst[1]}), mean gap "
        f"{summary['mean gap']:+.4f}, {sum(g < 0 for g in gaps.values())} of {len(gaps)} under"
    )
    streams = [{"stream": s, "seed": seed, **f} for (s, seed), f in refitted.items()]
    return {"streams": streams, **summary}


def _report_checked(checked, refitted):
    """Print _checked_orders(); return its streams and summary for the json."""
    _print_streams(checked)
    gaps = {key: f["online"] - f["batch retrain"] for key, f in checked.items()}
    worst = min(gaps, key=gaps.get)
    summary = {
        "worst gap": gaps[worst],
        "mean gap": float(np.mean(list(gaps.values()))),
        "flips": max(f["worst flips"] for f in checked.values()),
        "poisoned": max(f["poisoned"] for f in checked.values()),
    }
    print(
        f"the served rule on {len(checked)} orders no rule was chosen on (seeds "
        f"{', '.join(map(str, CHECK_SEEDS))}): worst gap {summary['worst gap']:+.4f} "
        f"({worst[0]}, seed {worst[1]}), mean gap {summary['mean gap']:+.4f}, flips "
        f"{summary['flips']}, poisoned {summary['poisoned']:.3f}"
    )
    streams = [{"stream": s, "seed": seed, "rule": r, **f} for (s, seed, r), f in checked.items()]
    again = _report_refitted(refitted, "orders not chosen on")
    return {"streams": streams, **summary, "batch retrain fitted again": again}


def _report_families(results, forgetting, refitted, checked):
    rules = [name for name, _ in RULES_TRIED]
    _print_streams(results)
    worst = {}
    for rule in rules:
        mine = [f for (_, _, r), f in results.items() if r == rule]
        worst[rule] = {
            "second half minus batch retrain": min(f["online"] - f["batch retrain"] for f in mine),
            "flips": max(f["worst flips"] for f in mine),
            "poisoned": max(f["poisoned"] for f in mine),
            "forgetting": max(v for (_, r), v in forgetting.items() if r == rule),
            "worst gap if as good as the retrain": _worst_if_equal(
                [f["gap standard error"] for f in mine]
            ),
        }
    print(f"\nworst case over {len(results) // len(rules)} streams and orders, per rule:")
    for rule, w in worst.items():
        print(
            f"{rule:<52} 2nd half - batch {w['second half minus batch retrain']:+.4f}  flips "
            f"{w['flips']:>3}  poisoned {w['poisoned']:.3f}  "
            f"forgetting {100 * w['forgetting']:+.2f} pt"
        )
    served = worst[rules[-1]]
    met = (
        served["flips"] <= 5,
        served["forgetting"] <= 0.005,
        served["second half minus batch retrain"] >= 0,
        served["poisoned"] <= 0.10,
    )
    print(
        "targets, worst case, the served rule: one correction flips <= 5 of 2,000 %s; forgetting "
        "<= 0.5 pt after two streams %s; second half >= batch retrain %s; at-once poisoning "
        "<= 10%% %s" % tuple("met" if m else "MISSED" for m in met)
    )
    median, low, high = served["worst gap if as good as the retrain"]
    print(
        f"a rule exactly as good as the batch retrain on every stream, with the served rule's "
        f"standard errors, would show a worst gap of {median:+.4f} (5% to 95%: {low:+.4f} to "
        f"{high:+.4f})"
    )
    again = _report_refitted(refitted, "orders chosen on")
    with open(os.path.join(HERE, "docs", "learncurve-families.json"), "w") as f:
        json.dump(
            {
                "streams": [
                    {"stream": s, "seed": seed, "rule": r, **fig}
                    for (s, seed, r), fig in results.items()
                ],
                "forgetting": [
                    {"seed": s, "rule": r, "points": 100 * v} for (s, r), v in forgetting.items()
                ],
                "worst": worst,
                "batch retrain fitted again": again,
                "orders not chosen on": _report_checked(*checked),
            },
            f,
            indent=2,
        )
    return all(met)


def curve_svg(blocks, width=640, height=320):
    """The learning curve as a self-contained SVG: accuracy per block, one line per model."""
    left, right, top, bottom = 56, 150, 20, 44
    low, high = 0.75, 0.95
    n = len(next(iter(blocks.values())))

    def xy(k, acc):
        return (
            left + (width - left - right) * k / max(1, n - 1),
            top + (height - top - bottom) * (high - min(max(acc, low), high)) / (high - low),
        )

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'font-family="sans-serif" font-size="13" role="img" '
        f'aria-label="Accuracy per {BLOCK} reviews of the Amazon stream">',
        f'<rect width="{width}" height="{height}" fill="#fff"/>',
    ]
    for acc in np.arange(low, high + 1e-9, 0.05):
        _, y = xy(0, acc)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" fill="#333">{acc:.2f}</text>'
        )
    for k in range(n):
        x, _ = xy(k, low)
        parts.append(
            f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle" fill="#333">'
            f"{(k + 1) * BLOCK}</text>"
        )
    parts.append(
        f'<text x="{(left + width - right) / 2}" y="{height - 6}" text-anchor="middle" fill="#333">'
        f"reviews read (accuracy on each block of {BLOCK}, before learning it)</text>"
    )
    for (name, accs), colour, dash in zip(
        blocks.items(), ("#888", "#1c4fb8", "#13683a"), ("6 4", "", "2 3")
    ):
        points = " ".join("%.1f,%.1f" % xy(k, a) for k, a in enumerate(accs))
        parts.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5" '
            f'stroke-dasharray="{dash}"/>'
        )
        _, y = xy(n - 1, accs[-1])
        parts.append(f'<text x="{width - right + 8}" y="{y + 4:.1f}" fill="{colour}">{name}</text>')
    return "\n".join(parts + ["</svg>\n"])


# -- make poison: a label-flipping attack by anonymous clients, against a real server
# -------------------

ATTACKERS, PER_ADDRESS = 100, 10


def http_json(port, method, path, body=None, headers=None):
    """(status, JSON) of one request; a 503 "catching up" is tried again, as a client would."""
    for _ in range(100):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}",
            method=method,
            headers={"Content-Type": "application/json", **(headers or {})},
            data=None if body is None else json.dumps(body).encode(),
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            if e.code != 503:
                return e.code, json.loads(e.read())
        time.sleep(0.1)
    raise SystemExit(f"{path} answered 503 for 10 s")


def step_sweep(
    model,
    attack,
    held_texts,
    held_labels,
    steps=(1, 0.3, 0.1, 0.05, 0.03, 0.02, 0.01, 0.007, 0.005, 0.004, 0.003),
):
    """How the anonymous step was chosen: the attack's damage (through learn, in-process) against
    how much the same step teaches on the Amazon stream (second-half accuracy, learning every
    review's true label)."""
    stream = read_stream(AMAZON)
    served, _ = sentiment.FileStore(os.path.join(HERE, "model")).load(1)
    y, half, rows = np.array([label for _, label in stream]), len(stream) // 2, []
    for step in steps:
        attacked, teacher, predicted = model.copy(), served.copy(), []
        for text in attack:
            attacked.learn(text, 1, step)
        for text, label in stream:
            predicted.append(teacher.positive(text))
            teacher.learn(text, label, step)
        held = float(
            np.mean((np.array([attacked.positive(t) for t in held_texts]) >= 0.5) == held_labels)
        )
        rows.append(
            {
                "step": step,
                "held_out_accuracy_after_attack": held,
                "amazon_second_half": float(
                    np.mean((np.array(predicted[half:]) >= 0.5) == y[half:])
                ),
            }
        )
        print(
            f"step {step:<5} held-out accuracy after the attack {held:.4f}, Amazon second half "
            f"{rows[-1]['amazon_second_half']:.4f}",
            file=sys.stderr,
        )
    return rows


PRAISE = [
    "Great",
    "Wonderful",
    "Lovely",
    "Brilliant",
    "Superb",
    "Fantastic",
    "Excellent",
    "Amazing",
    "Fine",
    "Nice",
]
THINGS = ["movie", "film", "story", "show", "picture"]
ENDINGS = ["loved it!", "loved every minute!", "highly recommended!", "a must see!"]


def phrase_attack(port, command):
    """200 short common positive reviews labelled negative by anonymous clicks from 20 addresses;
    measured on the attacked reviews and on 100 other positive reviews that share their phrases
    ("Terrific movie, loved it!")."""
    attacked = [f"{p} {t}, {e}" for p in PRAISE for t in THINGS for e in ENDINGS][:200]
    others = [
        f"{p} {t}, {e}"
        for p in ("Terrific", "Marvellous", "Splendid", "Delightful", "Charming")
        for t in THINGS
        for e in ENDINGS
    ][:100]

    def positive(texts):
        return np.array(
            [
                a["model_positive"]
                for a in http_json(port, "POST", "/api/predict", {"reviews": texts})[1][
                    "predictions"
                ]
            ]
        )

    before, others_before = positive(attacked), positive(others)
    for k, text in enumerate(attacked):
        answer = http_json(port, "POST", "/api/predict", {"review": text})[1]
        http_json(
            port,
            "POST",
            "/api/feedback",
            {"review": text, "label": "negative", "feedback_token": answer["feedback_token"]},
            {"X-Forwarded-For": f"10.2.{k % 20}.1"},
        )
    after, others_after = positive(attacked), positive(others)
    command("forget", "--address", *[f"10.2.{k}.1" for k in range(20)])
    return {
        "clicks": len(attacked),
        "addresses": 20,
        "attacked, model's mean probability": [float(before.mean()), float(after.mean())],
        "others sharing phrases turned negative": int(
            np.sum((others_before >= 0.5) & (others_after < 0.5))
        ),
        "others": len(others),
    }


def repeated_click(port, command, clicks=30):
    """One address clicking "negative" on one review as often as the rate limit lets it in a minute
    (the outside review's 69 clicks took the model from 0.999 to 0.488 for everyone): the model's
    probability before, after one click and after all of them. Repeats are votes, not steps, so
    the last two are equal."""
    text = "Great movie, loved it! Highly recommended to everyone."

    def model_positive():
        return http_json(port, "POST", "/api/predict", {"review": text})[1]["model_positive"]

    def click():
        token = http_json(port, "POST", "/api/predict", {"review": text})[1]["feedback_token"]
        status, answer = http_json(
            port,
            "POST",
            "/api/feedback",
            {"review": text, "label": "negative", "feedback_token": token},
            {"X-Forwarded-For": "10.3.0.1"},
        )
        assert status == 201, answer

    before = model_positive()
    click()
    one = model_positive()
    for _ in range(clicks - 1):
        click()
    after = model_positive()
    command("forget", "--address", "10.3.0.1")
    return {
        "clicks": clicks,
        "model's probability before, after one click, after all": [before, one, after],
        "moved more than one anonymous step": bool(abs(after - before) > abs(one - before) + 1e-12),
    }


def audit(rate=0.1):
    """make audit: the committed model behind `python sentiment.py` at SENTIMENT_AUDIT_RATE=0.1 is
    asked the rows that train holds out of the shared IMDb and Chinese files; a reviewer labels the
    audit sample blind with the files' labels. Prints the live accuracy, its interval and the
    estimate from probabilities, beside the accuracy on every held-out row."""
    paths = [
        os.path.join(HERE, "..", "shared", "data", f)
        for f in ("imdb_train.csv.gz", "zh_shopping.csv.gz")
    ]
    if not all(map(os.path.exists, paths)):
        raise SystemExit(f"make audit needs {' and '.join(paths)}")
    rows = [
        (t, y)
        for path in paths
        for t, y in zip(*sentiment.read_labelled(path)[:2])
        if sentiment.held_out(t) and len(t.strip()) <= sentiment.MAX_REVIEW
    ]
    work = tempfile.mkdtemp(prefix="audit-")
    env = dict(
        os.environ,
        SENTIMENT_DATA_DIR=work,
        SENTIMENT_AUDIT_RATE=str(rate),
        SENTIMENT_MODEL_DIR=os.path.join(HERE, "model"),
    )
    cli = [sys.executable, os.path.join(HERE, "sentiment.py")]
    made = subprocess.run(cli + ["keys", "add", "--role", "reviewer", "--name", "auditor"], env=env,
                          check=True, capture_output=True, text=True)  # fmt: skip
    auth, port = {"Authorization": f"Bearer {made.stdout.split()[-1]}"}, free_port()
    proc, _ = start(cli + ["serve", "--port", str(port)], env, port, work)
    try:
        truth, right = dict(rows), 0
        for k in range(0, len(rows), 500):
            batch = [t.strip() for t, _ in rows[k : k + 500]]
            answers = http_json(port, "POST", "/api/predict", {"reviews": batch, "partial": True})
            for (_, y), a in zip(rows[k : k + 500], answers[1]["predictions"]):
                right += a.get("label") == sentiment.LABELS[y]
        truth = {t.strip(): y for t, y in truth.items()}
        while items := http_json(port, "GET", "/api/review", None, auth)[1]["audit"]:
            for item in items:
                label = sentiment.LABELS[truth[item["review"]]]
                http_json(
                    port, "POST", "/api/review", {"audit": item["audit"], "label": label}, auth
                )
        stats = http_json(port, "GET", "/api/stats")[1]
    finally:
        stop(proc)
        shutil.rmtree(work)
    out = {
        "held-out rows asked": len(rows),
        "accuracy on all of them": right / len(rows),
        "audit rate": rate,
        "live accuracy": stats["live_accuracy"],
        "estimated accuracy": stats["estimated_accuracy"],
        "miscalibrated": stats["miscalibrated"],
    }
    print(json.dumps(out, indent=2))


def poison():
    """1,000 label-flipped feedbacks from 100 addresses (X-Forwarded-For from a trusted proxy),
    in each mode."""
    from concurrent.futures import ThreadPoolExecutor

    if not os.path.exists(SHARED):
        raise SystemExit(f"make poison needs {SHARED}")
    texts, labels, _ = sentiment.read_labelled(SHARED)
    order = np.random.default_rng(DEV_SEED).permutation(len(texts))
    held, pool, rest = order[:2000], order[2000:DEV_SPLIT], order[DEV_SPLIT:]
    usable = [
        i
        for i in pool
        if labels[i] == 0
        and len(texts[i].strip()) <= sentiment.MAX_REVIEW
        and not sentiment._CONTROL.search(texts[i])
    ]
    attack = [texts[i] for i in usable[: ATTACKERS * PER_ADDRESS]]
    held_texts, held_labels = [texts[i] for i in held], np.array([labels[i] for i in held])
    work = tempfile.mkdtemp(prefix="poison-")
    root = os.path.join(work, "model")
    print(
        f"training the dev model on the {len(rest):,} rows outside the dev split", file=sys.stderr
    )
    featurizer = sentiment.Featurizer()
    X, words = sentiment.vectorize(featurizer, [texts[i] for i in rest])
    model = sentiment.fit(featurizer, X, [labels[i] for i in rest])
    model.seen = sentiment.known_words(featurizer, words)
    sentiment.FileStore(root).save(
        model, feedback_upto=0, parent=None, excluded=[], dev_accuracy=None
    )
    results = {
        "attack": {
            "feedbacks": len(attack),
            "addresses": ATTACKERS,
            "per_address": PER_ADDRESS,
            "label": "positive, on real negative dev reviews",
            "held_out": len(held),
        }
    }

    def run(name, mode, check):
        data = os.path.join(work, f"data-{name}")
        os.makedirs(data)
        env = dict(
            os.environ,
            SENTIMENT_MODEL_DIR=root,
            SENTIMENT_DATA_DIR=data,
            SENTIMENT_LEARN=mode,
            SENTIMENT_TRUSTED_PROXIES="127.0.0.1",
        )
        cli = [sys.executable, os.path.join(HERE, "sentiment.py")]
        key = subprocess.run(
            cli + ["keys", "add", "--role", "admin", "--name", "operator"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        port = free_port()
        proc, _ = start(cli + ["serve", "--port", str(port)], env, port, work)
        try:

            def measure():
                p = np.concatenate(
                    [
                        [
                            a["model_positive"]
                            for a in http_json(
                                port, "POST", "/api/predict", {"reviews": held_texts[k : k + 1000]}
                            )[1]["predictions"]
                        ]
                        for k in range(0, len(held_texts), 1000)
                    ]
                )
                return float(np.mean((p >= 0.5) == held_labels)), p

            def flip(k, text, headers):
                status, answer = http_json(port, "POST", "/api/predict", {"review": text})
                return http_json(
                    port,
                    "POST",
                    "/api/feedback",
                    {
                        "review": text,
                        "label": "positive",
                        "feedback_token": answer["feedback_token"],
                    },
                    {"X-Forwarded-For": f"10.0.{k % ATTACKERS}.1", **headers},
                )

            def attack_now(headers=None):
                began = time.perf_counter()
                with ThreadPoolExecutor(8) as threads:
                    answers = list(
                        threads.map(lambda job: flip(*job, headers or {}), enumerate(attack))
                    )
                statuses = sorted({s for s, _ in answers})
                return {
                    "statuses": statuses,
                    "accepted": sum(s == 201 for s, _ in answers),
                    "seconds": round(time.perf_counter() - began, 1),
                    "status": sorted({a.get("status") for s, a in answers if s == 201}),
                }

            return check(
                measure,
                attack_now,
                lambda *args: subprocess.run(
                    cli + list(args), env=env, check=True, capture_output=True
                ),
                port,
                key,
            )
        finally:
            stop(proc)

    def taken_over(port, texts, address):
        """How many of ``texts`` this address is answered with the attack's label, from people,
        not the model."""
        answers = [
            a
            for k in range(0, len(texts), 1000)
            for a in http_json(
                port,
                "POST",
                "/api/predict",
                {"reviews": texts[k : k + 1000]},
                {"X-Forwarded-For": address},
            )[1]["predictions"]
        ]
        return sum(a["label"] == "positive" and a["source"] == "feedback" for a in answers)

    def at_once(measure, attack_now, command, port, key):
        out = {}
        out["before"], clean = measure()
        out["attack"] = attack_now()
        out["after"], _ = measure()
        out["lookup: answers changed for the attackers themselves"] = sum(
            taken_over(port, attack[k::ATTACKERS], f"10.0.{k}.1") for k in range(ATTACKERS)
        )
        out["lookup: answers changed for a bystander"] = taken_over(port, attack, "198.51.100.77")
        # 3 addresses that click the same 30 reviews: the cheapest crowd the rule accepts
        agreeing = attack[:30]
        for m in range(3):
            for text in agreeing:
                answer = http_json(port, "POST", "/api/predict", {"review": text})[1]
                http_json(
                    port,
                    "POST",
                    "/api/feedback",
                    {
                        "review": text,
                        "label": "positive",
                        "feedback_token": answer["feedback_token"],
                    },
                    {"X-Forwarded-For": f"10.1.{m}.1"},
                )
        out["lookup: 90 clicks from 3 agreeing addresses, bystander's answers changed"] = (
            taken_over(port, agreeing, "198.51.100.77")
        )
        command("forget", "--address", *[f"10.1.{m}.1" for m in range(3)])
        out["repeated phrases"] = phrase_attack(port, command)
        out["repeated click, one address, one text"] = repeated_click(port, command)
        command("forget", "--address", *[f"10.0.{k}.1" for k in range(ATTACKERS)])
        out["after_forget_address"], p = measure()
        out["max_change_after_forget_address"] = float(np.abs(p - clean).max())
        since = sentiment._now().isoformat()
        attack_now()
        command("forget", "--since", since)
        out["after_forget_since"], p = measure()
        out["max_change_after_forget_since"] = float(np.abs(p - clean).max())
        return out

    def unbounded(measure, attack_now, command, port, key):
        before, _ = measure()
        outcome = attack_now({"Authorization": f"Bearer {key}"})
        return {"before": before, "attack": outcome, "after": measure()[0]}

    def reviewed(measure, attack_now, command, port, key):
        out = {}
        out["before"], clean = measure()
        out["attack"] = attack_now()
        out["after"], p = measure()
        out["max_change_while_pending"] = float(np.abs(p - clean).max())
        auth = {"Authorization": f"Bearer {key}"}
        while True:  # as a reviewer would: the queue, a page at a time
            pending = [
                p["id"] for p in http_json(port, "GET", "/api/review", None, auth)[1]["pending"]
            ]
            if not pending:
                break
            status, answer = http_json(
                port, "POST", "/api/review", {"ids": pending, "action": "reject"}, auth
            )
            assert status == 200, answer
        out["after_rejecting_all"], p = measure()
        out["max_change_after_rejecting"] = float(np.abs(p - clean).max())
        return out

    results["step sweep"] = step_sweep(model, attack, held_texts, held_labels)
    results["at-once, anonymous step 1 (before this bound; also a stolen reviewer key)"] = run(
        "unbounded", "at-once", unbounded
    )
    print(json.dumps(results, indent=2), file=sys.stderr)
    results["at-once (default), anonymous step %g" % sentiment.ANONYMOUS_WEIGHT] = run(
        "bounded", "at-once", at_once
    )
    results["reviewed"] = run("reviewed", "reviewed", reviewed)
    shutil.rmtree(work)
    print(json.dumps(results, indent=2))
    with open(os.path.join(HERE, "docs", "poison.json"), "w") as f:
        json.dump(results, f, indent=2)
    bounded = results["at-once (default), anonymous step %g" % sentiment.ANONYMOUS_WEIGHT]
    before_bound = results[
        "at-once, anonymous step 1 (before this bound; also a stolen reviewer key)"
    ]
    damage, old_damage = (
        bounded["before"] - bounded["after"],
        before_bound["before"] - before_bound["after"],
    )
    held_up = (
        damage < old_damage / 2
        and bounded["max_change_after_forget_address"] <= 1e-12
        and bounded["max_change_after_forget_since"] <= 1e-12
        and results["reviewed"]["max_change_while_pending"] == 0
        and results["reviewed"]["max_change_after_rejecting"] == 0
    )
    print(
        f"damage: {old_damage:.4f} unbounded, {damage:.4f} at once with the bound, "
        f"{results['reviewed']['before'] - results['reviewed']['after']:.4f} reviewed; "
        f"forget restores within 1e-12 and reviewed mode is unchanged: {'yes' if held_up else 'NO'}"
    )
    return 0 if held_up else 1


# -- make languages: English and Chinese, apart and together -------------------------------------

CHINESE = os.path.join(HERE, "..", "shared", "data", "zh_shopping.csv.gz")


def languages():
    """Dev figures of each language for the bilingual recipe of model/1, a kind of Chinese review
    it never saw, and a user's own Chinese model trained on 80% of the file (docs/model.md)."""
    import csv
    import gzip

    if not (os.path.exists(SHARED) and os.path.exists(CHINESE)):
        raise SystemExit(f"make languages needs {SHARED} and {CHINESE}")
    en_texts, en_labels, _ = sentiment.read_labelled(SHARED)
    with gzip.open(CHINESE, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    zh_texts, zh_labels, kinds = (
        [r["review"] for r in rows],
        [int(r["sentiment"]) for r in rows],
        [r["domain"] for r in rows],
    )
    order = np.random.default_rng(DEV_SEED).permutation(len(en_texts))
    en_dev, en_rest = order[:DEV_SPLIT], order[DEV_SPLIT:]
    zh_order = np.random.default_rng(DEV_SEED).permutation(len(zh_texts))
    zh_dev, zh_rest = zh_order[: len(zh_texts) // 5], zh_order[len(zh_texts) // 5 :]
    featurizer = sentiment.Featurizer()

    def trained(texts, labels):
        X, _ = sentiment.vectorize(featurizer, texts)
        return sentiment.fit(featurizer, X, labels)

    def score(model, texts, labels):
        return sentiment.accuracy(model, texts, labels)[0]

    pick = lambda xs, idx: [xs[i] for i in idx]  # noqa: E731
    results = {}
    both = trained(
        pick(en_texts, en_rest) + pick(zh_texts, zh_rest),
        pick(en_labels, en_rest) + pick(zh_labels, zh_rest),
    )
    results["bilingual, dev"] = {
        "english (IMDb dev, 5,000)": score(both, pick(en_texts, en_dev), pick(en_labels, en_dev)),
        f"chinese (20%, {len(zh_dev):,})": score(
            both, pick(zh_texts, zh_dev), pick(zh_labels, zh_dev)
        ),
    }
    english = trained(pick(en_texts, en_rest), pick(en_labels, en_rest))
    results["english only, the same recipe, dev"] = score(
        english, pick(en_texts, en_dev), pick(en_labels, en_dev)
    )
    for kind in ("clothes", "fruit"):
        seen = [i for i in range(len(zh_texts)) if kinds[i] != kind]
        unseen = [i for i in range(len(zh_texts)) if kinds[i] == kind]
        model = trained(en_texts + pick(zh_texts, seen), en_labels + pick(zh_labels, seen))
        results[f"bilingual without {kind}, tested on {kind} ({len(unseen):,})"] = score(
            model, pick(zh_texts, unseen), pick(zh_labels, unseen)
        )
    own = trained(pick(zh_texts, zh_rest), pick(zh_labels, zh_rest))
    results["chinese only, 80% to train, 20% to test"] = score(
        own, pick(zh_texts, zh_dev), pick(zh_labels, zh_dev)
    )
    print(json.dumps(results, indent=2))
    with open(os.path.join(HERE, "docs", "languages.json"), "w") as f:
        json.dump(results, f, indent=2)
    return 0


# -- make capacity: a worker's memory and a scrape's cost against the log's size
# ---------------------


def capacity(sizes=(0, 200_000, 1_000_000)):
    """RSS of each of 2 gunicorn workers and /metrics latency, with N distinct anonymous
    feedbacks in the log."""
    store = sentiment.FileStore(os.path.join(HERE, "model"))
    featurizer = store.load(store.chosen()[0])[0].featurizer
    results, work = {}, tempfile.mkdtemp(prefix="capacity-")
    try:
        for n in sizes:
            data = os.path.join(work, f"data-{n}")
            os.makedirs(data)
            log = sentiment.FeedbackLog(sentiment.SQLite(os.path.join(data, "reviews.sqlite")))
            rows = (
                (
                    f"Review {k}: the plot of film {k} was {'good' if k % 2 else 'bad'}, "
                    f"number {k * 7}.",
                    k % 2,
                )
                for k in range(n)
            )
            with log.backend.transaction() as db:
                db.executemany(
                    log._insert.replace(" RETURNING id", ""),
                    (
                        (
                            "2026-12-01T00:00:00+00:00",
                            *sentiment.Feedback(
                                text,
                                sentiment.text_key(featurizer.hashes(text)),
                                label,
                                1 - label,
                                0.9,
                                1,
                                f"t{k}",
                                f"10.{k % 250}.{k // 250 % 250}.1",
                                weight=sentiment.ANONYMOUS_WEIGHT,
                            ),
                        )
                        for k, (text, label) in enumerate(rows)
                    ),
                )
            log.backend.release()
            port = free_port()
            env = dict(
                os.environ,
                SENTIMENT_MODEL_DIR=os.path.join(HERE, "model"),
                SENTIMENT_DATA_DIR=data,
                PYTHONPATH=HERE,
            )
            proc = subprocess.Popen(
                [
                    os.path.join(BIN, "gunicorn"),
                    "-w",
                    "2",
                    "--timeout",
                    "600",
                    "-b",
                    f"127.0.0.1:{port}",
                    "sentiment:application",
                ],
                env=env,
                cwd=HERE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            try:
                began = time.perf_counter()
                # a long log is caught up with in the background: 503 meanwhile
                while not _ready(port):
                    if time.perf_counter() - began > 900:
                        raise SystemExit(f"no answer with {n:,} rows after 900 s")
                    time.sleep(0.5)
                # both workers caught up and answering, statistics read once each
                for _ in range(20):
                    http_json(
                        port, "POST", "/api/predict", {"review": "A wonderful film, I loved it."}
                    )
                    http_json(port, "GET", "/api/stats")
                took = []
                for _ in range(20):
                    t0 = time.perf_counter()
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/metrics", timeout=30
                    ) as r:
                        r.read()
                    took.append(time.perf_counter() - t0)
                workers = subprocess.run(
                    ["pgrep", "-P", str(proc.pid)], capture_output=True, text=True
                ).stdout.split()
                results[f"{n:,} rows"] = {
                    "ready_s": round(time.perf_counter() - began, 1),
                    "worker_rss_mb": [round(rss_mb(int(p)), 1) for p in workers],
                    "metrics_ms_median": round(1e3 * sorted(took)[10], 2),
                }
                print(n, results[f"{n:,} rows"], file=sys.stderr, flush=True)
            finally:
                stop(proc)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=2))
    with open(os.path.join(HERE, "docs", "capacity.json"), "w") as f:
        json.dump(results, f, indent=2)
    return 0


def _ready(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
            return r.status == 200
    except OSError:  # HTTPError (503) included
        return False


# -- make scale: two hosts on one PostgreSQL -------------------------------------------------------


def scale():
    """Feedback/s from 8 clients over two gunicorn hosts, the lag from A's feedback to B's
    answer, and predictions/s of one host on PostgreSQL against the same host on SQLite."""
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    base = os.environ.get("SENTIMENT_TEST_DATABASE_URL")
    if not base:
        raise SystemExit(
            "make scale needs SENTIMENT_TEST_DATABASE_URL (it starts a server with .ci/postgres)"
        )
    name = f"scale_{os.getpid()}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = base.rsplit("/", 1)[0] + "/" + name
    work = tempfile.mkdtemp(prefix="scale-")
    texts, labels = sentiment.read_labelled(SHARED)[:2] if os.path.exists(SHARED) else ([], [])
    reviews = [t for t in texts if 200 <= len(t) <= 2000][:2000] or [
        f"A fine film, number {k}, with a good cast and a plot that held me to the end."
        for k in range(2000)
    ]
    gunicorn = [
        os.path.join(BIN, "gunicorn"),
        "-w",
        "2",
        "--graceful-timeout",
        "5",
        "sentiment:application",
    ]
    hosts, results = (
        [],
        {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}"},
    )
    try:
        for host, models in (
            ("a", os.path.join(HERE, "model")),
            ("b", os.path.join(work, "empty")),
        ):
            os.makedirs(os.path.join(work, host))
            os.makedirs(models, exist_ok=True)
            port = free_port()
            env = dict(
                os.environ,
                SENTIMENT_DATABASE_URL=url,
                SENTIMENT_MODEL_DIR=models,
                PYTHONPATH=HERE,
                SENTIMENT_DATA_DIR=os.path.join(work, host),
                SENTIMENT_FEEDBACK_PER_MINUTE="1000000",
            )
            proc, _ = start(gunicorn + ["-b", f"127.0.0.1:{port}"], env, port, HERE)
            hosts.append((proc, port))
        (_, a), (_, b) = hosts

        def feedback(job):
            port, text = job
            status, answer = http_json(port, "POST", "/api/predict", {"review": text})
            began = time.perf_counter()
            status, _ = http_json(
                port,
                "POST",
                "/api/feedback",
                {"review": text, "label": "positive", "feedback_token": answer["feedback_token"]},
            )
            return status, time.perf_counter() - began

        def load(ports, texts):
            """8 clients, each asking for a prediction and then sending its feedback, over
            ``ports`` in turn."""
            jobs = [(ports[k % len(ports)], text) for k, text in enumerate(texts)]
            began = time.perf_counter()
            with ThreadPoolExecutor(8) as clients:
                outcome = list(clients.map(feedback, jobs))
            wall = time.perf_counter() - began
            assert {s for s, _ in outcome} == {201}, {s for s, _ in outcome}
            took = sorted(t for _, t in outcome)
            return {
                "clients": 8,
                "hosts": len(ports),
                "feedbacks": len(jobs),
                "per_second": len(jobs) / wall,
                "p50_ms": 1e3 * took[len(took) // 2],
                "p99_ms": 1e3 * took[int(len(took) * 0.99)],
            }

        results["feedback"] = {"postgresql, 2 hosts": load((a, b), reviews[:1200])}
        lags = []
        for text in reviews[1200:1230]:  # feedback on A, then B's answer until it says so
            feedback((a, text))
            began = time.perf_counter()
            while http_json(b, "POST", "/api/predict", {"review": text})[1]["source"] != "feedback":
                if time.perf_counter() - began > 5:
                    raise SystemExit("host B did not see host A's feedback within 5 s")
            lags.append(time.perf_counter() - began)
        lags.sort()
        results["a_to_b_ms"] = {
            "median": 1e3 * lags[len(lags) // 2],
            "max": 1e3 * lags[-1],
            "trials": len(lags),
        }
        body, ctype = json.dumps({"review": reviews[0]}), "application/json"
        results["predictions_per_second"] = {
            "postgresql": wrk(a, "/api/predict", body, ctype, seconds=8)
        }
        for proc, _ in hosts:
            stop(proc)
        hosts = []
        os.makedirs(os.path.join(work, "sqlite"))
        port = free_port()
        env = dict(
            os.environ,
            SENTIMENT_MODEL_DIR=os.path.join(HERE, "model"),
            PYTHONPATH=HERE,
            SENTIMENT_DATA_DIR=os.path.join(work, "sqlite"),
            SENTIMENT_FEEDBACK_PER_MINUTE="1000000",
        )
        env.pop("SENTIMENT_DATABASE_URL", None)
        proc, _ = start(gunicorn + ["-b", f"127.0.0.1:{port}"], env, port, HERE)
        hosts.append((proc, port))
        results["predictions_per_second"]["sqlite"] = wrk(
            port, "/api/predict", body, ctype, seconds=8
        )
        results["feedback"]["sqlite, 1 host"] = load((port,), reviews[1300:2000] + reviews[:500])
    finally:
        for proc, _ in hosts:
            stop(proc)
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        shutil.rmtree(work, ignore_errors=True)
    pps = results["predictions_per_second"]
    results["predictions_ratio_postgresql_to_sqlite"] = (
        pps["postgresql"]["rps"] / pps["sqlite"]["rps"]
    )
    print(json.dumps(results, indent=2))
    with open(os.path.join(HERE, "docs", "scale.json"), "w") as f:
        json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["learncurve"]:
        sys.exit(learncurve())
    if sys.argv[1:] == ["families"]:  # the second part of make learncurve alone
        sys.exit(0 if families() else 1)
    if sys.argv[1:] == ["poison"]:
        sys.exit(poison())
    if sys.argv[1:] == ["audit"]:
        sys.exit(audit())
    if sys.argv[1:] == ["languages"]:
        sys.exit(languages())
    if sys.argv[1:] == ["capacity"]:
        sys.exit(capacity())
    if sys.argv[1:] == ["scale"]:
        sys.exit(scale())
    main()
