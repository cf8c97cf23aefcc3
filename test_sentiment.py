"""Tests for sentiment.py: WebTest for the app, real SQLite files, real processes."""

import base64
import codecs
import csv
import datetime
import gc
import ast
import collections
import glob
import gzip
import hashlib
import http.client
import html
import importlib.util
import io
import json
import logging
import math
import os
import pathlib
import pickle
import pwd
import random
import re
import string
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import unicodedata
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import schemathesis
import webtest
from hypothesis import HealthCheck, given, settings, strategies as st
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

import sentiment
from conftest import (
    BIN,
    HERE,
    PG_URL,
    answer_of,
    child_env,
    free_port,
    make_corpus,
    run_cli,
    call,
    feedback_as,
    give_feedback,
    metric,
    post_form,
    raw,
    session_for,
    session_of,
    weights,
    weights_now,
)

SHARED = os.path.join(HERE, "..", "shared", "data", "imdb_train.csv.gz")
CHINESE = os.path.join(HERE, "..", "shared", "data", "zh_shopping.csv.gz")
AMAZON = os.path.join(HERE, "..", "shared", "data", "amazon_shift.csv.gz")


def rows(env):
    if not env["db"].exists():
        return []
    with sqlite3.connect(env["db"]) as db:
        return db.execute(
            "SELECT id, review, sentiment, predicted, model_version, excluded FROM review_db "
            "ORDER BY id"
        ).fetchall()


GOOD = "The acting was wonderful and the plot was brilliant, a superb film."
BAD = "The acting was awful and the plot was boring, a dreadful film."
# the fixture model rounds GOOD to exactly 1.0
MIXED = "The acting was wonderful but the plot was boring, a film."

# -- features and model --------------------------------------------------------


def test_features_skip_html_and_case():
    f = sentiment.Featurizer(n_bits=18)
    assert np.array_equal(f.indices("Great<br /><br />MOVIE"), f.indices("great movie"))
    assert not np.array_equal(f.indices("great movie"), f.indices("great film"))


def test_negation_is_kept():
    f = sentiment.Featurizer(n_bits=20)
    good, not_good = set(f.indices("good")), set(f.indices("not good"))
    assert good < not_good
    assert len(not_good) == 3  # "not", "good" and the bigram "not good"


def test_tokens_match_indices():
    f = sentiment.Featurizer(n_bits=18)
    text = "Not <b>good</b>, really: 中文 and émigré 🎬!"
    starts, ends, h = f.tokens(text)
    assert np.unique(f._ngram_buckets(h)).tolist() == f.indices(text).tolist()
    assert [text[s:e] for s, e in zip(starts[:3], ends[:3])] == ["Not", "good", ","]


@pytest.mark.parametrize("n_bits", [12, 21, 30])  # 30: review numbers and features need 64-bit keys
def test_a_batch_gives_each_review_what_it_gives_alone(corpus, n_bits):
    f = sentiment.Featurizer(n_bits=n_bits)
    texts = corpus[0][:300] + ["", "one", "two words", "', ' !", corpus[0][0]]
    hashes = [f.hashes(t) for t in texts]
    indices, offsets = f.batch_indices(hashes)
    assert len(offsets) == len(texts) + 1 and offsets[-1] == len(indices)
    for i, text in enumerate(texts):
        assert (
            indices[offsets[i] : offsets[i + 1]].tolist()
            == np.unique(f._ngram_buckets(hashes[i])).tolist()
        ), text
    if n_bits > 21:
        return  # a model of 2^30 weights would take 8 GB
    rng = np.random.default_rng(0)
    model = sentiment.Model(
        f, rng.normal(size=f.n_features), 0.25, seen=rng.random(f.n_features) < 0.5
    )
    alone = [model.logit(f.indices(t)) for t in texts]
    assert model.logits(indices, offsets) == alone, (
        "bit-identical, so a batch answers as single requests do"
    )
    shares = model.unknown_shares(hashes)
    assert shares[len(corpus[0][:300])] is None and shares[-1] == shares[0] and 0 < shares[0] < 1
    assert all(
        s is None or s == 1 - np.count_nonzero(model.seen[f.words(h)]) / len(h)
        for s, h in zip(shares, hashes)
    )


def test_chunk_caches_stay_bounded():
    f = sentiment.Featurizer(n_bits=12, token_hash="blake2b")  # poly64 keeps no cache
    long_chunk = "!" * 5000
    for i in range(300):
        f.indices(f"{long_chunk}{i} word{i}")
        f.tokens(f"{long_chunk}{i} word{i}")
    for cache in (f._hashes, f._spans):
        assert 0 < len(cache) <= cache.size and max(map(len, cache)) <= cache.longest
    assert len(f.indices(long_chunk)) == 3, (
        "an uncached chunk still gives its n-grams: '!', '! !', '! ! !'"
    )


def test_printable_text_has_no_refused_control_character():
    """clean_review skips its control-character regex for printable text: sound only if this
    holds."""
    refused = [chr(c) for c in range(0x110000) if sentiment._CONTROL.match(chr(c))]
    assert len(refused) > 2048 and not any(c.isprintable() for c in refused)


def test_blank_table_is_what_str_split_splits_on():
    assert [c for c in range(0x110000) if chr(c).isspace()] == np.flatnonzero(
        sentiment._BLANK
    ).tolist()


def test_a_rule_started_or_resumed_keeps_its_own_type_and_parameters():
    """A rule that is not one of RULES (a subclass, as the benches try) learns as itself once it
    is started from evidence or resumed from a checkpoint's arrays."""

    class Tilted(sentiment.DampedAdaGrad):
        """A rule of a bench's own."""

    rule = Tilted(eta=3.0, floor=0.2)
    started = rule.started(np.ones(4))
    for made in (started, started.resumed(started.arrays())):
        assert type(made) is Tilted and made.params() == rule.params()
        assert made.params()["eta"] == 3.0 and made.params()["rule"] == "damped-adagrad"


@pytest.mark.parametrize(
    "rule",
    ["adagrad", "capped-adagrad", "damped-adagrad", "counting-adagrad", "bounded-counting-adagrad"],
)
@pytest.mark.parametrize("weight", [1.0, 0.03])
def test_learn_matches_a_plain_reference_of_its_rule(corpus, rule, weight):
    """Each rule's step, with its training-evidence prior (and the capped rules' reach and cap,
    the damped rules' surprise, the counting rules' Naive Bayes counts, and the bounded rule's
    reach over its counts too), is the textbook one written out in plain Python, to 1e-9."""
    texts, labels = make_corpus(300, seed=7)
    # every other label wrong for the model, so that steps learn, damped or not
    labels = [1 - label if i % 2 else label for i, label in enumerate(labels)]
    model = sentiment.train_model(*corpus, n_bits=12, epochs=2)
    # the evidence as it is stored
    model = sentiment.Model.from_state(model.state(), sentiment.RULES[rule]())
    coef, squares, r = model.coef.tolist(), model.rule.squares.tolist(), model.rule
    damped = bounded = 0
    counting = rule in ("counting-adagrad", "bounded-counting-adagrad")
    assert min(squares) == r.g0 and max(squares) > r.g0, "a prior for seen features"
    trained = [q > r.g0 for q in squares]
    if counting:
        # each class's count starts at half the evidence times a review's length, plus smoothing
        evidence, counts = model.rule.evidence(), model.rule.arrays()
        assert np.allclose(counts["positive"], evidence * r.latin_length / 2 + 2.0, rtol=1e-6)
        positive, negative = list(counts["positive"]), list(counts["negative"])
    for text, label in zip(texts, labels):
        features = sorted({int(i) for i in model.featurizer.indices(text)})
        x = 1 / math.sqrt(len(features))
        p = 1 / (1 + math.exp(-(sum(coef[i] for i in features) * x + model.intercept)))
        delta = {}
        for i in features:
            g = (p - label) * weight * x
            squares[i] += g * g
            delta[i] = -r.eta * g / math.sqrt(squares[i])
        if rule != "adagrad":
            if weight < 1:
                delta = {i: max(-r.cap * weight, min(r.cap * weight, d)) for i, d in delta.items()}
            moved = abs(sum(d for i, d in delta.items() if trained[i]) * x)
            if moved > r.reach * weight:
                delta = {
                    i: d * r.reach * weight / moved if trained[i] else d for i, d in delta.items()
                }
        damping = 1.0
        if rule not in ("adagrad", "capped-adagrad"):
            # the answer's logit on the wrong side, past r.surprise: e^-(m - surprise) of the step
            wrong = abs(p - label)
            m = math.log(wrong / (1 - wrong)) if wrong < 1 else math.inf
            damped += m > r.surprise
            damping = max(r.floor, math.exp(-max(0.0, m - r.surprise)))
            delta = {i: d * damping for i, d in delta.items()}
        if counting:  # float32 counts, as the rule keeps them
            counts = positive if label else negative
            for i in features:
                before = math.log(float(positive[i]) / float(negative[i]))
                counts[i] = counts[i] + np.float32(weight * damping)
                delta[i] += r.share * (math.log(float(positive[i]) / float(negative[i])) - before)
        if rule == "bounded-counting-adagrad":  # the step and its counts within the damped reach
            moved = abs(sum(d for i, d in delta.items() if trained[i]) * x)
            reach = r.reach * weight * damping
            bounded += moved > reach
            if moved > reach:
                delta = {i: d * reach / moved if trained[i] else d for i, d in delta.items()}
        for i, d in delta.items():
            coef[i] += d
    before = model.coef.copy()
    for text, label in zip(texts, labels):
        model.learn(text, label, weight)
    assert np.max(np.abs(model.coef - np.array(coef))) < 1e-9
    assert np.max(np.abs(model.rule.squares - np.array(squares))) < 1e-9
    # it did learn something, far past the tolerance (a damped 0.03 step moves 1.6e-5)
    assert np.max(np.abs(model.coef - before)) > 1e-5
    if rule not in ("adagrad", "capped-adagrad"):
        assert 0 < damped < len(texts), "some steps damped, not all"
    if rule == "bounded-counting-adagrad":
        assert 0 < bounded < len(texts), "some steps bounded by the reach, not all"
    if counting:
        assert np.array_equal(model.rule.positive, np.array(positive, dtype=np.float32))
        assert np.array_equal(model.rule.negative, np.array(negative, dtype=np.float32))
        assert np.sum(model.rule.positive) > np.sum(evidence * r.latin_length / 2 + 2.0), "counted"


def test_counts_are_made_at_the_first_step_and_kept_by_a_checkpoint(corpus):
    """A version that only answers holds no counts (two a feature, 25 MB for model/1); the first
    step makes them from the accumulators, which still hold the training evidence, and a
    checkpoint's arrays carry them on."""
    model = sentiment.train_model(*corpus, n_bits=12, epochs=2)
    assert isinstance(model.rule, sentiment.BoundedCountingAdaGrad) and model.rule.positive is None
    for text, label in zip(*make_corpus(20, seed=3)):
        model.learn(text, 1 - label)
    assert model.rule.positive is not None and model.rule.negative.sum() > 4096 * 2.0
    resumed = model.resumed(model.coef, model.intercept, model.rule.arrays())
    for name in ("positive", "negative"):
        assert np.array_equal(getattr(resumed.rule, name), getattr(model.rule, name))
    text = make_corpus(1, seed=4)[0][0]
    model.learn(text, 1)
    resumed.learn(text, 1)
    assert np.array_equal(model.coef, resumed.coef), "a resumed rule steps as the original"


def test_learning_weight_scales_the_step():
    model = sentiment.Model(sentiment.Featurizer(n_bits=12, cjk_bits=0), np.zeros(4096), 0.0)
    half = model.copy()
    model.learn(GOOD, 0)
    half.learn(GOOD, 0, weight=0.5)
    assert 0.5 > half.positive(GOOD) > model.positive(GOOD)


def test_feedback_moves_prediction_and_a_surprise_still_teaches():
    model = sentiment.Model(sentiment.Featurizer(n_bits=12, cjk_bits=0), np.zeros(4096), 0.0)
    before = model.positive(GOOD)
    model.learn(GOOD, 0)
    assert model.positive(GOOD) < before
    # the words BAD shares with GOOD made it surely negative: each "positive" is a surprise,
    # damped to the rule's floor (a fiftieth of a step), and some tens of them still win
    assert model.positive(BAD) < 1e-3
    surprised, enough = 0, 2 / model.rule.floor
    while model.positive(BAD) < 0.5 and surprised < enough:
        model.learn(BAD, 1)
        surprised += 1
    assert 10 < surprised < enough and model.positive(BAD) > 0.5


def test_vectorizing_on_every_core_gives_the_rows_of_one(corpus):
    featurizer = sentiment.Featurizer(n_bits=16)
    X, words = sentiment.vectorize(featurizer, corpus[0])
    shared_X, shared_words = sentiment.vectorize_on_every_core(featurizer, corpus[0])
    assert (X != shared_X).nnz == 0 and np.array_equal(X.indptr, shared_X.indptr) and X.nnz > 1000
    assert len(words) == len(shared_words) == len(corpus[0])
    assert all(np.array_equal(a, b) for a, b in zip(words, shared_words))
    # fewer reviews than cores
    one_X, one_words = sentiment.vectorize_on_every_core(featurizer, corpus[0][:1])
    assert (one_X != X[:1]).nnz == 0 and one_X.shape[0] == len(one_words) == 1


def test_training_reaches_fixture_accuracy(corpus):
    texts, labels = make_corpus(200, seed=99)
    model = sentiment.train_model(*corpus, n_bits=16, epochs=5)
    acc, confusion = sentiment.accuracy(model, texts, labels)
    assert acc > 0.9, confusion


# -- model store -----------------------------------------------------------------


def test_model_loads_in_fresh_interpreter_both_ways(tmp_path, corpus):
    """A model written by `python sentiment.py train` loads under the module name, and back."""
    data = tmp_path / "reviews.csv"
    with open(data, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["review", "sentiment"])
        w.writerows(zip(*corpus))
    run = run_cli(None, "train", data, cwd=tmp_path, SENTIMENT_MODEL_DIR=tmp_path / "m")
    assert run.returncode == 0, run.stderr
    model, meta = sentiment.FileStore(str(tmp_path / "m")).load(1)
    assert meta["training_data"]["rows"] == 400 and meta["dev_accuracy"] > 0.9
    assert meta["versions"]["numpy"] == np.__version__
    here = model.positive(GOOD)
    code = (
        "import sentiment, sys; m, _ = sentiment.FileStore(sys.argv[1]).load(1); "
        "print(repr(m.positive(sys.argv[2])))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "m"), GOOD],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=child_env(PYTHONHASHSEED=123),
    )
    assert float(out.stdout) == here


def test_model_file_is_checked_and_never_runs_code(tmp_path, base_models):
    root = tmp_path / "m"
    shutil.copytree(base_models, root)
    path = root / "1" / "model.pkl"
    blob = path.read_bytes()
    path.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(sentiment.ModelError, match=r"model\.pkl: sha256 does not match"):
        sentiment.FileStore(str(root)).load(1)

    class Evil:
        def __reduce__(self):
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    evil = pickle.dumps(Evil())
    path.write_bytes(evil)
    meta = json.loads((root / "1" / "meta.json").read_text())
    meta["sha256"] = hashlib.sha256(evil).hexdigest()
    (root / "1" / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(sentiment.ModelError, match="is not allowed"):
        sentiment.FileStore(str(root)).load(1)
    assert not (tmp_path / "pwned").exists()


def test_crash_while_saving_keeps_previous_model(tmp_path, base_models, monkeypatch):
    root = tmp_path / "m"
    shutil.copytree(base_models, root)
    model, _ = sentiment.FileStore(str(root)).load(1)

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sentiment.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        sentiment.FileStore(str(root)).save(model, feedback_upto=0, parent=1)
    monkeypatch.undo()
    assert sorted(os.listdir(root)) == ["1"]
    assert sentiment.FileStore(str(root)).load(1)[0].positive(GOOD) == model.positive(GOOD)


def test_serve_refuses_corrupt_model_with_one_line(tmp_path, base_models):
    root = tmp_path / "m"
    shutil.copytree(base_models, root)
    pkl = root / "1" / "model.pkl"
    pkl.write_bytes(pkl.read_bytes()[:1000])
    proc = run_cli({"model": root, "data": tmp_path}, "serve", "--port", 1, timeout=60)
    assert proc.returncode != 0
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and str(pkl) in last and "Traceback" not in proc.stderr


def test_committed_model_gets_obvious_reviews_right(monkeypatch):
    monkeypatch.delenv("SENTIMENT_MODEL_DIR", raising=False)
    root = os.path.join(HERE, "model")
    newest = max(sentiment.FileStore(root).versions())
    model, meta = sentiment.FileStore(root).load(newest)
    assert meta["dev_accuracy"] >= 0.915  # of both languages' 5,000 held-out rows; measured 0.9338
    assert (
        sum(
            os.path.getsize(os.path.join(root, str(newest), n))
            for n in os.listdir(os.path.join(root, str(newest)))
        )
        <= 10_000_000
    )
    for text in (
        "One of the best films I have ever seen. Brilliant acting, a moving story, I loved it.",
        "A wonderful, funny and beautifully shot movie. Highly recommended!",
    ):
        assert model.positive(text) > 0.8, text
    for text in (
        "The worst movie I have seen in years. Boring, badly acted and a waste of time.",
        "Awful script, terrible acting. I want my two hours back.",
    ):
        assert model.positive(text) < 0.2, text
    assert model.positive("This film was not good at all, it was boring.") < 0.5
    assert (
        model.positive(ZH_GOOD) > 0.8
        and model.positive("这个手机很好用，非常满意，推荐购买。") > 0.8
    )
    assert model.positive("质量太差了，非常失望，不会再买。") < 0.2, "it reads Chinese"


@pytest.mark.skipif(
    not os.path.exists(SHARED),
    reason="needs ../shared/data/imdb_train.csv.gz (the full IMDb "
    "train split), which only CI and developers have",
)
def test_dev_accuracy_of_each_language_on_shared_data():
    """The committed recipe, IMDb plus the Chinese shopping reviews, fitted without the rows that
    every version holds out (held_out) and without one kind (clothes): English dev >= 0.915,
    Chinese dev >= 0.90 and the kind never seen >= 0.85."""
    if not os.path.exists(CHINESE):
        pytest.skip(
            f"needs {CHINESE} (the Chinese shopping reviews), which only CI and developers have"
        )
    texts, labels, _ = sentiment.read_labelled(SHARED)
    with gzip.open(CHINESE, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    unseen = [(r["review"], int(r["sentiment"])) for r in rows if r["domain"] == "clothes"]
    seen = [(r["review"], int(r["sentiment"])) for r in rows if r["domain"] != "clothes"]
    fit = [(t, y) for t, y in [*zip(texts, labels), *seen] if not sentiment.held_out(t)]
    model = sentiment.train_model(*zip(*fit))
    english, chinese, kind = (
        sentiment.accuracy(model, *zip(*part))[0]
        for part in (
            [(t, y) for t, y in zip(texts, labels) if sentiment.held_out(t)],
            [(t, y) for t, y in seen if sentiment.held_out(t)],
            unseen,
        )
    )
    assert english >= 0.915 and chinese >= 0.90 and kind >= 0.85, (english, chinese, kind)


@pytest.mark.skipif(
    not os.path.exists(AMAZON),
    reason="needs ../shared/data/ (IMDb, Chinese and Amazon reviews), which only CI and "
    "developers have",
)
def test_a_retrain_with_more_rows_is_judged_on_rows_neither_version_saw_and_served(tmp_path):
    """The committed recipe plus 2,000 labelled Amazon reviews: both figures are on held-out rows
    that neither version trained on (the committed one holds out the same texts), so the served
    version's figure is an honest one, and the version with more data is served."""
    shutil.copytree(os.path.join(HERE, "model", "1"), tmp_path / "model" / "1")
    own = tmp_path / "own.csv"
    with gzip.open(AMAZON, "rt", encoding="utf-8", newline="") as f:
        amazon = list(csv.DictReader(f))[:2000]
    with open(own, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["review", "sentiment"]] + [(r["review"], r["sentiment"]) for r in amazon]
        )
    folders = {"model": tmp_path / "model", "data": tmp_path / "data"}
    run = run_cli(folders, "train", SHARED, CHINESE, own, timeout=300)
    texts = [t for path in (SHARED, CHINESE) for t in sentiment.read_labelled(path)[0]]
    held = sum(map(sentiment.held_out, texts + [r["review"] for r in amazon]))
    assert sentiment.FileStore(str(tmp_path / "model")).read_meta(1)["holdout"] == {
        "rule": sentiment.HOLDOUT_RULE,
        "rows": sum(map(sentiment.held_out, texts)),
    }, "the committed version held out the same texts"
    line = re.search(
        r"it is served: ([\d.]+) on (\d+) held-out reviews that neither version trained on, "
        r"against ([\d.]+) for version 1 \(" + re.escape(sentiment.HOLDOUT_RULE),
        run.stderr,
    )
    assert run.returncode == 0 and line, run.stderr[-2000:]
    assert int(line[2]) == held and float(line[1]) >= float(line[3])
    assert sentiment.FileStore(str(tmp_path / "model")).chosen() == (2, False)


# -- reviews in Chinese, and scripts the model cannot read ---------------------------------------

ZH_GOOD = "这部电影太精彩了，演员的表演非常出色，我非常喜欢。"


def test_chinese_runs_are_character_ngrams_with_true_offsets():
    f = sentiment.Featurizer(n_bits=16)
    starts, ends, h = f.tokens(ZH_GOOD + " iPhone很好！１２３")
    words = [(ZH_GOOD + " iPhone很好！１２３")[a:b] for a, b in zip(starts, ends)]
    assert words[:4] == ["这", "部", "电", "影"] and words[-5:] == [
        "iPhone",
        "很",
        "好",
        "！",
        "１２３",
    ]
    folded = [t for _, _, t in f._chunk_tokens("好！１２３ＡＢＣ")]
    assert folded == ["好", "!", "123abc"], (
        "full-width punctuation, digits and letters fold to ASCII"
    )
    grams = f.indices("精彩")
    assert len(grams) == 3, "two characters: two 1-grams and one 2-gram"
    before = sentiment.Featurizer(
        n_bits=16, token_pattern=sentiment.WORD_PATTERN, normalize="", token_hash="blake2b"
    )
    assert len(before.indices("精彩")) == 1, "the tokenizer before: a whole clause was one word"


def test_cjk_ngrams_have_buckets_of_their_own():
    # and 2^15 buckets for n-grams that start with a CJK character
    f = sentiment.Featurizer(n_bits=16)
    assert f.n_features == 2**16 + 2**15 and f.params()["cjk_bits"] == 15
    chinese, english, both = (
        f.indices("这部电影太精彩了"),
        f.indices(GOOD),
        f.indices("很好 a good film"),
    )
    assert chinese.min() >= 2**16 and chinese.max() < f.n_features and english.max() < 2**16
    # a review is read in one table: the CJK one when more of its tokens are CJK characters
    assert both.max() < 2**16, "two characters, three words: English"
    mixed = f.indices("这部电影很好, iPhone")
    assert mixed.min() >= 2**16, "six characters, one word: all of it Chinese, the comma too"
    by_token = sentiment.Featurizer(n_bits=16, tables="by token")
    assert by_token.indices("很好 a good film").min() < 2**16 <= by_token.indices("很好 a").max()
    keys, offsets = f.batch_indices([f.hashes(t) for t in ("这部电影太精彩了", GOOD)])
    assert (
        keys[offsets[0] : offsets[1]].tolist() == chinese.tolist()
        and keys[offsets[1] :].tolist() == english.tolist()
    )
    assert f.words(f.hashes("很好")).min() >= 2**16, "known words are counted in the same buckets"


def reference_buckets(featurizer, tokens):
    """A review's buckets the obvious way, in pure Python: each token's BLAKE2b (with
    ``cjk_bits``, its lowest bit says whether it is a CJK character); an n-gram's hash is the
    previous one's times the odd constant plus the next token's, times the constant again, top
    bits; with ``cjk_bits``, in the CJK table after the others when the n-gram starts with a CJK
    character."""
    f, mask, mix = featurizer, (1 << 64) - 1, 0x9E3779B97F4A7C15
    if f.token_hash == "poly64":
        hashes = poly64_reference(" ".join(tokens), f.tables == "by review")[1]
    else:
        hashes = [
            int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            for t in tokens
        ]
        if f.cjk_bits:
            hashes = [
                h & ~1 | bool(re.fullmatch(f"[{sentiment.CJK}]", t)) for h, t in zip(hashes, tokens)
            ]
    out = set()
    for i in range(len(hashes)):
        g = hashes[i]
        for j in range(i, min(i + f.ngram_max, len(hashes))):
            g = (g * mix + hashes[j]) & mask if j > i else g
            top = (g * mix) & mask
            out.add(
                (1 << f.n_bits) + (top >> (64 - f.cjk_bits))
                if f.cjk_bits and hashes[i] & 1
                else top >> (64 - f.n_bits)
            )
    return sorted(out)


def test_a_version_made_before_keeps_its_tokens_and_buckets(base_models):
    model = sentiment.train_model(
        *zip(*[(t, y) for y, t in zh_corpus(40)]), n_bits=16, epochs=1, cjk_bits=0
    )
    state = model.state()
    state["features"] = {
        k: v
        for k, v in state["features"].items()
        if k not in ("normalize", "cjk_bits", "token_hash")
    }
    # as versions before CJK tokens were written
    state["features"]["token_pattern"] = sentiment.WORD_PATTERN
    old = sentiment.Model.from_state(state)
    assert old.featurizer.normalize == "" and [
        t for _, _, t in old.featurizer._chunk_tokens("精彩！")
    ] == ["精彩", "！"]
    one_table = sentiment.Featurizer(n_bits=16, cjk_bits=0, token_hash="blake2b")
    assert one_table.n_features == 2**16
    for text in ("a good film, truly", "很好的电影 good"):
        tokens = [t for chunk in text.split() for _, _, t in one_table._chunk_tokens(chunk)]
        assert one_table.indices(text).tolist() == reference_buckets(one_table, tokens), (
            "one table, no flag"
        )


def zh_corpus(n, seed=3):
    rng = random.Random(seed)
    good, bad = ["很好", "喜欢", "精彩", "满意", "推荐"], ["很差", "失望", "糟糕", "退货", "难用"]
    things = ["手机", "衣服", "书", "水果", "电脑"]
    rows = []
    for i in range(n):
        words = good if i % 2 else bad
        rows.append((i % 2, f"这个{rng.choice(things)}{rng.choice(words)}，{rng.choice(words)}。"))
    return rows


def test_training_on_chinese_reviews_as_a_user_would(env, tmp_path, capsys):
    path = tmp_path / "zh.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        # the layout of public Chinese sets
        csv.writer(f).writerows([["label", "review"], *zh_corpus(300)])
    other = tmp_path / "en.csv"
    texts, labels = make_corpus(100, seed=9)
    with open(other, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", "sentiment"], *zip(texts, labels)])
    sentiment.main(["train", str(path), str(other)])
    err = capsys.readouterr().err
    held = sum(map(sentiment.held_out, [t for _, t in zh_corpus(300)] + texts))
    assert re.search(rf"dev accuracy 1\.0000 on {held} held-out reviews", err), err
    meta = sentiment.FileStore(str(env["model"])).read_meta(2)
    assert (
        meta["training_data"]["path"] == "zh.csv + en.csv" and meta["training_data"]["rows"] == 400
    )
    sentiment.main(["promote", "2"])
    app = webtest.TestApp(sentiment.application)
    answer = app.post_json(
        "/api/predict", {"review": "这个手机很好，推荐，我很满意，很好用。"}
    ).json
    assert answer["label"] == "positive" and answer["model_version"] == 2
    page = app.post("/results", {"moviereview": ZH_GOOD.replace("精彩", "很好")})
    marks = [m.get_text() for m in page.html.select("#review mark")]
    assert marks, "the words that pushed are marked"
    if importlib.util.find_spec("jieba"):  # words as jieba reads them, else characters
        text = ZH_GOOD.replace("精彩", "很好")
        assert set(marks) <= {text[a:b] for a, b in sentiment.CHINESE_WORDS.spans(text)}
    else:
        assert all(len(m) == 1 for m in marks), "one character each"


def test_a_train_that_loses_a_language_or_meets_a_pin_waits_as_a_candidate(env, tmp_path, capsys):
    """An English-only train over a bilingual served version never serves itself, and says which
    language it lacks; promote warns in the same words; and no train lifts a pin."""
    zh, en = tmp_path / "zh.csv", tmp_path / "en.csv"
    with open(zh, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["label", "review"], *zh_corpus(300)])
    texts, labels = make_corpus(300, seed=9)
    with open(en, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", "sentiment"], *zip(texts, labels)])
    sentiment.main(["train", str(zh), str(en)])
    sentiment.main(["promote", "2"])  # the bilingual version, pinned
    learned = sentiment.FileStore(str(env["model"])).read_meta(2)["scripts"]["CJK"]
    capsys.readouterr()
    sentiment.main(["train", str(en)])
    lacks = f"version 3 never saw Chinese, which version 2 learned from {learned:,} rows"
    assert f"kept as a candidate (version 3): {lacks}; serve it with `promote 3`" in (
        capsys.readouterr().err
    )
    assert sentiment.FileStore(str(env["model"])).chosen() == (2, True), "the pin stays"
    sentiment.main(["rollback", "1"])  # English only: the same language, but pinned
    sentiment.main(["train", str(en)])
    err = capsys.readouterr().err
    assert "kept as a candidate (version 4)" in err and "version 1 is pinned" in err, err
    assert sentiment.FileStore(str(env["model"])).chosen() == (1, True)
    sentiment.main(["promote", "2"])
    sentiment.main(["promote", "3"])
    assert f"warning: {lacks}" in capsys.readouterr().err


def test_a_script_the_model_never_learned_is_unsure_and_named(app):
    korean = "정말 재미있는 영화였어요. 배우들의 연기가 훌륭했고 이야기도 감동적이었습니다."
    answer = app.post_json("/api/predict", {"review": korean}).json
    assert answer["unsure"] is True and answer["unreadable_script"] == "Hangul"
    page = app.post("/results", {"moviereview": korean})
    assert "Hangul" in page.html.find(id="unreadable-script").get_text()
    assert page.html.find(id="verdict").get_text().startswith("Unsure")
    assert [b["value"] for b in page.html.select("form[action='/thanks'] button")] == [
        "positive",
        "negative",
    ]
    assert app.post_json("/api/predict", {"review": GOOD}).json["unreadable_script"] is None


# -- the HTML flow -----------------------------------------------------------------


def test_html_flow(app, env):
    form = app.get("/")
    assert form.status_int == 200 and 'name="moviereview"' in form.text
    res = app.post("/results", {"moviereview": GOOD})
    assert "positive" in res.text and "Correct" in res.text and "Incorrect" in res.text
    assert 'href="/"' in res.text
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    assert res.html.find("input", {"name": "review"})["value"] == GOOD
    thanks = app.post("/thanks", {"review": GOOD, "feedback_token": token, "feedback": "incorrect"})
    assert "Thank you" in thanks.text
    assert " ".join(thanks.html.find(id="answer-now").get_text().split()).startswith(
        "It was saved. From now on the service answers negative for this review to you."
    )
    assert [(r[1], r[2], r[3]) for r in rows(env)] == [(GOOD, 0, 1)]


@pytest.mark.parametrize(
    "review,status,message",
    [
        ("", 400, "Please enter a review"),
        ("   \n  ", 400, "Please enter a review"),
        ("too short", 400, "too short"),
        ("x" * 20_001, 413, "too long"),
        ("<b></b><i></i><br /><br /><p></p>", 400, "no words"),
        ("'''''' <br /> '''''''''' <p>''''</p>", 400, "no words"),
        ("A fine movie\x00 with a NUL byte in it", 400, "control characters"),
    ],
)
def test_invalid_review_returns_form(app, env, review, status, message):
    res = app.post("/results", {"moviereview": review}, status=status)
    assert message in res.text and 'name="moviereview"' in res.text
    if review.strip():
        assert res.html.find("textarea").text == review
    assert rows(env) == []


def test_review_html_is_escaped(app):
    evil = 'An <script>alert("x")</script> awful "quoted" movie & more'
    res = app.post("/results", {"moviereview": evil})
    assert "<script>alert" not in res.text and "&lt;script&gt;" in res.text
    assert res.html.find("input", {"name": "review"})["value"] == evil


def test_non_ascii_round_trips_into_sqlite(app, env):
    text = "Un film très émouvant, 中文的评论也很好 🎬🍿 — wonderful and brilliant!"
    res = app.post("/results", {"moviereview": text})
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    app.post("/thanks", {"review": text, "feedback_token": token, "feedback": "correct"})
    p = app.post_json("/api/predict", {"review": text}).json
    app.post_json(
        "/api/feedback",
        {"review": text, "label": "negative", "feedback_token": p["feedback_token"]},
        status=201,
    )
    assert [r[1] for r in rows(env)] == [text, text]


# -- the JSON API ------------------------------------------------------------------


def test_api_predict_single_and_batch(app):
    one = app.post_json("/api/predict", {"review": GOOD}).json
    assert one["label"] == "positive" and one["positive"] == one["probability"] > 0.5
    assert one["model_version"] == 1 and one["feedback_token"]
    batch = app.post_json("/api/predict", {"reviews": [BAD, GOOD]}).json["predictions"]
    assert [p["label"] for p in batch] == ["negative", "positive"]
    assert batch[1]["positive"] == one["positive"]
    assert batch[0]["probability"] == 1 - batch[0]["positive"]


def test_a_refused_request_leaves_no_cycle_for_the_garbage_collector(app):
    """A route's refusal is freed with its request: raised through Bottle, its traceback held
    every frame it passed, with the request's reviews and arrays, in a cycle until a collection."""
    app.post_json("/api/predict", {"review": GOOD})
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds unreachable stays in gc.garbage
    try:
        app.post_json("/api/predict", {"reviews": [GOOD, "too short"]}, status=400)
        app.post_json("/api/predict", {"review": "short"}, status=400)
        app.post_json("/api/feedback", {"review": GOOD, "label": "positive"}, status=400)
        gc.collect()
        kept = [o for o in gc.garbage if isinstance(o, sentiment.bottle.HTTPResponse)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert kept == []


def test_partial_batch_marks_bad_items_in_place(app, env):
    reviews = [GOOD, "too short", BAD, 42]
    # what the schema refuses comes first (a review that is no string), then what clean_review does
    refused = app.post_json("/api/predict", {"reviews": reviews}, status=400).json["error"]
    assert "reviews[3]" in refused and "string" in refused
    refused = app.post_json("/api/predict", {"reviews": reviews[:3]}, status=400).json["error"]
    assert refused.startswith("reviews[1]: The review is too short")
    answer = app.post_json("/api/predict", {"reviews": reviews, "partial": True}).json[
        "predictions"
    ]
    assert [a.get("label") for a in answer] == ["positive", None, "negative", None]
    assert "too short" in answer[1]["error"] and "string" in answer[3]["error"]
    assert app.post_json("/api/predict", {"reviews": ["short", "tiny"], "partial": True}).json == {
        "predictions": [
            {
                "error": "The review is too short: write at least 15 characters "
                f"({sentiment.MIN_CJK_REVIEW} in Chinese or Japanese)."
            }
        ]
        * 2
    }
    assert rows(env) == []


@pytest.mark.parametrize(
    "review,accepted",
    [
        ("差评", True),
        ("好评", True),
        ("質がいい", True),
        ("好！", False),
        ("很好，很好！", True),
        ("Good film!", False),
        ("好评 good film", True),
        ("A short one, 好", False),
        ("很好的 film，满意", True),
    ],
)
def test_two_chinese_characters_are_a_review_as_fifteen_others_are(app, review, accepted):
    """A Chinese or Japanese character carries about a word, so the shortest shopping reviews
    ("差评", "好评") are read; the OpenAPI pattern says exactly the same."""
    answer = app.post_json("/api/predict", {"review": review}, expect_errors=True)
    assert (answer.status_int == 200) == accepted, answer.json
    body = sentiment.OPENAPI["paths"]["/api/predict"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    assert (
        bool(re.fullmatch(body["schema"]["oneOf"][0]["properties"]["review"]["pattern"], review))
        == accepted
    )


def test_json_saved_with_a_byte_order_mark_is_read(app):
    res = app.post(
        "/api/predict",
        b"\xef\xbb\xbf" + json.dumps({"review": GOOD}).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert res.json["label"] == "positive"


def test_predict_by_url_and_health(app):
    res = app.get("/predict/" + "The%20acting%20was%20wonderful%20and%20brilliant")
    assert res.json["label"] == "positive"
    health = app.get("/healthz").json
    assert health == {
        "status": "ok",
        "model_version": 1,
        "feedback_upto": 0,
        "state_digest": health["state_digest"],
    }
    assert re.fullmatch("[0-9a-f]{16}", health["state_digest"])


def test_health_is_503_without_model(app, env):
    shutil.rmtree(env["model"])
    res = app.get("/healthz", status=503)
    assert res.json == {"status": "unavailable", "error": "No model is loaded."}
    assert app.post_json("/api/predict", {"review": GOOD}, status=503).json["error"]


@pytest.mark.parametrize(
    "body,ctype,status,message",
    [
        (b"{not json", "application/json", 400, "not valid UTF-8 JSON"),
        (
            b'{"review": "\xff\xfe bad bytes in here"}',
            "application/json",
            400,
            "not valid UTF-8 JSON",
        ),
        (b'["a list"]', "application/json", 400, "JSON object"),
        (b"5", "application/json", 400, "JSON object"),
        (b"null", "application/json", 400, "JSON object"),
        (b'{"review": 5}', "application/json", 400, "must be a string"),
        (b'{"review": "a"}', "application/json", 400, "too short"),
        (b"{}", "application/json", 400, "Send one of"),
        (b'{"review": "' + b"x" * 20_001 + b'"}', "application/json", 413, "too long"),
        (json.dumps({"reviews": [GOOD] * 1001}).encode(), "application/json", 413, "Too many"),
        (json.dumps({"reviews": []}).encode(), "application/json", 400, "non-empty"),
        (json.dumps({"reviews": [GOOD, 7]}).encode(), "application/json", 400, "reviews[1]"),
        (json.dumps({"review": GOOD}).encode(), "text/plain", 415, "application/json"),
        (json.dumps({"review": GOOD}).encode(), "", 415, "application/json"),
        (b'{"review": "' + GOOD.encode() + b'", "review": "x"}', "application/json", 400, "JSON"),
    ],
)
def test_api_predict_errors(app, body, ctype, status, message):
    res = app.post(
        "/api/predict", body, headers={"Content-Type": ctype} if ctype else {}, status=status
    )
    assert res.content_type == "application/json" and message in res.json["error"]
    assert "Traceback" not in res.text


@pytest.mark.parametrize(
    "path, body, status, said",
    [
        (
            "/api/predict",
            {"review": GOOD, "explain": "yes"},
            400,
            "'explain' must be true or false",
        ),
        ("/api/predict", {"review": GOOD, "version": -1}, 400, "'version' must be at least 0"),
        ("/api/predict", {"review": GOOD, "reviews": [GOOD]}, 400, "Send one of"),
        ("/api/predict", {"review": GOOD, "x": 1}, 400, "unknown field 'x'"),
        ("/api/predict", {"reviews": [[GOOD]]}, 400, "'reviews[0]' must be a string"),
        ("/api/feedback", {"review": GOOD, "label": "meh", "feedback_token": "t"}, 400, "'label'"),
        ("/api/review", {"ids": [1], "action": "zap"}, 400, "'action' must be one of"),
        ("/api/review", {"ids": [1, 1], "action": "approve"}, 409, "chosen twice in 'ids'"),
        ("/api/review", {"ids": list(range(51)), "action": "undo"}, 413, "at most 50"),
        ("/api/admin/forget", {"since": ""}, 400, "'since' must not be empty"),
        ("/api/admin/forget", {}, 400, "Choose what to forget"),
        ("/api/admin/rollback", {"version": "1"}, 400, "'version' must be an integer"),
        ("/v1/models/sentiment:predict", {"instances": [{"x": 1}]}, 400, "'instances[0]'"),
        ("/v1/models/sentiment:predict", {"inputs": {"review": 5}}, 400, "'inputs' must be a list"),
    ],
)
def test_a_body_the_schema_refuses_is_told_what_and_where(app, env, path, body, status, said):
    """One contract: the API's description refuses the body, in words that name the field."""
    key = make_key(env, "admin", "schema")
    res = app.post_json(path, body, headers=bearer(key), status=status)
    assert said in res.json["error"], res.json
    assert rows(env) == [], "and nothing is written"


def test_api_feedback_and_errors(app, env):
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    assert (
        app.post_json(
            "/api/feedback", {"review": GOOD, "label": "meh", "feedback_token": token}, status=400
        )
        .json["error"]
        .startswith("'label'")
    )
    res = app.post_json(
        "/api/feedback", {"review": GOOD, "label": "negative", "feedback_token": token}, status=201
    )
    assert res.json["id"] == 1 and res.json["model_version"] == 1 and res.json["feedback_upto"] == 1
    assert (
        res.json["label"] == "negative"
        and res.json["source"] == "feedback"
        and res.json["model_positive"] > 0.5
    )
    assert len(rows(env)) == 1


# -- feedback tokens ---------------------------------------------------------------


def test_tokens_forged_expired_mismatched_replayed(app, env):
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    issued, predicted, nonce, mac = token.split(".")
    other = app.post_json("/api/predict", {"review": BAD}).json["feedback_token"]
    expired = sentiment.make_token(GOOD, 1, time.time() - 25 * 3600)
    sentiment._keys.clear()
    os.environ["SENTIMENT_SECRET"] = "another secret, of at least 32 bytes"
    try:
        foreign = sentiment.make_token(GOOD, 1)
    finally:
        del os.environ["SENTIMENT_SECRET"]
        sentiment._keys.clear()
    for bad in (
        "",
        "garbage",
        f"{issued}.{predicted}.{nonce}.{'0' * 64}",
        f"{issued}.{1 - int(predicted)}.{nonce}.{mac}",
        other,
        expired,
        foreign,
        None,
    ):
        res = app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": bad},
            status=403,
        )
        assert res.json["error"]
    assert rows(env) == []
    app.post_json(
        "/api/feedback", {"review": GOOD, "label": "positive", "feedback_token": token}, status=201
    )
    assert (
        "already been used"
        in app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            status=409,
        ).json["error"]
    )
    page = app.post(
        "/thanks", {"review": GOOD, "feedback_token": token, "feedback": "correct"}, status=409
    )
    assert "already been used" in page.text
    assert len(rows(env)) == 1


def test_secret_file_is_private_and_shared(env):
    key = sentiment.secret_key()
    path = env["data"] / "secret"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    sentiment._keys.clear()
    assert sentiment.secret_key() == key


# -- learning and versions (single process) ---------------------------------------


def test_feedback_is_learned_at_once_and_survives_restart(app, env):
    before = app.post_json("/api/predict", {"review": GOOD}).json
    for _ in range(3):
        token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
        app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "negative", "feedback_token": token},
            status=201,
        )
    after = app.post_json("/api/predict", {"review": GOOD}).json
    assert after["positive"] < before["positive"]
    sentiment._replica = (None, None)  # a restarted process replays the log
    assert app.post_json("/api/predict", {"review": GOOD}).json["positive"] == after["positive"]


def test_update_folds_feedback_into_a_new_version(app, env):
    for review, label in ((GOOD, "negative"), (BAD, "positive")):
        token = app.post_json("/api/predict", {"review": review}).json["feedback_token"]
        app.post_json(
            "/api/feedback", {"review": review, "label": label, "feedback_token": token}, status=201
        )
    served_before = app.post_json("/api/predict", {"review": GOOD}).json["model_positive"]
    sentiment.main(["update"])
    meta = sentiment.FileStore(str(env["model"])).read_meta(2)
    assert meta["feedback_upto"] == 2 and meta["parent"] == 1
    assert meta["dev_accuracy"] is None and meta["feedback"] == {
        "rows": 2,
        "prequential_accuracy": 0.0,
    }, "measured (both labels were the opposite of the model's), never copied from version 1"
    sentiment._replica = (None, None)
    again = app.post_json("/api/predict", {"review": GOOD}).json
    stored, _ = sentiment.FileStore(str(env["model"])).load(2)
    assert again["model_version"] == 2 and again["model_positive"] == stored.positive(GOOD)
    # the same weights, stored as float32
    assert again["model_positive"] == pytest.approx(served_before, abs=1e-6)
    assert again["label"] == "negative" and again["source"] == "feedback", (
        "corrections come from the log"
    )


# -- feedback that visibly teaches: the thanks page shows what a click changed
# ---------------------------------------------------


def test_a_corrected_review_is_answered_from_the_log(app, env):
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    app.post_json(
        "/api/feedback", {"review": GOOD, "label": "negative", "feedback_token": token}, status=201
    )
    same = "  THE ACTING was <b>wonderful</b> and the plot was brilliant,   a superb FILM. "
    for text in (GOOD, same):
        answer = app.post_json("/api/predict", {"review": text}).json
        assert (
            answer["label"] == "negative"
            and answer["source"] == "feedback"
            and answer["answered_by"] == "you"
        )
        assert answer["probability"] == pytest.approx(2 / 3), (
            "one vote: the rule of succession, never 1.0"
        )
        assert answer["model_positive"] > 0.5, (
            "the model alone still says positive: a lookup, not a weight change"
        )
    stranger = app.post_json(
        "/api/predict", {"review": GOOD}, extra_environ={"REMOTE_ADDR": "198.51.100.3"}
    ).json
    assert stranger["source"] == "model" and stranger["feedback"] == {
        "positive": 0,
        "negative": 1,
    }, "and a notice"
    other = app.post_json("/api/predict", {"review": GOOD + " Really."}).json
    assert other["source"] == "model" and other["label"] == "positive"
    page = app.post("/results", {"moviereview": same})
    assert "negative" in page.html.find(id="verdict").get_text().lower() and page.html.find(
        id="model-alone"
    )
    # the latest feedback on a text wins, and forget takes it back out
    token = app.post_json("/api/predict", {"review": same}).json["feedback_token"]
    app.post_json(
        "/api/feedback", {"review": same, "label": "positive", "feedback_token": token}, status=201
    )
    assert app.post_json("/api/predict", {"review": GOOD}).json["label"] == "positive"
    sentiment.main(["forget", "--ids", "2"])
    wait_for_label(app, GOOD, "negative")
    sentiment.main(["forget", "--ids", "1"])
    wait_for_label(app, GOOD, "positive", source="model")


def wait_for_label(app, text, label, source="feedback", timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        answer = app.post_json("/api/predict", {"review": text}).json
        if (answer["label"], answer["source"]) == (label, source) or time.monotonic() > deadline:
            assert (answer["label"], answer["source"]) == (label, source)
            return answer
        time.sleep(0.05)


def test_changing_the_answer_supersedes_the_first(app, env, monkeypatch):
    res = app.post("/results", {"moviereview": GOOD})
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    first = app.post("/thanks", {"review": GOOD, "feedback_token": token, "feedback": "incorrect"})
    assert first.html.find(id="answer-now").find("strong").get_text() == "negative"
    # Back, other button
    again = app.post("/thanks", {"review": GOOD, "feedback_token": token, "feedback": "correct"})
    assert again.html.find(id="answer-now").find("strong").get_text() == "positive"
    logged = rows(env)
    assert [(r[0], r[2], r[5]) for r in logged] == [(1, 0, 1), (2, 1, 0)], (
        "the first row is excluded"
    )
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT supersedes FROM review_db WHERE id = 2").fetchone() == (1,)
    # a replay learns only the last label: the same weights as a log that never had the first
    state = replayed(env)
    model, _ = sentiment.FileStore(str(env["model"])).load(1)
    model.learn(GOOD, 1, sentiment.ANONYMOUS_WEIGHT)
    assert np.array_equal(state.model.coef, model.coef)
    # the same answer twice, another review, or after the window: refused, nothing written
    assert (
        "already been used"
        in app.post(
            "/thanks", {"review": GOOD, "feedback_token": token, "feedback": "correct"}, status=409
        ).text
    )
    app.post(
        "/thanks", {"review": BAD, "feedback_token": token, "feedback": "incorrect"}, status=403
    )
    monkeypatch.setattr(sentiment, "CHANGE_WINDOW", 0)
    assert (
        "10 minutes"
        not in app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "negative", "feedback_token": token},
            status=409,
        ).json["error"]
    )
    assert len(rows(env)) == 2


def test_changed_answer_and_lookup_hold_across_workers(env, servers):
    server = servers(env, gunicorn(2))
    status, _, answer = call(server.port, "POST", "/api/predict", {"review": GOOD})
    token = answer["feedback_token"]
    for label in ("negative", "positive", "negative"):  # changed twice within the window
        status, _, created = call(
            server.port,
            "POST",
            "/api/feedback",
            {"review": GOOD, "label": label, "feedback_token": token},
        )
        assert status == 201 and created["label"] == label and created["source"] == "feedback", (
            created
        )
    answers, deadline = [], time.monotonic() + 20
    # until both workers answered, having rebuilt without the changed rows
    with ThreadPoolExecutor(8) as pool:
        while time.monotonic() < deadline:
            batch = list(
                pool.map(
                    lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(20)
                )
            )
            assert {(a[2]["label"], a[2]["source"]) for a in batch} == {("negative", "feedback")}, (
                "at once"
            )
            answers = [a for a in answers + batch if a[2]["feedback_upto"] == 3]
            if len({a[1]["X-Worker-Pid"] for a in answers}) == 2:
                break
    assert len({a[1]["X-Worker-Pid"] for a in answers}) == 2, "both workers answered"
    assert (
        len(
            {
                (a[2]["model_version"], a[2]["feedback_upto"], a[2]["model_positive"])
                for a in answers
            }
        )
        == 1
    ), "the same (version, feedback_upto) pair gives the same probability in every worker"
    assert [r[5] for r in rows(env)] == [1, 1, 0]
    health = call(server.port, "GET", "/healthz")[2]
    model = call(server.port, "GET", "/api/model")[2]
    assert health["feedback_upto"] == model["feedback_upto"] == 3 and model["model_version"] == 1


def test_mostly_unknown_words_are_flagged(app):
    french = (
        "Un film magnifique, des acteurs formidables "
        "et une histoire bouleversante du début à la fin."
    )
    answer = app.post_json("/api/predict", {"review": french}).json
    assert answer["unknown_words"] > sentiment.MOSTLY_UNKNOWN
    assert app.post("/results", {"moviereview": french}).html.find(id="unknown-words") is not None
    known = app.post_json("/api/predict", {"review": GOOD}).json
    assert known["unknown_words"] < 0.2
    assert app.post("/results", {"moviereview": GOOD}).html.find(id="unknown-words") is None


def test_percentages_are_rounded_and_unsure_is_said(app, monkeypatch):
    assert [sentiment.percent(p) for p in (0.996, 1.0, 0.5, 0.004, 0.731)] == [
        "99%",
        "100%",
        "50%",
        "1%",
        "73%",
    ]
    page = app.post("/results", {"moviereview": GOOD})
    assert re.fullmatch(r"Positive, \d{2,3}% sure", page.html.find(id="verdict").get_text())
    # everything the model is not certain of is unsure
    monkeypatch.setattr(sentiment, "UNSURE", (0.0, 1.0))
    page = app.post("/results", {"moviereview": MIXED})
    assert page.html.find(id="verdict").get_text().startswith("Unsure")
    assert app.post_json("/api/predict", {"review": MIXED}).json["unsure"] is True


@pytest.mark.parametrize("pressed", ["positive", "negative"])
def test_an_unsure_verdict_asks_which_it_is_and_logs_the_one_pressed(
    app, env, monkeypatch, pressed
):
    monkeypatch.setattr(sentiment, "UNSURE", (0.0, 1.0))
    page = app.post("/results", {"moviereview": MIXED})
    buttons = {b["value"]: b.get_text() for b in page.html.select("form[action='/thanks'] button")}
    assert (
        buttons == {"positive": "Positive", "negative": "Negative"} and "Which is it?" in page.text
    )
    assert "Correct" not in page.html.find("form", action="/thanks").get_text()
    token = page.html.find("input", {"name": "feedback_token"})["value"]
    thanks = app.post("/thanks", {"review": MIXED, "feedback_token": token, "feedback": pressed})
    assert [r[2] for r in rows(env)] == [int(pressed == "positive")], (
        "the label pressed, whatever the model said"
    )
    other = "negative" if pressed == "positive" else "positive"
    assert thanks.html.find("button", value=other).get_text().split()[-1] == other.capitalize()
    app.post("/thanks", {"review": MIXED, "feedback_token": token, "feedback": "maybe"}, status=400)


# -- many processes: real gunicorn on loopback -------------------------------------


def gunicorn(workers, *extra):
    return [
        os.path.join(BIN, "gunicorn"),
        "-w",
        str(workers),
        "-b",
        "127.0.0.1:{port}",
        "--graceful-timeout",
        "5",
        *extra,
        "sentiment:application",
    ]


def feedback_traffic(port, seed, threads=4):
    """Feedback from several threads until stopped; returns (acknowledged ids, stop event,
    threads)."""
    acknowledged, stop = [], threading.Event()

    def traffic(n):
        texts, labels = make_corpus(200, seed=seed + n)
        for text, label in zip(texts, labels):
            if stop.is_set():
                return
            try:
                status, _, answer = give_feedback(port, text, sentiment.LABELS[label])
            # the server was killed, perhaps mid-answer
            except (OSError, http.client.HTTPException):
                return
            if status == 201:
                acknowledged.append(answer["id"])

    workers = [threading.Thread(target=traffic, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    return acknowledged, stop, workers


def replayed(env):
    """The Served state a fresh process would build: version 1 plus the log."""
    state = sentiment.Replica(
        sentiment.FileStore(str(env["model"])),
        sentiment.FeedbackLog(sentiment.SQLite(str(env["db"]))),
    )
    state.start()
    return state.served


@pytest.mark.parametrize("preload", [False, True], ids=["plain", "preload"])
def test_workers_agree_after_concurrent_feedback(env, servers, preload):
    server = servers(env, gunicorn(3, *(["--preload"] if preload else [])))
    texts, labels = make_corpus(60, seed=5)
    jobs = [
        (text, LABEL)
        for text, LABEL in zip(texts, ["negative" if y else "positive" for y in labels])
    ]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda job: give_feedback(server.port, *job), jobs))
    assert [r[0] for r in results] == [201] * 60
    assert len(rows(env)) == 60 and sorted(r[2]["id"] for r in results) == list(range(1, 61))
    answers = []
    with ThreadPoolExecutor(8) as pool:  # 40 or more, until several workers have answered
        while len(answers) < 40 or (
            len({a[1]["X-Worker-Pid"] for a in answers}) < 2 and len(answers) < 400
        ):
            answers += pool.map(
                lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(40)
            )
    pids = {headers["X-Worker-Pid"] for _, headers, _ in answers}
    probabilities = {answer["positive"] for _, _, answer in answers}
    assert len(pids) >= 2, "the 40 predictions should spread over the workers"
    assert len(probabilities) == 1, probabilities
    state = replayed(env)
    assert state.upto == 60
    assert abs(state.model.positive(GOOD) - probabilities.pop()) < 1e-12


def test_workers_hold_identical_weights(env, app):
    for text, label in zip(*make_corpus(30, seed=3)):
        token = app.post_json("/api/predict", {"review": text}).json["feedback_token"]
        app.post_json(
            "/api/feedback",
            {"review": text, "label": sentiment.LABELS[1 - label], "feedback_token": token},
            status=201,
        )
    a, b = replayed(env), replayed(env)
    assert a.upto == b.upto == 30
    assert np.array_equal(a.model.coef, b.model.coef) and np.array_equal(
        a.model.rule.squares, b.model.rule.squares
    )
    assert a.model.intercept == b.model.intercept


def test_hard_kill_loses_no_acknowledged_feedback(env, servers):
    server = servers(env, gunicorn(2))
    acknowledged, stop, threads = feedback_traffic(server.port, seed=100)
    deadline = time.monotonic() + 30
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.02)
    server.kill(signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join()
    assert len(acknowledged) >= 40
    logged = {r[0] for r in rows(env)}
    assert set(acknowledged) <= logged
    restarted = servers(env, gunicorn(2))
    status, _, answer = call(restarted.port, "POST", "/api/predict", {"review": GOOD})
    assert status == 200
    state = replayed(env)
    assert state.upto == max(logged)
    assert abs(state.model.positive(GOOD) - answer["positive"]) < 1e-12
    assert call(restarted.port, "GET", "/api/model")[2]["feedback_applied_upto"] == max(logged)


def test_a_small_train_waits_as_a_candidate_until_promoted(env, servers, tmp_path):
    server = servers(env, gunicorn(2))
    texts, labels = make_corpus(60, seed=71)
    small = tmp_path / "small.csv"
    with open(small, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", "label"], *zip(texts, labels)])  # a toy
    run = run_cli(env, "train", small, cwd=server.cwd)
    assert run.returncode == 0, run.stderr
    held = sum(map(sentiment.held_out, texts))
    assert re.search(
        rf"kept as a candidate \(version 2\): [\d.]+ on {held} held-out reviews that neither "
        r"version trained on, against [\d.]+ for version 1 .*too few to judge \(under 200\); "
        r"serve it with `promote 2`",
        run.stderr,
    ), run.stderr
    assert sentiment.FileStore(str(env["model"])).read_meta(2)["candidate"] is True
    deadline = time.monotonic() + 3  # longer than a reload look (0.5 s): it must not come
    while time.monotonic() < deadline:
        assert answer_of(server.port, GOOD)["model_version"] == 1, (
            "a candidate never answers unasked"
        )
        time.sleep(0.1)
    sentiment.main(["promote", "2"])

    # concurrent requests, or one idle worker wins every accept() and the other never looks
    def served_by_both():
        with ThreadPoolExecutor(4) as pool:
            answers = list(
                pool.map(
                    lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(24)
                )
            )
        return {a[1]["X-Worker-Pid"]: a[2]["model_version"] for a in answers}

    until, seen = time.monotonic() + 30, {}
    while time.monotonic() < until:
        seen.update(served_by_both())
        if len(seen) == 2 and set(seen.values()) == {2}:
            break
        time.sleep(0.05)
    assert len(seen) == 2 and set(seen.values()) == {2}, (
        f"promote serves it in every worker: {seen}"
    )
    assert call(server.port, "GET", "/api/model")[2]["pinned"] is True
    assert [
        v["candidate"] for v in call(server.port, "GET", "/api/stats")[2]["model_versions"]
    ] == [False, True]


def test_a_request_may_name_the_served_version_or_a_candidate(app, env, tmp_path):
    store = sentiment.FileStore(str(env["model"]))
    toy, _ = store.load(1)
    toy.coef = -toy.coef  # a candidate that says the opposite
    toy.intercept = -toy.intercept
    store.save(toy, feedback_upto=0, parent=None, excluded=[], dev_accuracy=None, candidate=True)
    store.save(
        store.load(1)[0],
        feedback_upto=0,
        parent=None,
        excluded=[],
        dev_accuracy=None,
        candidate=True,
    )
    served = app.post_json("/api/predict", {"review": GOOD}).json
    assert served["model_version"] == 1 and served["label"] == "positive", (
        "a candidate never answers unasked"
    )
    named = app.post_json("/api/predict", {"review": GOOD, "version": 2}).json
    assert (
        named["model_version"] == 2 and named["label"] == "negative" and named["source"] == "model"
    )
    assert app.get("/predict/" + urllib.parse.quote(GOOD) + "?version=2").json["model_version"] == 2
    batch = app.post_json("/api/predict", {"reviews": [GOOD, BAD], "version": 1}).json[
        "predictions"
    ]
    assert [a["model_version"] for a in batch] == [1, 1]
    assert (
        app.post_json("/api/predict", {"review": GOOD, "version": 3}).json["model_version"] == 3
    ), "the other"
    for bad, status in ((9, 404), ("2", 400), (-1, 400), (True, 400)):
        res = app.post_json("/api/predict", {"review": GOOD, "version": bad}, status=status)
        assert res.json["error"]
    assert (
        "not loaded"
        in app.get("/predict/" + urllib.parse.quote(GOOD) + "?version=9", status=404).json["error"]
    )
    app.get("/predict/" + urllib.parse.quote(GOOD) + "?version=x", status=400)


def a_better_candidate(env, n_rows, reviewer="rev"):
    """Version 2, a candidate judged on enough rows, that is right where the served version was
    wrong on all the ``n_rows`` feedbacks then logged (positive reviews labelled negative: the
    served model said positive)."""
    store = sentiment.FileStore(str(env["model"]))
    flipped, _ = store.load(1)
    flipped.coef, flipped.intercept = -flipped.coef, -flipped.intercept
    store.save(
        flipped,
        feedback_upto=0,
        parent=None,
        excluded=[],
        dev_accuracy=0.5,
        holdout={"rule": sentiment.HOLDOUT_RULE, "rows": 1000},
        candidate=True,
        made_after_row=0,
    )
    texts, labels = make_corpus(2 * n_rows, seed=83)
    positives = [t for t, label in zip(texts, labels) if label][:n_rows]
    fill_log(env["db"], positives, [0] * n_rows, reviewer=reviewer)


def test_shadow_scores_of_a_candidate_agree_across_workers(env, servers):
    a_better_candidate(env, 60)
    server = servers(env, gunicorn(2))
    seen, until = {}, time.monotonic() + 30
    while len(seen) < 2 and time.monotonic() < until:  # until both workers have answered /api/model
        with ThreadPoolExecutor(4) as pool:
            for _, headers, status in pool.map(
                lambda _: call(server.port, "GET", "/api/model"), range(8)
            ):
                seen[headers["X-Worker-Pid"]] = status["candidates"]
    assert len(seen) == 2 and len({json.dumps(c, sort_keys=True) for c in seen.values()}) == 1, seen
    score = next(iter(seen.values()))["2"]
    assert (score["n"], score["agree"], score["right"], score["served_right"]) == (60, 0, 60, 0)
    assert call(server.port, "GET", "/api/stats")[2]["candidates"]["2"]["n"] == 60
    assert all(a["model_version"] == 1 for a in (answer_of(server.port, GOOD) for _ in range(6))), (
        "only asked"
    )


def test_automatic_promotion_happens_once_in_every_worker_and_is_logged(env, servers):
    a_better_candidate(env, 300)  # reviewer-keyed
    server = servers(env, gunicorn(2))
    server.stop()
    server.env.update(SENTIMENT_PROMOTE="auto")
    server.start()
    until, seen = time.monotonic() + 60, {}
    while time.monotonic() < until:
        with ThreadPoolExecutor(4) as pool:
            for _, headers, answer in pool.map(
                lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(16)
            ):
                seen[headers["X-Worker-Pid"]] = answer["model_version"]
        if len(seen) == 2 and set(seen.values()) == {2}:
            break
        time.sleep(0.1)
    assert len(seen) == 2 and set(seen.values()) == {2}, (
        f"every worker serves the candidate: {seen}"
    )
    logged = open(server.log.name, encoding="utf-8").read()
    assert logged.count("promoting candidate version 2 automatically") == 1, logged[-2000:]
    assert "sign test" in logged and sentiment.FileStore(str(env["model"])).chosen() == (2, True)


def test_anonymous_clicks_never_promote_a_candidate(env, servers):
    """300 anonymous feedbacks that a candidate gets right and the served version wrong are shown
    beside its scores, and promote nothing, in any worker."""
    a_better_candidate(env, 300, reviewer=None)
    server = servers(env, gunicorn(2))
    server.stop()
    server.env.update(SENTIMENT_PROMOTE="auto")
    server.start()
    seen, until = {}, time.monotonic() + 30
    while len(seen) < 2 and time.monotonic() < until:  # both workers have read the 300 rows
        for _, headers, status in (call(server.port, "GET", "/api/model") for _ in range(8)):
            if status["candidates"].get("2", {}).get("anonymous") == 300:
                seen[headers["X-Worker-Pid"]] = status["candidates"]["2"]
    assert len(seen) == 2, seen
    assert all((c["n"], c["right"], c["anonymous"]) == (0, 0, 300) for c in seen.values()), seen
    deadline = time.monotonic() + 3  # several promotion looks (every 0.5 s): none may promote
    while time.monotonic() < deadline:
        assert answer_of(server.port, GOOD)["model_version"] == 1
        time.sleep(0.1)
    assert sentiment.FileStore(str(env["model"])).chosen() == (1, False)
    assert "promoting" not in open(server.log.name, encoding="utf-8").read()


def test_hot_reload_under_load(env, servers):
    server = servers(env, gunicorn(2))
    give_feedback(server.port, BAD, "positive")
    seen, failures, stop = [], [], threading.Event()

    def loop():
        while not stop.is_set():
            try:
                status, _, answer = call(server.port, "POST", "/api/predict", {"review": GOOD})
            except OSError as e:
                failures.append(repr(e))
                continue
            if status != 200:
                failures.append(status)
            else:
                seen.append((time.monotonic(), answer["model_version"], answer["positive"]))

    threads = [threading.Thread(target=loop) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.5)
        update = run_cli(env, "update", cwd=server.cwd)
        assert update.returncode == 0, update.stderr
        written = time.monotonic()
        while time.monotonic() < written + 10 and not any(
            v == 2 for _, v, _ in seen if _ > written + 1
        ):
            time.sleep(0.05)
        time.sleep(1)
    finally:  # the clients stop whatever happened, or the test run never ends
        stop.set()
        for t in threads:
            t.join()
    assert failures == []
    first_new = min(t for t, v, _ in seen if v == 2)
    assert first_new - written < 5  # polled every 0.5 s; `make bench` reports the measured delay
    assert all(v == 2 for t, v, _ in seen if t > first_new + 2.5), "every worker switched"
    for version in (1, 2):
        assert len({p for _, v, p in seen if v == version}) == 1, "every worker answers alike"
    answers = {p for _, _, p in seen}
    assert max(answers) - min(answers) < 1e-6, (
        "the new version answers as the old one did (stored as float32)"
    )


def test_broken_new_version_is_refused(app, env, monkeypatch, caplog):
    monkeypatch.setattr(sentiment, "RELOAD_EVERY", 0.0)
    before = app.post_json("/api/predict", {"review": GOOD}).json
    shutil.copytree(env["model"] / "1", env["model"] / "2")
    (env["model"] / "2" / "model.pkl").write_bytes(b"not a pickle")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        status = app.get("/api/model").json
        if any(v["state"] == "UNAVAILABLE" for v in status["model_version_status"]):
            break
        time.sleep(0.05)
    assert status["served_version"] == 1
    broken = [v for v in status["model_version_status"] if v["version"] == 2][0]
    assert (
        broken["state"] == "UNAVAILABLE"
        and "sha256 does not match" in broken["status"]["error_message"]
    )
    again = app.post_json("/api/predict", {"review": GOOD}).json
    assert again["model_version"] == 1 and again["positive"] == before["positive"]
    app.get("/api/model")
    assert sum("refusing model version 2" in r.message for r in caplog.records) == 1, "logged once"


def wait_for(app, version, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (
            app.get("/api/model").json["served_version"] == version
            and app.get("/api/model").json["model_version_status"]
        ):
            status = app.get("/api/model").json
            if all(v["state"] != "LOADING" for v in status["model_version_status"]):
                return status
        time.sleep(0.05)
    raise AssertionError(f"version {version} not served")


def test_forget_and_rollback_bring_back_predictions(app, env, monkeypatch, corpus):
    monkeypatch.setattr(sentiment, "RELOAD_EVERY", 0.0)
    clean = app.post_json("/api/predict", {"review": GOOD}).json["positive"]
    for _ in range(4):  # poisoned feedback: a glowing review called negative
        app.post_json(
            "/api/feedback",
            {
                "review": GOOD,
                "label": "negative",
                "feedback_token": app.post_json("/api/predict", {"review": GOOD}).json[
                    "feedback_token"
                ],
            },
            status=201,
        )
    poisoned = app.post_json("/api/predict", {"review": GOOD}).json["positive"]
    assert poisoned < clean
    sentiment.main(["update"])  # version 2 has the poison folded in
    wait_for(app, 2)
    sentiment.main(["forget", "--ids", "1", "2", "3", "4"])
    deadline = time.monotonic() + 10
    while app.post_json("/api/predict", {"review": GOOD}).json["positive"] != clean:
        assert time.monotonic() < deadline, "forget did not take effect"
        time.sleep(0.05)
    assert app.get("/api/model").json["base_version"] == 1
    sentiment.main(["update"])  # version 3: built from version 1, without the forgotten rows
    wait_for(app, 3)
    assert app.post_json("/api/predict", {"review": GOOD}).json["positive"] == clean
    assert sentiment.FileStore(str(env["model"])).read_meta(3)["excluded"] == [1, 2, 3, 4]
    assert [r[5] for r in rows(env)] == [sentiment.FORGOTTEN] * 4, "forgotten rows stay in the log"

    flipped = sentiment.train_model(corpus[0], [1 - y for y in corpus[1]], n_bits=16, epochs=5)
    sentiment.FileStore(str(env["model"])).save(flipped, feedback_upto=0, parent=None, excluded=[])
    wait_for(app, 4)
    assert app.post_json("/api/predict", {"review": GOOD}).json["label"] == "negative"
    sentiment.main(["rollback", "3"])
    status = wait_for(app, 3)
    assert status["pinned"] is True
    assert app.post_json("/api/predict", {"review": GOOD}).json["positive"] == clean


# -- hostile and broken input ----------------------------------------------------------


load_all_checks()
ALL_CHECKS = CHECKS.get_all()
SCHEMA = schemathesis.openapi.from_dict(
    sentiment.OPENAPI,
    config=SchemathesisConfig.from_dict(
        # an over-long review is answered 413, which this check does not list by default
        {
            # its coverage phase builds every case the schema defines when this module is
            # collected (about 20 s): in CI, not in a developer's every run
            "phases": {"coverage": {"enabled": bool(os.environ.get("CI"))}},
            "checks": {
                "negative_data_rejection": {
                    "expected-statuses": [
                        "400",
                        "401",
                        "403",
                        "404",
                        "405",
                        "406",
                        "409",
                        "413",
                        "415",
                        "422",
                        "428",
                        "429",
                    ]
                }
            },
        }
    ),
)
SCHEMA.app = sentiment.application  # called by each case, never at import


@SCHEMA.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_openapi(case, env):
    """Every JSON route of the description, the keyed ones with an admin key (and, by schemathesis's
    ignored_auth check, without one)."""
    sentiment._replica = (None, None)
    case.call_and_validate(checks=ALL_CHECKS, headers={"Authorization": f"Bearer {admin_key(env)}"})


def admin_key(env, made={}):
    if env["data"] not in made:
        made[env["data"]] = sentiment.new_key()
        sentiment.FeedbackLog(sentiment.SQLite(str(env["db"]))).keys.add(
            "schemathesis", "admin", sentiment.key_digest(made[env["data"]])
        )
    return made[env["data"]]


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_tokenizer_never_fails(text):
    f = sentiment.Featurizer(n_bits=12)
    idx = f.indices(text)
    assert np.all(np.diff(idx) > 0) and (len(idx) == 0 or (0 <= idx[0] and idx[-1] < f.n_features))
    starts, ends, h = f.tokens(text)
    assert np.unique(f._ngram_buckets(h)).tolist() == idx.tolist()

    tokens = reference_tokens(f, text)
    assert len(tokens) == len(h)
    for s, e, token in zip(starts.tolist(), ends.tolist(), tokens):  # each from its characters
        assert token in fold_first(text[s:e]).lower(), (text[s:e], token)


def fold_first(text):
    """NFKC, a character with its combining marks at a time: the fold of NFKC-first, written
    plainly."""
    return "".join(
        unicodedata.normalize("NFKC", c)
        for c in re.findall("[\\s\\S][\u0300-\u036f\u3099\u309a\uff9e\uff9f]*", text)
    )


def reference_tokens(featurizer, text):
    """A review's tokens the obvious way: tags out, then the featurizer's fold and pattern."""
    text = re.sub(featurizer.tag_pattern, " ", text)
    pattern, fold = featurizer.token_pattern, featurizer.normalize
    if fold == "NFKC-first":
        found = [t for chunk in text.split() for t in re.findall(pattern, fold_first(chunk))]
    else:
        found = [unicodedata.normalize(fold, t) if fold else t for t in re.findall(pattern, text)]
    return [t for t in map(sentiment._normal, found) if t]


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_validation_answers_4xx_or_clean_text(text):
    try:
        clean = sentiment.clean_review(text)
    except sentiment.bottle.HTTPError as e:
        assert 400 <= e.status_code < 500 and e.body
        if "no words" in e.body:
            assert len(sentiment.Featurizer(n_bits=12).indices(text)) == 0
    else:
        assert len(clean) <= sentiment.MAX_REVIEW and clean == clean.strip()
        assert (
            len(clean) >= sentiment.MIN_REVIEW
            or len(re.findall(f"[{sentiment.CJK}]", clean)) >= sentiment.MIN_CJK_REVIEW
        )
        assert len(sentiment.Featurizer(n_bits=12).indices(clean)) > 0, (
            "an accepted review has words"
        )


@pytest.mark.parametrize(
    "text",
    [
        "<b>Great</b> film, truly a joy",
        "'Tis a fine film, I say",
        "<p>''' ok fine movie",
        "''''''''''''''''!",
        "<i></i>'''''''''''''''''",
    ],
)
def test_validation_accepts_exactly_the_reviews_with_words(text):
    test_validation_answers_4xx_or_clean_text.hypothesis.inner_test(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(review=st.one_of(st.text(max_size=300), JSON_VALUES), raw=st.binary(max_size=200))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_handlers_never_fail_on_arbitrary_input(app, env, review, raw):
    for res in (
        app.post(
            "/results",
            {"moviereview": review if isinstance(review, str) else json.dumps(review)},
            expect_errors=True,
        ),
        app.post_json("/api/predict", {"review": review}, expect_errors=True),
        app.post(
            "/api/predict", raw, headers={"Content-Type": "application/json"}, expect_errors=True
        ),
        app.post(
            "/results",
            raw,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            expect_errors=True,
        ),
        app.post_json(
            "/api/feedback",
            {"review": review, "label": "positive", "feedback_token": "1.1.x.y"},
            expect_errors=True,
        ),
    ):
        assert res.status_int in (200, 400, 403, 413, 415), res.status
        assert "Traceback" not in res.text
    assert rows(env) == []


BIG = 10 * 1024 * 1024


@pytest.mark.parametrize("path", ["/results", "/thanks", "/api/predict", "/api/feedback"])
@pytest.mark.parametrize("encoding", ["json", "urlencoded", "multipart"])
def test_ten_megabyte_bodies_are_refused(app, env, path, encoding):
    text = "a" * BIG
    if encoding == "json":
        res = app.post_json(path, {"review": text, "moviereview": text}, status=413)
    elif encoding == "urlencoded":
        res = app.post(path, {"review": text, "moviereview": text}, status=413)
    else:
        res = app.post(
            path,
            {"review": text, "moviereview": text},
            content_type="multipart/form-data",
            status=413,
        )
    # hop-by-hop: waitress refuses it
    assert "larger than" in res.text and "Connection" not in res.headers
    assert rows(env) == []


@pytest.mark.parametrize("path,field", [("/results", "moviereview"), ("/thanks", "review")])
def test_large_multipart_field_is_413_not_missing(app, env, path, field):
    res = app.post(path, {field: "word " * 30_000}, content_type="multipart/form-data", status=413)
    assert "too long" in res.text
    assert rows(env) == []


def test_one_megabyte_word_and_control_characters(app, env):
    assert (
        "too long"
        in app.post_json("/api/predict", {"review": "a" * 1_000_000}, status=413).json["error"]
    )
    assert "too long" in app.post("/results", {"moviereview": "a" * 1_000_000}, status=413).text
    for bad in (
        "A fine movie \x07 with a bell in it",
        "A fine movie\x1b[31m in red",
        "NUL\x00 in a fine review",
    ):
        assert "control" in app.post_json("/api/predict", {"review": bad}, status=400).json["error"]


def test_form_problems(app, env):
    assert (
        "more than once"
        in app.post(
            "/results",
            "moviereview=" + "good film " * 3 + "&moviereview=x",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            status=400,
        ).text
    )
    assert (
        "not valid UTF-8"
        in app.post(
            "/results",
            b"moviereview=%ff%fe%fd" + b"a" * 20,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            status=400,
        ).text
    )
    assert "form" in app.post_json("/results", {"moviereview": GOOD}, status=415).text
    res = app.post("/results", {"moviereview": GOOD}, content_type="multipart/form-data")
    assert "positive" in res.text


def test_protocol_problems(app):
    page = app.get("/nowhere", status=404)
    assert page.content_type == "text/html" and "Not Found" in page.text
    assert app.get("/api/nowhere", status=404).json == {"error": "Not found: '/api/nowhere'"}
    res = app.put("/thanks", status=405)
    assert "POST" in res.headers["Allow"]
    for path in ("/results", "/thanks"):  # a bookmark or a reload of a page that answers a form
        assert app.get(path, status=303).headers["Location"].endswith("/")
    assert app.put_json("/api/predict", {"review": GOOD}, status=405).json["error"]
    head = app.head("/")
    assert head.status_int == 200 and head.body == b""
    for junk in (
        "%00%01%02%03%04%05%06%07%08%09%0a%0b%0c%0d",
        "%ff%fe%fd",
        "%e2%82",
        "%25%25%25",
        "..%2f..%2f",
    ):
        res = app.get("/predict/" + junk, expect_errors=True)
        assert res.status_int in (400, 404) and res.json["error"], junk


def test_cross_site_posts_are_refused(app, env):
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    body = {"review": GOOD, "label": "positive", "feedback_token": token}
    assert (
        "Cross-site"
        in app.post_json(
            "/api/feedback", body, headers={"Sec-Fetch-Site": "cross-site"}, status=403
        ).json["error"]
    )
    assert (
        "Cross-origin"
        in app.post_json(
            "/api/feedback", body, headers={"Origin": "https://evil.example"}, status=403
        ).json["error"]
    )
    assert app.post(
        "/thanks",
        {"review": GOOD, "feedback_token": token, "feedback": "correct"},
        headers={"Origin": "https://evil.example"},
        status=403,
    )
    assert (
        "Cross-site"
        in app.post_json(
            "/api/feedback",
            body,
            headers={"Origin": "null", "Sec-Fetch-Site": "same-site"},
            status=403,
        ).json["error"]
    )
    assert rows(env) == []
    app.post_json(
        "/api/feedback",
        body,
        headers={"Origin": "http://localhost:80", "Sec-Fetch-Site": "same-origin"},
        status=201,
    )
    # what Chromium sends for our own form under Referrer-Policy: no-referrer
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    app.post(
        "/thanks",
        {"review": GOOD, "feedback_token": token, "feedback": "correct"},
        headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"},
    )
    assert len(rows(env)) == 2


def test_feedback_rate_limit_per_address(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_FEEDBACK_PER_MINUTE", "3")

    def feedback(**extra):
        token = app.post_json("/api/predict", {"review": GOOD}, **extra).json["feedback_token"]
        return app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            expect_errors=True,
            **extra,
        )

    assert [feedback().status_int for _ in range(4)] == [201, 201, 201, 429]
    limited = feedback()
    assert 1 <= int(limited.headers["Retry-After"]) <= 60 and "Too many" in limited.json["error"]
    assert len(rows(env)) == 3
    other = {"extra_environ": {"REMOTE_ADDR": "192.0.2.99"}}
    assert feedback(**other).status_int == 201
    # X-Forwarded-For counts only from a trusted proxy
    spoof = {
        "extra_environ": {"REMOTE_ADDR": "192.0.2.10"},
        "headers": {"X-Forwarded-For": "203.0.113.5"},
    }
    assert feedback(**spoof).status_int == 429
    monkeypatch.setenv("SENTIMENT_TRUSTED_PROXIES", "192.0.2.10")
    assert feedback(**spoof).status_int == 201
    assert len(rows(env)) == 5


def test_security_headers_on_every_response(app):
    for res in (
        app.get("/"),
        app.get("/nowhere", status=404),
        app.put("/thanks", status=405),
        app.post("/results", {"moviereview": "short"}, status=400),
        app.get("/healthz"),
        app.post_json("/api/predict", {"review": "a" * 20_001}, status=413),
    ):
        csp = res.headers["Content-Security-Policy"]
        assert (
            "default-src 'none'" in csp
            and "frame-ancestors 'none'" in csp
            and "form-action 'self'" in csp
        )
        assert res.headers["X-Content-Type-Options"] == "nosniff"
        assert res.headers["Referrer-Policy"] == "no-referrer"
        assert "X-Worker-Pid" not in res.headers


def test_export_defuses_spreadsheet_formulas(app, env, capsys):
    for review in (
        '=HYPERLINK("http://evil","a fine film")',
        "+ great fun for everyone",
        "-@ some review text",
        "Plain and simple good film",
        ';=cmd|" /C calc"!A0 a fine film',
        " , @SUM(1+1) a fine film",
    ):
        token = app.post_json("/api/predict", {"review": review}).json["feedback_token"]
        app.post_json(
            "/api/feedback",
            {"review": review, "label": "positive", "feedback_token": token},
            status=201,
        )
    sentiment.main(["export", "--format", "csv"])
    exported = list(csv.reader(capsys.readouterr().out.splitlines()))
    assert exported[0][:3] == ["id", "review", "sentiment"]
    assert [r[1][:2] for r in exported[1:]] == ["'=", "'+", "'-", "Pl", "';", "',"], (
        "also after ; , or blanks"
    )
    sentiment.main(["export", "--format", "jsonl"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["review"].startswith("=HYPERLINK") and len(lines) == 6


def test_locked_database_answers_503_and_keeps_predicting(app, env, monkeypatch):
    app.get("/healthz")
    monkeypatch.setattr(sentiment.SQLite.__init__, "__defaults__", (0.2,))
    sentiment._replica = (None, None)
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    blocker = sqlite3.connect(env["db"], isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        res = app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            status=503,
        )
        assert "could not be saved" in res.json["error"]
        assert app.post_json("/api/predict", {"review": GOOD}).json["label"] == "positive"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert rows(env) == []
    app.post_json(
        "/api/feedback", {"review": GOOD, "label": "positive", "feedback_token": token}, status=201
    )


def test_read_only_data_directory(app, env, monkeypatch):
    app.get("/healthz")  # the log exists; now it can only be read, as on a read-only mount
    connect = sqlite3.connect
    monkeypatch.setattr(
        sentiment.sqlite3,
        "connect",
        lambda path, **kw: connect(f"file:{path}?mode=ro", uri=True, **kw),
    )
    sentiment._replica = (None, None)
    res = app.post("/results", {"moviereview": GOOD})
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    page = app.post(
        "/thanks", {"review": GOOD, "feedback_token": token, "feedback": "correct"}, status=503
    )
    assert "could not be saved" in page.text
    assert app.get("/healthz").json["status"] == "ok"


def test_full_disk(app, env, monkeypatch):
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(sentiment.FeedbackLog, "add", full)
    res = app.post_json(
        "/api/feedback", {"review": GOOD, "label": "positive", "feedback_token": token}, status=503
    )
    assert "could not be saved" in res.json["error"]
    assert app.post_json("/api/predict", {"review": BAD}).json["label"] == "negative"


def test_corrupt_newest_version_falls_back(app, env, caplog):
    shutil.copytree(env["model"] / "1", env["model"] / "2")
    (env["model"] / "2" / "model.pkl").write_bytes(b"\x80\x05truncated")
    assert app.get("/healthz").json["model_version"] == 1
    assert any(
        "serving version 1 instead: version 2 is broken" in r.message for r in caplog.records
    )


def test_chunked_body_stops_at_the_limit(env, servers):
    server = servers(env, gunicorn(1))
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(
        b"POST /api/predict HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    sent = 0
    try:
        while sent < BIG:
            sock.sendall(chunk)
            sent += 65536
    except OSError:  # the server answered and closed the connection
        pass
    sock.settimeout(10)
    answer = sock.recv(65536)
    sock.close()
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]
    assert sent < BIG, "the server kept reading past the limit"


def test_a_refused_body_is_not_kept_after_its_request(app):
    """A chunked body past the limit is a 413 that keeps none of it: the hook that refuses it
    holds no chunk when it raises, so Bottle's cycle with its traceback holds none either."""
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/api/predict",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b"a" * (sentiment.MAX_BODY + 65536)),
        "wsgi.errors": io.StringIO(),
        "CONTENT_TYPE": "application/json",
        "HTTP_TRANSFER_ENCODING": "chunked",
        "REMOTE_ADDR": "192.0.2.10",
    }
    status = []
    gc.collect()
    gc.disable()  # what only a collection would free stays counted
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        b"".join(sentiment.application(environ, lambda s, h, e=None: status.append(s)))
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        gc.enable()
    assert status[0].startswith("413")
    assert kept < sentiment.MAX_BODY // 2, f"{kept:,} bytes kept after a refused body"


# -- hostile input over real HTTP: one list, run against every server we support ---------------


def multipart(fields, boundary="b0undary", part_headers=""):
    """A multipart/form-data body of (name, value) text fields, with extra header lines on each
    part."""
    body = b"".join(
        b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n%s\r\n%s\r\n'
        % (boundary.encode(), name.encode(), part_headers.encode(), value.encode())
        for name, value in fields
    )
    return body + b"--%s--\r\n" % boundary.encode(), f"multipart/form-data; boundary={boundary}"


def alternating(n, rng=random.Random(7)):
    """n characters of alternating letters and punctuation: one token per character, no chunk
    cached."""
    return "".join(rng.choice("abcdefghij") + rng.choice(",.;:!?-") for _ in range(n // 2))


JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def hostile_requests(port, log):
    """(name, method, path, headers, body, allowed statuses) of every hostile request the servers
    must survive."""

    def token(review):
        return call(port, "POST", "/api/predict", {"review": review})[2]["feedback_token"]

    good_token = token(GOOD)
    feedback = {"review": GOOD, "label": "positive", "feedback_token": good_token}
    thanks = {"review": GOOD, "feedback_token": good_token, "feedback": "correct"}
    big_multipart, big_ctype = multipart([("moviereview", "word " * 30_000)])
    file_body, file_ctype = multipart([("moviereview", GOOD)])
    file_body = file_body.replace(b'name="moviereview"', b'name="moviereview"; filename="r.txt"')
    zlib_body, zlib_ctype = multipart(
        [("moviereview", GOOD)], part_headers="Content-Type: text/plain; charset=zlib\r\n"
    )
    utf7_body, utf7_ctype = multipart(
        [("moviereview", GOOD)], part_headers="Content-Type: text/plain; charset=utf-7\r\n"
    )
    origin = {"Origin": "http://[::1", **JSON}
    reviewer = sentiment.new_key()
    log.keys.add(f"hostile-{port}", "reviewer", sentiment.key_digest(reviewer))
    signed_in = {"Cookie": session_for(log, f"hostile-{port}", reviewer), **FORM}
    admin = sentiment.new_key()
    log.keys.add(f"hostile-admin-{port}", "admin", sentiment.key_digest(admin))
    return [
        # 413s, which waitress used to turn into 500s
        (
            "review of 20,001 characters",
            "POST",
            "/api/predict",
            JSON,
            js({"review": "a" * 20_001}),
            {413},
        ),
        (
            "review of one Chinese character",
            "POST",
            "/api/predict",
            JSON,
            js({"review": "好！！！"}),
            {400},
        ),
        ("1,001 reviews", "POST", "/api/predict", JSON, js({"reviews": [GOOD] * 1001}), {413}),
        (
            "path review of 20,001 characters",
            "GET",
            "/predict/" + "a" * 20_001,
            {},
            b"",
            {413, "server"},
        ),
        (
            "multipart field over 100 KB",
            "POST",
            "/results",
            {"Content-Type": big_ctype},
            big_multipart,
            {413},
        ),
        ("multipart file", "POST", "/results", {"Content-Type": file_ctype}, file_body, {413}),
        (
            "body over 4 MiB, declared",
            "POST",
            "/api/predict",
            {**JSON, "Content-Length": str(5 << 20)},
            b"",
            {413, "server"},
        ),  # Apache refuses it itself (--limit-request-body), as it should
        # one request, bounded work
        (
            "explained batch of punctuation",
            "POST",
            "/api/predict",
            JSON,
            js({"reviews": [alternating(4150)] * 900, "explain": True}),
            {413},
        ),
        (
            "batch of one-character tokens",
            "POST",
            "/api/predict",
            JSON,
            js({"reviews": [" ".join("abcdefghij" * 200)] * 1000}),
            {413},
        ),
        ("4 MB form of empty fields", "POST", "/results", FORM, b"&" * ((4 << 20) - 64), {400}),
        (
            "multipart of many fields",
            "POST",
            "/results",
            {"Content-Type": "multipart/form-data; boundary=b"},
            b"--b\r\nContent-Disposition: form-data; name=x\r\n\r\n\r\n" * 50_000 + b"--b--\r\n",
            {400},
        ),
        # non-ASCII tokens
        (
            "non-ASCII token, API",
            "POST",
            "/api/feedback",
            JSON,
            js({**feedback, "feedback_token": "1.1.é.x"}),
            {403},
        ),
        (
            "non-ASCII token, page",
            "POST",
            "/thanks",
            FORM,
            urllib.parse.urlencode({**thanks, "feedback_token": "1.1.é.x"}).encode(),
            {403},
        ),
        # malformed Origin
        ("malformed Origin, API", "POST", "/api/feedback", origin, js(feedback), {403}),
        (
            "malformed Origin, page",
            "POST",
            "/thanks",
            {**FORM, "Origin": "http://[::1"},
            urllib.parse.urlencode(thanks).encode(),
            {403},
        ),
        # charsets
        (
            "request charset nope",
            "POST",
            "/api/predict",
            {"Content-Type": "application/json; charset=nope"},
            js({"review": GOOD}),
            {415},
        ),
        (
            "request charset utf-7",
            "POST",
            "/results",
            {"Content-Type": FORM["Content-Type"] + "; charset=utf-7"},
            b"moviereview=" + GOOD.encode(),
            {415},
        ),
        ("part charset zlib", "POST", "/results", {"Content-Type": zlib_ctype}, zlib_body, {415}),
        ("part charset utf-7", "POST", "/results", {"Content-Type": utf7_ctype}, utf7_body, {415}),
        # the path must be UTF-8
        ("path not UTF-8", "GET", "/predict/%ff%feA%20fine%20film%20indeed%20yes", {}, b"", {400}),
        # pages, forms and bodies
        (
            "not UTF-8 JSON",
            "POST",
            "/api/predict",
            JSON,
            b'{"review": "\xff\xfe a fine film indeed"}',
            {400},
        ),
        ("invalid JSON", "POST", "/api/predict", JSON, b'{"review": ', {400}),
        ("JSON list", "POST", "/api/predict", JSON, b"[1, 2]", {400}),
        ("JSON null", "POST", "/api/predict", JSON, b"null", {400}),
        ("review a number", "POST", "/api/predict", JSON, b'{"review": 5}', {400}),
        (
            "deeply nested JSON",
            "POST",
            "/api/predict",
            JSON,
            b"[" * 100_000 + b"]" * 100_000,
            {400},
        ),
        (
            "duplicate JSON keys",
            "POST",
            "/api/predict",
            JSON,
            b'{"review": "%s", "review": "x"}' % GOOD.encode(),
            {400},
        ),
        (
            "wrong Content-Type",
            "POST",
            "/api/predict",
            {"Content-Type": "text/plain"},
            js({"review": GOOD}),
            {415},
        ),
        (
            "bad Content-Length",
            "POST",
            "/api/predict",
            {**JSON, "Content-Length": "12abc"},
            b"",
            {400, "server"},
        ),
        (
            "duplicate form field",
            "POST",
            "/results",
            FORM,
            b"moviereview=a+fine+film+indeed&moviereview=x",
            {400},
        ),
        ("empty review", "POST", "/api/predict", JSON, js({"review": "   "}), {400}),
        ("tags only", "POST", "/api/predict", JSON, js({"review": "<b></b><i></i><p></p>"}), {400}),
        (
            "control characters",
            "POST",
            "/api/predict",
            JSON,
            js({"review": "A fine film\x00 with a NUL"}),
            {400},
        ),
        ("one-megabyte word", "POST", "/api/predict", JSON, js({"review": "a" * 1_000_000}), {413}),
        ("bad label", "POST", "/api/feedback", JSON, js({**feedback, "label": "meh"}), {400}),
        (
            "token of another review",
            "POST",
            "/api/feedback",
            JSON,
            js({**feedback, "feedback_token": token(BAD)}),
            {403},
        ),
        (
            "forged token",
            "POST",
            "/api/feedback",
            JSON,
            js({**feedback, "feedback_token": "1.1.00.00"}),
            {403},
        ),
        (
            "cross-site feedback",
            "POST",
            "/api/feedback",
            {**JSON, "Sec-Fetch-Site": "cross-site"},
            js(feedback),
            {403},
        ),
        (
            "cross-origin feedback",
            "POST",
            "/api/feedback",
            {**JSON, "Origin": "https://evil.example"},
            js(feedback),
            {403},
        ),
        ("unknown route", "GET", "/api/nowhere", {}, b"", {404}),
        ("wrong method", "PUT", "/api/predict", JSON, js({"review": GOOD}), {405}),
        ("PUT /thanks", "PUT", "/thanks", FORM, b"feedback=correct", {405}),
        # the batch page
        ("batch of 900,000 lines", "POST", "/batch", FORM, b"reviews=" + b"a%0A" * 900_000, {413}),
        ("batch over 2 MB", "POST", "/batch", FORM, b"reviews=" + b"x" * 2_100_000, {413}),
        ("batch file elsewhere", "POST", "/thanks", {"Content-Type": file_ctype}, file_body, {413}),
        # keys, sessions and review actions
        ("review API without a key", "GET", "/api/review", {}, b"", {401}),
        ("unknown key", "GET", "/api/review", {"Authorization": "Bearer sk-nope"}, b"", {401}),
        ("Basic credentials", "GET", "/api/review", {"Authorization": "Basic YTpi"}, b"", {401}),
        ("key not ASCII", "GET", "/api/review", {"Authorization": "Bearer \xe9\xe9"}, b"", {401}),
        (
            "bad key on feedback",
            "POST",
            "/api/feedback",
            {**JSON, "Authorization": "Bearer sk-nope"},
            js(feedback),
            {401},
        ),
        ("forged session", "GET", "/review", {"Cookie": "sentiment_session=cmV2.1.00"}, b"", {401}),
        # the page language: only its two values count; anything else is English
        ("page language not known", "GET", "/?lang=%00%ff" + "x" * 2000, {}, b"", {200}),
        ("language cookie not known", "GET", "/stats", {"Cookie": "lang=\xe9" * 100}, b"", {200}),
        (
            "Accept-Language of 4 KB",
            "GET",
            "/batch",
            {"Accept-Language": "zh;q=0.5," * 400 + "en;q=2"},
            b"",
            {200},
        ),
        ("a path that looks like another site", "GET", "//evil.example/x", {}, b"", {404}),
        (
            "session not ASCII",
            "GET",
            "/review",
            {"Cookie": "sentiment_session=\xe9.1.\xe9"},
            b"",
            {401},
        ),
        ("review action without a session", "POST", "/review", FORM, b"action=approve&id=1", {401}),
        (
            "review action without its CSRF token",
            "POST",
            "/review",
            signed_in,
            b"action=approve&id=1",
            {403},
        ),
        (
            "review action with a wrong CSRF token",
            "POST",
            "/review",
            signed_in,
            b"action=approve&id=1&csrf=" + b"0" * 32,
            {403},
        ),
        (
            "label without its CSRF token",
            "POST",
            "/review/unsure",
            signed_in,
            b"sample=1&label=positive",
            {403},
        ),
        (
            "reviewer key on admin forget",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(reviewer)},
            js({"since": "2000-01-01"}),
            {403},
        ),
        (
            "approve a row that is not there",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": [999999], "action": "approve"}),
            {409},
        ),
        (
            "approve 10,000 rows",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": list(range(10_000)), "action": "approve"}),
            {413},  # a list over its bound, as a batch over MAX_BATCH
        ),
        (
            "review form of 10,000 ids",
            "POST",
            "/review",
            signed_in,
            b"&".join([b"id=1"] * 10_000),
            {400},
        ),
        # numbers past what the log or int() takes, which were 500s
        (
            "approve a row id past 64 bits",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": [2**70], "action": "approve"}),
            {400},
        ),
        (
            "review form id of 5,000 digits",
            "POST",
            "/review",
            {**FORM, **bearer(reviewer)},
            b"action=approve&id=" + b"9" * 5000,
            {400},
        ),
        (
            "review form id of a superscript digit",
            "POST",
            "/review",
            {**FORM, **bearer(reviewer)},
            b"action=approve&id=%C2%B2",
            {400},
        ),
        (
            "label a sample id past 64 bits",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"sample": 2**70, "label": "positive"}),
            {400},
        ),
        (
            "done count of 5,000 digits",
            "GET",
            "/review?done=approve&n=" + "9" * 5000,
            bearer(reviewer),
            b"",
            {200, "server"},
        ),  # gunicorn refuses request lines over 4,094 bytes itself
        (
            "forget a row id past 64 bits",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"ids": [2**70]}),
            {400},
        ),
        (
            "forget since 5,000 ones",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"since": "1" * 5000}),
            {400},
        ),
        (
            "forget since the year 0",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"since": "0000-12-31T23:00:00-01:00"}),
            {400},
        ),
        # naming a version
        (
            "version past 64 bits",
            "POST",
            "/api/predict",
            JSON,
            js({"review": GOOD, "version": 2**70}),
            {400},
        ),
        (
            "version that is not loaded",
            "POST",
            "/api/predict",
            JSON,
            js({"review": GOOD, "version": 999}),
            {404},
        ),
        (
            "version of 5,000 digits in the query",
            "GET",
            "/predict/A%20fine%20film%20indeed?version=" + "9" * 5000,
            {},
            b"",
            {400, "server"},
        ),
        (
            "undo a row never decided",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": [999999], "action": "undo"}),
            {409},
        ),
        (
            "a review action that is a list",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": [1], "action": ["approve"]}),
            {400},
        ),
        (
            "a review action that is an object",
            "POST",
            "/api/review",
            {**JSON, **bearer(reviewer)},
            js({"ids": [1], "action": {"approve": 1}}),
            {400},
        ),
        (
            "forget since an empty time",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"since": ""}),
            {400},
        ),
        (
            "forget ids with an empty time beside them",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"ids": [1], "since": ""}),
            {400},
        ),
        (
            "roll back to a version that is not there",
            "POST",
            "/api/admin/rollback",
            {**JSON, **bearer(admin)},
            js({"version": 99}),
            {404},
        ),
        (
            "roll back to a version past 64 bits",
            "POST",
            "/api/admin/rollback",
            {**JSON, **bearer(admin)},
            js({"version": 2**64}),
            {400},
        ),
        # the serving protocols
        *protocol_hostile(),
        # what an outside review broke: text in a fake tag, wide ligatures, half-width kana
        (
            "words hidden in a fake tag",
            "POST",
            "/api/predict",
            JSON,
            js({"review": "Great movie, loved it! <just kidding. It was awful, a waste of money>"}),
            {200},
        ),
        (
            "69 reviews of 20,000 U+FDFA, four words each after folding",
            "POST",
            "/api/predict",
            JSON,
            json.dumps({"reviews": ["\ufdfa" * 20_000] * 69}, ensure_ascii=False).encode(),
            {413},
        ),
        (
            "half-width katakana",
            "POST",
            "/api/predict",
            JSON,
            js({"review": "ｽｺﾞｸｲｲﾃﾞｽﾈ､ｻｲｺｳ"}),
            {200},
        ),
        # addresses, sessions and files people save
        (
            "X-Forwarded-For of an IPv6 address",
            "POST",
            "/api/predict",
            {**JSON, "X-Forwarded-For": "2001:db8:1:2::7"},
            js({"review": GOOD}),
            {200},
        ),
        (
            "X-Forwarded-For of an IPv4-mapped address",
            "POST",
            "/api/predict",
            {**JSON, "X-Forwarded-For": "::ffff:203.0.113.5"},
            js({"review": GOOD}),
            {200},
        ),
        (
            "X-Forwarded-For of a malformed IPv6 address",
            "POST",
            "/api/predict",
            {**JSON, "X-Forwarded-For": "2001:db8:::1%zz, ::ffff:999.1.1.1"},
            js({"review": GOOD}),
            {200},
        ),
        (
            "forget a malformed address",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"addresses": ["2001:db8:::1"]}),
            {400},
        ),
        (
            "forget a network with too long a prefix",
            "POST",
            "/api/admin/forget",
            {**JSON, **bearer(admin)},
            js({"addresses": ["10.0.0.0/99"]}),
            {400},
        ),
        (
            "X-Forwarded-For of 100,000 characters",
            "POST",
            "/api/predict",
            {**JSON, "X-Forwarded-For": "1.2.3.4, " + "B" * 100_000},
            js({"review": GOOD}),
            {200, "server"},
        ),
        (
            "sign-in with another Host",
            "POST",
            "/login",
            {**FORM, "Host": "evil.example"},
            b"key=sk-wrong",
            {401},
        ),
        (
            "a session cookie alone on the review API",
            "POST",
            "/api/review",
            {**JSON, "Cookie": signed_in["Cookie"]},
            js({"ids": [1], "action": "approve"}),
            {403},
        ),
        (
            "CSV row wider than its header",
            "POST",
            "/batch",
            FORM,
            urllib.parse.urlencode(
                {"reviews": "review,label\nA good film, truly wonderful,1\n"}
            ).encode(),
            {400},
        ),
        (
            "CSV with a byte-order mark",
            "POST",
            "/batch",
            FORM,
            urllib.parse.urlencode({"reviews": f"\ufeffreview\n{GOOD}\n"}).encode(),
            {200},
        ),
        (
            "CSV cell over two lines, unclosed",
            "POST",
            "/batch",
            FORM,
            urllib.parse.urlencode({"reviews": 'review\n"A good film\nthat never ends'}).encode(),
            {200, 400},
        ),
    ]


def js(value):
    return json.dumps(value).encode()


def protocol_hostile():
    """TensorFlow Serving's and the Open Inference Protocol's routes, fed bad shapes, wrong
    datatypes, lying binary lengths and huge element counts."""
    infer = "/v2/models/sentiment/infer"

    def tensor(**changes):
        return js(
            {
                "inputs": [
                    {"name": "review", "datatype": "BYTES", "shape": [1], "data": [GOOD], **changes}
                ]
            }
        )

    def binary(json_part, tail, size=None):
        head = json.dumps(json_part).encode()
        headers = {"Inference-Header-Content-Length": str(len(head) if size is None else size)}
        return {**JSON, **headers}, head + tail

    element = len(GOOD).to_bytes(4, "little") + GOOD.encode()
    binary_input = {
        "name": "review",
        "datatype": "BYTES",
        "shape": [1],
        "parameters": {"binary_data_size": len(element)},
    }
    lying = binary({"inputs": [binary_input]}, (10**6).to_bytes(4, "little") + GOOD.encode())
    short = binary({"inputs": [dict(binary_input, parameters={"binary_data_size": 999})]}, element)
    header_past_end = binary({"inputs": [binary_input]}, element, size=10**9)
    many = b"".join(len(b"x").to_bytes(4, "little") + b"x" for _ in range(200_000))
    huge = binary(
        {
            "inputs": [
                dict(binary_input, shape=[200_000], parameters={"binary_data_size": len(many)})
            ]
        },
        many,
    )
    return [
        ("OIP: a shape that is not a list", "POST", infer, JSON, tensor(shape="1"), {400}),
        (
            "OIP: a shape that disagrees with the data",
            "POST",
            infer,
            JSON,
            tensor(shape=[3]),
            {400},
        ),
        ("OIP: a three-dimensional shape", "POST", infer, JSON, tensor(shape=[1, 1, 1]), {400}),
        ("OIP: FP32 reviews", "POST", infer, JSON, tensor(datatype="FP32", data=[1.5]), {400}),
        ("OIP: numbers as BYTES", "POST", infer, JSON, tensor(data=[12345]), {400}),
        ("OIP: a million reviews by shape", "POST", infer, JSON, tensor(shape=[10**6]), {413}),
        ("OIP: a shape of no reviews", "POST", infer, JSON, tensor(shape=[0], data=[]), {400}),
        (
            "OIP: two inputs",
            "POST",
            infer,
            JSON,
            js({"inputs": json.loads(tensor())["inputs"] * 2}),
            {400},
        ),
        (
            "OIP: an output the model has not",
            "POST",
            infer,
            JSON,
            js({**json.loads(tensor()), "outputs": [{"name": "logits"}]}),
            {400},
        ),
        ("OIP: a BYTES length past the data", "POST", infer, *lying, {400}),
        ("OIP: binary_data_size that lies", "POST", infer, *short, {400}),
        ("OIP: a header longer than the body", "POST", infer, *header_past_end, {400}),
        ("OIP: 200,000 binary elements", "POST", infer, *huge, {413}),
        ("OIP: another model", "POST", "/v2/models/other/infer", JSON, tensor(), {404}),
        (
            "OIP: a version that is not loaded",
            "POST",
            "/v2/models/sentiment/versions/9/infer",
            JSON,
            tensor(),
            {404},
        ),
        (
            "TF Serving: instances and inputs",
            "POST",
            "/v1/models/sentiment:predict",
            JSON,
            js({"instances": [GOOD], "inputs": [GOOD]}),
            {400},
        ),
        (
            "TF Serving: an instance of the wrong shape",
            "POST",
            "/v1/models/sentiment:predict",
            JSON,
            js({"instances": [[GOOD]]}),
            {400},
        ),
        (
            "TF Serving: 1,001 instances",
            "POST",
            "/v1/models/sentiment:predict",
            JSON,
            js({"instances": [GOOD] * 1001}),
            {413},
        ),
        (
            "TF Serving: a signature_name that is no string",
            "POST",
            "/v1/models/sentiment:predict",
            JSON,
            js({"instances": [GOOD], "signature_name": ["serving_default"] * 1000}),
            {400},
        ),
        (
            "TF Serving: a version that is no number",
            "POST",
            "/v1/models/sentiment/versions/x:predict",
            JSON,
            js({"instances": [GOOD]}),
            {400},
        ),
    ]


def check_hostile(port, log):
    """Send every hostile request; each gets its status, JSON under the API and our headers, and
    writes nothing."""

    def logged():
        return log.db.execute("SELECT count(*) FROM review_db").fetchone()[0]

    before, problems = logged(), []
    for name, method, path, headers, body, allowed in hostile_requests(port, log):
        status, got, answer = raw(port, method, path, headers, body)
        ours = "content-security-policy" in got
        if status not in allowed and not ("server" in allowed and 400 <= status < 500 and not ours):
            problems.append(f"{name}: {status} not in {allowed}: {answer[:200]!r}")
        elif ours or "server" not in allowed:  # our own answer: headers, and JSON under the API
            if (
                got.get("x-content-type-options") != "nosniff"
                or got.get("referrer-policy") != "no-referrer"
                or "default-src 'none'" not in got.get("content-security-policy", "")
            ):
                problems.append(f"{name}: security headers missing: {got}")
            if path.startswith(("/api/", "/predict/")) and status >= 400:
                try:
                    assert json.loads(answer)["error"]
                except (ValueError, KeyError, AssertionError):
                    problems.append(f"{name}: not a JSON error: {answer[:200]!r}")
        if b"Traceback" in answer:
            problems.append(f"{name}: traceback")
        if logged() != before:
            problems.append(f"{name}: wrote a row")
    assert problems == []
    assert call(port, "GET", "/healthz")[0] == 200, "and the server still answers"


SERVER_COMMANDS = {
    "waitress": [sys.executable, os.path.join(HERE, "sentiment.py"), "--port", "{port}"],
    "gunicorn-sync": gunicorn(2),
    "gunicorn-gthread": gunicorn(2, "-k", "gthread", "--threads", "4"),
}


@pytest.mark.parametrize("name", SERVER_COMMANDS)
def test_hostile_requests_over_http(env, servers, name):
    server = servers(env, SERVER_COMMANDS[name])
    check_hostile(server.port, sentiment.FeedbackLog(sentiment.SQLite(str(env["db"]))))


def test_hostile_requests_over_http_on_postgresql(env, servers, pg):
    """The same list against gunicorn on the PostgreSQL backend: its errors must not become 500s
    either."""
    server, log = (
        servers(env, SERVER_COMMANDS["gunicorn-sync"]),
        sentiment.FeedbackLog(sentiment.Postgres(pg)),
    )
    try:
        check_hostile(server.port, log)
    finally:
        log.backend._pool.close()


@pytest.mark.parametrize("name", SERVER_COMMANDS)
def test_forwarded_addresses_count_behind_a_trusted_proxy(env, servers, name):
    """Each server hands X-Forwarded-For to the app, which believes it from
    SENTIMENT_TRUSTED_PROXIES only."""
    server = servers(env, SERVER_COMMANDS[name])
    server.stop()
    server.env.update(SENTIMENT_TRUSTED_PROXIES="127.0.0.1", SENTIMENT_FEEDBACK_PER_MINUTE="2")
    server.start()

    def feedback_from(address):
        answer = call(server.port, "POST", "/api/predict", {"review": GOOD})[2]
        body = json.dumps(
            {"review": GOOD, "label": "positive", "feedback_token": answer["feedback_token"]}
        )
        return raw(
            server.port,
            "POST",
            "/api/feedback",
            {**JSON, "X-Forwarded-For": address},
            body.encode(),
        )[0]

    assert [feedback_from("203.0.113.1") for _ in range(3)] == [201, 201, 429]
    assert feedback_from("203.0.113.2") == 201
    assert [feedback_from(f"2001:db8:5:6::{k}") for k in (1, 2, 3)] == [201, 201, 429], (
        "the addresses of one IPv6 /64 are one client"
    )
    assert feedback_from("2001:db8:5:7::1") == 201, "another /64 is another client"
    mapped = ("198.51.100.7", "::ffff:198.51.100.7", "::ffff:c633:6407")
    assert [feedback_from(a) for a in mapped] == [201, 201, 429], "a mapped address is its IPv4 one"
    stored = sqlite3.connect(env["db"]).execute("SELECT client, network FROM review_db").fetchall()
    assert set(stored) == {
        ("203.0.113.1", "203.0.113.1"),
        ("203.0.113.2", "203.0.113.2"),
        ("2001:db8:5:6::1", "2001:db8:5:6::/64"),
        ("2001:db8:5:6::2", "2001:db8:5:6::/64"),
        ("2001:db8:5:7::1", "2001:db8:5:7::/64"),
        ("198.51.100.7", "198.51.100.7"),
        ("::ffff:c633:6407", "198.51.100.7"),
    }, "the full address is stored, beside the client it counts as"


# -- robustness: broken files, odd servers, long logs, one test each
# ------------------------------------


def fill_log(db, texts, labels, reviewer=None):
    """Append feedback rows straight to the log, as many processes would have (given under a
    ``reviewer``'s key, or without one)."""
    log = sentiment.FeedbackLog(sentiment.SQLite(str(db)))
    with log.backend.transaction() as conn:
        conn.executemany(
            "INSERT INTO review_db (review, sentiment, date, predicted, probability, "
            "model_version, token, client, reviewer) "
            "VALUES (?, ?, '2026-11-27T00:00:00+00:00', 1, 0.9, 1, ?, '192.0.2.1', ?)",
            [
                (t, y, f"fill-{len(t)}-{i}-{secrets_hex()}", reviewer)
                for i, (t, y) in enumerate(zip(texts, labels))
            ],
        )
    # into the main file, where a test may corrupt it
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.db.close()


def secrets_hex():
    return os.urandom(6).hex()


def test_migrate_upgrades_what_1_0_made_once_and_changes_no_answer(env, tmp_path):
    # a log as 1.0 made it: no text keys, counted clients or sources; a version without its rule
    with sqlite3.connect(env["db"]) as db:
        db.execute(
            "CREATE TABLE review_db (id INTEGER PRIMARY KEY AUTOINCREMENT, review TEXT NOT NULL, "
            "sentiment INTEGER NOT NULL, date TEXT NOT NULL, predicted INTEGER NOT NULL, "
            "probability REAL NOT NULL, model_version INTEGER NOT NULL, token TEXT NOT NULL "
            "UNIQUE, client TEXT NOT NULL, excluded INTEGER NOT NULL DEFAULT 0)"
        )
        db.executemany(
            "INSERT INTO review_db (review, sentiment, date, predicted, probability, "
            "model_version, token, client) VALUES (?, ?, '2026-01-01T00:00:00+00:00', 1, 0.9, 1, "
            "?, ?)",
            [(BAD, 0, "a", "2001:db8:1:2::7"), (MIXED, 0, "unsure.ab12", "192.0.2.1")],
        )
    shutil.copy(env["db"], tmp_path / "as-made.sqlite")
    meta_path = env["model"] / "1" / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.pop("learning", None)
    meta_path.write_text(json.dumps(meta))
    run = run_cli(env, "migrate")
    assert run.returncode == 0, run.stderr
    assert "migrated 1 model versions and 5 values" in run.stdout, run.stdout
    with sqlite3.connect(env["db"]) as db:
        rows = db.execute("SELECT text_key IS NOT NULL, network, source FROM review_db").fetchall()
    assert rows == [(1, "2001:db8:1:2::/64", None), (1, "192.0.2.1", "unsure")]
    assert json.loads(meta_path.read_text())["learning"] == sentiment.AdaGrad().params()
    again = run_cli(env, "migrate")
    assert "migrated 0 model versions and 0 values" in again.stdout, "once"
    as_made = sentiment.Replica(
        sentiment.FileStore(str(env["model"])),
        sentiment.FeedbackLog(sentiment.SQLite(str(tmp_path / "as-made.sqlite"))),
        data=str(tmp_path),
    )
    as_made.start()
    assert np.array_equal(as_made.served.model.coef, replayed(env).model.coef), "no answer changed"


def test_start_up_resumes_from_an_exact_checkpoint(env, monkeypatch):
    texts, labels = make_corpus(300, seed=41)
    # all wrong for the model: every row moves it
    fill_log(env["db"], texts, [1 - label for label in labels])
    scratch = replayed(env)  # no checkpoint yet: all 300 rows
    assert scratch.upto == 300 and not (env["data"] / "checkpoints").exists()
    with sqlite3.connect(env["db"]) as db:  # rows logged without a text key get one, once
        assert db.execute("SELECT count(*) FROM review_db WHERE text_key IS NULL").fetchone() == (
            0,
        )
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 0.0)  # one every replayed row
    shutil.rmtree(env["data"] / "checkpoints", ignore_errors=True)
    replayed(env)
    saved = sorted(os.listdir(env["data"] / "checkpoints"))
    assert len([n for n in saved if n.endswith(".npz")]) == sentiment.Checkpoints.KEEP, (
        "old ones are pruned"
    )
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 3600.0)
    learned = []
    # the stub takes what replay passes (weight, hashes): with the wrong arity it would fail with
    # a TypeError whenever a row was replayed, not with this test's assertion
    monkeypatch.setattr(
        sentiment.Model,
        "learn",
        lambda self, text, label, weight=1.0, hashes=None: learned.append(text),
    )
    resumed = replayed(env)
    assert learned == [], "nothing left to replay after the newest checkpoint"
    monkeypatch.undo()
    coef, intercept = weights(resumed)
    assert np.array_equal(coef, weights(scratch)[0]) and intercept == weights(scratch)[1], (
        "bit for bit"
    )
    # a checkpoint that folded in a row since forgotten is not used
    sentiment.FeedbackLog(sentiment.SQLite(str(env["db"]))).exclude(ids=[5])
    forgot = replayed(env)
    shutil.rmtree(env["data"] / "checkpoints")
    assert np.array_equal(weights(forgot)[0], weights(replayed(env))[0])
    assert not np.array_equal(weights(forgot)[0], coef)


def append_feedback(log, texts, labels):
    """Rows appended as the service writes them, on either backend."""
    rows = [
        (
            "2026-11-27T00:00:00+00:00",
            *sentiment.Feedback(
                text, None, label, 1, 0.9, 1, f"append-{secrets_hex()}", "192.0.2.1"
            ),
        )
        for text, label in zip(texts, labels)
    ]
    with log.backend.transaction() as db:
        db.executemany(log._insert.replace(" RETURNING id", ""), rows)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_restored_or_new_log_never_resumes_a_foreign_checkpoint(
    env, monkeypatch, request, backend
):
    url = request.getfixturevalue("pg") if backend == "postgresql" else None
    files = [
        env["db"],
        env["db"].with_name("reviews.sqlite-wal"),
        env["db"].with_name("reviews.sqlite-shm"),
    ]

    def log():
        return (
            sentiment.FeedbackLog(sentiment.Postgres(url))
            if url
            else sentiment.FeedbackLog(sentiment.SQLite(str(env["db"])))
        )

    def built():
        feedback = log()
        state = sentiment.Replica(feedback.backend.model_store(str(env["model"])), feedback)
        state.start()
        feedback.backend.release()
        if url:
            feedback.backend._pooled().close()
        return state.served

    # a backup put back: SQLite's files, or PostgreSQL's rows as pg_restore would leave them
    def restore(sql):
        if url:
            import psycopg

            with psycopg.connect(url, autocommit=True) as db:
                db.execute(sql)
        else:
            for path in files:
                path.unlink(missing_ok=True)
                if path.with_suffix(path.suffix + ".bak").exists():
                    shutil.copy(path.with_suffix(path.suffix + ".bak"), path)

    texts, labels = make_corpus(500, seed=43)
    wrong = [1 - label for label in labels]  # every row moves the weights
    append_feedback(log(), texts[:100], wrong[:100])
    if not url:
        log().db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(env["db"], env["db"].with_suffix(".sqlite.bak"))
    append_feedback(log(), texts[100:300], wrong[100:300])
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 0.0)  # one every replayed row
    assert built().upto == 300
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 3600.0)
    folder = env["data"] / "checkpoints"
    shutil.copytree(folder, env["data"] / "kept")

    def scratch():  # the same log replayed without any checkpoint
        shutil.rmtree(folder)
        state = built()
        shutil.copytree(env["data"] / "kept", folder)
        return state

    # the backup of 100 rows under checkpoints of 300
    restore("DELETE FROM review_db WHERE id > 100")
    restored = built()
    assert restored.upto == 100, "resumed from rows the log no longer holds"
    assert np.array_equal(restored.model.coef, scratch().model.coef)
    # new rows: on SQLite they take ids 101..300 again
    append_feedback(log(), texts[300:], wrong[300:])
    grown = built()
    assert grown.upto == (500 if url else 300)
    assert np.array_equal(grown.model.coef, scratch().model.coef), (
        "a checkpoint of other rows with the same ids"
    )
    restore("DROP TABLE review_db, log_identity")  # a new, empty log
    if not url:
        for path in files:
            path.unlink(missing_ok=True)
    fresh = built()
    assert fresh.upto == 0
    assert np.array_equal(fresh.model.coef, sentiment.FileStore(str(env["model"])).load(1)[0].coef)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_dates_and_the_rate_limit_follow_the_database_clock(env, monkeypatch, request, backend):
    url = request.getfixturevalue("pg") if backend == "postgresql" else None
    log = (
        sentiment.FeedbackLog(sentiment.Postgres(url))
        if url
        else sentiment.FeedbackLog(sentiment.SQLite(str(env["db"])))
    )
    real = sentiment._now
    try:
        # a host an hour fast
        monkeypatch.setattr(sentiment, "_now", lambda: real() + datetime.timedelta(hours=1))
        for k in range(2):
            log.add(
                sentiment.Feedback(
                    f"review {k} of a fine film", None, 1, 1, 0.9, 1, f"clock-{k}", "198.51.100.9"
                ),
                2,
            )
        monkeypatch.setattr(sentiment, "_now", real)  # and one whose clock is right
        with pytest.raises(sentiment.RateLimited) as limited:
            log.add(
                sentiment.Feedback(
                    "review 2 of a fine film", None, 1, 1, 0.9, 1, "clock-2", "198.51.100.9"
                ),
                2,
            )
        assert limited.value.retry_after <= 61, "locked out for a minute, not for an hour"
        for (date,) in log.db.execute("SELECT date FROM review_db").fetchall():
            assert abs((datetime.datetime.fromisoformat(date) - real()).total_seconds()) < 60
    finally:
        if url:
            log.backend._pool.close()


def test_a_long_log_never_blocks_a_worker_past_its_timeout(env, servers):
    # About 8 ms of replay per crafted row: 1,200 rows take longer than gunicorn's 4 s timeout.
    rng = random.Random(3)
    crafted = [
        "".join(rng.choice("abcdefghij") + rng.choice(",.;:!?-") for _ in range(10_000))
        for _ in range(1200)
    ]
    fill_log(env["db"], crafted, [i % 2 for i in range(1200)])
    port = free_port()
    env_vars = child_env(env)
    log_path = env["data"] / "gunicorn.log"
    with open(log_path, "wb") as out:
        proc = subprocess.Popen(
            [
                os.path.join(BIN, "gunicorn"),
                "-w",
                "1",
                "--timeout",
                "4",
                "-b",
                f"127.0.0.1:{port}",
                "sentiment:application",
            ],
            env=env_vars,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        answers, deadline = [], time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                began = time.monotonic()
                status, _, body = call(port, "GET", "/healthz", timeout=10)
                answers.append((status, body, time.monotonic() - began))
                if status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        assert answers and answers[-1][0] == 200 and answers[-1][1]["feedback_upto"] == 1200, (
            answers[-3:]
        )
        assert answers[0][0] == 503 and answers[0][1]["status"] == "catching up"
        assert max(took for _, _, took in answers) < 2.0, "no request waits on the replay"
        assert b"WORKER TIMEOUT" not in log_path.read_bytes()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_missing_data_folder_predicts_without_feedback(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_DATA_DIR", str(env["data"] / "missing"))
    answer = app.post_json("/api/predict", {"review": GOOD}).json
    assert answer["label"] == "positive" and answer["feedback_token"] is None
    health = app.get("/healthz").json
    assert health["status"] == "degraded" and "switched off" in health["feedback"]
    page = app.post("/results", {"moviereview": GOOD})
    assert page.html.find(id="feedback-off") and not page.html.find(
        "input", {"name": "feedback_token"}
    )
    assert app.get(f"/predict/{GOOD}").json["feedback_token"] is None
    res = app.post_json(
        "/api/feedback",
        {"review": GOOD, "label": "positive", "feedback_token": "1.1.ab.cd"},
        status=503,
    )
    assert "switched off" in res.json["error"]


@pytest.mark.parametrize("secret", [b"", b"short"])
def test_short_secret_keys_are_refused(app, env, secret):
    (env["data"] / "secret").write_bytes(secret)
    assert app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"] is None
    assert app.get("/healthz").json["status"] == "degraded"
    forged = sentiment.hmac.new(secret, b"x", "sha256").hexdigest()
    app.post_json(
        "/api/feedback",
        {"review": GOOD, "label": "positive", "feedback_token": f"1.1.ab.{forged}"},
        status=503,
    )
    assert rows(env) == []


@pytest.mark.parametrize(
    "name,value",
    [
        ("SENTIMENT_FEEDBACK_PER_MINUTE", "0"),
        ("SENTIMENT_MODEL_VERSION", "abc"),
        ("SENTIMENT_SECRET", "too short"),
        ("SENTIMENT_IPV6_PREFIX", "32"),
    ],
)
def test_bad_settings_one_line_at_start_and_defaults_under_wsgi(
    app, env, monkeypatch, caplog, name, value
):
    proc = run_cli(env, "serve", "--port", free_port(), timeout=60, **{name: value})
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(f"error: {name}=")
    monkeypatch.setenv(name, value)
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    if name == "SENTIMENT_SECRET":  # no usable key: predictions go on, feedback is off
        assert token is None and app.get("/healthz").json["status"] == "degraded"
    else:  # the default is used
        app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            status=201,
        )
    assert any(name in r.message for r in caplog.records)


def test_model_folder_with_a_non_ascii_digit_name(app, env):
    (env["model"] / "\u00b2").mkdir()
    assert sentiment.FileStore(str(env["model"])).versions() == [1]
    assert app.get("/healthz").json["model_version"] == 1


def test_corrupt_log_pages_keep_predictions_and_refuse_feedback(app, env, caplog):
    texts, labels = make_corpus(3000, seed=43)
    fill_log(env["db"], texts, labels)
    with open(env["db"], "r+b") as f:
        f.seek(160 * 1024)
        f.write(os.urandom(80 * 1024))
    sentiment._replica = (None, None)
    assert app.post_json("/api/predict", {"review": GOOD}).json["label"] == "positive"
    health = app.get("/healthz").json
    assert health["status"] == "degraded" and "cannot be read" in health["feedback"]
    for path in ("/api/model", "/metrics", f"/predict/{GOOD}"):
        app.get(path, status=200)
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    res = app.post_json(
        "/api/feedback",
        {"review": GOOD, "label": "positive", "feedback_token": token},
        expect_errors=True,
    )
    assert res.status_int == 503 and res.json["error"]
    assert any("feedback log" in r.message and "malformed" in r.message for r in caplog.records)


def test_corrupt_metrics_file_is_set_aside(app, env, caplog):
    app.get("/healthz")
    torn = os.path.join(sentiment.METRICS_DIR, "counter_999999999.db")
    with open(torn, "wb") as f:
        # says it holds 1 MB: a torn file
        f.write((1 << 20).to_bytes(4, "little") + os.urandom(8188))
    assert "sentiment_model_version 1" in app.get("/metrics").text
    assert not os.path.exists(torn) and glob.glob(torn + ".corrupt-*"), "moved aside"
    assert "sentiment_http_requests_total" in app.get("/metrics").text, "counting goes on"
    assert any("unreadable" in r.message for r in caplog.records)


def test_errors_are_counted_with_the_status_sent(app, env, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(sentiment.FeedbackLog, "add", broken)

    def requests(text, status):
        return metric(
            text,
            "sentiment_http_requests_total",
            route="/api/feedback",
            method="POST",
            status=status,
        )

    before = {status: requests(app.get("/metrics").text, status) for status in ("500", "200")}
    for _ in range(2):
        token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
        res = app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            expect_errors=True,
        )
        assert res.status_int == 500 and res.json == {
            "error": "Internal error; it has been logged."
        }
        assert (
            res.headers["X-Content-Type-Options"] == "nosniff"
            and "default-src" in res.headers["Content-Security-Policy"]
        )
    text = app.get("/metrics").text
    assert requests(text, "500") == before["500"] + 2 and requests(text, "200") == before["200"]


def test_waitress_survives_idle_connections(env, servers):
    server = servers(env, SERVER_COMMANDS["waitress"])
    idle = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(150)] + slow_bodies(
        server.port, 8
    )
    try:
        assert probes(server.port, 2) == 0, "waitress reads bodies before a thread sees them"
    finally:
        for sock in idle:
            sock.close()


def test_multipart_never_touches_the_disk(app, env, monkeypatch):
    def no_temporary_files(*args, **kwargs):
        raise AssertionError("spooled to disk")

    monkeypatch.setattr(sentiment.multipart.tempfile, "TemporaryFile", no_temporary_files)
    res = app.post(
        "/results",
        {"moviereview": "word " * 30_000},
        content_type="multipart/form-data",
        status=413,
    )
    assert "too long" in res.text
    assert (
        "positive"
        in app.post(
            "/results", {"moviereview": GOOD + " " * 150_000}, content_type="multipart/form-data"
        ).text
    )


def test_broken_newest_version_is_not_shown_as_served(app, env, capsys):
    shutil.copytree(env["model"] / "1", env["model"] / "2")
    (env["model"] / "2" / "model.pkl").write_bytes(b"\x80\x05truncated")
    sentiment.main(["versions"])
    listing = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert "<- served" in listing["1"] and "served" not in listing["2"]
    status = app.get("/api/model").json
    broken = [v for v in status["model_version_status"] if v["version"] == 2][0]
    assert broken["state"] == "UNAVAILABLE" and "sha256" in broken["status"]["error_message"]
    assert str(env["model"]) not in json.dumps(status) and HERE not in json.dumps(status)


def test_databases_are_private(app, env):
    give = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    app.post_json(
        "/api/feedback", {"review": GOOD, "label": "positive", "feedback_token": give}, status=201
    )
    for name in ("reviews.sqlite", "secret"):
        assert (env["data"] / name).stat().st_mode & 0o777 == 0o600, name


def test_stats_kept_up_to_date_match_a_fresh_count(app, env):
    texts, labels = make_corpus(120, seed=47)
    fill_log(env["db"], texts[:60], labels[:60])
    first = app.get("/api/stats").json
    assert first["feedback"] == 60
    fill_log(env["db"], texts[60:], [1 - y for y in labels[60:]])
    kept = app.get("/api/stats").json
    fresh = sentiment.Stats(sentiment.FeedbackLog(sentiment.SQLite(str(env["db"])))).read(
        sentiment.FileStore(str(env["model"])), 1
    )
    unlabelled = ("candidates", "estimated_accuracy", "alerts", "miscalibrated")
    assert (
        {k: v for k, v in kept.items() if k not in unlabelled} == fresh
        and kept["feedback"] == 120
        and kept["misclassified_words"]
    )
    sentiment.main(["forget", "--ids", *map(str, range(1, 11))])
    assert app.get("/api/stats").json["feedback"] == 110, "withdrawn feedback no longer counts"


# -- scrapes, addresses, sessions and small operations: one test each --------------------------


def test_a_scrape_reads_none_of_the_log(app, env):
    def outcomes():
        text = app.get("/metrics").text
        return sum(
            metric(text, "sentiment_feedback_total", outcome=o) for o in ("correct", "incorrect")
        )

    before = outcomes()
    texts, labels = make_corpus(50, seed=3)
    # rows other hosts logged: this host's counters do not scan for them
    fill_log(env["db"], texts, labels)
    assert outcomes() == before
    feedback_as(app, GOOD, "negative")
    assert outcomes() == before + 1, "counted as it arrives"


def test_a_forwarded_address_is_an_address(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_TRUSTED_PROXIES", "192.0.2.10")
    for forwarded in (
        "1.2.3.4, " + "B" * 100_000,
        "198.51.100.7",
        "10.0.0.1, 2001:db8::1",
        "203.0.113.9:80",
    ):
        feedback_as(app, GOOD, "positive", address=forwarded)
    with sqlite3.connect(env["db"]) as db:
        clients = [c for (c,) in db.execute("SELECT client FROM review_db ORDER BY id")]
    assert clients == ["192.0.2.10", "198.51.100.7", "2001:db8::1", "192.0.2.10"], (
        "else the proxy's own"
    )


def test_key_names_are_short_printable_text(env, capsys):
    for name in ("x" * 5000, "ann\nbob", " ann", "-rf", ""):
        with pytest.raises(SystemExit, match="a key name is 1 to 64"):
            sentiment.main(["keys", "add", "--role", "reviewer", f"--name={name}"])
    sentiment.main(["keys", "add", "--role", "reviewer", "--name", "Anne-Marie Li"])
    assert [
        k[0]
        for k in (lambda log: log.keys.all(log.db))(
            sentiment.FeedbackLog(sentiment.SQLite(str(env["db"])))
        )
    ] == ["Anne-Marie Li"]


def test_sign_in_redirects_are_relative_and_wrong_keys_are_limited(app, env):
    key = make_key(env, "reviewer", "rev")
    res = app.post("/login", {"key": key}, headers={"Host": "evil.example"}, status=303)
    assert res.headers["Location"] == "/review" and res.headers["Cache-Control"] == "no-store"
    before = metric(app.get("/metrics").text, "sentiment_sign_ins_total", outcome="refused")
    wrong = {"REMOTE_ADDR": "198.51.100.20"}
    for _ in range(10):
        app.post("/login", {"key": "sk-wrong"}, extra_environ=wrong, status=401)
    res = app.post("/login", {"key": key}, extra_environ=wrong, status=429)
    assert 0 < int(res.headers["Retry-After"]) <= 61, (
        "even the right key waits: guessing must not go on"
    )
    app.post("/login", {"key": key}, status=303)  # another address signs in
    assert (
        metric(app.get("/metrics").text, "sentiment_sign_ins_total", outcome="refused")
        == before + 10
    )


def test_pages_with_reviews_tokens_or_keys_are_never_cached(app, env):
    results = app.post("/results", {"moviereview": GOOD})
    token = results.html.find("input", {"name": "feedback_token"})["value"]
    thanks = app.post("/thanks", {"review": GOOD, "feedback_token": token, "feedback": "correct"})
    batch = app.post("/batch", {"reviews": GOOD}, content_type="multipart/form-data")
    for res in (results, thanks, batch, app.get("/review", status=401), app.get("/login")):
        assert res.headers.get("Cache-Control") == "no-store", res.request.path
    assert "Cache-Control" not in app.get("/").headers


def test_a_session_cookie_alone_never_drives_the_json_api(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    feedback_as(app, GOOD, "negative")
    session_of(app, key)
    csrf = app.get("/review").html.find("input", {"name": "csrf"})["value"]
    decision = {"ids": [1], "action": "approve"}
    assert "CSRF" in app.post_json("/api/review", decision, status=403).json["error"]
    app.post_json("/api/review", decision, headers={"X-CSRF-Token": "0" * 32}, status=403)
    assert len(rows(env)) == 1, "nothing written"
    app.post_json("/api/review", decision, headers={"X-CSRF-Token": csrf}, status=200)
    assert len(rows(env)) == 2, "with the page's token it is the reviewer's approval"
    app.reset()
    # a key needs none
    app.post_json("/api/review", {"ids": [1], "action": "reject"}, headers=bearer(key), status=409)


def test_origin_is_checked_against_the_public_host_names(app, env, monkeypatch):
    def post(origin, host):
        token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
        return app.post_json(
            "/api/feedback",
            {"review": GOOD, "label": "positive", "feedback_token": token},
            headers={"Origin": origin, "Host": host},
            expect_errors=True,
        ).status_int

    assert post("http://rebound.example", "rebound.example") == 201, (
        "without the setting: the client's Host"
    )
    monkeypatch.setenv("SENTIMENT_PUBLIC_HOSTS", "sentiment.example.org, localhost:8080")
    assert post("http://rebound.example", "rebound.example") == 403, "a rebound name is not ours"
    assert post("https://sentiment.example.org", "rebound.example") == 201
    assert post("http://localhost:8080", "localhost:8080") == 201


def test_update_without_new_feedback_writes_nothing(env, capsys):
    sentiment.main(["update"])
    assert "nothing new" in capsys.readouterr().out
    assert sentiment.FileStore(str(env["model"])).versions() == [1]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_updates_started_together_write_one_version(env, request, backend):
    url = request.getfixturevalue("pg") if backend == "postgresql" else None
    log = (
        sentiment.FeedbackLog(sentiment.Postgres(url))
        if url
        else sentiment.FeedbackLog(sentiment.SQLite(str(env["db"])))
    )
    texts, labels = make_corpus(30, seed=47)
    try:
        for k, (text, label) in enumerate(zip(texts, labels)):
            log.add(
                sentiment.Feedback(
                    text, None, label, label, 0.9, 1, f"u{k}", "192.0.2.9", weight=1.0
                ),
                1000,
            )
    finally:
        log.backend.release()
        if url:
            log.backend._pool.close()
    updates = [
        subprocess.Popen(
            [sys.executable, os.path.join(HERE, "sentiment.py"), "update"],
            env=child_env(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(4)
    ]
    said = [u.communicate(timeout=120)[0] for u in updates]
    assert [u.returncode for u in updates] == [0] * 4, said
    assert (
        sum("wrote version 2" in out for out in said) == 1
        and sum("nothing new" in out for out in said) == 3
    ), said
    store = sentiment.storage()[1] if url else sentiment.FileStore(str(env["model"]))
    assert store.versions() == [1, 2]


def test_a_killed_writer_leaves_no_folder_behind(env):
    gone = subprocess.Popen(["true"])
    gone.wait()
    left, alive = (
        env["model"] / f".tmp-{gone.pid}-ab12cd34",
        env["model"] / f".tmp-{os.getpid()}-ab12cd34",
    )
    for folder in (left, alive):
        folder.mkdir()
        (folder / "model.pkl").write_bytes(b"half")
    store = sentiment.FileStore(str(env["model"]))
    store.save(store.load(1)[0], feedback_upto=0, parent=1, excluded=[], dev_accuracy=None)
    assert not left.exists() and alive.exists(), "only a process that is gone"


def test_checkpoints_are_private_and_a_corrupt_one_is_moved_aside(env, monkeypatch):
    texts, labels = make_corpus(40, seed=43)
    fill_log(env["db"], texts, labels)
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 0.0)
    replayed(env)
    folder = env["data"] / "checkpoints"
    saved = sorted(folder.glob("*.npz"))
    assert saved and all(p.stat().st_mode & 0o777 == 0o600 for p in saved)
    saved[-1].write_bytes(b"torn")
    monkeypatch.setattr(sentiment, "CHECKPOINT_EVERY", 3600.0)
    replayed(env)
    assert not saved[-1].exists() and (folder / (saved[-1].name + ".corrupt")).exists(), (
        "not tried at every start"
    )


# -- the README's examples, run as written -----------------------------------------------


def readme_example(name):
    text = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    return re.search(rf"<!-- example: {name} -->\n```sh\n(.*?)```", text, re.S).group(1)


def test_readme_api_examples_run_as_written(env, servers):
    server = servers(env, SERVER_COMMANDS["waitress"])
    script = readme_example("api").replace(
        "http://127.0.0.1:8080", f"http://127.0.0.1:{server.port}"
    )
    out = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    answers, at, decoder = [], out.stdout.find("{"), json.JSONDecoder()
    while at >= 0:  # curl prints no newline after a body: read the JSON objects one after another
        try:
            answer, end = decoder.raw_decode(out.stdout, at)
            answers.append(answer)
        except ValueError:
            end = at + 1
        at = out.stdout.find("{", end)
    assert not [a for a in answers if "error" in a], out.stdout
    assert any(a.get("source") == "feedback" and a.get("id") == 1 for a in answers), (
        "the token was chained"
    )
    assert any("predictions" in a and "error" in a["predictions"][2] for a in answers), "partial"
    assert "sentiment_model_version 1" in out.stdout and '"openapi":"3.1.0"' in out.stdout


def test_readme_protocol_examples_run_as_written(env, servers, tmp_path):
    server = servers(env, SERVER_COMMANDS["waitress"])
    os.symlink(os.path.dirname(os.path.dirname(sys.executable)), tmp_path / ".venv")
    script = readme_example("protocols").replace("127.0.0.1:8080", f"127.0.0.1:{server.port}")
    out = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    first, _, rest = out.stdout.partition("\n")
    assert json.loads(first)["predictions"][0]["label"] == "positive"
    assert rest.strip() == "[b'positive']", out.stdout


def test_readme_command_line_examples_run_as_written(env, tmp_path):
    shutil.rmtree(env["model"])
    # the committed model, as users have it
    shutil.copytree(os.path.join(HERE, "model", "1"), env["model"] / "1")
    os.symlink(os.path.dirname(os.path.dirname(sys.executable)), tmp_path / ".venv")
    for name in ("sentiment.py", "views"):
        os.symlink(os.path.join(HERE, name), tmp_path / name)
    scratch = tmp_path / "scratch"  # mktemp's folder
    scratch.mkdir()
    before = sorted(os.listdir(tmp_path))
    out = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", readme_example("cli")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(env, TMPDIR=scratch),
    )
    assert out.returncode == 0, out.stderr
    assert sorted(os.listdir(tmp_path)) == before, "the work tree is left as it was"
    assert "line,label,probability" in out.stdout and "positive" in out.stdout
    assert re.search(r"accuracy 1\.0000\s+n 2", out.stdout)
    assert "nothing new" in out.stdout and "version 1 is now served" in out.stdout
    exported = glob.glob(str(tmp_path / "scratch" / "*" / "feedback.csv"))
    assert exported and open(exported[0], encoding="utf-8").read().startswith("id,review,sentiment")


def test_readme_chinese_example_runs_as_written(env, tmp_path):
    shutil.rmtree(env["model"])
    # the committed model, as users have it
    shutil.copytree(os.path.join(HERE, "model", "1"), env["model"] / "1")
    os.symlink(os.path.dirname(os.path.dirname(sys.executable)), tmp_path / ".venv")
    for name in ("sentiment.py", "views"):
        os.symlink(os.path.join(HERE, name), tmp_path / name)
    scratch = tmp_path / "scratch"  # mktemp's folder
    scratch.mkdir()
    before = sorted(os.listdir(tmp_path))
    out = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", readme_example("chinese")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(env, TMPDIR=scratch),
    )
    assert out.returncode == 0 and re.search(r"accuracy 1\.0000\s+n 2", out.stdout), (
        out.stdout + out.stderr
    )
    assert sorted(os.listdir(tmp_path)) == before, "the work tree is left as it was"


def test_readme_review_examples_run_as_written(env, servers, tmp_path):
    server = servers(env, SERVER_COMMANDS["waitress"])
    server.stop()
    server.env["SENTIMENT_LEARN"] = "reviewed"
    server.start()
    os.symlink(os.path.dirname(os.path.dirname(sys.executable)), tmp_path / ".venv")
    for name in ("sentiment.py", "views"):
        os.symlink(os.path.join(HERE, name), tmp_path / name)
    script = readme_example("review").replace(
        "http://127.0.0.1:8080", f"http://127.0.0.1:{server.port}"
    )
    out = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(SENTIMENT_DATA_DIR=env["data"]),
    )
    assert out.returncode == 0, out.stderr
    assert (
        "1 pending" in out.stderr
        and '"pending_total":1' in out.stdout
        and '"reject":1' in out.stdout
    )
    assert (
        '"excluded":0' in out.stdout
        and '"served_version":1' in out.stdout
        and '"error"' not in out.stdout
    )
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT status, reviewer FROM review_db").fetchall() == [
            ("rejected", "ops")
        ]


# -- load: gunicorn -w 2, 16 connections, 90% predictions and 10% feedback ----------------


def run_load(env, servers, seconds):
    server = servers(env, gunicorn(2))
    texts, labels = make_corpus(500, seed=11)
    stats = {"latencies": [], "codes": {}, "errors": [], "created": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(n):
        rng = random.Random(n)
        while time.monotonic() < deadline:
            text = rng.choice(texts)
            t = time.perf_counter()
            try:
                status, _, answer = call(
                    server.port, "POST", "/api/predict", {"review": text}, timeout=10
                )
                if status == 200 and rng.random() < 0.1 / 0.9:
                    with lock:
                        stats["latencies"].append(time.perf_counter() - t)
                        stats["codes"][status] = stats["codes"].get(status, 0) + 1
                    t = time.perf_counter()
                    status, _, answer = call(
                        server.port,
                        "POST",
                        "/api/feedback",
                        {
                            "review": text,
                            "label": rng.choice(sentiment.LABELS),
                            "feedback_token": answer["feedback_token"],
                        },
                        timeout=10,
                    )
                    if status == 201:
                        with lock:
                            stats["created"] += 1
            except OSError as e:
                with lock:
                    stats["errors"].append(repr(e))
                continue
            with lock:
                stats["latencies"].append(time.perf_counter() - t)
                stats["codes"][status] = stats["codes"].get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(16)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    lat = sorted(stats["latencies"])
    figures = {
        "seconds": round(elapsed, 1),
        "requests": len(lat),
        "rps": round(len(lat) / elapsed),
        "p50_ms": round(1000 * lat[len(lat) // 2], 2),
        "p99_ms": round(1000 * lat[int(len(lat) * 0.99)], 2),
        "codes": stats["codes"],
        "connection_errors": len(stats["errors"]),
        "feedback_201": stats["created"],
    }
    print("load test:", json.dumps(figures))
    assert stats["errors"] == [] and not any(code >= 500 for code in stats["codes"])
    assert stats["created"] > 0 and len(rows(env)) == stats["created"]
    return figures


def test_load(env, servers):
    run_load(env, servers, float(os.environ.get("LOADTEST_SECONDS", "5")))


# -- explanations, statistics, metrics ------------------------------------------------


def reference_positive(model, text):
    """The slow path: the model's features computed the obvious way, in pure Python."""
    features = reference_buckets(model.featurizer, reference_tokens(model.featurizer, text))
    logit = sum(model.coef[i] for i in features) / math.sqrt(len(features)) + model.intercept
    return 1 / (1 + math.exp(-logit))


def test_fast_path_agrees_with_slow_path(base_models):
    model, _ = sentiment.FileStore(str(base_models)).load(1)
    texts, _ = make_corpus(200, seed=21)
    texts += [
        "Great<br /><br />movie!!! 10/10 :)",
        "Ça ne m'a pas plu — 中文评论 🎬🎬 'quoted' don't",
        "not good, NOT GOOD, not good at all...",
        ZH_GOOD,
        "很好 a good film, 很好",
    ]
    for text in texts:
        assert abs(model.positive(text) - reference_positive(model, text)) < 1e-9, text


def test_explanation_adds_up_to_the_logit(app, base_models):
    model, _ = sentiment.FileStore(str(base_models)).load(1)
    text = "Not <b>good</b>, not good at all & the plot was dull... but the cast was wonderful!"
    (starts, ends, weights), logit, _ = model.explain(text)
    assert len(weights) == len(model.featurizer.indices(text))
    assert abs(weights.sum() + model.intercept - logit) < 1e-6
    assert abs(logit - model.logit(model.featurizer.indices(text))) < 1e-9
    answer = app.post_json("/api/predict", {"review": text, "explain": True}).json
    weights = [c["weight"] for c in answer["explanation"]]
    strongest = sorted(model.explain(text)[0][2].tolist(), key=lambda w: -abs(w))
    assert len(strongest) > sentiment.EXPLAIN_TOP and weights == pytest.approx(
        strongest[: sentiment.EXPLAIN_TOP]
    )
    # on probabilities: a logit of -30 is 1e-13, where log(p / (1 - p)) has lost its digits
    assert abs(sentiment._expit(sum(strongest) + model.intercept) - answer["positive"]) < 1e-12
    for c in answer["explanation"]:
        assert text[c["start"] : c["end"]] == c["text"]
    assert any(
        re.sub("<[^>]*>", " ", c["text"]).lower().split() == ["not", "good"]
        for c in answer["explanation"]
    )
    assert "explanation" not in app.post_json("/api/predict", {"review": text}).json


def test_results_page_highlights_and_lists(app, base_models):
    model, _ = sentiment.FileStore(str(base_models)).load(1)
    text = 'The acting was wonderful <script>alert("x")</script>, but the plot was dull & tedious.'
    res = app.post("/results", {"moviereview": text})
    review = res.html.find(id="review")
    assert review.get_text() == text, "the review appears exactly, tags as inert text"
    assert not res.html.find_all("script", string=lambda s: s and "alert" in s)
    features, _, (starts, ends, scores) = model.explain(text)
    top = max(abs(x) for a, b, x in zip(starts, ends, scores) if re.search(r"[^\W_]", text[a:b]))
    expected = [
        (text[a:b], "pn"[x < 0])
        for a, b, x in zip(starts.tolist(), ends.tolist(), scores.tolist())
        # the page's rule: words that pushed at least 1/16 as hard as the strongest, never
        # punctuation alone
        if abs(x) >= top / 16 and re.search(r"[^\W_]", text[a:b])
    ]
    assert [(m.get_text(), m["class"][0][0]) for m in review.find_all("mark")] == expected
    assert {sign for _, sign in expected} == {"p", "n"}
    pros = [
        li.find(class_="phrase").get_text()
        for li in res.html.find(id="pros").find_next("ol").find_all("li")
    ]
    cons = [
        li.find(class_="phrase").get_text()
        for li in res.html.find(id="cons").find_next("ol").find_all("li")
    ]
    assert 1 <= len(pros) <= 5 and 1 <= len(cons) <= 5
    starts, ends, weights = features

    def shown(a, b):  # phrases are shown without tags
        return " ".join(re.sub(sentiment.TAG_PATTERN, " ", text[a:b]).split())

    assert pros[0] == shown(starts[weights.argmax()], ends[weights.argmax()])
    assert cons[0] == shown(starts[weights.argmin()], ends[weights.argmin()])
    assert not any("<" in phrase for phrase in pros + cons)
    listed = [li.find("b").get_text() for li in res.html.find(id="word-scores").find_all("li")]
    assert listed == [m.get_text() for m in review.find_all("mark")], (
        "every marked word, reachable without hovering"
    )


def test_highlights_mark_strong_words_by_level_and_keep_the_text():
    text = "great & dull <b>the</b> fine"
    starts, ends = np.array([0, 8, 17, 24]), np.array([5, 12, 20, 28])
    scores = np.array([1.6, -0.4, 0.05, 0.1])  # shares 1, 1/4, 1/32 and 1/16 of the strongest
    review, items = sentiment.highlights(text, (starts, ends, scores))
    assert review == (
        '<mark class="p4" title="+1.60">great</mark> &amp; '
        '<mark class="n2" title="-0.40">dull</mark> &lt;b&gt;the&lt;/b&gt; '
        '<mark class="p1" title="+0.10">fine</mark>'
    ), "'the', under 1/16 of the strongest push, stays plain"
    assert html.unescape(re.sub("<[^<>]*>", "", review)) == text
    assert (
        items == "<li><b>great</b> +1.60</li><li><b>dull</b> -0.40</li><li><b>fine</b> +0.10</li>"
    )
    assert sentiment.highlights(text, (starts, ends, np.zeros(4))) == (html.escape(text, False), "")


def test_highlights_mark_at_most_the_strongest_max_marks_words(monkeypatch):
    monkeypatch.setattr(sentiment, "MAX_MARKS", 3)
    text = "a b c d e f"
    starts, ends = np.arange(0, 11, 2), np.arange(1, 12, 2)
    review, items = sentiment.highlights(
        text, (starts, ends, np.array([0.5, 0.5, 0.9, -1.0, 0.5, 0.5]))
    )
    assert re.findall("<mark[^>]*>(.*?)</mark>", review) == ["a", "c", "d"], (
        "the strongest, the earliest among equals"
    )
    assert re.sub("<[^<>]*>", "", review) == text and items.count("<li>") == 3


def test_results_page_of_one_repeated_mark_stays_small(app):
    res = app.post("/results", {"moviereview": "bad " * (sentiment.MAX_REVIEW // 4)})
    # the marks, and their list for keyboards and screen readers
    assert res.text.count("<mark") == sentiment.MAX_MARKS and len(res.body) < 160_000
    res = app.post("/results", {"moviereview": "Bad! " + "!" * (sentiment.MAX_REVIEW - 5)})
    assert res.text.count("<mark") == 1, "punctuation is never a marked word"


def test_counter_script_is_the_only_script_and_allowed_by_hash(app):
    import base64

    page = app.get("/")
    scripts = page.html.find_all("script")
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].string.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page.headers["Content-Security-Policy"]
    limits = page.html.find(id="moviereview-limits")
    assert "At least 15" in limits.get_text(), "the minimum stands, with or without JavaScript"
    field = page.html.find("textarea")
    assert "moviereview-limits" in field["aria-describedby"] and not field.get("aria-invalid")
    assert not page.html.find(attrs={"aria-live": True}), "no live region reads out every keystroke"
    invalid = app.post("/results", {"moviereview": "too short"}, status=400).html.find("textarea")
    assert (
        invalid["aria-invalid"] == "true"
        and invalid["aria-describedby"].split()[0] == "review-error"
    )
    for control in page.html.find_all(["textarea", "input", "select"]):
        assert page.html.find("label", attrs={"for": control["id"]})


def test_thanks_page_says_what_was_learned(app):
    neutral = "The plot, the cast and the ending of this film."
    res = app.post("/results", {"moviereview": neutral})
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    label = app.post_json("/api/predict", {"review": neutral}).json["label"]
    thanks = app.post(
        "/thanks", {"review": neutral, "feedback_token": token, "feedback": "incorrect"}
    )
    given = "negative" if label == "positive" else "positive"
    assert thanks.html.find(id="answer-now").find("strong").get_text() == given, (
        "what it will answer, and why"
    )
    moved = " ".join(thanks.html.find(id="model-moved").get_text().split())
    was, now = re.search(r"moved from ([\d.]+%) to ([\d.]+%) positive", moved).groups()
    assert was != now, "enough digits to show that the click moved it"
    assert (
        (float(now[:-1]) <= float(was[:-1]))
        if label == "positive"
        else (float(now[:-1]) >= float(was[:-1]))
    )
    assert (
        thanks.html.find(id="small-step") is not None
        and f"{sentiment.ANONYMOUS_WEIGHT * 100:g}%" in thanks.html.find(id="small-step").get_text()
    )
    assert "100.0%" not in thanks.text and "%" not in moved.replace(was, "").replace(now, "")
    again = app.post_json("/api/predict", {"review": neutral}).json
    assert again["label"] == given and again["source"] == "feedback", (
        "and it does, without contradiction"
    )


def test_stats_page_and_json(app, env):
    for text, agree in (
        (GOOD, True),
        (BAD, True),
        ("The plot was dull but the cast was superb!", False),
        ("A dreadful, dreadful script but honestly I was moved.", True),
    ):
        answer = app.post_json("/api/predict", {"review": text}).json
        label = (
            answer["label"]
            if agree
            else sentiment.LABELS[1 - sentiment.LABELS.index(answer["label"])]
        )
        app.post_json(
            "/api/feedback",
            {"review": text, "label": label, "feedback_token": answer["feedback_token"]},
            status=201,
        )
    data = app.get("/api/stats").json
    logged = rows(env)
    right = sum(r[2] == r[3] for r in logged)
    assert data["feedback"] == 4 and data["feedback_per_day"][-1]["feedback"] == 4
    assert data["live_accuracy"] == {
        "version": 1,
        "labelled": 0,
        "accuracy": None,
        "interval": None,
    }, "clicks are not an accuracy: only audited answers are"
    assert [v["version"] for v in data["model_versions"]] == [1]
    wrong_words = {w["word"] for w in data["misclassified_words"]}
    assert right == 3 and wrong_words
    # a changed answer counts once
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    for label in ("negative", "positive"):
        app.post_json(
            "/api/feedback", {"review": GOOD, "label": label, "feedback_token": token}, status=201
        )
    assert app.get("/api/stats").json["feedback"] == 5 and data["served_version"] == 1
    page = app.get("/stats")
    assert "Serving version 1" in page.html.find(id="served").get_text()
    for chart in ("chart-per-day", "chart-versions", "chart-words"):
        assert page.html.find(id=chart) is not None, chart
    assert page.html.find(id="chart-per-day").find("title").get_text().endswith("5 feedbacks")
    claim = page.html.find(id="live-accuracy").get_text()
    assert "No audited answers" in claim and "%" not in claim.split("(")[0], claim


def test_stats_escape_words_from_reviews(app, env):
    text = "The </text><script>x</script> acting was wonderful and brilliant!"
    token = app.post_json("/api/predict", {"review": text}).json["feedback_token"]
    app.post_json(
        "/api/feedback", {"review": text, "label": "negative", "feedback_token": token}, status=201
    )
    page = app.get("/stats")
    assert "<script>x" not in page.text and not page.html.find("script")


# WebTest's lint; inventing methods is the point
@pytest.mark.filterwarnings("ignore:Unknown REQUEST_METHOD")
def test_metrics_labels_stay_bounded(app):
    for i in range(20):
        app.request(f"/nowhere-{i}", method=f"FOO{i}", status=404)
    text = app.get("/metrics").text
    assert "FOO" not in text and "nowhere" not in text
    assert (
        metric(text, "sentiment_http_requests_total", route="(none)", method="other", status="404")
        >= 20
    )
    buckets = [
        line
        for line in text.splitlines()
        if line.startswith("sentiment_http_request_duration_seconds_bucket")
        and 'method="other",route="(none)",status="404"' in line
    ]
    assert len(buckets) == len(sentiment.HTTP_SECONDS._upper_bounds), (
        "one series per route, method and status"
    )


def test_metrics_sum_over_workers(env, servers):
    server = servers(env, gunicorn(2))
    answers = []
    # until both workers have answered: one idle worker tends to win accept()
    with ThreadPoolExecutor(8) as pool:
        while len({a[1]["X-Worker-Pid"] for a in answers}) < 2 and len(answers) < 600:
            answers += pool.map(
                lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(40)
            )
    assert len({a[1]["X-Worker-Pid"] for a in answers}) == 2, "both workers answered"
    n = len(answers)
    give_feedback(server.port, GOOD, "negative")
    call(server.port, "GET", "/nowhere")
    text = call(server.port, "GET", "/metrics")[2]
    predict = {"route": "/api/predict", "method": "POST", "status": "200"}
    assert metric(text, "sentiment_http_requests_total", **predict) == n + 1
    assert (
        metric(text, "sentiment_http_requests_total", route="(none)", method="GET", status="404")
        == 1
    )
    assert metric(text, "sentiment_predictions_total", label="positive") == n + 1
    assert metric(text, "sentiment_feedback_total", outcome="incorrect") == 1
    assert (
        metric(text, "sentiment_model_version") == 1
        and metric(text, "sentiment_feedback_applied_upto") == 1
    )
    count = metric(text, "sentiment_http_request_duration_seconds_count", **predict)
    inf = metric(text, "sentiment_http_request_duration_seconds_bucket", le="+Inf", **predict)
    assert count == inf == n + 1
    buckets = [
        metric(text, "sentiment_http_request_duration_seconds_bucket", le=le, **predict)
        for le in re.findall(
            r'_bucket\{le="([^"]+)",method="POST",route="/api/predict",status="200"', text
        )
    ]
    assert len(buckets) == len(sentiment.HTTP_SECONDS._upper_bounds) and buckets == sorted(
        buckets
    ), "cumulative"


# -- learning you can trust: keys, review, poisoning ---------------------------------


def make_key(env, role, name):
    key = sentiment.new_key()
    sentiment.FeedbackLog(sentiment.SQLite(str(env["db"]))).keys.add(
        name, role, sentiment.key_digest(key)
    )
    return key


def bearer(key):
    return {"Authorization": f"Bearer {key}"}


def test_keys_command_line_shows_a_key_once_and_stores_its_hash(env, capsys):
    sentiment.main(["keys", "add", "--role", "reviewer", "--name", "ann"])
    key = capsys.readouterr().out.strip().splitlines()[-1]
    assert key.startswith("sk-") and len(key) > 40
    with sqlite3.connect(env["db"]) as db:
        stored = db.execute("SELECT name, role, key_sha256 FROM api_keys").fetchall()
    assert stored == [("ann", "reviewer", hashlib.sha256(key.encode()).hexdigest())]
    assert key not in env["db"].read_bytes().decode("latin-1"), "only the hash is kept"
    with pytest.raises(SystemExit, match="live key named 'ann' exists"):
        sentiment.main(["keys", "add", "--role", "admin", "--name", "ann"])
    sentiment.main(["keys", "list"])
    listed = capsys.readouterr().out
    assert "ann" in listed and "reviewer" in listed and key not in listed
    sentiment.main(["keys", "revoke", "ann"])
    with pytest.raises(SystemExit, match="no live key named 'ann'"):
        sentiment.main(["keys", "revoke", "ann"])
    # a name is free again once revoked
    sentiment.main(["keys", "add", "--role", "admin", "--name", "ann"])
    assert capsys.readouterr().out.strip().splitlines()[-1] != key


def test_bearer_keys_roles_and_revocation(app, env):
    reviewer, admin = make_key(env, "reviewer", "rev"), make_key(env, "admin", "adm")
    for headers, status in (
        ({}, 401),
        (bearer("sk-nope"), 401),
        ({"Authorization": "Basic YTpi"}, 401),
        ({"Authorization": "Bearer "}, 401),
        (bearer(reviewer), 200),
        (bearer(admin), 200),
    ):
        res = app.get("/api/review", headers=headers, status=status)
        if status == 401:
            assert res.json["error"] and res.headers["WWW-Authenticate"].startswith("Bearer")
    forget = {"ids": [1]}
    assert (
        "needs an admin key"
        in app.post_json("/api/admin/forget", forget, headers=bearer(reviewer), status=403).json[
            "error"
        ]
    )
    app.post_json("/api/admin/forget", forget, status=401)
    assert app.post_json("/api/admin/forget", forget, headers=bearer(admin)).json == {"excluded": 0}
    # a bad key is refused, not taken as anonymous: nothing is written
    token = app.post_json("/api/predict", {"review": GOOD}).json["feedback_token"]
    app.post_json(
        "/api/feedback",
        {"review": GOOD, "label": "negative", "feedback_token": token},
        headers=bearer("sk-nope"),
        status=401,
    )
    assert rows(env) == []
    sentiment.main(["keys", "revoke", "rev"])
    app.get("/api/review", headers=bearer(reviewer), status=401)
    app.get("/api/review", headers=bearer(admin), status=200)


def test_the_reach_of_a_correction_follows_who_gave_it(env, servers):
    """Over real HTTP, two workers behind a trusted proxy: a stranger's word reaches only the
    stranger."""
    server = servers(env, gunicorn(2))
    server.stop()
    server.env.update(SENTIMENT_TRUSTED_PROXIES="127.0.0.1", SENTIMENT_FEEDBACK_PER_MINUTE="100")
    server.start()
    key = make_key(env, "reviewer", "rev")
    texts, labels = make_corpus(40, seed=61)

    def request(path, body, address, headers=()):
        status, _, answer = raw(
            server.port,
            "POST",
            path,
            {**JSON, "X-Forwarded-For": address, **dict(headers)},
            json.dumps(body).encode(),
        )
        return status, json.loads(answer)

    def correct(text, label, address, headers=()):
        token = request("/api/predict", {"review": text}, address)[1]["feedback_token"]
        status, answer = request(
            "/api/feedback",
            {"review": text, "label": label, "feedback_token": token},
            address,
            headers,
        )
        assert status == 201, answer

    def answers(address):
        return [a for a in request("/api/predict", {"reviews": texts}, address)[1]["predictions"]]

    # both workers catch up with the log: waited for, not slept
    def changed(address, expected, deadline=20):
        until = time.monotonic() + deadline
        while True:
            got = [
                [
                    a["label"] != sentiment.LABELS[label]
                    for a, label in zip(answers(address), labels)
                ]
                for _ in range(4)
            ]  # several requests, so that both workers answer
            if all(g == expected for g in got) or time.monotonic() > until:
                return got[-1]
            time.sleep(0.05)

    assert changed("203.0.113.1", [False] * 40) == [False] * 40, "confident and right, before"
    for text, label in zip(texts, labels):
        correct(text, sentiment.LABELS[1 - label], "203.0.113.1")
    assert changed("203.0.113.1", [True] * 40) == [True] * 40, (
        "the one who said so sees all 40 changed"
    )
    assert changed("198.51.100.2", [False] * 40) == [False] * 40, (
        "another address sees none changed"
    )
    other = answers("198.51.100.2")
    assert all(
        a["source"] == "model" and a["feedback"][sentiment.LABELS[1 - label]] == 1
        for a, label in zip(other, labels)
    ), "but is told that 1 person said otherwise"
    for text, label in zip(texts[:10], labels[:10]):
        correct(text, sentiment.LABELS[1 - label], "192.0.2.50", bearer(key))
    expected = [True] * 10 + [False] * 30
    assert changed("198.51.100.2", expected) == expected, "a reviewer's word reaches everyone"
    assert all(a["answered_by"] == "reviewers" for a in answers("198.51.100.2")[:10])
    for address in ("203.0.113.2", "203.0.113.3"):
        for text, label in zip(texts[10:], labels[10:]):
            correct(text, sentiment.LABELS[1 - label], address)
    assert changed("198.51.100.2", [True] * 40) == [True] * 40, "as do three addresses that agree"
    assert {a["answered_by"] for a in answers("198.51.100.2")[10:]} == {"people"}
    # an anonymous click never overrules a reviewer
    correct(texts[0], sentiment.LABELS[labels[0]], "203.0.113.9")
    assert changed("198.51.100.2", [True] * 40, deadline=2)[0] is True


def test_an_ipv6_client_is_its_network_when_addresses_agree(env, servers):
    """Over real HTTP, two workers behind a trusted proxy: three addresses of one /64 are one
    client, whose word reaches only that /64; three /64s that agree reach everyone."""
    server = servers(env, gunicorn(2))
    server.stop()
    server.env.update(SENTIMENT_TRUSTED_PROXIES="127.0.0.1", SENTIMENT_FEEDBACK_PER_MINUTE="100")
    server.start()
    texts, labels = make_corpus(10, seed=67)

    def request(path, body, address):
        status, _, answer = raw(
            server.port,
            "POST",
            path,
            {**JSON, "X-Forwarded-For": address},
            json.dumps(body).encode(),
        )
        assert status in (200, 201), answer
        return json.loads(answer)

    def correct(address):
        for text, label in zip(texts, labels):
            token = request("/api/predict", {"review": text}, address)["feedback_token"]
            feedback = {
                "review": text,
                "label": sentiment.LABELS[1 - label],
                "feedback_token": token,
            }
            request("/api/feedback", feedback, address)

    def changed(address, expected, deadline=20):
        """What ``address`` is answered, once four answers (both workers) agree on ``expected``."""
        until = time.monotonic() + deadline
        while True:
            got = [
                [
                    a["label"] != sentiment.LABELS[y]
                    for a, y in zip(
                        request("/api/predict", {"reviews": texts}, address)["predictions"], labels
                    )
                ]
                for _ in range(4)
            ]
            if all(g == expected for g in got) or time.monotonic() > until:
                return got[-1]
            time.sleep(0.05)

    for k in ("a", "b", "c"):
        correct(f"2001:db8:7:1::{k}")
    assert changed("2001:db8:7:1::ffff", [True] * 10) == [True] * 10, "the /64 sees its word"
    assert changed("198.51.100.2", [False] * 10, deadline=2) == [False] * 10, (
        "three addresses of one /64 change no bystander's answer"
    )
    assert changed("2001:db8:7:2::1", [False] * 10, deadline=2) == [False] * 10
    for net in ("2001:db8:7:3::1", "2001:db8:7:4::1"):  # with the first /64: three of them
        correct(net)
    assert changed("198.51.100.2", [True] * 10) == [True] * 10, "three /64s that agree do"


def test_anonymous_feedback_takes_a_small_step_and_a_key_a_full_one(app, env):
    key = make_key(env, "reviewer", "rev")
    idx = sentiment.replica().store.load(1)[0].featurizer.indices(GOOD + " Yes.")
    base = weights_now(app)[0]
    assert feedback_as(app, GOOD, "negative").json["status"] == "learned"
    anonymous = weights_now(app)[0]
    feedback_as(app, BAD, "positive", headers=bearer(key))
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT weight, reviewer FROM review_db ORDER BY id").fetchall() == [
            (sentiment.ANONYMOUS_WEIGHT, None),
            (1.0, "rev"),
        ]
    answer = app.post_json("/api/predict", {"review": GOOD}).json
    assert (answer["label"], answer["source"]) == ("negative", "feedback"), (
        "still visible to the person who gave it"
    )
    model, _ = sentiment.FileStore(str(env["model"])).load(1)
    full = model.copy()
    full.learn(GOOD, 0)
    moved, full_move = (
        base[idx].sum() - anonymous[idx].sum(),
        base[idx].sum() - full.coef[idx].sum(),
    )
    assert 0 < moved < full_move / 5, (
        "a small step, in the right direction (the fixture model is sure: logits)"
    )
    model.learn(GOOD, 0, sentiment.ANONYMOUS_WEIGHT)
    model.learn(BAD, 1)
    assert np.array_equal(weights_now(app)[0], model.coef)


def test_reviewed_mode_learns_only_approved_feedback_in_approval_order(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    before = weights_now(app)[0]
    texts = [GOOD, BAD, GOOD + " Truly.", BAD + " Sadly."]
    for text in texts:
        res = feedback_as(app, text, "negative" if text.startswith(GOOD) else "positive")
        assert res.json["status"] == "pending"
    assert np.array_equal(weights_now(app)[0], before), "pending feedback changes nothing"
    stranger = {"REMOTE_ADDR": "198.51.100.3"}
    assert (
        app.post_json("/api/predict", {"review": GOOD}, extra_environ=stranger).json["source"]
        == "model"
    ), "nobody else gets a pending answer"
    assert app.post_json("/api/predict", {"review": GOOD}).json["answered_by"] == "you", (
        "its giver does"
    )
    page = app.post(
        "/thanks",
        {
            "review": GOOD + " Again.",
            "feedback": "incorrect",
            "feedback_token": app.post("/results", {"moviereview": GOOD + " Again."}).html.find(
                "input", {"name": "feedback_token"}
            )["value"],
        },
    )
    assert "waiting for a reviewer" in page.html.find(
        id="pending"
    ).get_text() and not page.html.find(id="answer-now")
    queue = app.get("/api/review", headers=bearer(key)).json
    assert queue["pending_total"] == 5 and [p["label"] for p in queue["pending"]][:2] == [
        "negative",
        "positive",
    ]
    # reject one: the log keeps it, the weights do not change
    assert app.post_json(
        "/api/review", {"ids": [2], "action": "reject"}, headers=bearer(key)
    ).json == {"reject": 1}
    assert np.array_equal(weights_now(app)[0], before)
    # approve 3 before 1, and relabel 4: learned in approval order, the relabelled one with the
    # other label
    app.post_json("/api/review", {"ids": [3], "action": "approve"}, headers=bearer(key))
    app.post_json("/api/review", {"ids": [1, 4], "action": "relabel"}, headers=bearer(key))
    model, _ = sentiment.FileStore(str(env["model"])).load(1)
    for text, label in ((texts[2], 0), (texts[0], 1), (texts[3], 0)):
        model.learn(text, label)
    coef, upto = weights_now(app)
    assert np.array_equal(coef, model.coef) and upto == 8
    assert np.array_equal(replayed(env).model.coef, coef), (
        "a fresh process replays the same approvals"
    )
    with sqlite3.connect(env["db"]) as db:
        assert db.execute(
            "SELECT id, status, reviewer, approves FROM review_db ORDER BY id"
        ).fetchall() == [
            (1, "approved", "rev", None),
            (2, "rejected", "rev", None),
            (3, "approved", "rev", None),
            (4, "approved", "rev", None),
            (5, "pending", None, None),
            (6, "learned", "rev", 3),
            (7, "learned", "rev", 1),
            (8, "learned", "rev", 4),
        ]
    # approving twice, a row that is gone, or a forgotten row: 409, nothing written
    for ids, message in (
        ([1], "not pending: it is approved"),
        ([5, 2], "not pending: it is rejected"),
        ([99], "no feedback row 99"),
        ([5, 5], "chosen twice"),
    ):
        assert (
            message
            in app.post_json(
                "/api/review", {"ids": ids, "action": "approve"}, headers=bearer(key), status=409
            ).json["error"]
        )
    sentiment.main(["forget", "--ids", "5"])
    assert (
        "forgotten"
        in app.post_json(
            "/api/review", {"ids": [5], "action": "approve"}, headers=bearer(key), status=409
        ).json["error"]
    )
    for body in (
        {"ids": [5], "action": "bless"},
        {"ids": [], "action": "approve"},
        {"ids": ["x"], "action": "reject"},
        {"ids": 5, "action": "approve"},
    ):
        app.post_json("/api/review", body, headers=bearer(key), status=400)
    assert len(rows(env)) == 8
    # a key's feedback is learned at once in reviewed mode too
    assert feedback_as(app, BAD, "positive", headers=bearer(key)).json["status"] == "learned"


def test_forgetting_an_approved_row_forgets_its_approval(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    before = weights_now(app)[0]
    feedback_as(app, GOOD, "negative")
    app.post_json("/api/review", {"ids": [1], "action": "approve"}, headers=bearer(key))
    assert not np.array_equal(weights_now(app)[0], before)
    sentiment.main(["forget", "--ids", "1"])
    assert np.array_equal(weights_now(app)[0], before)


def test_sign_in_sessions_and_csrf_on_review_forms(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    for text in (GOOD, BAD):
        feedback_as(app, text, "negative" if text == GOOD else "positive")
    res = app.get("/review", status=401)
    assert res.html.find("a", href="/login") and "Sign in" in res.text
    assert (
        "not valid"
        in app.post("/login", {"key": "sk-wrong"}, status=401)
        .html.find(id="login-error")
        .get_text()
    )
    assert session_of(app, key).headers["Location"].endswith("/review")
    page = app.get("/review")
    csrf = page.html.find("input", {"name": "csrf"})["value"]
    assert [a["id"] for a in page.html.select("article.item")] == ["item-1", "item-2"]
    assert page.html.select("#item-1 mark"), "the review with its explanation highlights"
    # every review action needs the form's CSRF token; without it, nothing is written
    for path, fields in (
        ("/review", {"action": "approve", "id": "1"}),
        ("/review/unsure", {"sample": "1", "label": "positive"}),
        ("/logout", {}),
    ):
        for bad in ("", "0" * 32, "é"):
            app.post(path, {**fields, "csrf": bad}, status=403)
    done = app.post("/review", {"action": "approve", "id": "1", "csrf": csrf}, status=303).follow()
    assert (
        " ".join(done.html.find(id="review-done").get_text().split())
        == "Approved row 1: negative. Undo"
    )
    app.post("/review", [("action", "reject"), ("id", "2"), ("csrf", csrf)], status=303)
    assert [r[0] for r in rows(env)] == [1, 2, 3] and app.post(
        "/review", {"action": "approve", "id": "1", "csrf": csrf}, status=409
    )
    # forged and expired sessions; a session ends with its key
    cookie = app.cookies["sentiment_session"]
    name, issued, mac = cookie.split(".")
    digest = sentiment.key_digest(key)
    for forged in (
        f"{name}.{issued}.{'0' * 64}",
        f"{name}.{int(issued) + 1}.{mac}",
        "YWRt.1.x",
        "é.1.é",
        "a.b",
        sentiment.session_cookie("rev", digest, issued=time.time() - sentiment.SESSION_TTL - 1),
        sentiment.session_cookie("nobody", digest),
    ):
        app.set_cookie("sentiment_session", forged)
        app.get("/review", status=401)
        app.post("/review", {"action": "approve", "id": "1", "csrf": csrf}, status=401)
    app.set_cookie("sentiment_session", cookie)
    assert re.search(
        r"sentiment_session=\"?\"?;.*(Max-Age=0|expires=Thu, 01 Jan 1970)",
        app.post("/logout", {"csrf": csrf}, status=303).headers["Set-Cookie"],
        re.I,
    )
    app.set_cookie("sentiment_session", cookie)
    sentiment.main(["keys", "revoke", "rev"])
    app.get("/review", status=401)
    assert len(rows(env)) == 3
    # behind HTTPS the cookie is Secure too
    key = make_key(env, "reviewer", "rev2")
    assert (
        "Secure"
        in app.post("/login", {"key": key}, headers={"X-Forwarded-Proto": "https"}).headers[
            "Set-Cookie"
        ]
    )


def test_undo_on_the_review_page_brings_back_the_exact_weights(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    before = weights_now(app)[0]
    for text in (GOOD, BAD):
        feedback_as(app, text, "negative" if text == GOOD else "positive")
    session_of(app, key)
    csrf = app.get("/review").html.find("input", {"name": "csrf"})["value"]
    done = app.post(
        "/review", {"action": "approve", "id": "1", "next": "2", "csrf": csrf}, status=303
    )
    assert done.headers["Location"] == "/review?done=approve&rows=1-negative&next=2"
    page = done.follow()
    notice = page.html.find(id="review-done")
    assert notice["role"] == "status" and notice["data-next"] == "item-2", (
        "announced politely; focus goes on"
    )
    assert not np.array_equal(weights_now(app)[0], before), "the approval was learned"
    undo = {i["name"]: i["value"] for i in notice.find_all("input")} | {"action": "undo"}
    undone = app.post("/review", undo, status=303).follow()
    assert "Undone: row 1 is pending again." in undone.html.find(id="review-done").get_text()
    assert np.array_equal(weights_now(app)[0], before), "exactly, as forget does"
    assert [a["id"] for a in undone.html.select("article.item")] == ["item-1", "item-2"], (
        "row 1 waits again"
    )
    app.post("/review", undo, status=409)  # nothing left to undo
    app.post("/review", {"action": "reject", "id": "2", "csrf": csrf}, status=303)
    app.post("/review", {"action": "undo", "id": "2", "csrf": csrf}, status=303)
    # approved again: a new row
    app.post("/review", {"action": "approve", "id": "1", "csrf": csrf}, status=303)
    assert [(r[0], r[5]) for r in rows(env)] == [(1, 0), (2, 0), (3, 2), (4, 0)]


def test_unsure_predictions_are_sampled_for_reviewers(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    # every prediction counts as unsure here
    monkeypatch.setattr(sentiment, "UNSURE", (-0.01, 1.01))
    monkeypatch.setattr(sentiment, "UNSURE_SAMPLE", 5)
    key = make_key(env, "reviewer", "rev")
    texts, _ = make_corpus(8, seed=11)
    app.post_json("/api/predict", {"reviews": texts})
    app.get("/predict/" + urllib.parse.quote(texts[7]))  # already in the sample: kept once
    sample = app.get("/api/review", headers=bearer(key)).json["unsure"]
    assert [s["review"] for s in sample] == texts[:2:-1], "the newest five of a batch"
    app.get("/predict/" + urllib.parse.quote(texts[0]))
    sample = app.get("/api/review", headers=bearer(key)).json["unsure"]
    assert [s["review"] for s in sample] == [texts[0]] + texts[:3:-1], "the oldest leaves"
    session_of(app, key)
    page = app.get("/review")
    assert len(page.html.select("article[id^=sample-]")) == 5
    csrf = page.html.find("input", {"name": "csrf"})["value"]
    app.post(
        "/review/unsure",
        {"sample": str(sample[0]["sample"]), "label": "negative", "csrf": csrf},
        status=303,
    )
    app.post(
        "/review/unsure",
        {"sample": str(sample[0]["sample"]), "label": "negative", "csrf": csrf},
        status=409,
    )
    assert [(r[1], r[2]) for r in rows(env)] == [(texts[0], 0)]
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT status, reviewer, weight FROM review_db").fetchall() == [
            ("learned", "rev", 1.0)
        ]
        assert db.execute("SELECT count(*) FROM unsure").fetchone() == (4,)
    monkeypatch.setenv("SENTIMENT_LEARN", "at-once")  # only reviewed mode keeps a sample
    app.post_json("/api/predict", {"reviews": make_corpus(3, seed=12)[0]})
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT count(*) FROM unsure").fetchone() == (4,)


def test_forget_by_address_or_time_brings_back_the_exact_weights(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_TRUSTED_PROXIES", "192.0.2.10")
    for text, label in zip(*make_corpus(6, seed=21)):
        feedback_as(app, text, sentiment.LABELS[label], address="198.51.100.7")
    clean, upto = weights_now(app)
    attack = [t for t, label in zip(*make_corpus(40, seed=22)) if label == 0]
    for k, text in enumerate(attack):
        feedback_as(app, text, "positive", address=f"203.0.113.{k % 4}")
    assert not np.array_equal(weights_now(app)[0], clean)
    sentiment.main(["forget", "--address"] + [f"203.0.113.{k}" for k in range(4)])
    assert np.array_equal(weights_now(app)[0], clean), (
        "the first request after forget answers from the clean state"
    )
    time.sleep(0.01)
    since = datetime_now()
    for text in attack[:5]:
        feedback_as(app, text, "positive", address="203.0.113.9")
    assert not np.array_equal(weights_now(app)[0], clean)
    sentiment.main(["forget", "--since", since])
    assert np.array_equal(weights_now(app)[0], clean)
    admin = make_key(env, "admin", "adm")
    for text in attack[:3]:
        feedback_as(app, text, "positive", address="203.0.113.10")
    assert app.post_json(
        "/api/admin/forget", {"addresses": ["203.0.113.10"]}, headers=bearer(admin)
    ).json == {"excluded": 3}
    assert np.array_equal(weights_now(app)[0], clean)
    app.post_json("/api/admin/forget", {"since": "yesterday"}, headers=bearer(admin), status=400)
    with pytest.raises(SystemExit, match="not an ISO-8601 time"):
        sentiment.main(["forget", "--since", "yesterday"])
    # fromisoformat alone reads 1111-11-11 11:11:11
    with pytest.raises(SystemExit, match="not an ISO-8601 time"):
        sentiment.main(["forget", "--since", "1" * 50])
    # argparse refuses an id the log could not hold, not an OverflowError
    with pytest.raises(SystemExit):
        sentiment.main(["forget", "--ids", "9" * 30])


def test_forget_since_a_time_within_a_rows_millisecond_forgets_that_row(app, env):
    """The log dates a row by SQLite's clock, to the millisecond: a row logged after a time to the
    microsecond can carry an earlier date, within that millisecond. Since is read to the
    millisecond, so the row is forgotten."""
    feedback_as(app, make_corpus(1, seed=23)[0][0], "positive", address="203.0.113.11")
    with sqlite3.connect(env["db"]) as db:
        (logged,) = db.execute("SELECT date FROM review_db").fetchone()
    stamp = datetime.datetime.fromisoformat(logged)
    assert stamp.microsecond % 1000 == 0, "the log keeps milliseconds"
    later = stamp.replace(microsecond=stamp.microsecond + 400).isoformat()
    assert sentiment.utc_time(later) == logged
    sentiment.main(["forget", "--since", later])
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT excluded FROM review_db").fetchone()[0] == sentiment.FORGOTTEN


def datetime_now():
    return (
        time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        + f".{int(time.time() * 1e6) % 1_000_000:06d}"
    )


def test_admin_rollback_and_promote_over_the_api(app, env, monkeypatch, corpus):
    monkeypatch.setattr(sentiment, "RELOAD_EVERY", 0.0)
    admin, reviewer = make_key(env, "admin", "adm"), make_key(env, "reviewer", "rev")
    flipped = sentiment.train_model(corpus[0], [1 - y for y in corpus[1]], n_bits=16, epochs=5)
    sentiment.FileStore(str(env["model"])).save(flipped, feedback_upto=0, parent=None, excluded=[])
    wait_for(app, 2)
    app.post_json("/api/admin/rollback", {"version": 1}, headers=bearer(reviewer), status=403)
    app.post_json("/api/admin/rollback", {"version": 7}, headers=bearer(admin), status=404)
    for bad in ({"version": "1"}, {"version": True}, {}):
        app.post_json("/api/admin/rollback", bad, headers=bearer(admin), status=400)
    assert app.post_json("/api/admin/rollback", {"version": 1}, headers=bearer(admin)).json == {
        "served_version": 1,
        "pinned": True,
    }
    assert wait_for(app, 1)["pinned"] is True
    assert app.post_json("/api/admin/promote", {}, headers=bearer(admin)).json == {
        "served_version": 2,
        "pinned": False,
    }
    wait_for(app, 2)


def test_no_worker_answers_from_a_forgotten_state(env, servers):
    """Two gunicorn workers: after `forget` returns, every answer is the clean one or a 503,
    never the poisoned."""
    key = make_key(env, "reviewer", "rev")
    server = servers(env, gunicorn(2))
    probe = GOOD + " Probe."

    def answers(n):
        with ThreadPoolExecutor(4) as pool:
            return list(
                pool.map(
                    lambda _: call(server.port, "POST", "/api/predict", {"review": probe}), range(n)
                )
            )

    clean = {a["model_positive"] for s, h, a in answers(40) if s == 200}
    assert len(clean) == 1
    for _ in range(3):
        status, _, answer = call(server.port, "POST", "/api/predict", {"review": GOOD})
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        conn.request(
            "POST",
            "/api/feedback",
            json.dumps(
                {"review": GOOD, "label": "negative", "feedback_token": answer["feedback_token"]}
            ),
            {"Content-Type": "application/json", **bearer(key)},
        )
        assert conn.getresponse().status == 201
        conn.close()
    seen = answers(40)
    # both hold the poisoned state
    while len({h["X-Worker-Pid"] for _, h, _ in seen}) < 2 and len(seen) < 400:
        seen += answers(40)
    poisoned = {a["model_positive"] for s, h, a in seen if s == 200}
    assert (
        len(poisoned) == 1
        and poisoned != clean
        and len({h["X-Worker-Pid"] for _, h, _ in seen}) == 2
    )
    sentiment.main(["forget", "--ids", "1", "2", "3"])
    after = answers(60)
    assert all(s == 503 or a["model_positive"] in clean for s, h, a in after), [
        (s, a) for s, h, a in after if s != 503 and a["model_positive"] not in clean
    ][:3]
    assert sum(s == 200 for s, _, _ in after) >= 30


def test_reviewed_mode_and_revocation_across_workers(env, servers):
    """Pending feedback moves no worker; an approval moves both alike; a revoked key fails on
    both at once."""
    key = make_key(env, "reviewer", "rev")
    server = servers(env, gunicorn(2))
    server.stop()
    server.env["SENTIMENT_LEARN"] = "reviewed"
    server.start()

    def spread(review):
        seen = {}
        with ThreadPoolExecutor(4) as pool:
            while len(seen) < 2:
                for status, headers, answer in pool.map(
                    lambda _: call(server.port, "POST", "/api/predict", {"review": review}),
                    range(16),
                ):
                    assert status == 200
                    seen[headers["X-Worker-Pid"]] = answer["model_positive"]
        return seen

    # not GOOD, whose probability the fixture model rounds to 1.0 before and after
    before = spread(MIXED)
    texts, labels = make_corpus(12, seed=31)
    for text, label in zip(texts, labels):
        status, _, answer = give_feedback(server.port, text, sentiment.LABELS[1 - label])
        assert (status, answer["status"]) == (201, "pending")
    assert spread(MIXED) == before
    body = json.dumps({"ids": list(range(1, 13)), "action": "approve"})
    status, _, answer = raw(
        server.port, "POST", "/api/review", {**JSON, **bearer(key)}, body.encode()
    )
    assert status == 200, answer
    after = spread(MIXED)
    assert len(set(after.values())) == 1 and set(after.values()) != set(before.values())
    assert abs(replayed(env).model.positive(MIXED) - after.popitem()[1]) < 1e-12
    sentiment.main(["keys", "revoke", "rev"])
    time.sleep(1.0)
    statuses = {raw(server.port, "GET", "/api/review", bearer(key))[0] for _ in range(12)}
    assert statuses == {401}


def test_poisoning_is_bounded_in_each_mode(env, monkeypatch, corpus):
    """The attack of `make poison`, on the fixture model: 100 addresses behind a trusted proxy
    flip negatives."""
    monkeypatch.setenv("SENTIMENT_TRUSTED_PROXIES", "192.0.2.10")
    held, held_labels = make_corpus(300, seed=41)
    attack = [t for t, label in zip(*make_corpus(400, seed=42)) if label == 0]

    def accuracy(app):
        answers = app.post_json("/api/predict", {"reviews": held}).json["predictions"]
        return np.mean([(a["model_positive"] >= 0.5) == y for a, y in zip(answers, held_labels)])

    def attacked(mode):
        monkeypatch.setenv("SENTIMENT_LEARN", mode)
        monkeypatch.setattr(sentiment, "_replica", (None, None))
        if env["db"].exists():
            os.remove(env["db"])
        app = webtest.TestApp(sentiment.application, extra_environ={"REMOTE_ADDR": "192.0.2.10"})
        clean = accuracy(app), weights_now(app)[0]
        for k, text in enumerate(attack):
            feedback_as(app, text, "positive", address=f"10.0.{k % 100}.1")
        return app, clean, accuracy(app)

    unbounded = sentiment.FileStore(str(env["model"])).load(1)[0]
    # what one anonymous step did before this bound: a full step of plain AdaGrad
    unbounded.rule = sentiment.AdaGrad().started(unbounded.rule.evidence())
    for text in attack:
        unbounded.learn(text, 1)
    app, (clean, clean_weights), damaged = attacked("at-once")
    damage_before_the_bound = clean - np.mean(
        [(unbounded.positive(t) >= 0.5) == y for t, y in zip(held, held_labels)]
    )
    assert damage_before_the_bound > 0.2, "the attack does real damage without a bound"
    assert clean - damaged < damage_before_the_bound / 2
    sentiment.main(["forget", "--address"] + [f"10.0.{k}.1" for k in range(100)])
    assert np.array_equal(weights_now(app)[0], clean_weights)
    app, (clean, clean_weights), damaged = attacked("reviewed")
    assert damaged == clean and np.array_equal(weights_now(app)[0], clean_weights)
    key = make_key(env, "reviewer", "rev")
    pending = [p["id"] for p in app.get("/api/review", headers=bearer(key)).json["pending"]]
    app.post_json("/api/review", {"ids": pending, "action": "reject"}, headers=bearer(key))
    assert accuracy(app) == clean and np.array_equal(weights_now(app)[0], clean_weights)


# -- several hosts on one PostgreSQL ----------------------------------------------


def pg_rows(url, sql="SELECT id, sentiment, status, excluded FROM review_db ORDER BY id"):
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql).fetchall()


def test_postgres_backend_does_what_sqlite_does(app, env, pg, capsys, monkeypatch):
    """The same flow as the SQLite tests, against PostgreSQL: nothing above the storage layer
    differs."""
    before = weights_now(app)[0]
    assert pg_rows(pg, "SELECT version FROM model_versions") == [(1,)], "model/1 was imported"
    shutil.rmtree(env["model"])  # from now on the database is the only copy
    feedback_as(app, GOOD, "negative")
    feedback_as(app, BAD, "positive")
    res = app.post("/results", {"moviereview": GOOD + " Again."})
    token = res.html.find("input", {"name": "feedback_token"})["value"]
    app.post(
        "/thanks", {"review": GOOD + " Again.", "feedback_token": token, "feedback": "incorrect"}
    )
    # changed
    app.post(
        "/thanks", {"review": GOOD + " Again.", "feedback_token": token, "feedback": "correct"}
    )
    assert app.post_json("/api/predict", {"review": GOOD}).json["source"] == "feedback"
    logged = pg_rows(pg, "SELECT id, sentiment, excluded, supersedes FROM review_db ORDER BY id")
    assert [r[1:3] for r in logged] == [(0, 0), (1, 0), (0, 1), (1, 0)] and logged[3][3] == logged[
        2
    ][0], "the changed answer supersedes the first (a refused insert may leave a gap in the ids)"
    model, _ = sentiment.replica().store.load(1)
    for text, label in ((GOOD, 0), (BAD, 1), (GOOD + " Again.", 1)):
        model.learn(text, label, sentiment.ANONYMOUS_WEIGHT)
    coef, upto = weights_now(app)
    assert np.array_equal(coef, model.coef) and upto == logged[3][0]
    # keys, review, forget and versions, all in the database
    sentiment.main(["keys", "add", "--role", "admin", "--name", "ops"])
    admin = capsys.readouterr().out.strip().splitlines()[-1]
    assert app.get("/api/review", headers=bearer(admin)).json["pending_total"] == 0
    # the audit sample, live accuracy and a client's network, in the database too
    monkeypatch.setenv("SENTIMENT_AUDIT_RATE", "1")
    audited = BAD + " Audited."
    app.post_json("/api/predict", {"review": audited})
    # (the reviews before were drawn at 1%, by a key of this test's own: one may be there too)
    sample = app.get("/api/review", headers=bearer(admin)).json["audit"]
    (item,) = [i for i in sample if i["review"] == audited]
    label = {"audit": item["audit"], "label": "negative"}
    app.post_json("/api/review", label, headers=bearer(admin))
    live = app.get("/api/stats").json["live_accuracy"]
    assert (live["labelled"], live["accuracy"]) == (1, 1.0), live
    assert pg_rows(pg, "SELECT source, network FROM review_db ORDER BY id DESC LIMIT 1") == [
        ("audit", "192.0.2.10")
    ]
    monkeypatch.setenv("SENTIMENT_AUDIT_RATE", "0")
    sentiment.main(["forget", "--ids", str(pg_rows(pg, "SELECT max(id) FROM review_db")[0][0])])
    sentiment.main(["forget", "--ids", "1", "2", str(logged[3][0])])
    deadline = time.monotonic() + 2  # another process's write arrives by NOTIFY, in milliseconds
    while not np.array_equal(weights_now(app)[0], before):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    sentiment.main(["update"])
    assert pg_rows(pg, "SELECT version FROM model_versions ORDER BY version") == [(1,), (2,)]
    assert not (env["model"] / "2").exists(), "versions live in the database only"
    sentiment.main(["rollback", "1"])
    assert pg_rows(pg, "SELECT version FROM served_version") == [(1,)]
    sentiment.main(["versions"])
    assert "<- served (pinned)" in capsys.readouterr().out
    sentiment.main(["export", "--format", "jsonl"])
    assert len(capsys.readouterr().out.splitlines()) == 5
    assert app.get("/metrics").text.count("sentiment_http_requests_total") >= 1


def test_ids_are_gap_safe_under_interleaved_writers(env, pg):
    """Two writers whose transactions interleave, and a reader replaying by id: no committed row
    is skipped."""
    log = sentiment.FeedbackLog(sentiment.Postgres(pg))
    log.db  # the schema
    rng = random.Random(3)
    try:
        gap_safe(log, rng, pg)
    finally:
        log.backend._pool.close()


def test_migrate_upgrades_a_postgresql_log_and_its_versions_once(env, pg):
    import psycopg

    log = sentiment.FeedbackLog(sentiment.Postgres(pg))
    try:
        log.backend.model_store(str(env["model"])).versions()  # imports model/1
        with (
            log.backend.transaction() as db
        ):  # rows as 1.0 left them, and a version without its rule
            db.executemany(
                "INSERT INTO review_db (review, sentiment, date, predicted, probability, "
                "model_version, token, client) VALUES (%s, 0, '2026-01-01', 1, 0.9, 1, %s, %s)",
                [(BAD, "a", "2001:db8:1:2::7"), (MIXED, "unsure.ab12", "192.0.2.1")],
            )
            meta = json.loads(db.execute("SELECT meta FROM model_versions").fetchone()[0])
            meta.pop("learning", None)
            db.execute("UPDATE model_versions SET meta = %s", (json.dumps(meta),))
    finally:
        log.backend.release()
        log.backend._pool.close()
    run = run_cli(env, "migrate", SENTIMENT_DATABASE_URL=pg)
    assert "migrated 1 model versions and 5 values" in run.stdout, run.stdout + run.stderr
    assert pg_rows(
        pg, "SELECT text_key IS NOT NULL, network, source FROM review_db ORDER BY id"
    ) == [
        (True, "2001:db8:1:2::/64", None),
        (True, "192.0.2.1", "unsure"),
    ]
    with psycopg.connect(pg) as db:
        meta = json.loads(db.execute("SELECT meta FROM model_versions").fetchone()[0])
    assert meta["learning"] == sentiment.AdaGrad().params()
    again = run_cli(env, "migrate", SENTIMENT_DATABASE_URL=pg)
    assert "migrated 0 model versions and 0 values" in again.stdout, "once"


def test_a_busy_pool_is_not_a_database_that_is_down(env, pg):
    """With every pooled connection lent out a request waits a second and fails; the next one,
    once a connection is back, gets it at once instead of being refused for a second."""
    log = sentiment.FeedbackLog(sentiment.Postgres(pg))
    try:
        log.db  # the schema
        log.backend.release()
        held = [log.backend._pooled().getconn() for _ in range(16)]
        with pytest.raises(sentiment.StorageError, match="no database connection within 1 s"):
            log.backend.connect()
        log.backend._pooled().putconn(held.pop())
        assert log.backend.connect().execute("SELECT 1").fetchone() == (1,)
        for conn in held:
            log.backend._pooled().putconn(conn)
    finally:
        log.backend._pool.close()


def test_a_connection_the_server_ended_is_replaced_on_checkout(env, pg):
    """After pg_terminate_backend of every backend, the next write succeeds on a fresh
    connection."""
    import psycopg

    log = sentiment.FeedbackLog(sentiment.Postgres(pg))
    try:
        log.add(sentiment.Feedback(GOOD, None, 1, 1, 0.9, 1, "before", "10.0.0.1"), 100)
        log.backend.release()
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            ended = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (pg.rsplit("/", 1)[1],),
            ).fetchall()
        assert ended
        log.add(sentiment.Feedback(BAD, None, 0, 0, 0.9, 1, "after", "10.0.0.1"), 100)
        assert [t for (t,) in pg_rows(pg, "SELECT token FROM review_db ORDER BY id")] == [
            "before",
            "after",
        ]
    finally:
        log.backend._pool.close()


def gap_safe(log, rng, pg):
    written, seen, stop, q = [], [], threading.Event(), log.q

    def writer(n):
        for k in range(60):
            with log.backend.transaction() as db:
                row = db.execute(
                    "INSERT INTO review_db (review, sentiment, date, predicted, probability, "
                    f"model_version, token, client) VALUES ({q}, 1, {q}, 1, 0.9, 1, {q}, 'w') "
                    "RETURNING id",
                    (f"row {n}-{k}", sentiment._now().isoformat(), f"{n}-{k}"),
                ).fetchone()[0]
                # the commit comes later, while the other writer works
                time.sleep(rng.random() * 0.004)
            written.append(row)
        log.backend.release()

    def reader():
        upto = 0
        while not stop.is_set() or upto < max(written, default=0):
            for (row,) in log.db.execute(
                f"SELECT id FROM review_db WHERE id > {q} ORDER BY id", (upto,)
            ).fetchall():
                seen.append(row)
                upto = row
        log.backend.release()

    threads = [threading.Thread(target=writer, args=(n,)) for n in (1, 2)] + [
        threading.Thread(target=reader)
    ]
    for t in threads:
        t.start()
    for t in threads[:2]:
        t.join()
    stop.set()
    threads[2].join(timeout=30)
    assert sorted(written) == seen, "the reader saw every committed row, in id order, once"
    # and a second writer waits for the first to commit: it cannot take a smaller id and commit
    # later
    entered, release = threading.Event(), threading.Event()

    def slow_writer():
        with log.backend.transaction() as db:
            db.execute(
                "INSERT INTO review_db (review, sentiment, date, predicted, probability, "
                "model_version, token, client) VALUES ('slow', 1, '2026', 1, 0.9, 1, 'slow', 'w')"
            )
            entered.set()
            release.wait(10)
        log.backend.release()

    slow = threading.Thread(target=slow_writer)
    slow.start()
    entered.wait(10)
    began = time.monotonic()
    threading.Timer(0.5, release.set).start()
    fast = log.add(sentiment.Feedback("fast", None, 1, 1, 0.9, 1, "fast", "another client"), 100)
    assert time.monotonic() - began >= 0.4, "the second writer waited"
    slow.join()
    assert pg_rows(
        pg, "SELECT token FROM review_db WHERE token IN ('slow', 'fast') ORDER BY id"
    ) == [("slow",), ("fast",)] and fast == max(r[0] for r in pg_rows(pg))


def pg_server(env, servers, pg, models=None, workers=2, data=None):
    """A gunicorn "host" on the shared database, with a data folder (and maybe a model folder) of
    its own."""
    host = dict(env, data=data or env["data"], model=models or env["model"])
    return servers(host, gunicorn(workers))


def two_hosts(env, servers, pg, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "empty").mkdir()
    a = pg_server(env, servers, pg, data=tmp_path / "a")
    b = pg_server(env, servers, pg, data=tmp_path / "b", models=tmp_path / "empty")
    return a, b


@pytest.mark.deploy
def test_two_hosts_on_one_database(env, servers, pg, tmp_path):
    """Two gunicorn hosts, B with an empty model folder: feedback on A shows on B within 1 s,
    alike to 1e-12."""
    a, b = two_hosts(env, servers, pg, tmp_path)
    before = answer_of(b.port, GOOD)
    assert before["model_version"] == 1 and before["source"] == "model"
    status, _, given = give_feedback(a.port, GOOD, "negative")
    assert status == 201
    began, deadline = time.monotonic(), time.monotonic() + 1.0
    while answer_of(b.port, GOOD)["source"] != "feedback":
        assert time.monotonic() < deadline, "host B did not see host A's feedback within 1 s"
        time.sleep(0.02)
    lag = time.monotonic() - began
    assert lag < 1.0
    # a token used on A is used on B too
    token = answer_of(a.port, BAD)["feedback_token"]
    assert (
        call(
            a.port,
            "POST",
            "/api/feedback",
            {"review": BAD, "label": "positive", "feedback_token": token},
        )[0]
        == 201
    )
    assert (
        call(
            b.port,
            "POST",
            "/api/feedback",
            {"review": BAD, "label": "positive", "feedback_token": token},
        )[0]
        == 409
    )
    # 100 concurrent feedbacks spread over both hosts: exactly 100 rows
    texts, labels = make_corpus(100, seed=51)
    jobs = [
        ((a, b)[k % 2].port, text, sentiment.LABELS[label])
        for k, (text, label) in enumerate(zip(texts, labels))
    ]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda job: give_feedback(*job), jobs))
    assert [r[0] for r in results] == [201] * 100
    assert pg_rows(pg, "SELECT count(*) FROM review_db")[0][0] == 102
    # ids may have gaps
    probe, last = GOOD + " Probe.", pg_rows(pg, "SELECT max(id) FROM review_db")[0][0]
    deadline = time.monotonic() + 5
    while True:
        pa, pb = answer_of(a.port, probe), answer_of(b.port, probe)
        if pa["feedback_upto"] == pb["feedback_upto"] == last:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert abs(pa["model_positive"] - pb["model_positive"]) < 1e-12
    assert len(digests_at(last, a.port, b.port)) == 1, "both hosts' workers hold the same state"
    # `update` against the database is served by both
    update = run_cli({"model": tmp_path / "empty", "data": tmp_path}, "update")
    assert update.returncode == 0, update.stderr
    deadline = time.monotonic() + 5
    while {answer_of(h.port, probe)["model_version"] for h in (a, b)} != {2}:
        assert time.monotonic() < deadline, "version 2 not served by both hosts within 5 s"
        time.sleep(0.1)


def test_feedback_lands_on_the_other_host_and_a_killed_host_loses_nothing(
    env, servers, pg, tmp_path
):
    a, b = two_hosts(env, servers, pg, tmp_path)
    acknowledged, stop, threads = feedback_traffic(a.port, seed=61)
    failures = []

    def probe_b():
        while not stop.is_set():
            try:
                if call(b.port, "POST", "/api/predict", {"review": GOOD}, timeout=5)[0] != 200:
                    failures.append("status")
            except OSError as e:
                failures.append(str(e))
            time.sleep(0.01)

    prober = threading.Thread(target=probe_b)
    prober.start()
    time.sleep(1.5)
    a.kill()  # kill -9 of host A's whole gunicorn, mid-traffic
    time.sleep(0.5)
    stop.set()
    for t in threads + [prober]:
        t.join()
    assert len(acknowledged) > 10
    logged = {r[0] for r in pg_rows(pg, "SELECT id FROM review_db")}
    assert set(acknowledged) <= logged, "every 201 is in the database"
    assert failures == [], "host B never stopped answering"


def pg_ctl(*args):
    subprocess.run(
        [
            "runuser",
            "-u",
            "postgres",
            "--",
            os.path.join(os.environ["SENTIMENT_TEST_PGBIN"], "pg_ctl"),
            "-D",
            os.environ["SENTIMENT_TEST_PGDATA"],
            "-w",
            *args,
        ],
        check=True,
        capture_output=True,
    )


def pg_start():
    pg_ctl(
        "start",
        "-o",
        f"-p {urllib.parse.urlsplit(PG_URL).port} -k {os.environ['SENTIMENT_TEST_PGDIR']} "
        "-c listen_addresses=127.0.0.1",
        "-l",
        os.path.join(os.environ["SENTIMENT_TEST_PGDIR"], "log"),
    )


def test_a_host_started_while_the_database_is_down_names_it_logs_once_and_heals(env, servers, pg):
    pg_ctl("stop", "-m", "fast")
    try:
        server = servers(dict(env, data=env["data"], model=env["model"]), gunicorn(2), ready=(503,))
        began = time.monotonic()
        # many requests to both workers, refused, soon with the reason
        while time.monotonic() < began + 5:
            status, _, answer = call(server.port, "POST", "/api/predict", {"review": GOOD})
            assert status == 503, answer
            # the first look at the database takes up to a second
            if time.monotonic() > began + 2.5:
                assert "database cannot be reached" in answer["error"], answer
    finally:
        pg_start()
    deadline = time.monotonic() + 15
    while call(server.port, "POST", "/api/predict", {"review": GOOD})[0] != 200:
        assert time.monotonic() < deadline, "not serving 15 s after the database came back"
        time.sleep(0.1)
    lines = [line for line in open(server.log.name).read().splitlines() if "feedback log" in line]
    assert 1 <= len(lines) <= 8, lines  # once per worker and change of state, not once per request


def test_database_restart_keeps_predictions_and_heals_feedback(env, servers, pg, tmp_path):
    server = pg_server(env, servers, pg)
    assert give_feedback(server.port, GOOD, "negative")[0] == 201
    pids = set()
    # both workers have loaded the model (a worker that has none needs the database)
    while len(pids) < 2:
        pids.add(call(server.port, "POST", "/api/predict", {"review": BAD})[1]["X-Worker-Pid"])
    pg_ctl("stop", "-m", "fast")
    try:
        for _ in range(20):  # predictions go on from the loaded model, and soon
            began = time.monotonic()
            assert call(server.port, "POST", "/api/predict", {"review": BAD})[0] == 200
            assert time.monotonic() - began < 2.0
        status, _, answer = give_feedback(server.port, BAD, "positive")
        assert status == 503 and "could not be saved" in answer["error"]
    finally:
        pg_start()
    deadline = time.monotonic() + 10
    while (status := give_feedback(server.port, BAD, "positive")[0]) != 201:  # no worker restarted
        assert status == 503 and time.monotonic() < deadline
        time.sleep(0.2)
    assert len(pg_rows(pg)) == 2


def test_a_locked_table_is_a_503_after_the_lock_timeout(env, servers, pg):
    import psycopg

    server = servers(
        dict(env, data=env["data"], model=env["model"]),
        gunicorn(2, "-k", "gthread", "--threads", "8"),
    )
    token = answer_of(server.port, GOOD)["feedback_token"]
    pids = set()
    while len(pids) < 2:  # both workers have loaded the model
        pids |= {
            h["X-Worker-Pid"]
            for s, h, a in [call(server.port, "POST", "/api/predict", {"review": BAD})]
        }
    with psycopg.connect(pg) as holder:
        holder.execute("LOCK review_db")  # as VACUUM FULL, ALTER TABLE or REINDEX hold it
        began = time.monotonic()
        status, _, answer = call(
            server.port,
            "POST",
            "/api/feedback",
            {"review": GOOD, "label": "negative", "feedback_token": token},
            timeout=30,
        )
        waited = time.monotonic() - began
        assert status == 503 and waited < 7 and "locked" in answer["error"], (
            status,
            answer,
            waited,
        )
        # Predictions never queue behind the database: with feedbacks waiting out the lock
        # alongside, and after.
        waiting = [
            threading.Thread(
                target=give_feedback, args=(server.port, f"{GOOD} Number {k}.", "negative")
            )
            for k in range(6)
        ]
        for t in waiting:
            t.start()
        slowest, began = 0.0, time.monotonic()
        while any(t.is_alive() for t in waiting) or time.monotonic() - began < 3:
            asked = time.monotonic()
            assert call(server.port, "POST", "/api/predict", {"review": GOOD})[0] == 200
            slowest = max(slowest, time.monotonic() - asked)
        for t in waiting:
            t.join()
        assert slowest < 1.0, f"a prediction took {slowest:.2f} s behind the locked table"
        began = time.monotonic()
        for _ in range(20):  # a read that gave up after 0.2 s is not tried again by every request
            assert call(server.port, "POST", "/api/predict", {"review": GOOD})[0] == 200
        assert time.monotonic() - began < 2.0, "20 predictions each waited for the lock"
    deadline = time.monotonic() + 10  # the log is tried again within a second of the lock's end
    while (status := give_feedback(server.port, GOOD, "negative")[0]) != 201:
        assert status == 503 and time.monotonic() < deadline
        time.sleep(0.1)


@pytest.mark.parametrize(
    "url, message",
    [
        ("postgres://", "must look like postgresql://"),
        ("postgresql://host:port/db", "must look like postgresql://"),
        (
            "postgresql://sentiment_test:wrong@127.0.0.1:{port}/postgres",
            "password authentication failed",
        ),
        (
            "postgresql://sentiment_test:sentiment_test@127.0.0.1:{port}/no_such_db",
            "does not exist",
        ),
    ],
)
def test_bad_database_settings_are_one_line(env, url, message):
    if "{port}" in url and not PG_URL:
        pytest.skip("needs the test PostgreSQL server (SENTIMENT_TEST_DATABASE_URL)")
    url = url.format(port=urllib.parse.urlsplit(PG_URL or "postgresql://x:1/y").port)
    out = run_cli(env, "--port", free_port(), timeout=60, SENTIMENT_DATABASE_URL=url)
    assert out.returncode != 0 and message in out.stderr and "Traceback" not in out.stderr
    assert len([line for line in out.stderr.splitlines() if line.startswith("error:")]) == 1
    assert "wrong" not in out.stderr and "sentiment_test:" not in out.stderr, (
        "no password in the message"
    )


def test_a_wrong_database_url_under_wsgi_refuses_instead_of_learning_alone(
    app, env, monkeypatch, caplog
):
    """Under a WSGI server a bad URL cannot stop the start; the host must still not fall back to
    its own log."""
    monkeypatch.setenv("SENTIMENT_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/nowhere")
    res = app.post_json("/api/predict", {"review": GOOD}, status=503)
    assert res.json["error"] and "Traceback" not in res.text
    assert not env["db"].exists(), "no SQLite log of its own"
    logs = [sentiment._replica[1].log]
    monkeypatch.setenv("SENTIMENT_DATABASE_URL", "postgresql://host:port/db")
    monkeypatch.setattr(sentiment, "_replica", (None, None))
    app.post_json("/api/predict", {"review": GOOD}, status=503)
    assert not env["db"].exists()
    for log in logs + [sentiment._replica[1].log]:
        if log.backend._pool is not None:
            log.backend._pool.close()  # it would go on trying to connect


# -- a real browser: Debian's Chromium through Playwright --------------------------------

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = os.path.join(HERE, "e2e-artifacts")


def need_chromium():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium for this test")
        pytest.skip(
            f"no browser at {CHROMIUM}: install it with `apt-get install chromium chromium-driver` "
            "(make e2e does) to run the end-to-end test"
        )


def chromium(playwright):
    """Debian's Chromium, headless, with nothing that reaches for the network: this machine has
    none."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
        ],
    )


@pytest.mark.e2e
def test_browser_flow(tmp_path, servers):
    need_chromium()
    from playwright.sync_api import sync_playwright

    env = {"model": os.path.join(HERE, "model"), "data": tmp_path / "data"}
    env["data"].mkdir()
    server = servers(
        env, [sys.executable, os.path.join(HERE, "sentiment.py"), "serve", "--port", "{port}"]
    )
    base = f"http://127.0.0.1:{server.port}"
    os.makedirs(ARTIFACTS, exist_ok=True)
    review = (
        "I expected a lot from this film and it was not good at all. The plot was boring, "
        "the dialogue was awful, and I nearly walked out before the end."
    )
    problems = []
    with sync_playwright() as p:
        browser = chromium(p)
        try:
            for run, (scheme, width) in enumerate(
                (("light", 1000), ("dark", 1000), ("light", 360))
            ):
                context = browser.new_context(
                    color_scheme=scheme, viewport={"width": width, "height": 900}
                )
                page = context.new_page()
                page.on(
                    "console", lambda m: m.type == "error" and problems.append(f"console: {m.text}")
                )
                page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
                page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
                page.goto(base + "/")
                # each run a review of its own
                text = review + " " * run + ["", " Truly.", " Sadly."][run]
                page.fill("#moviereview", text)
                assert page.inner_text("#moviereview-count") == (
                    f"Now {len(text.strip())} characters, 0 of them Chinese or Japanese."
                )
                shot = f"{scheme}-{width}"
                page.screenshot(path=os.path.join(ARTIFACTS, f"form-{shot}.png"), full_page=True)
                page.keyboard.press("Control+Enter")  # submits, as the form says
                page.wait_for_url(base + "/results")
                assert (
                    page.locator("button[value=incorrect]").is_visible()
                    and page.locator("button[value=incorrect]").bounding_box()["y"] < 900
                ), "the buttons come before the review"
                page.focus("#word-scores summary")
                page.keyboard.press("Enter")  # the word scores, by keyboard
                assert (
                    page.locator("#word-scores li").count()
                    == page.locator("#review mark").count()
                    >= 3
                )
                assert "negative" in page.inner_text("#verdict").lower()
                assert page.locator("#review mark[class^=n]").count() >= 3
                assert page.inner_text("#review") == text.strip()
                page.screenshot(path=os.path.join(ARTIFACTS, f"results-{shot}.png"), full_page=True)
                page.click("button[value=incorrect]")
                assert "Thank you" in page.inner_text("h1"), page.inner_text("main")
                assert "the service answers positive for this review" in page.inner_text(
                    "#answer-now"
                )
                page.screenshot(path=os.path.join(ARTIFACTS, f"thanks-{shot}.png"), full_page=True)
                # changing your mind: the thanks page's button (Back finds no copy: no-store)
                if run == 0:
                    page.click("form.change button")
                    assert "the service answers negative for this review" in page.inner_text(
                        "#answer-now"
                    )
                elif run == 1:  # and then the page answers with the changed label
                    page.click("form.change button")
                    assert "the service answers negative for this review" in page.inner_text(
                        "#answer-now"
                    )
                    page.goto(base + "/")
                    page.fill("#moviereview", text)
                    page.click("button[type=submit]")
                    assert page.inner_text("#verdict") == "Negative, from your answer"
                if run == 2:  # an Unsure verdict asks which it is, and logs the button pressed
                    page.goto(base + "/")
                    page.fill("#moviereview", UNSURE_REVIEW)
                    page.click("button[type=submit]")
                    assert page.inner_text("#verdict").startswith("Unsure")
                    assert page.locator("form[action='/thanks'] button").all_inner_texts() == [
                        "Positive",
                        "Negative",
                    ]
                    page.click("button[value=negative]")
                    assert "answers negative for this review to you" in page.inner_text(
                        "#answer-now"
                    )
                page.goto(base + "/batch")
                page.fill(
                    "#reviews",
                    "\n".join(
                        [
                            text,
                            "too short",
                            "A wonderful, moving film. I loved it.",
                            "Brilliant acting, a superb script and a gripping story.",
                        ]
                    ),
                )
                page.click("button[type=submit]:not([formaction])")
                assert page.inner_text("#batch-results") == "3 classified, 1 refused"
                page.click("th button[data-key=confidence]")
                shown = [
                    float(c)
                    for c in page.locator("#batch-table tbody tr").evaluate_all(
                        "rows => rows.map(r => r.dataset.confidence).filter(c => c !== '~')"
                    )
                ]
                assert shown == sorted(shown), "sorted by confidence"
                page.screenshot(path=os.path.join(ARTIFACTS, f"batch-{shot}.png"), full_page=True)
                page.goto(base + "/stats")
                feedbacks = int(page.inner_text("#feedback-count").split()[0])
                page.screenshot(path=os.path.join(ARTIFACTS, f"stats-{shot}.png"), full_page=True)
                context.close()
            # and a review in Chinese
            context = browser.new_context(viewport={"width": 1000, "height": 900})
            page = context.new_page()
            page.goto(base + "/")
            page.fill("#moviereview", ZH_GOOD)
            page.click("button[type=submit]")
            assert page.inner_text("#verdict").startswith("Positive")
            marks = page.locator("#review mark").all_inner_texts()
            words = {ZH_GOOD[a:b] for a, b in sentiment.CHINESE_WORDS.spans(ZH_GOOD)}
            assert len(marks) >= 3 and set(marks) <= words and max(map(len, marks)) > 1, (
                "words marked, as jieba reads them"
            )
            assert page.inner_text("#review") == ZH_GOOD
            page.screenshot(path=os.path.join(ARTIFACTS, "results-chinese.png"), full_page=True)
            context.close()
        finally:
            browser.close()
    assert feedbacks == 4, "each answer in force counted once: a changed one replaces the first"
    logged = rows({"db": env["data"] / "reviews.sqlite"})
    assert [(r[2], r[5]) for r in logged] == [(1, 1), (0, 0), (1, 1), (0, 0), (1, 0), (0, 0)], (
        "changed answers supersede; the Unsure review has the label pressed"
    )
    assert problems == []


AXE = os.path.join(HERE, ".venv", "axe", "node_modules", "axe-core", "axe.min.js")


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_every_page_reads_in_the_browsers_language_and_axe_finds_no_violation(
    tmp_path, servers, lang
):
    need_chromium()
    if not os.path.exists(AXE):
        if os.environ.get("CI"):
            pytest.fail(f"{AXE} is missing: make e2e installs axe-core from npm")
        pytest.skip("axe-core is missing: make e2e installs it (npm install axe-core)")
    from playwright.sync_api import sync_playwright

    env = {"model": os.path.join(HERE, "model"), "data": tmp_path / "data"}
    env["data"].mkdir()
    env["db"] = env["data"] / "reviews.sqlite"
    server = servers(
        env, [sys.executable, os.path.join(HERE, "sentiment.py"), "serve", "--port", "{port}"]
    )
    base = f"http://127.0.0.1:{server.port}"
    key = make_key(env, "reviewer", "ann")
    give_feedback(
        server.port, "Dull, slow and far too long; I nearly left before the end.", "positive"
    )
    os.makedirs(ARTIFACTS, exist_ok=True)
    english = [w for w in page_wordings() if len(w) > 12 and "{" not in w and "<" not in w]
    found = {}
    with sync_playwright() as p:
        browser = chromium(p)
        try:
            # axe is injected into pages whose CSP admits only our own scripts
            context = browser.new_context(
                locale=lang, bypass_csp=True, viewport={"width": 1000, "height": 900}
            )
            page = context.new_page()

            def check(name):
                assert page.get_attribute("html", "lang") == lang, name
                page.add_script_tag(path=AXE)
                found[name] = page.evaluate(
                    "async () => (await axe.run(document, {resultTypes: ['violations']}))"
                    ".violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' '))"
                )
                if lang != "en":  # no English wording of the pages is left in the Chinese ones
                    text = page.inner_text("body")
                    found[name] += [f"English: {w}" for w in english if w in text]
                page.screenshot(path=os.path.join(ARTIFACTS, f"{name}-{lang}.png"), full_page=True)

            page.goto(base + "/")
            check("form")
            page.fill("#moviereview", ZH_GOOD if lang != "en" else UNSURE_REVIEW)
            page.click("#moviereview ~ button[type=submit]")
            check("results")
            page.click("button[value=positive], button[value=correct]")
            check("thanks")
            page.goto(base + "/batch")
            page.fill("#reviews", f"{ZH_GOOD}\n差\n{UNSURE_REVIEW}")
            page.click("button[type=submit]:not([formaction])")
            check("batch")
            for path in ("/stats", "/model", "/no-such-page", "/login"):
                page.goto(base + path)
                check(path.strip("/"))
            page.fill("#key", key)
            page.keyboard.press("Enter")
            page.wait_for_url(base + "/review")
            check("review")
            context.close()
        finally:
            browser.close()
    assert {name: v for name, v in found.items() if v} == {}


def page_wordings():
    """Every wording the pages and their messages pass to ``_`` or Message, as written."""
    found = set()
    for path in glob.glob(os.path.join(HERE, "views", "*.tpl")):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r'\b_\(\s*("(?:[^"\\]|\\.)*")', f.read()):
                found.add(ast.literal_eval(m.group(1)))
    with open(os.path.join(HERE, "sentiment.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Message", "_"):
            if node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


# the committed model is unsure of it: 0.51 on model/1
UNSURE_REVIEW = "I have mixed feelings about this one."


@pytest.mark.e2e
def test_browser_review_page_by_keyboard(tmp_path, servers, monkeypatch):
    need_chromium()
    from playwright.sync_api import sync_playwright

    from playwright.sync_api import expect

    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    env = {
        "model": os.path.join(HERE, "model"),
        "data": tmp_path / "data",
        "db": tmp_path / "data" / "reviews.sqlite",
    }
    env["data"].mkdir()
    server = servers(
        env, [sys.executable, os.path.join(HERE, "sentiment.py"), "serve", "--port", "{port}"]
    )
    base = f"http://127.0.0.1:{server.port}"
    key = make_key(env, "reviewer", "ann")
    reviews = [
        "A wonderful film, moving and funny, with a superb cast.",
        "Dull, slow and far too long; I nearly left before the end.",
        "The best thing I have seen this year, a gripping story.",
    ]
    for text, label in zip(reviews, ("negative", "negative", "positive")):
        status, _, answer = give_feedback(server.port, text, label)
        assert (status, answer["status"]) == (201, "pending")
    call(server.port, "POST", "/api/predict", {"review": UNSURE_REVIEW})
    os.makedirs(ARTIFACTS, exist_ok=True)
    problems = []
    with sync_playwright() as p:
        browser = chromium(p)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            assert page.goto(base + "/review").status == 401
            assert page.locator("a[href='/login']").count() >= 1, "the 401 page offers to sign in"
            page.on(
                "console", lambda m: m.type == "error" and problems.append(f"console: {m.text}")
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.goto(base + "/login")
            page.fill("#key", key)
            page.keyboard.press("Enter")
            page.wait_for_url(base + "/review")
            # the person disagreed with the model on rows 1 and 2: they come first
            assert page.locator("article[id^=item-]").evaluate_all("a => a.map(x => x.id)") == [
                "item-1",
                "item-2",
                "item-3",
            ]
            assert page.locator("#item-1 mark").count() >= 2
            page.screenshot(path=os.path.join(ARTIFACTS, "review.png"), full_page=True)
            page.keyboard.press("j")
            assert page.evaluate("document.activeElement.id") == "item-1"
            page.keyboard.press("j")
            assert page.evaluate("document.activeElement.id") == "item-2"
            page.keyboard.press("k")
            page.keyboard.press("a")  # approve row 1
            expect(page.locator("#review-done")).to_contain_text("Approved row 1: negative.")
            assert page.evaluate("document.activeElement.id") == "item-2", (
                "the focus stays on the next row"
            )
            page.keyboard.press("u")  # undo it, by keyboard
            expect(page.locator("#review-done")).to_contain_text("Undone: row 1 is pending again.")
            assert page.locator("article[id^=item-]").count() == 3
            assert page.evaluate("document.activeElement.id") == "item-1", "back on the row undone"
            page.keyboard.press("a")  # approve row 1 again
            expect(page.locator("#review-done")).to_contain_text("Approved row 1: negative.")
            page.keyboard.press("r")  # reject row 2, where the focus went
            expect(page.locator("#review-done")).to_contain_text("Rejected row 2: negative.")
            page.keyboard.press("l")  # relabel row 3
            expect(page.locator("#review-done")).to_contain_text(
                "Relabelled and approved row 3: negative."
            )
            assert page.locator("#nothing-pending").is_visible()
            assert page.locator("article[id^=sample-]").count() >= 1, (
                "the unsure prediction waits for a label"
            )
            page.click("article[id^=sample-] button[value=negative]")
            expect(page.locator("#review-done")).to_have_text("Labelled: 1.")
        finally:
            browser.close()
    with sqlite3.connect(env["db"]) as db:
        assert db.execute(
            "SELECT id, status, sentiment, approves FROM review_db ORDER BY id"
        ).fetchall() == [
            (1, "approved", 0, None),
            (2, "rejected", 0, None),
            (3, "approved", 1, None),
            (4, "learned", 0, 1),
            (5, "learned", 0, 1),
            (6, "learned", 0, 3),
            (7, "learned", 0, None),
        ]
    assert problems == []


# -- deployment: the same smoke flow under every server (make deploy-test) ---------------


def smoke(port):
    """The flow every deployment must serve; returns the ids of the feedback it logged."""
    status, headers, form = call(port, "GET", "/")
    assert status == 200 and 'name="moviereview"' in form
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    status, page = post_form(
        port, "/results", {"moviereview": "A wonderful film: brilliant acting, I loved it."}
    )
    assert status == 200 and "positive" in page
    token = re.search(r'name="feedback_token" value="([^"]+)"', page).group(1)
    status, page = post_form(
        port,
        "/thanks",
        {
            "review": "A wonderful film: brilliant acting, I loved it.",
            "feedback_token": token,
            "feedback": "correct",
        },
    )
    assert status == 200 and "Thank you" in page, page
    status, _, answer = call(
        port, "POST", "/api/predict", {"review": "Dull, boring and far too long. Awful."}
    )
    assert status == 200 and answer["label"] == "negative"
    status, _, created = call(
        port,
        "POST",
        "/api/feedback",
        {
            "review": "Dull, boring and far too long. Awful.",
            "label": "negative",
            "feedback_token": answer["feedback_token"],
        },
    )
    assert status == 201, created
    assert call(port, "GET", "/healthz")[2]["status"] == "ok"
    status, _, error = call(port, "POST", "/api/predict", {"review": 42})
    assert status == 400 and error == {"error": "'review' must be a string."}
    status, _, page = call(port, "GET", "/nowhere")
    assert status == 404 and "Traceback" not in page and "bottle.py" not in page
    return created["id"]


def logged(data_dir):
    with sqlite3.connect(os.path.join(data_dir, "reviews.sqlite")) as db:
        return [r[0] for r in db.execute("SELECT id FROM review_db ORDER BY id")]


@pytest.mark.deploy
def test_deploy_waitress(env, servers):
    server = servers(env, [sys.executable, os.path.join(HERE, "sentiment.py"), "--port", "{port}"])
    smoke(server.port)
    texts, labels = make_corpus(20, seed=31)
    with ThreadPoolExecutor(20) as pool:
        results = list(
            pool.map(
                lambda job: give_feedback(server.port, *job),
                zip(texts, [sentiment.LABELS[y] for y in labels]),
            )
        )
    assert [r[0] for r in results] == [201] * 20
    assert logged(env["data"]) == list(range(1, 23))
    log = open(server.log.name).read()
    assert "waitress serving sentiment on http://127.0.0.1:" in log


@pytest.mark.deploy
@pytest.mark.parametrize(
    "options",
    [[], ["--preload"], ["-k", "gthread", "--threads", "4"]],
    ids=["sync", "preload", "gthread"],
)
def test_deploy_gunicorn(env, servers, options):
    server = servers(env, gunicorn(2, *options))
    smoke(server.port)
    assert logged(env["data"]) == [1, 2]


@pytest.mark.deploy
def test_gunicorn_sigterm_loses_no_acknowledged_feedback(env, servers):
    server = servers(env, gunicorn(2))
    acknowledged, stop, threads = feedback_traffic(server.port, seed=200)
    while len(acknowledged) < 30:
        time.sleep(0.01)
    os.kill(server.proc.pid, signal.SIGTERM)  # the master: graceful shutdown of the workers
    assert server.proc.wait(30) == 0
    stop.set()
    for t in threads:
        t.join()
    assert set(acknowledged) <= set(logged(env["data"]))


@pytest.mark.deploy
def test_deploy_apache_mod_wsgi(servers):
    express = os.path.join(BIN, "mod_wsgi-express")
    if not os.path.exists(express):
        if os.environ.get("CI"):
            pytest.fail("mod_wsgi-express is missing: make deploy-test installs it")
        pytest.skip("mod_wsgi is not installed: `make deploy-test` installs Apache and mod_wsgi")
    # outside pytest's private tmp, so Apache's user can enter
    root = tempfile.mkdtemp(prefix="sentiment-apache-")
    try:
        os.chmod(root, 0o755)
        data = os.path.join(root, "data")
        os.mkdir(data)
        user = []
        if os.geteuid() == 0:  # Apache will not run as root
            nobody = pwd.getpwnam("nobody")
            os.chown(data, nobody.pw_uid, nobody.pw_gid)
            user = ["--user", "nobody", "--group", "nogroup"]
        envvars = os.path.join(root, "envvars")
        with open(envvars, "w") as f:
            f.write(
                f"export SENTIMENT_DATA_DIR={data}\n"
                f"export SENTIMENT_MODEL_DIR={os.path.join(HERE, 'model')}\n"
                "export SENTIMENT_TEST=1\n"
            )
        server = servers(
            {"model": os.path.join(HERE, "model"), "data": data},
            [
                express,
                "start-server",
                "--application-type",
                "module",
                "--entry-point",
                "sentiment",
                "--python-path",
                HERE,
                "--host",
                "127.0.0.1",
                "--port",
                "{port}",
                "--processes",
                "2",
                "--threads",
                "5",
                "--server-root",
                os.path.join(root, "httpd"),
                "--working-directory",
                root,
                "--envvars-script",
                envvars,
                "--limit-request-body",
                str(sentiment.MAX_BODY),
                "--log-to-terminal",
                *user,
            ],
        )
        smoke(server.port)
        assert logged(data) == [1, 2], "feedback rows are written by Apache's user"
        check_hostile(
            server.port,
            sentiment.FeedbackLog(sentiment.SQLite(os.path.join(data, "reviews.sqlite"))),
        )
        answers = []
        while len({a[1]["X-Worker-Pid"] for a in answers}) < 2 and len(answers) < 400:
            with ThreadPoolExecutor(10) as pool:
                answers += pool.map(
                    lambda _: call(server.port, "POST", "/api/predict", {"review": GOOD}), range(20)
                )
        assert len({a[1]["X-Worker-Pid"] for a in answers}) == 2, (
            "both Apache daemon processes answered"
        )
        assert len({a[2]["positive"] for a in answers}) == 1, (
            "and they agree, having applied the same feedback"
        )
        server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


NGINX_SITE = """
limit_req_zone $binary_remote_addr zone=feedback:10m rate=30r/m;

server {
    listen 127.0.0.1:%(port)d;
    client_max_body_size 4m;
    client_body_timeout 10s;

    location ~ ^/(thanks|api/feedback)$ {
        limit_req zone=feedback burst=10 nodelay;
        proxy_pass http://127.0.0.1:%(upstream)d;
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $remote_addr;
    }
    location / {
        proxy_pass http://127.0.0.1:%(upstream)d;
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $remote_addr;
    }
}
"""


def slow_bodies(port, count):
    """Connections that send a POST's headers and then its body one byte a second; close them
    when done."""
    socks = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(
            b"POST /api/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n{"
        )
        socks.append(sock)
    return socks


def probes(port, seconds):
    """How many /healthz probes, one every 0.2 s with a 2 s timeout, failed over ``seconds``."""
    failed, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            failed += call(port, "GET", "/healthz", timeout=2)[0] != 200
        except (OSError, http.client.HTTPException):
            failed += 1
        time.sleep(0.2)
    return failed


@pytest.mark.deploy
def test_nginx_in_front_of_gunicorn_sync_recipe(env, servers, tmp_path):
    """The README's nginx recipe, for real: the smoke flow through it, and slow bodies that stall
    bare gunicorn."""
    gunicorn_server = servers(env, gunicorn(2))
    port = free_port()
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        "user root;\nworker_processes 1;\ndaemon off;\npid %s/nginx.pid;\nerror_log %s/error.log;\n"
        "events {}\nhttp {\naccess_log off;\nclient_body_temp_path %s;\nproxy_temp_path %s;\n%s}\n"
        % (
            tmp_path,
            tmp_path,
            tmp_path / "body",
            tmp_path / "proxy",
            NGINX_SITE % {"port": port, "upstream": gunicorn_server.port},
        )
    )
    nginx = subprocess.Popen(
        ["/usr/sbin/nginx", "-c", str(conf), "-p", str(tmp_path)], start_new_session=True
    )
    try:
        for _ in range(100):
            try:
                if call(port, "GET", "/healthz", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        smoke(port)  # Host $http_host keeps the port, so the Origin check lets real users through
        held = slow_bodies(port, 4)
        try:
            assert probes(port, 5) == 0, "nginx buffers slow bodies: gunicorn never waits on them"
        finally:
            for sock in held:
                sock.close()
        held = slow_bodies(gunicorn_server.port, 2)
        try:
            assert probes(gunicorn_server.port, 3) > 0, (
                "bare gunicorn sync: two slow bodies hold both workers"
            )
        finally:
            for sock in held:
                sock.close()
    finally:
        os.killpg(nginx.pid, signal.SIGTERM)
        nginx.wait(timeout=30)


def test_pinned_version_and_versions_listing(app, env, monkeypatch, capsys, corpus):
    flipped = sentiment.train_model(corpus[0], [1 - y for y in corpus[1]], n_bits=16, epochs=5)
    sentiment.FileStore(str(env["model"])).save(
        flipped, feedback_upto=0, parent=None, excluded=[], dev_accuracy=0.5
    )
    assert app.get("/healthz").json["model_version"] == 2, "the newest valid version is served"
    monkeypatch.setenv("SENTIMENT_MODEL_VERSION", "1")
    sentiment._replica = (None, None)
    assert app.get("/healthz").json["model_version"] == 1
    status = app.get("/api/model").json
    assert status["pinned"] is True and status["served_version"] == 1
    assert [(v["version"], v["state"]) for v in status["model_version_status"]] == [
        (1, "AVAILABLE"),
        (2, "END"),
    ]
    sentiment.main(["versions"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "version",
        "created",
        "dev",
        "acc",
        "feedback",
        "acc",
        "feedback_upto",
        "parent",
    ]
    assert out[1].split()[0] == "1" and out[1].endswith("<- served (pinned)")
    assert out[2].split()[0] == "2" and "0.5000" in out[2] and "served" not in out[2]


def test_colours_meet_wcag_aa_contrast():
    """Every text colour on every background it is used on, light and dark, at least 4.5:1."""
    css = open(os.path.join(HERE, "views", "layout.tpl")).read()
    light = dict(re.findall(r"--([\w-]+):\s*([^;]+);", css.split("@media")[0]))
    dark = {
        **light,
        **dict(
            re.findall(
                r"--([\w-]+):\s*([^;]+);", css.split("prefers-color-scheme: dark")[1].split("}")[0]
            )
        ),
    }
    alphas = dict(
        re.findall(r"mark\.([pn]\d) \{ background: rgba\(var\(--\w+-bg\), ([\d.]+)\)", css)
    )
    assert len(alphas) == 8

    def rgb(value):
        value = value.strip()
        if value.startswith("#"):
            value = value if len(value) == 7 else "#" + "".join(ch * 2 for ch in value[1:])
            return [int(value[i : i + 2], 16) for i in (1, 3, 5)]
        return [int(v) for v in value.split(",")]

    def luminance(c):
        c = [v / 255 for v in c]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    def contrast(a, b):
        la, lb = sorted((luminance(a), luminance(b)), reverse=True)
        return (la + 0.05) / (lb + 0.05)

    for name, theme in (("light", light), ("dark", dark)):
        c = {k: rgb(v) for k, v in theme.items()}
        pairs = [
            ("fg", "bg"),
            ("muted", "bg"),
            ("accent", "bg"),
            ("pos", "bg"),
            ("neg", "bg"),
            ("fg", "card"),
            ("muted", "card"),
            ("accent", "card"),
            ("accent-fg", "accent"),
        ]
        for text, back in pairs:
            assert contrast(c[text], c[back]) >= 4.5, (name, text, back)
        for level, alpha in alphas.items():
            tint = c["pos-bg" if level[0] == "p" else "neg-bg"]
            mixed = [float(alpha) * t + (1 - float(alpha)) * b for t, b in zip(tint, c["card"])]
            assert contrast(c["fg"], mixed) >= 4.5, (
                name,
                level,
                round(contrast(c["fg"], mixed), 2),
            )


def test_train_from_aclimdb_directory_and_evaluate(tmp_path, corpus, capsys, monkeypatch):
    root = tmp_path / "aclImdb"
    for i, (text, label) in enumerate(zip(*corpus)):
        folder = root / "train" / ("pos" if label else "neg")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i}_{8 if label else 2}.txt").write_text(text, encoding="utf-8")
    texts, labels, digest = sentiment.read_labelled(str(root))
    assert sorted(zip(texts, labels)) == sorted(zip(*corpus)) and len(digest) == 64
    out = run_cli(None, "train", root, SENTIMENT_MODEL_DIR=tmp_path / "m")
    assert out.returncode == 0, out.stderr
    assert "vectorizing part 1 of" in out.stderr and "ETA" in out.stderr, "a progress bar"
    assert "dev accuracy" in out.stderr
    data = tmp_path / "labelled.csv"
    with open(data, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["review", "sentiment"])
        w.writerows(zip(*make_corpus(100, seed=77)))
    monkeypatch.setenv("SENTIMENT_MODEL_DIR", str(tmp_path / "m"))
    monkeypatch.setenv("SENTIMENT_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sentiment, "_replica", (None, None))
    sentiment.main(["evaluate", str(data)])
    report = capsys.readouterr().out
    acc = float(re.search(r"accuracy ([\d.]+)\s+n 100", report).group(1))
    tn, fp = map(int, re.search(r"actual neg\s+(\d+)\s+(\d+)", report).groups())
    fn, tp = map(int, re.search(r"actual pos\s+(\d+)\s+(\d+)", report).groups())
    assert tn + fp + fn + tp == 100 and acc == (tn + tp) / 100


# -- many reviews on the page ------------------------------------------------------------


def test_batch_page_classifies_many_and_marks_bad_rows(app, env):
    page = app.get("/batch")
    assert page.html.find("textarea", id="reviews") and page.html.find("input", type="file")
    pasted = "\n".join(
        [GOOD, "too short", BAD, "", '=HYPERLINK("x") but the film was wonderful, brilliant']
    )
    res = app.post("/batch", {"reviews": pasted}, content_type="multipart/form-data")
    rows_ = res.html.find(id="batch-table").find("tbody").find_all("tr")
    assert [r["data-line"] for r in rows_] == ["000000001", "000000002", "000000003", "000000005"]
    assert [r.get("data-label") for r in rows_] == ["positive", "~", "negative", "positive"]
    assert "too short" in rows_[1].get_text() and "refused" in rows_[1]["class"]
    assert res.html.find(id="batch-results").get_text() == "3 classified, 1 refused"
    csp = res.headers["Content-Security-Policy"]
    for script in res.html.find_all("script"):
        digest = base64.b64encode(hashlib.sha256(script.string.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, "each script is admitted by its hash"
    download = app.post("/batch.csv", {"reviews": pasted}, content_type="multipart/form-data")
    assert (
        download.content_type == "text/csv"
        and "attachment" in download.headers["Content-Disposition"]
    )
    table = list(csv.DictReader(download.text.splitlines()))
    assert [r["label"] for r in table] == ["positive", "", "negative", "positive"]
    assert table[3]["review"].startswith("'=HYPERLINK"), "formulas are defused"
    assert rows(env) == [], "nothing is logged"


def test_batch_upload_of_a_csv_and_its_limits(app):
    body = io.StringIO()
    # a cell of two lines
    csv.writer(body).writerows([["id", "review"], [1, GOOD], [2, BAD.replace(", a", ",\na")]])
    res = app.post("/batch", upload_files=[("upload", "reviews.csv", body.getvalue().encode())])
    rows_ = res.html.find(id="batch-table").find("tbody").find_all("tr")
    assert [(r["data-line"], r["data-label"]) for r in rows_] == [
        ("000000002", "positive"),
        ("000000003", "negative"),
    ]
    assert BAD.replace(", a", ",\na") in res.text, (
        "the cell keeps its line break, and is named by its first line"
    )
    many = "\n".join([GOOD] * 1001)
    assert (
        "1,001"
        in app.post(
            "/batch", {"reviews": many}, content_type="multipart/form-data", status=413
        ).text
    )
    app.post("/batch", {"reviews": "a\n" * 900_000}, content_type="multipart/form-data", status=413)
    app.post(
        "/batch",
        upload_files=[
            (
                "upload",
                "wide.csv",
                ("review," + ",".join(["x"] * 200_000) + "\n").encode()
                + b"\n".join([GOOD.replace(",", "").encode()] * 3),
            )
        ],
    )
    # files only here
    app.post("/results", upload_files=[("moviereview", "r.txt", GOOD.encode())], status=413)


# -- files people already have --------------------------------------------------------


@pytest.mark.parametrize(
    "column,words",
    [
        ("sentiment", ("1", "0")),
        ("label", ("positive", "negative")),
        ("label", ("pos", "neg")),
        ("sentiment", ("Positive", "NEG")),
    ],
)
def test_labels_as_people_write_them(tmp_path, column, words):
    path = tmp_path / "reviews.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", column], [GOOD, words[0]], [BAD, words[1]]])
    texts, labels, _ = sentiment.read_labelled(str(path))
    assert texts == [GOOD, BAD] and labels == [1, 0]


def test_file_errors_name_the_line_and_column(tmp_path):
    path = tmp_path / "reviews.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", "label"], [GOOD, "positive"], [BAD, "maybe"]])
    with pytest.raises(SystemExit, match=r"line 3, column 'label': 'maybe' is not a label"):
        sentiment.read_labelled(str(path))
    path.write_text("body,score\nA fine film indeed,1\n", encoding="utf-8")
    with pytest.raises(
        SystemExit, match=r"line 1: needs a header with a review column.*found body, score"
    ):
        sentiment.read_labelled(str(path))


# -- files as people save them: encodings and headers --------------------------------------

ZH_ROWS = [("这个手机很好用，非常满意，推荐购买。", 1), ("质量太差了，非常失望，不会再买。", 0)]


@pytest.mark.parametrize(
    "header,delimiter",
    [
        (("Review", "Label"), ","),
        (("text", "label"), ","),
        (("评论", "标签"), ","),
        (("label", "review"), "\t"),
        (("CONTENT", "Sentiment"), "\t"),
    ],
)
def test_headers_as_people_write_them(env, tmp_path, capsys, header, delimiter):
    path = tmp_path / "mine.csv"
    rows = [(GOOD, 1), (BAD, 0), *ZH_ROWS]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        review_first = header[0].lower() in sentiment.REVIEW_NAMES
        writer.writerows((t, y) if review_first else (y, t) for t, y in rows)
    sentiment.main(["evaluate", str(path)])
    assert confusion_totals(capsys.readouterr().out) == (4, 2, 2), "labels read, no glued ,1"


def confusion_totals(report):
    """(rows, actual negatives, actual positives) that `evaluate` printed."""
    n = int(re.search(r"accuracy [\d.]+\s+n (\d+)", report)[1])
    neg, pos = (
        sum(map(int, re.search(rf"actual {k}\s+(\d+)\s+(\d+)", report).groups()))
        for k in ("neg", "pos")
    )
    return n, neg, pos


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_files_in_the_encodings_excel_saves_are_read(env, tmp_path, capsys, encoding):
    path = tmp_path / f"zh-{encoding}.csv"
    text = "review,label\r\n" + "".join(f"{t},{y}\r\n" for t, y in ZH_ROWS)
    path.write_bytes(text.encode(encoding))
    sentiment.main(["evaluate", str(path)])
    assert confusion_totals(capsys.readouterr().out) == (2, 1, 1)
    app = webtest.TestApp(sentiment.application)
    page = app.post("/batch", upload_files=[("upload", path.name, path.read_bytes())])
    cells = [td.get_text() for td in page.html.select("#batch-table td.review-cell")]
    assert cells == [t for t, _ in ZH_ROWS], encoding
    assert "of 2 labelled reviews" in page.html.find(id="batch-agreement").get_text()


def test_a_file_in_another_encoding_is_refused_naming_the_ones_read(env, tmp_path):
    path = tmp_path / "latin-1.csv"
    path.write_bytes("review,label\nCafé crème, très bon film vraiment,1\n".encode("latin-1"))
    with pytest.raises(SystemExit, match="UTF-8 .*UTF-16 .*GB18030"):
        sentiment.main(["evaluate", str(path)])
    app = webtest.TestApp(sentiment.application)
    page = app.post("/batch", upload_files=[("upload", path.name, path.read_bytes())], status=400)
    assert "GB18030" in page.html.find(class_="error").get_text()
    assert page.html.find("a", href="/batch"), "back to the batch page, not the form"


def test_files_we_write_start_with_a_byte_order_mark(app, env, tmp_path):
    path, out = tmp_path / "in.txt", tmp_path / "out.csv"
    path.write_text("\n".join(t for t, _ in ZH_ROWS), encoding="utf-8")
    sentiment.main(["predict", str(path), "-o", str(out)])
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    with open(out, encoding="utf-8-sig", newline="") as f:
        assert [r["line"] for r in csv.DictReader(f)] == ["1", "2"]
    body = app.post("/batch.csv", {"reviews": "\n".join(t for t, _ in ZH_ROWS)}).body
    assert body.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r["review"] for r in rows] == [t for t, _ in ZH_ROWS]


def test_command_line_errors_are_one_line_and_write_nothing(env, tmp_path):
    held = tmp_path / "held.csv"  # rows that every version holds out: nothing to fit
    texts, labels = make_corpus(200, seed=5)
    with open(held, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["review", "label"], *[(t, y) for t, y in zip(texts, labels) if sentiment.held_out(t)]]
        )
    for argv, message in (
        (["predict", str(tmp_path / "missing.txt")], "missing.txt: No such file or directory"),
        (["evaluate", str(tmp_path)], f"{tmp_path}: Is a directory"),
        (["train", str(tmp_path / "missing.csv")], "missing.csv: No such file or directory"),
        (["train", str(held)], "every row is held out; add rows"),
    ):
        with pytest.raises(SystemExit, match=message):
            sentiment.main(argv)
    assert sentiment.FileStore(str(env["model"])).versions() == [1]
    with pytest.raises(SystemExit, match="No such file"):
        sentiment.main(["predict", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out.csv")])
    assert not (tmp_path / "out.csv").exists(), "no output file with only a header"


def test_predict_streams_a_file_to_csv(env, tmp_path, capsys):
    import gzip

    path = tmp_path / "reviews.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(f"{GOOD}\nshort\n{BAD}\n")
    out = tmp_path / "out.csv"
    sentiment.main(["predict", str(path), "-o", str(out)])
    assert "predicting" in capsys.readouterr().err, "a progress bar on stderr"
    rows_ = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    assert [(r["line"], r["label"], r["model_version"]) for r in rows_] == [
        ("1", "positive", "1"),
        ("2", "", "1"),
        ("3", "negative", "1"),
    ]
    assert "too short" in rows_[1]["error"] and float(rows_[0]["probability"]) > 0.5
    # evaluate on a file without labels prints the same predictions
    plain = tmp_path / "plain.txt"
    plain.write_text(f"{GOOD}\n{BAD}\n", encoding="utf-8")
    sentiment.main(["evaluate", str(plain)])
    printed = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["label"] for r in printed] == ["positive", "negative"]


def test_predict_never_holds_the_file(env, tmp_path, monkeypatch):
    path = tmp_path / "many.txt"
    path.write_text(f"{GOOD}\n" * 3000, encoding="utf-8")
    seen = []
    real = sentiment.read_rows

    def watching(*args, **kwargs):
        for row in real(*args, **kwargs):
            seen.append(
                os.path.getsize(tmp_path / "out.csv") if (tmp_path / "out.csv").exists() else 0
            )
            yield row

    monkeypatch.setattr(sentiment, "read_rows", watching)
    sentiment.main(["predict", str(path), "-o", str(tmp_path / "out.csv")])
    assert len(seen) == 3000 and seen[-1] > 0, (
        "rows were written while the file was still being read"
    )


def batch_table(res):
    return [
        (r["data-line"], r.find("td", class_="review-cell").get_text())
        for r in res.html.find(id="batch-table").find("tbody").find_all("tr")
    ]


def test_csv_files_as_people_save_them_are_read_whole(app, tmp_path):
    long_line = "A good film, truly wonderful and moving, I loved it"
    one_column = f"review\n{long_line}\n"
    res = app.post("/batch", upload_files=[("upload", "one.csv", one_column.encode())])
    assert [line for line, _ in batch_table(res)] == ["000000002"] and long_line in res.text, (
        "the whole line"
    )
    spreadsheet = f'\ufeffreview,label\n"{GOOD}",1\n'  # "CSV UTF-8" starts with a byte-order mark
    res = app.post("/batch", upload_files=[("upload", "bom.csv", spreadsheet.encode())])
    assert len(batch_table(res)) == 1 and ",1" not in res.html.find(id="batch-table").get_text()
    res = app.post(
        "/batch",
        upload_files=[("upload", "wide.csv", f"review,label\n{long_line},1\n".encode())],
        status=400,
    )
    assert "line 2 has 4 fields, the header 2: quote the review" in res.text
    for name, text in (("one.csv", one_column), ("bom.csv", spreadsheet)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert [t for _, t, _ in sentiment.read_rows(str(tmp_path / name))] == [
            long_line if name == "one.csv" else GOOD
        ]
    (tmp_path / "lab.csv").write_bytes(spreadsheet.encode())
    assert sentiment.read_labelled(str(tmp_path / "lab.csv"))[:2] == ([GOOD], [1]), (
        "the command line too"
    )


def test_a_line_too_long_is_refused_in_one_line(env, tmp_path):
    path = tmp_path / "long.txt"
    for first in ("x" * 5_000_000 + "\n" + GOOD + "\n", GOOD + "\n" + "y " * 2_500_000 + "\n"):
        path.write_text(first, encoding="utf-8")
        run = run_cli(env, "predict", path, "-o", tmp_path / "out.csv", cwd=HERE)
        line = 1 if first.startswith("x") else 2
        assert run.returncode == 1 and f"line {line}: longer than 131,072 characters" in run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_runtime_files_stay_out_of_git(tmp_path):
    if subprocess.run(["git", "-C", HERE, "rev-parse"], capture_output=True).returncode != 0:
        pytest.skip("not a git checkout")
    paths = [
        "model/2/model.pkl",
        "model/2/meta.json",
        "model/served",
        "model/.tmp-1-ab/meta.json",
        "data/reviews.sqlite",
        "data/metrics/counter_1.db",
        "data/secret",
        "data/checkpoints/x.npz",
    ]
    ignored = subprocess.run(
        ["git", "-C", HERE, "check-ignore", *paths], capture_output=True, text=True
    ).stdout.split()
    assert ignored == paths
    assert (
        subprocess.run(["git", "-C", HERE, "check-ignore", "model/1/model.pkl"]).returncode == 1
    ), "tracked"


def test_other_scikit_learn_version_is_a_clear_warning(tmp_path, base_models, caplog):
    root = tmp_path / "m"
    shutil.copytree(base_models, root)
    meta = json.loads((root / "1" / "meta.json").read_text())
    meta["versions"]["scikit-learn"] = "0.24.2"
    (root / "1" / "meta.json").write_text(json.dumps(meta))
    sentiment.FileStore(str(root)).load(1)
    warning = [r.message for r in caplog.records if r.levelname == "WARNING"]
    assert any("scikit-learn 0.24.2" in w and "model.pkl" in w for w in warning), warning


# -- what an outside review broke: markup, inverted files, foreign logs, repeated clicks -------

TWO_SERVERS = ("waitress", "gunicorn-sync")


def post(port, path, body, headers=()):
    """(status, JSON) of one JSON POST."""
    body = json.dumps(body, ensure_ascii=False).encode()
    status, _, answer = raw(port, "POST", path, {**JSON, **dict(headers)}, body)
    return status, json.loads(answer)


def caught_up(port, review, check, deadline=20):
    """The answer to ``review`` once ``check(answer)`` holds for four answers in a row (both
    workers of a gunicorn), or the last one at the deadline."""
    until = time.monotonic() + deadline
    while True:
        answers = [answer_of(port, review) for _ in range(4)]
        if all(map(check, answers)) or time.monotonic() > until:
            return answers[-1]
        time.sleep(0.05)


@pytest.mark.parametrize("name", TWO_SERVERS)
def test_words_in_a_fake_tag_are_text_and_keep_their_own_key(env, servers, name):
    """In reviewed mode, an approved label on a review with words hidden in "<...>" answers that
    text only: the plain review without them stays the model's, for everyone."""
    server = servers(env, SERVER_COMMANDS[name])
    server.stop()
    server.env.update(SENTIMENT_LEARN="reviewed")
    server.start()
    key = make_key(env, "reviewer", "rev")
    plain = "Great movie, loved it! Highly recommended to everyone."
    hidden = plain + " <just kidding. It was awful, boring and a total waste of money>"
    token = answer_of(server.port, hidden)["feedback_token"]
    feedback = {"review": hidden, "label": "negative", "feedback_token": token}
    assert post(server.port, "/api/feedback", feedback)[0] == 201
    queue = call_keyed(server.port, "GET", "/api/review", key)
    assert [item["review"] for item in queue["pending"]] == [hidden], "the reviewer sees it all"
    approve = {"ids": [queue["pending"][0]["id"]], "action": "approve"}
    assert post(server.port, "/api/review", approve, bearer(key))[0] == 200
    assert caught_up(server.port, hidden, lambda a: a["answered_by"] == "reviewers")["label"] == (
        "negative"
    )
    answer = answer_of(server.port, plain)
    assert (answer["answered_by"], answer["source"]) == ("model", "model"), (
        "not the reviewers' label of another text"
    )
    f = sentiment.FileStore(str(env["model"])).load(1)[0].featurizer
    assert "not" in reference_tokens(f, "The movie was <not> good"), "<not> is a word"


def call_keyed(port, method, path, key):
    status, _, answer = raw(port, method, path, bearer(key))
    assert status == 200, answer
    return json.loads(answer)


def test_a_file_whose_labels_look_inverted_waits_as_a_candidate(env, tmp_path, capsys):
    texts, labels = make_corpus(600, seed=97)
    path = tmp_path / "inverted.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["review", "label"], *zip(texts, [1 - y for y in labels])])
    sentiment.main(["train", str(path)])
    err = capsys.readouterr().err
    assert "kept as a candidate (version 2): the labels look inverted (is 1 negative" in err, err
    assert sentiment.FileStore(str(env["model"])).chosen() == (1, False)


@pytest.mark.parametrize("name", TWO_SERVERS)
def test_a_version_made_by_update_is_rebuilt_on_another_log(env, servers, name, monkeypatch):
    """`update` at row 8, then a new empty log: the version's rows are not this log's, so it is
    rebuilt from its parent and every new correction is learned."""
    texts, labels = make_corpus(20, seed=101)
    fill_log(env["db"], texts[:8], [1 - y for y in labels[:8]], reviewer="rev")
    sentiment.main(["update"])
    assert sentiment.FileStore(str(env["model"])).read_meta(2)["feedback_upto"] == 8
    for suffix in ("", "-wal", "-shm"):  # a new log, as after a restore or on another database
        pathlib.Path(f"{env['db']}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(env["data"] / "checkpoints", ignore_errors=True)
    server = servers(env, SERVER_COMMANDS[name])
    key = make_key(env, "reviewer", "rev")
    for text, label in zip(texts[8:13], labels[8:13]):
        before = answer_of(server.port, text)
        feedback = {"review": text, "label": sentiment.LABELS[1 - label]}
        status, _ = post(
            server.port,
            "/api/feedback",
            {**feedback, "feedback_token": before["feedback_token"]},
            bearer(key),
        )
        assert status == 201
    after = caught_up(server.port, GOOD, lambda a: a["feedback_upto"] == 5)
    assert after["feedback_upto"] == 5, "the new log's rows are replayed, from its first"
    status = call(server.port, "GET", "/api/model")[2]
    assert (status["served_version"], status["base_version"]) == (2, 1), "rebuilt from version 1"
    model = sentiment.FileStore(str(env["model"])).load(1)[0]
    for text, label in zip(texts[8:13], labels[8:13]):
        model.learn(text, 1 - label)
    assert abs(after["model_positive"] - model.positive(GOOD)) < 1e-12
    assert "of another feedback log" in open(server.log.name, encoding="utf-8").read()


@pytest.mark.parametrize("name", TWO_SERVERS)
def test_one_client_repeating_one_click_moves_the_model_once(env, servers, name):
    server = servers(env, SERVER_COMMANDS[name])
    before = answer_of(server.port, GOOD)
    for _ in range(40):
        token = answer_of(server.port, GOOD)["feedback_token"]
        feedback = {"review": GOOD, "label": "negative", "feedback_token": token}
        assert post(server.port, "/api/feedback", feedback)[0] == 201
    model = sentiment.FileStore(str(env["model"])).load(1)[0]
    model.learn(GOOD, 0, sentiment.ANONYMOUS_WEIGHT)
    after = caught_up(server.port, GOOD, lambda a: a["feedback_upto"] == 40)
    assert abs(after["model_positive"] - model.positive(GOOD)) < 1e-9, (
        "40 clicks are one anonymous step",
        before["model_positive"],
        after["model_positive"],
    )
    with sqlite3.connect(env["db"]) as db:
        assert db.execute("SELECT count(*) FROM review_db WHERE repeats IS NULL").fetchone() == (1,)


@pytest.mark.parametrize("name", TWO_SERVERS)
def test_half_width_kana_and_wide_ligatures_read_as_their_folded_forms(env, servers, name):
    server = servers(env, SERVER_COMMANDS[name])
    full, half = "スゴクイイデスネ、サイコウ", "ｽｺﾞｸｲｲﾃﾞｽﾈ､ｻｲｺｳ"
    assert (
        answer_of(server.port, full)["model_positive"]
        == answer_of(server.port, half)["model_positive"]
    )
    status, answer = post(server.port, "/api/predict", {"reviews": ["\ufdfa" * 20_000] * 69})
    assert status == 413 and "tokens" in answer["error"], "its 80,000 words count after folding"


@pytest.mark.parametrize("name", TWO_SERVERS)
def test_forwarding_from_a_peer_that_is_not_trusted_is_named(env, servers, name):
    server = servers(env, SERVER_COMMANDS[name])
    assert "untrusted_proxy" not in call(server.port, "GET", "/healthz")[2]
    for _ in range(8):  # every worker
        raw(
            server.port,
            "POST",
            "/api/predict",
            {**JSON, "X-Forwarded-For": "203.0.113.9"},
            json.dumps({"review": GOOD}).encode(),
        )
    health = caught_up_health(server.port)
    assert "127.0.0.1" in health["untrusted_proxy"] and health["status"] == "ok"
    logged = open(server.log.name, encoding="utf-8").read()
    assert 1 <= logged.count("not in SENTIMENT_TRUSTED_PROXIES") <= 2, "once per worker"


def caught_up_health(port):
    until = time.monotonic() + 20
    while True:
        health = call(port, "GET", "/healthz")[2]
        if "untrusted_proxy" in health or time.monotonic() > until:
            return health
        time.sleep(0.05)


# -- how good the served model is today: audit, live accuracy, estimates, drift, digests ------


def digests_at(upto, *ports, deadline=20):
    """{state digest} of every worker of the servers on ``ports`` once all have applied ``upto``
    rows (four /healthz answers each in a row say so)."""
    until = time.monotonic() + deadline
    while True:
        health = [call(port, "GET", "/healthz")[1:] for port in ports for _ in range(6)]
        if all(h["feedback_upto"] == upto for _, h in health) or time.monotonic() > until:
            assert all(h["feedback_upto"] == upto for _, h in health), health
            return {h["state_digest"] for _, h in health}
        time.sleep(0.05)


def test_state_digests_agree_across_workers(env, servers):
    server = servers(env, gunicorn(2))
    texts, labels = make_corpus(60, seed=113)
    for text, label in zip(texts, labels):
        assert give_feedback(server.port, text, sentiment.LABELS[1 - label])[0] == 201
    pids = set()
    until = time.monotonic() + 20
    while len(pids) < 2 and time.monotonic() < until:
        pids.add(call(server.port, "GET", "/healthz")[1]["X-Worker-Pid"])
    assert len(pids) == 2, "both workers answered"
    assert len(digests_at(60, server.port)) == 1
    before = digests_at(60, server.port)
    assert give_feedback(server.port, GOOD, "negative")[0] == 201
    assert digests_at(61, server.port) != before, "another row, another digest"


def test_live_accuracy_is_the_share_of_audited_answers_that_were_right(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_AUDIT_RATE", "1")
    key = make_key(env, "reviewer", "rev")
    texts, labels = make_corpus(260, seed=117)
    pairs = list(dict(zip(texts, labels)).items())[:200]
    truth = {
        t: (1 - y if k % 9 == 0 else y) for k, (t, y) in enumerate(pairs)
    }  # some it gets wrong
    answers = app.post_json("/api/predict", {"reviews": list(truth)}).json["predictions"]
    given = {t: a["label"] for t, a in zip(truth, answers)}
    labelled = 0
    while True:
        items = app.get("/api/review", headers=bearer(key)).json["audit"]
        if not items:
            break
        for item in items:
            assert set(item) == {"audit", "review"}, "blind: no answer, no probability"
            label = sentiment.LABELS[truth[item["review"]]]
            app.post_json(
                "/api/review", {"audit": item["audit"], "label": label}, headers=bearer(key)
            )
            labelled += 1
    assert labelled == 200
    right = sum(given[t] == sentiment.LABELS[y] for t, y in truth.items())
    live = app.get("/api/stats").json["live_accuracy"]
    assert live["labelled"] == 200 and live["accuracy"] == right / 200 and right < 200
    assert live["interval"] == pytest.approx(sentiment.wilson(right, 200))
    lo, hi = live["interval"]
    assert lo < right / 200 < hi and hi - lo < 0.12
    text = app.get("/stats").html.find(id="live-accuracy").get_text()
    assert f"right on {right} of 200 audited answers" in " ".join(text.split())
    assert f"sentiment_live_accuracy {right / 200}" in app.get("/metrics").text
    assert app.post_json(
        "/api/review", {"audit": 1, "label": "positive"}, headers=bearer(key), status=409
    ).json["error"], "an item is labelled once"


def test_the_audit_sample_cannot_be_steered(app, env, monkeypatch):
    """At rate 0.1 the share sampled is within binomial bounds, and no field, header or repetition
    changes which reviews are sampled."""
    monkeypatch.setenv("SENTIMENT_AUDIT_RATE", "0.1")
    # the draw is keyed by the service's secret, random per install: a fixed one makes the
    # binomial check one draw, not one in a few hundred runs outside 3 standard deviations
    monkeypatch.setenv("SENTIMENT_SECRET", "audit-sample-test-" + "0123456789abcdef" * 2)
    texts = list(dict.fromkeys(make_corpus(2400, seed=119)[0]))[:2000]
    assert len(texts) == 2000

    def sampled():
        with sqlite3.connect(env["db"]) as db:
            return {r for (r,) in db.execute("SELECT review FROM audit")}

    for k in range(0, 2000, 500):
        app.post_json("/api/predict", {"reviews": texts[k : k + 500]})
    first = sampled()
    assert abs(len(first) - 200) <= 3 * math.sqrt(2000 * 0.1 * 0.9), len(first)
    for k in range(0, 2000, 500):  # again, from elsewhere, asking otherwise
        app.post_json(
            "/api/predict",
            {"reviews": texts[k : k + 500], "explain": k % 1000 == 0, "partial": True},
            extra_environ={"REMOTE_ADDR": "198.51.100.9"},
            headers={"X-Audit": "no", "X-Forwarded-For": "203.0.113.3"},
        )
    for text in texts[:50]:
        app.get("/predict/" + urllib.parse.quote(text))
        app.post("/results", {"moviereview": text})
    assert sampled() == first, "the same reviews, whoever asks how often"


def test_reviews_in_a_script_the_version_cannot_read_raise_a_drift_alert(app, env, caplog):
    words = [
        "정말",
        "재미있는",
        "영화였어요",
        "배우들의",
        "연기가",
        "훌륭했고",
        "이야기도",
        "감동적이었습니다",
    ]
    rng = random.Random(7)
    hangul = [" ".join(rng.choice(words) for _ in range(8)) + f" {k}" for k in range(150)]
    with caplog.at_level(logging.WARNING, logger="sentiment"):
        app.post_json("/api/predict", {"reviews": hangul})
    alerts = app.get("/api/stats").json["alerts"]
    assert any(a["signal"] == "unread_script" and "Hangul" in a["message"] for a in alerts), alerts
    assert "Hangul" in app.get("/stats").html.find(id="alert-unread_script").get_text()
    assert 'sentiment_drift_alert{signal="unread_script"} 1' in app.get("/metrics").text
    started = [r.message for r in caplog.records if r.message.startswith("drift alert:")]
    assert len([m for m in started if "Hangul" in m]) == 1, "logged once when it starts"
    app.post_json("/api/predict", {"reviews": [GOOD + f" {k}" for k in range(1000)]})
    assert not app.get("/api/stats").json["alerts"]
    assert any(r.message.startswith("drift alert over:") for r in caplog.records)


def test_pending_rows_of_one_text_are_one_item(app, env, monkeypatch):
    monkeypatch.setenv("SENTIMENT_LEARN", "reviewed")
    key = make_key(env, "reviewer", "rev")
    for k, address in enumerate(("192.0.2.1", "192.0.2.2", "192.0.2.2", "198.51.100.4")):
        text = GOOD if k < 3 else BAD
        token = app.post_json("/api/predict", {"review": text}).json["feedback_token"]
        feedback = {"review": text, "label": "negative", "feedback_token": token}
        app.post_json("/api/feedback", feedback, extra_environ={"REMOTE_ADDR": address})
    pending = app.get("/api/review", headers=bearer(key)).json["pending"]
    by_text = {item["review"]: item for item in pending}
    assert len(pending) == 2 and sorted(by_text[GOOD]["ids"]) == [1, 2, 3]
    assert by_text[GOOD]["votes"] == {"negative": 3, "positive": 0}
    assert by_text[GOOD]["clients"] == 2, "one client's repeats are one item, and counted once"
    page = app.get("/review", headers=bearer(key))
    assert "3 times from 2 clients" in " ".join(page.html.find(id="item-1").get_text().split())
    form = page.html.find(id="item-1").find("form")
    ids = form.find("input", attrs={"name": "id"})["value"]
    app.post_json("/api/review", {"ids": [int(i) for i in ids.split(",")], "action": "approve"},
                  headers=bearer(key))  # fmt: skip
    left = app.get("/api/review", headers=bearer(key)).json["pending"]
    assert [item["review"] for item in left] == [BAD], "the item's rows are decided together"


# -- the protocols model servers speak --------------------------------------------------------

PROTOCOL_REVIEWS = [
    GOOD,
    BAD,
    "这个手机很好用，非常满意，推荐购买。",
    "质量太差了，非常失望，不会再买。",
]


def a_candidate(env):
    """Version 2, a candidate that says the opposite of version 1."""
    store = sentiment.FileStore(str(env["model"]))
    flipped, _ = store.load(1)
    flipped.coef, flipped.intercept = -flipped.coef, -flipped.intercept
    store.save(flipped, feedback_upto=0, parent=None, excluded=[], candidate=True)


def test_tritonclient_speaks_the_open_inference_protocol(env, servers):
    """tritonclient with its defaults (binary data in and out), and with JSON, answers as
    /api/predict does, from the served version and from a named candidate."""
    import tritonclient.http as triton
    from tritonclient.utils import InferenceServerException

    a_candidate(env)
    server = servers(env, SERVER_COMMANDS["waitress"])
    client = triton.InferenceServerClient(f"127.0.0.1:{server.port}")
    assert client.is_server_live() and client.is_server_ready()
    assert client.is_model_ready("sentiment") and client.is_model_ready("sentiment", "2")
    meta = client.get_model_metadata("sentiment")
    assert meta["inputs"] == [{"name": "review", "datatype": "BYTES", "shape": [-1]}]
    assert [o["name"] for o in meta["outputs"]] == ["label", "probability"]
    for version in ("", "2"):
        expected = call(
            server.port,
            "POST",
            "/api/predict",
            {"reviews": PROTOCOL_REVIEWS, **({"version": int(version)} if version else {})},
        )[2]["predictions"]
        for binary in (True, False):
            review = triton.InferInput("review", [len(PROTOCOL_REVIEWS)], "BYTES")
            data = np.array([t.encode() for t in PROTOCOL_REVIEWS], dtype=object)
            review.set_data_from_numpy(data, binary_data=binary)
            outputs = (
                None
                if binary
                else [
                    triton.InferRequestedOutput(n, binary_data=False)
                    for n in ("label", "probability")
                ]
            )
            result = client.infer(
                "sentiment", [review], model_version=version, outputs=outputs, request_id="r-7"
            )
            labels = [x.decode() if isinstance(x, bytes) else x for x in result.as_numpy("label")]
            assert labels == [a["label"] for a in expected], (version, binary)
            assert result.as_numpy("probability") == pytest.approx(
                [a["probability"] for a in expected], abs=1e-6
            )
            response = result.get_response()
            assert response["id"] == "r-7" and response["model_version"] == (version or "1")
    with pytest.raises(InferenceServerException, match="not loaded"):
        client.get_model_metadata("sentiment", "9")


def test_tensorflow_serving_rest_api_shapes_and_errors(app, env):
    a_candidate(env)
    expected = app.post_json("/api/predict", {"reviews": PROTOCOL_REVIEWS}).json["predictions"]
    rows = app.post_json("/v1/models/sentiment:predict", {"instances": PROTOCOL_REVIEWS}).json
    assert [p["label"] for p in rows["predictions"]] == [a["label"] for a in expected]
    named = [{"review": r} for r in PROTOCOL_REVIEWS]
    assert app.post_json("/v1/models/sentiment:predict", {"instances": named}).json == rows
    columns = app.post_json("/v1/models/sentiment:predict", {"inputs": PROTOCOL_REVIEWS}).json
    assert columns["outputs"]["label"] == [a["label"] for a in expected]
    assert (
        app.post_json("/v1/models/sentiment:predict", {"inputs": {"review": PROTOCOL_REVIEWS}}).json
        == columns
    )
    canary = app.post_json("/v1/models/sentiment/versions/2:predict", {"instances": [GOOD]}).json
    assert canary["predictions"][0]["model_version"] == 2
    assert (
        app.post_json("/v1/models/sentiment/labels/canary:predict", {"instances": [GOOD]}).json
        == canary
    )
    status = app.get("/v1/models/sentiment").json
    assert [(v["version"], v["state"]) for v in status["model_version_status"]] == [
        ("1", "AVAILABLE"),
        ("2", "AVAILABLE"),
    ] and status["version_labels"] == {"stable": 1, "canary": 2}
    assert (
        app.get("/v1/models/sentiment/versions/2").json["model_version_status"][0]["version"] == "2"
    )
    meta = app.get("/v1/models/sentiment/metadata").json
    assert meta["model_spec"] == {"name": "sentiment", "signature_name": "", "version": "1"}
    assert (
        "review" in meta["metadata"]["signature_def"]["signature_def"]["serving_default"]["inputs"]
    )
    for path, body, status in (
        ("/v1/models/other:predict", {"instances": [GOOD]}, 404),
        ("/v1/models/sentiment/versions/9:predict", {"instances": [GOOD]}, 404),
        ("/v1/models/sentiment:predict", {"instances": [GOOD], "inputs": [GOOD]}, 400),
        ("/v1/models/sentiment:predict", {"instances": [{"text": GOOD}]}, 400),
        ("/v1/models/sentiment:predict", {"instances": ["short"]}, 400),
        ("/v1/models/sentiment:predict", {"instances": [GOOD] * 1001}, 413),
    ):
        assert app.post_json(path, body, status=status).json["error"]


def test_named_versions_are_loaded_once_not_per_request(app, env):
    a_candidate(env)
    a_candidate(env)  # version 3
    loaded = sentiment.CANDIDATES.loaded
    before = loaded.loads
    for k in range(40):
        answer = app.post_json("/api/predict", {"review": GOOD, "version": 2 + k % 2}).json
        assert answer["model_version"] == 2 + k % 2
    assert loaded.loads - before == 2, "each version is loaded once"
    with ThreadPoolExecutor(8) as pool:  # concurrent first asks of a new version share one load
        a_candidate(env)  # version 4
        list(
            pool.map(
                lambda _: app.post_json("/api/predict", {"review": GOOD, "version": 4}), range(8)
            )
        )
    assert loaded.loads - before == 3


def test_a_neutral_chinese_review_is_unsure_on_the_calibrated_model(env):
    """The committed model tempers its Chinese probabilities (a temperature per script, recorded in
    its meta.json): "honestly the quality is so-so, but the style is fine" is Unsure, as it should
    be."""
    shutil.rmtree(env["model"])
    shutil.copytree(os.path.join(HERE, "model", "1"), env["model"] / "1")
    app = webtest.TestApp(sentiment.application)
    neutral = "说实话质量一般，不过样式还可以。"  # from the shared shopping reviews
    answer = app.post_json("/api/predict", {"review": neutral}).json
    assert answer["unsure"] is True, answer
    model = sentiment.FileStore(str(env["model"])).load(1)[0]
    assert model.temperatures["CJK"] > 1, "Chinese was overconfident"
    (_, _, weights), logit, _ = model.explain(neutral)
    intercept = model.intercept_of(model.featurizer.indices(neutral))
    assert abs(weights.sum() + intercept / model.temperatures["CJK"] - logit) < 1e-9
    raw = model.logit(model.featurizer.indices(neutral))
    assert model.positive(neutral) == sentiment._expit(raw / model.temperatures["CJK"])
    assert abs(model.positive(neutral) - 0.5) <= abs(sentiment._expit(raw) - 0.5)


def test_the_form_counts_as_the_server_does():
    """The form's counter (views/counter.js, run by node) and clean_review accept and refuse the
    same reviews: 差评 is a review, 好 is not, and emoji count as one character each."""
    if not shutil.which("node"):
        pytest.skip("needs node to run the page's script")
    cases = ["差评", "好评", "好", "太差了！！", "质量很好👍👍👍", "ＧＯＯＤ，非常好", "too short",
             "\r\n a fine film!! \n", "👍" * 14 + "a", "👍" * 15, GOOD, "   好   "]  # fmt: skip
    script = sentiment.SCRIPTS["counter"].split("var t = document")[0]
    run = script + "console.log(JSON.stringify(%s.map(rule)));" % json.dumps(cases)
    counted = json.loads(
        subprocess.run(["node", "-e", run], capture_output=True, text=True, check=True).stdout
    )
    for text, js_rule in zip(cases, counted):
        try:
            sentiment.clean_review(text)
            accepted = True
        except sentiment.bottle.HTTPError:
            accepted = False
        assert js_rule["enough"] == accepted, (text, js_rule)
        assert js_rule["n"] == len(text.replace("\r\n", "\n").strip()), text
    assert counted[0]["enough"] and not counted[2]["enough"]


def test_answers_give_both_labels_scores_and_end_with_a_newline(app):
    res = app.post_json("/api/predict", {"review": GOOD})
    assert res.body.endswith(b"}\n"), "a pasted curl does not glue the prompt to it"
    scores = res.json["scores"]
    assert [s["label"] for s in scores] == ["positive", "negative"]
    assert (
        scores[0]["score"] == res.json["positive"]
        and abs(sum(s["score"] for s in scores) - 1) < 1e-12
    )
    assert app.post_json("/api/predict", {"review": "short"}, status=400).body.endswith(b"}\n")
    page = app.post("/results", {"moviereview": BAD})
    assert page.html.find(id="scores").get_text().startswith("Negative")


def test_the_model_card_of_the_committed_version_and_of_a_users(env, tmp_path):
    shutil.rmtree(env["model"])
    shutil.copytree(os.path.join(HERE, "model", "1"), env["model"] / "1")
    path = tmp_path / "mine.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["label", "review"], *zh_corpus(300)])
    sentiment.main(["train", str(path)])  # Chinese only: a candidate, which answers when named
    app = webtest.TestApp(sentiment.application)
    cards = app.get("/api/model").json["cards"]
    committed, mine = cards["1"], cards["2"]
    assert {lang["script"] for lang in committed["languages"]} == {"LATIN", "CJK"}
    assert any("Maas et al." in s for s in committed["sources"])
    assert committed["held_out"]["CJK"]["accuracy"] > 0.9 and committed["known_limits"]
    assert mine["training_data"]["path"] == "mine.csv" and mine["training_data"]["rows"] == 300
    assert [lang["script"] for lang in mine["languages"]] == ["CJK"] and mine["held_out"]["CJK"][
        "rows"
    ]
    page = app.get("/model").html
    assert "Maas et al." in page.find(id="card-1").get_text()
    assert "mine.csv, 300 rows" in " ".join(page.find(id="card-2").get_text().split())


def test_explanations_give_utf16_offsets_and_pages_mark_each_review_s_language(app):
    text = "👍👍 质量很好，非常满意，推荐购买。"
    answer = app.post_json("/api/predict", {"review": text, "explain": True}).json
    for c in answer["explanation"]:
        assert text[c["start"] : c["end"]] == c["text"]
        utf16 = text.encode("utf-16-le")
        assert utf16[2 * c["start16"] : 2 * c["end16"]].decode("utf-16-le") == c["text"]
    assert any(c["start16"] != c["start"] for c in answer["explanation"]), "the emoji count twice"
    page = app.post("/results", {"moviereview": text}).html
    assert page.find(id="review")["lang"] == "zh-CN"
    assert app.post("/results", {"moviereview": GOOD}).html.find(id="review")["lang"] == "en"


def test_the_form_offers_examples_in_both_languages_one_click_away(app):
    form = app.get("/").html.find(id="examples")
    buttons = form.find_all("button")
    assert {b["lang"] for b in buttons} == {"en", "zh-CN"}
    for button in buttons:
        page = app.post(form["action"], {button["name"]: button["value"]}).html
        assert page.find(id="review").get_text() == button["value"]


def test_every_page_wording_has_a_chinese_one_with_the_same_values():
    chinese = sentiment.WORDINGS["zh"]
    missing = [w for w in page_wordings() if w not in chinese]
    assert missing == []

    def values(text):
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)

    assert [w for w, zh in chinese.items() if values(w) != values(zh)] == []


@pytest.mark.parametrize(
    "header, lang",
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"),
        ("en-GB,en;q=0.9,zh;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,zh-TW;q=0.5", "zh-CN"),
        ("de, en;q=0.1, zh;q=0.2", "zh-CN"),
        ("zh;q=0, en", "en"),
        ("", "en"),
        ("*", "en"),
        ("zh;q=nonsense," * 100, "en"),
    ],
)
def test_pages_speak_the_language_the_browser_asks_for(app, header, lang):
    page = app.get("/", headers={"Accept-Language": header})
    assert page.html.find("html")["lang"] == lang
    assert page.headers["Content-Language"] == lang
    assert "Accept-Language" in page.headers["Vary"]
    heading = page.html.find("h1").get_text()
    assert (heading == "这条评论是正面还是负面？") == (lang == "zh-CN")


def test_the_language_switch_is_remembered_and_every_page_follows_it(app):
    chinese = {"Accept-Language": "zh-CN"}
    switch = app.get("/stats", headers=chinese).html.find(id="language")
    assert (switch.get_text(), switch["href"], switch["lang"]) == (
        "English",
        "/stats?lang=en",
        "en",
    )
    assert app.get(switch["href"], headers=chinese).html.find("html")["lang"] == "en"
    # remembered: the cookie beats the browser's own choice from then on
    for path in ("/", "/batch", "/model", "/login"):
        assert app.get(path, headers=chinese).html.find("html")["lang"] == "en", path
    app.get("/?lang=zh")
    page = app.post("/results", {"moviereview": "差评"}).html
    assert page.find("html")["lang"] == "zh-CN" and page.find(id="verdict").get_text().startswith(
        ("正面", "负面", "不确定")
    )
    # a page that answers a form switches to the form: it has no address of its own
    assert page.find(id="language")["href"] == "/?lang=en"
    refused = app.post("/results", {"moviereview": "x"}, status=400).html
    assert refused.find(id="review-error").get_text().startswith("评论太短")
    # the API stays English, whatever the page language
    api = app.post_json("/api/predict", {"review": "x"}, status=400).json
    assert api["error"].startswith("The review is too short")
    # a switch never points off the site, whatever the path
    page = app.get("//evil.example/x", status=404).html
    assert page.find(id="language")["href"].startswith("/") and not page.find(id="language")[
        "href"
    ].startswith("//")


def test_a_chinese_explanation_marks_words_and_never_lone_punctuation(env):
    pytest.importorskip("jieba", reason="jieba segments Chinese: pip install -r requirements.txt")
    shutil.rmtree(env["model"])  # the committed model, which reads Chinese
    shutil.copytree(os.path.join(HERE, "model", "1"), env["model"] / "1")
    app = webtest.TestApp(sentiment.application)
    text = "位置很好，热情的服务，下次还会来！！"
    page = app.post("/results", {"moviereview": text}).html
    marks = [m.get_text() for m in page.find(id="review").find_all("mark")]
    assert any(len(m) > 1 for m in marks), f"words, not characters: {marks}"
    assert all(sentiment._WORD_CHAR.search(m) for m in marks), marks
    spans = sentiment.CHINESE_WORDS.spans(text)
    assert set(marks) <= {text[a:b] for a, b in spans}, "each mark is one of jieba's words"
    phrases = [p.get_text() for p in page.find_all(class_="phrase")]
    assert phrases and set(phrases) <= {text[a:b] for a, b in spans}
    english = app.post("/results", {"moviereview": GOOD}).html
    assert all(" " not in m.get_text() for m in english.find(id="review").find_all("mark"))


def test_misclassified_words_are_counted_as_words_in_chinese_too():
    pytest.importorskip("jieba", reason="jieba segments Chinese: pip install -r requirements.txt")
    counted = sentiment.CHINESE_WORDS.counted(
        "<b>位置很好</b>，热情的服务，下次还会来. Terrible, rude staff!"
    )
    assert {"位置", "热情", "服务", "下次", "terrible", "rude", "staff"} <= counted
    assert not {w for w in counted if len(w) == 1 or "，" in w or " " in w}


@given(
    st.text(
        st.sampled_from(
            "abcé中文字한국어абв日本語ひらがなカタカナ١٢٣عربي👍!，。 \U00020000\U0002a700ǅⅧ"
        ),
        max_size=60,
    )
    | st.text(max_size=60)
)
@settings(max_examples=400, deadline=None)
def test_a_review_s_script_from_the_code_point_table_is_the_unicode_name_s(text):
    letters = [c for c in text if c.isalpha()][:400]
    counts = collections.Counter(unicodedata.name(c, "? ").split()[0] for c in letters)
    expected = counts.most_common(1)[0][0] if counts else None  # ties: the first to appear
    assert sentiment.script_of(text) == expected


def poly64_reference(text, by_review=True):
    """poly64 tokens and hashes as plainly as they can be written: a regex and Python ints."""
    text = re.sub(sentiment.TAG_PATTERN, lambda m: " " * len(m.group()), text)
    text = "".join(unicodedata.normalize("NFKC", m.group()) for m in sentiment._UNIT.finditer(text))
    tokens = [
        t for m in re.finditer(sentiment.TOKEN_PATTERN, text.lower()) if (t := m.group().strip("'"))
    ]
    cjk = [bool(re.fullmatch(f"[{sentiment.CJK}]", t)) for t in tokens]
    if by_review:  # the review's table: CJK when more of its tokens are CJK characters than words
        words = sum(bool(re.match(f"[^\\W{sentiment.CJK}]", t)) for t in tokens)
        cjk = [sum(cjk) > words] * len(tokens)
    return tokens, [poly64_token(t, bit) for t, bit in zip(tokens, cjk)]


def poly64_token(token, bit=None):
    """A token's poly64 hash with Python ints: its code points as a polynomial, then fmix64; its
    lowest bit ``bit``, if given."""
    base, mask = sentiment.Poly64.BASE, (1 << 64) - 1
    h = sum(ord(c) * pow(base, j, 1 << 64) for j, c in enumerate(token)) & mask
    h = (h * base + len(token)) & mask
    for factor in (0xFF51AFD7ED558CCD, 0xC4CEB53FE1A85EC9, None):
        h ^= h >> 33
        h = h * factor & mask if factor else h
    return h if bit is None else h & (mask ^ 1) | bit


SCRIPTS_AND_TAGS = st.lists(
    st.sampled_from(
        list("aZé'_ 9中文字ｶﾞﾟ한가！，。İΣσς̈́ﬁ①㈱\u0301\u3099\t\n<>/=\"")
        + ["<br>", "</p>", "<b class=x>"]
    ),
    max_size=40,
).map("".join) | st.text(max_size=40)


@given(st.lists(SCRIPTS_AND_TAGS, max_size=5))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_poly64_tokens_and_features_equal_a_plain_reference(texts):
    f = sentiment.Featurizer(n_bits=16)
    assert f.token_hash == "poly64"
    batch = f.many_hashes(texts)
    assert len(batch) == len(texts)
    for text, hashes in zip(texts, batch):
        tokens, expected = poly64_reference(text)
        assert hashes.tolist() == expected, (text, tokens)
        starts, ends, one = f.tokens(text)
        assert one.tolist() == expected, "the page's tokens hash as the batch's do"
        assert (0 <= starts).all() and (starts < ends).all() and (ends <= len(text)).all()
        folded = [unicodedata.normalize("NFKC", text[a:b]).lower() for a, b in zip(starts, ends)]
        assert all(t.casefold() in p.casefold() for t, p in zip(tokens, folded)), (text, tokens)
    indices, offsets = f.batch_indices(batch) if texts else ([], [0])
    for i, text in enumerate(texts):
        assert indices[offsets[i] : offsets[i + 1]].tolist() == f.indices(text).tolist()


def test_a_large_batch_is_hashed_in_groups_that_bound_what_the_featurizer_keeps():
    """A batch is hashed GROUP code points at a time (a group's first review however long): the
    same hashes as one review at a time, and the powers a featurizer keeps stay near GROUP,
    whatever a batch's size."""
    f, group = sentiment.Featurizer(n_bits=16), sentiment.Poly64.GROUP
    texts = [f"{GOOD} {i} " * (1 + i % 50) for i in range(400)]
    texts[150] = (ZH_GOOD + BAD) * (group // len(ZH_GOOD + BAD) + 1)  # longer than a group
    assert sum(map(len, texts)) > 4 * group
    batch = f.many_hashes(texts)
    assert len(batch) == len(texts)
    for text, hashes in zip(texts, batch):
        assert hashes.tolist() == f.hashes(text).tolist()
    assert len(f._poly64._powers[0]) < 3 * group


def test_a_blake2b_version_answers_bit_identically():
    """A version made before poly64 (no token_hash in its features) hashes each token with
    BLAKE2b as before, so not one of its answers moves by a bit."""
    featurizer = sentiment.Featurizer(n_bits=12, token_hash="blake2b")
    made = sentiment.Model(featurizer, np.random.default_rng(0).normal(size=6144), 0.25)
    state = made.state()
    del state["features"]["token_hash"]  # as versions made before it were written
    model = sentiment.Model.from_state(state)
    assert model.featurizer.token_hash == "blake2b"
    for text in [GOOD, BAD, ZH_GOOD, "ｽｺﾞｲ <b>good</b> don't!! 👍", "<p>"]:
        tokens = [
            t
            for chunk in re.sub(sentiment.TAG_PATTERN, " ", text).split()
            for _, _, t in sentiment.chunk_tokens(
                re.compile(sentiment.TOKEN_PATTERN), "NFKC-first", chunk
            )
        ]
        plain = np.array(
            [
                int.from_bytes(
                    bytes((d[0] & 0xFE | bool(re.fullmatch(f"[{sentiment.CJK}]", t)),)) + d[1:],
                    "little",
                )
                for t in tokens
                for d in [hashlib.blake2b(t.encode(), digest_size=8).digest()]
            ],
            dtype=np.uint64,
        )
        assert model.featurizer.hashes(text).tolist() == plain.tolist()
        idx = model.featurizer.indices(text, plain)
        assert model.positive(text) == sentiment._expit(model.logit(idx))
