"""The tests' fixtures (a fresh process state, the fixture model, servers on free ports, a
PostgreSQL database) and the helpers they and the tests share: child processes, requests over
real HTTP or WebTest, sessions, and the served weights.

The metrics of the test process itself go to a folder of their own: sentiment
fixes its metrics folder when it is imported, and must not write into the checkout.
"""

import base64
import random
import shutil
import signal
import socket
import subprocess
import sys
import hmac
import http.client
import json
import os
import re
import tempfile
import time
import urllib.parse

import pytest
import webtest
from hypothesis import settings

# Property tests and schemathesis draw new examples in every run where people work, and so find
# what no one wrote down (an empty 'since' beside ids, the year 1 east of UTC); in CI the same
# examples every run, so that a run fails for a change, never for a draw.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

os.environ["SENTIMENT_DATA_DIR"] = tempfile.mkdtemp(prefix="sentiment-tests-")
import sentiment  # noqa: E402

del os.environ["SENTIMENT_DATA_DIR"]  # each test sets its own; child processes count in theirs


HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.dirname(sys.executable)


def child_env(env=None, **extra):
    """The environment of a child process: this one's, with the test's model and data folders
    (``env``, the fixture), SENTIMENT_TEST and sentiment importable; ``extra`` on top (None
    removes a name)."""
    child = dict(os.environ, SENTIMENT_TEST="1", PYTHONPATH=HERE)
    if env is not None:
        child.update(SENTIMENT_MODEL_DIR=str(env["model"]), SENTIMENT_DATA_DIR=str(env["data"]))
    child.update({k: str(v) for k, v in extra.items() if v is not None})
    for name in [k for k, v in extra.items() if v is None]:
        child.pop(name, None)
    return child


def run_cli(env, *args, timeout=120, cwd=None, **extra):
    """``python sentiment.py *args`` in a child process with child_env(env, **extra); the
    CompletedProcess, its output as text."""
    return subprocess.run(
        [sys.executable, os.path.join(HERE, "sentiment.py"), *map(str, args)],
        env=child_env(env, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
    )


# -- fixtures ---------------------------------------------------------------------

# -- our own fixture reviews ---------------------------------------------------

POSITIVE = (
    "wonderful brilliant superb moving delightful excellent charming gripping beautiful hilarious"
).split()
NEGATIVE = "awful boring terrible dull dreadful tedious horrible clumsy pointless lifeless".split()
NOUNS = "film plot acting script cast ending score camerawork pacing dialogue".split()


def make_review(rng, label):
    """A short synthetic review; some sentences negate the opposite sentiment."""
    good, bad = (POSITIVE, NEGATIVE) if label else (NEGATIVE, POSITIVE)
    sentences = []
    for _ in range(rng.randint(3, 6)):
        noun, roll = rng.choice(NOUNS), rng.random()
        if roll < 0.6:
            sentences.append(f"The {noun} was {rng.choice(good)}.")
        elif roll < 0.8:
            sentences.append(f"The {noun} was not {rng.choice(bad)} at all.")
        else:
            sentences.append(
                f"I thought the {noun} felt {rng.choice(good)} and {rng.choice(good)}!"
            )
    return " ".join(sentences)


def make_corpus(n, seed=1):
    rng = random.Random(seed)
    labels = [i % 2 for i in range(n)]
    return [make_review(rng, label) for label in labels], labels


@pytest.fixture(scope="session")
def corpus():
    return make_corpus(400)


@pytest.fixture(scope="session")
def base_models(tmp_path_factory, corpus):
    """A model directory with version 1, trained on the fixture reviews that `train` would fit on
    (the others are held out, as train holds them out)."""
    root = tmp_path_factory.mktemp("models")
    fit = [(t, y) for t, y in zip(*corpus) if not sentiment.held_out(t)]
    model = sentiment.train_model(*zip(*fit), n_bits=16, epochs=5)
    sentiment.FileStore(str(root)).save(
        model,
        feedback_upto=0,
        parent=None,
        excluded=[],
        dev_accuracy=None,
        holdout={"rule": sentiment.HOLDOUT_RULE, "rows": len(corpus[0]) - len(fit)},
        scripts=sentiment.scripts_of([t for t, _ in fit]),
    )
    return root


@pytest.fixture
def env(tmp_path, base_models, monkeypatch):
    """Fresh model and data directories for one test, and a fresh process state."""
    models, data = tmp_path / "model", tmp_path / "data"
    shutil.copytree(base_models, models)
    data.mkdir()
    monkeypatch.setenv("SENTIMENT_MODEL_DIR", str(models))
    monkeypatch.setenv("SENTIMENT_DATA_DIR", str(data))
    for name in (*sentiment.SETTINGS, "SENTIMENT_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    # each test's secret is new, and would draw a random 1% of its texts for the audit sample:
    # the tests of the sample set a rate of their own
    monkeypatch.setenv("SENTIMENT_AUDIT_RATE", "0")
    monkeypatch.setattr(sentiment, "_replica", (None, None))
    for name, fresh in (
        ("CANDIDATES", sentiment.Candidates()),
        ("SIGN_IN_LIMIT", sentiment.SignInLimit()),
        ("MONITOR", sentiment.Monitor()),
        ("STATE_DIGEST", sentiment.StateDigest()),
        ("UNTRUSTED_PROXIES", set()),
        ("_warned", set()),
    ):
        monkeypatch.setattr(sentiment, name, fresh)
    sentiment._keys.clear()
    return {"model": models, "data": data, "db": data / "reviews.sqlite"}


@pytest.fixture
def app(env):
    return webtest.TestApp(sentiment.application, extra_environ={"REMOTE_ADDR": "192.0.2.10"})


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A real server process group on a free port; stop() ends it by its pid."""

    def __init__(self, env, args, cwd):
        self.port = free_port()
        self.args = [a.replace("{port}", str(self.port)) for a in args]
        self.env = child_env(
            env, SENTIMENT_FEEDBACK_PER_MINUTE=100000, SENTIMENT_MODEL_VERSION=None
        )
        self.cwd, self.proc = cwd, None

    def start(self, timeout=30, ready=(200,)):
        """Start, and wait until /healthz answers one of ``ready`` (a host without its database:
        503)."""
        self.log = open(os.path.join(self.cwd, f"server-{self.port}.log"), "ab")
        self.proc = subprocess.Popen(
            self.args,
            cwd=self.cwd,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, open(self.log.name).read()
            try:
                if call(self.port, "GET", "/healthz", timeout=2)[0] in ready:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError("server did not become ready")

    def kill(self, sig=signal.SIGKILL):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, sig)
            self.proc.wait(timeout=30)
        self.log.close()

    def stop(self):
        self.kill(signal.SIGTERM)


@pytest.fixture
def servers(tmp_path):
    started = []

    def start(env, args, **options):
        server = Server(env, args, str(tmp_path)).start(**options)
        started.append(server)
        return server

    yield start
    for server in started:
        try:
            server.stop()
        finally:
            if server.proc.poll() is None:
                os.killpg(server.proc.pid, signal.SIGKILL)


PG_URL = os.environ.get("SENTIMENT_TEST_DATABASE_URL")


@pytest.fixture
def pg(env, monkeypatch):
    """A fresh database on the test server (`.ci/postgres` starts one), as
    SENTIMENT_DATABASE_URL."""
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail(
                "SENTIMENT_TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL for these tests"
            )
        pytest.skip(
            'needs a PostgreSQL server: run `eval "$(.ci/postgres)"` first (it prints '
            "SENTIMENT_TEST_DATABASE_URL), or let .ci/run do it"
        )
    import psycopg

    name = f"t_{os.urandom(6).hex()}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("SENTIMENT_DATABASE_URL", url)
    yield url
    served = sentiment._replica[1]
    if served and isinstance(served.log.backend, sentiment.Postgres) and served.log.backend._pool:
        # its threads would go on connecting to the dropped database
        served.log.backend._pool.close()
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


# -- requests and state ----------------------------------------------------------


def call(port, method, path, body=None, timeout=30):
    """(status, headers, JSON or text) of one request on a new connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, json.dumps(body) if body is not None else None, headers)
        res = conn.getresponse()
        data = res.read().decode()
        try:
            data = json.loads(data)
        except ValueError:
            pass
        return res.status, dict(res.getheaders()), data
    finally:
        conn.close()


def give_feedback(port, review, label):
    status, _, answer = call(port, "POST", "/api/predict", {"review": review})
    assert status == 200, answer
    return call(
        port,
        "POST",
        "/api/feedback",
        {"review": review, "label": label, "feedback_token": answer["feedback_token"]},
    )


def raw(port, method, path, headers=(), body=b"", timeout=60):
    """(status, lower-cased headers, body bytes) of one request sent as given, on a new
    connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = dict(headers)
        conn.putrequest(method, path, skip_host="Host" in headers, skip_accept_encoding=True)
        if body or method == "POST":
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.endheaders(body or None)
        res = conn.getresponse()
        return res.status, {k.lower(): v for k, v in res.getheaders()}, res.read()
    finally:
        conn.close()


def session_for(log, name, key):
    """A session cookie signed with the server's own secret (beside its log), as /login makes
    one."""
    secret = log.backend.secret()
    encoded, issued = base64.urlsafe_b64encode(name.encode()).decode().rstrip("="), int(time.time())
    mac = hmac.new(
        secret, f"session.{encoded}.{issued}.{sentiment.key_digest(key)}".encode(), "sha256"
    ).hexdigest()
    return f"sentiment_session={encoded}.{issued}.{mac}"


def weights(state):
    return state.model.coef, state.model.intercept


def feedback_as(app, review, label, headers=None, address=None, status=201):
    """Predict, then give feedback with the prediction's token, optionally with a key or from an
    address."""
    extra = {"headers": headers or {}}
    if address:
        extra["headers"] = {**extra["headers"], "X-Forwarded-For": address}
    token = app.post_json("/api/predict", {"review": review}, **extra).json["feedback_token"]
    return app.post_json(
        "/api/feedback",
        {"review": review, "label": label, "feedback_token": token},
        status=status,
        **extra,
    )


def weights_now(app):
    """The served weights once a request has caught up with the log and no rebuild is under way."""
    deadline = time.monotonic() + 10
    while True:
        app.get("/healthz", status="*")
        s = sentiment.replica()
        with s.lock:
            if s.loading is None and not s.stale or time.monotonic() > deadline:
                return s.served.model.coef.copy(), s.served.upto
        time.sleep(0.02)


def session_of(app, key):
    res = app.post("/login", {"key": key}, status=303)
    cookie = res.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower() and "Secure" not in cookie
    return res


def answer_of(port, review):
    status, headers, answer = call(port, "POST", "/api/predict", {"review": review})
    assert status == 200, answer
    return answer


def post_form(port, path, fields):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(
            "POST",
            path,
            urllib.parse.urlencode(fields),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"http://127.0.0.1:{port}",
            },
        )
        res = conn.getresponse()
        return res.status, res.read().decode()
    finally:
        conn.close()


def metric(text, name, **labels):
    """The value of one series in a /metrics text, whatever the order of its labels; 0 when it is
    not there yet."""
    for line in text.splitlines():
        series, _, value = line.rpartition(" ")
        found, _, rest = series.partition("{")
        if found == name and dict(re.findall(r'(\w+)="([^"]*)"', rest)) == labels:
            return float(value)
    return 0.0
