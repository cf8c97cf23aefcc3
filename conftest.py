"""The tests' shared helpers: requests over real HTTP or WebTest, sessions, and the served weights.

The metrics of the test process itself go to a folder of their own: sentiment
fixes its metrics folder when it is imported, and must not write into the checkout.
"""

import base64
import hmac
import http.client
import json
import os
import re
import tempfile
import time
import urllib.parse

os.environ["SENTIMENT_DATA_DIR"] = tempfile.mkdtemp(prefix="sentiment-tests-")
import sentiment  # noqa: E402

del os.environ["SENTIMENT_DATA_DIR"]  # each test sets its own; child processes count in theirs


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
