"""sentiment: a review sentiment service in one Bottle module.

People use the HTML pages, programs use the JSON API. Every "Correct" or "Incorrect" click is a row
of the feedback log (SQLite, or PostgreSQL for several hosts); the log, not any one process, defines
what the model has learned, so any number of workers and hosts agree. Model versions live in
``model/<N>/`` as in TensorFlow Serving, with hot reload and rollback.

Run ``python sentiment.py`` (waitress) or any WSGI server on ``sentiment:application``.
``python sentiment.py --help`` lists the commands.

The sections, in order:

- Configuration: settings from the environment, limits.
- Features: text to tokens to hashed n-grams (Featurizer, Poly64).
- Learning: the online rules (AdaGrad, CappedAdaGrad, DampedAdaGrad, CountingAdaGrad,
  BoundedCountingAdaGrad), each owning the arrays it learns with.
- Model: logistic regression that keeps learning (Model); fit and train_model.
- Model store: versions as folders (FileStore), or in PostgreSQL (PostgresStore).
- Feedback log: FeedbackLog (review_db, its SQL and protocol) on a backend, SQLite or Postgres;
  who a client is.
- The served model: Replica, one per process, kept in step with the log; Reach; Candidates.
- Statistics and metrics: Stats, Prometheus counters.
- Feedback tokens, then keys and sessions: who may give feedback, review, administer.
- Requests: bodies, reviews, classify, record_feedback; then the web pages and the JSON API.
- Command line: train, evaluate, predict, update, migrate, versions, rollback, forget, keys,
  export, serve.
"""

import argparse
import array
import base64
import codecs
import collections
import contextlib
import copy
import ctypes
import dataclasses
import csv
import functools
import glob
import gzip
import hashlib
import hmac
import html
import inspect
import io
import ipaddress
import itertools
import json
import logging
import math
import os
import pickle
import re
import secrets
import shutil
import sqlite3
import sys
import threading
import time
import types
import typing
import unicodedata
import urllib.parse
from datetime import datetime, timezone
from importlib import metadata

import bottle
import multipart
import numpy as np
import orjson

__version__ = "1.0"

###############################################################################
# Configuration
###############################################################################

HERE = os.path.dirname(os.path.abspath(__file__))
VIEWS = [os.path.join(HERE, "views")]  # one list object: Bottle caches templates by its id


def model_dir():
    return os.environ.get("SENTIMENT_MODEL_DIR") or os.path.join(HERE, "model")


def data_dir():
    return os.environ.get("SENTIMENT_DATA_DIR") or os.path.join(HERE, "data")


def whole_number(value):
    """``value`` as an int if it is a whole number from 0 to 2^63 - 1 (an int, ASCII digits, or a
    JSON number that is whole: JSON Schema's integer, 2.0 too), else None.

    A client's "²" (isdigit, but not int) or 5,000 digits must be a 400, not an error, and a row id
    must fit the log's 64-bit INTEGER."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 19:
        value = int(value)
    elif isinstance(value, float) and value.is_integer() and 0 <= value < 2**63:
        value = int(value)
    return value if type(value) is int and 0 <= value < 2**63 else None


def _at_least(low):
    """A parser of settings and options: a whole number of at least ``low``, or ValueError."""

    def parse(value):
        n = whole_number(value)
        if n is None or n < low:
            raise ValueError(f"must be a whole number of at least {low}")
        return n

    parse.__name__ = "whole number"  # argparse's "invalid whole number value: '-5'"
    return parse


def _secret_text(value):
    if len(value.encode()) < 32:
        raise ValueError(
            "must be at least 32 bytes; make one with "
            "python -c 'import secrets; print(secrets.token_hex(32))'"
        )
    return value.encode()


def _one_of(*choices):
    def parse(value):
        if value not in choices:
            raise ValueError(f"must be {' or '.join(choices)}")
        return value

    return parse


def _share(value):
    try:
        share = float(value)
    except ValueError:
        share = math.nan
    if not 0 <= share <= 1:
        raise ValueError("must be a share from 0 to 1, such as 0.01")
    return share


def _ipv6_prefix(value):
    n = whole_number(value)
    if n is None or not 48 <= n <= 128:
        raise ValueError("must be a prefix length from 48 to 128 (64: one client per /64)")
    return n


def _database_url(value):
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 -- a port that is not a number raises here
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("postgresql", "postgres")
        or not parts.hostname
        or not parts.path.strip("/")
    ):
        raise ValueError("must look like postgresql://user:password@host:5432/database")
    return value


def _host_names(value):
    names = frozenset(n.strip().lower() for n in value.split(",") if n.strip())
    if not all(
        re.fullmatch(r"[a-z0-9.-]+(:[0-9]{1,5})?|\[[0-9a-f:.]+\](:[0-9]{1,5})?", n) for n in names
    ):
        raise ValueError(
            "must be host names, with a port unless it is 80 or 443: "
            "sentiment.example.org,localhost:8080"
        )
    return names


SETTINGS = {  # name: (parse, default); see the README's configuration table
    "SENTIMENT_MODEL_VERSION": (_at_least(1), None),
    "SENTIMENT_LEARN": (_one_of("at-once", "reviewed"), "at-once"),
    "SENTIMENT_FEEDBACK_PER_MINUTE": (_at_least(1), 30),
    "SENTIMENT_SECRET": (_secret_text, None),
    "SENTIMENT_DATABASE_URL": (_database_url, None),
    # the Origin a same-site POST carries; else the request's Host
    "SENTIMENT_PUBLIC_HOSTS": (_host_names, None),
    "SENTIMENT_AGREEING_ADDRESSES": (_at_least(3), 3),  # why 3: docs/learning.md
    # auto: docs/learning.md, "Candidates"
    "SENTIMENT_PROMOTE": (_one_of("manual", "auto"), "manual"),
    # how many leading bits of an IPv6 address name one client: docs/security.md
    "SENTIMENT_IPV6_PREFIX": (_ipv6_prefix, 64),
    # the share of predictions kept for reviewers to label blind: docs/learning.md, "How good"
    "SENTIMENT_AUDIT_RATE": (_share, 0.01),
}
HIDDEN = ("SENTIMENT_SECRET", "SENTIMENT_DATABASE_URL")  # never written to a log: a key, a password


def setting(name):
    """An environment setting's validated value; a bad one is logged once and its default used."""
    return _parsed(name, os.environ.get(name, "").strip())[0]


@functools.lru_cache(maxsize=64)
def _parsed(name, raw):
    parse, default = SETTINGS[name]
    if not raw:
        return default, None
    try:
        return parse(raw), None
    except ValueError as e:
        shown = "(hidden)" if name in HIDDEN else repr(raw)
        error = f"{name}={shown} {e}"
        logger.warning("%s; using the default", error)
        return default, error


def setting_errors():
    """One line per bad setting, for `serve`, which refuses to start with them."""
    errors = (_parsed(name, os.environ.get(name, "").strip())[1] for name in SETTINGS)
    return [error for error in errors if error]


def trusted_proxies():
    """Addresses whose X-Forwarded-For is believed (SENTIMENT_TRUSTED_PROXIES)."""
    return set(os.environ.get("SENTIMENT_TRUSTED_PROXIES", "").replace(",", " ").split())


MIN_REVIEW = 15  # characters, after stripping, as in the textbook form
# or this many Chinese or Japanese characters, which carry about a word each: 差评 and 好评, the
# commonest short reviews, are reviews; of the 52,770 shared shopping reviews, 10 have fewer
# ("好", "ok", "？？？？？？？？？"), where 5 refused 259
MIN_CJK_REVIEW = 2
MAX_REVIEW = 20_000
MAX_BATCH = 1_000  # reviews in one /api/predict or /batch
MAX_UPLOAD = 2_000_000  # bytes of reviews on /batch
# tokens in one request, which bound its featurizing (docs/performance.md times the most)
MAX_TOKENS = 500_000
EXPLAIN_TOP = 50  # features listed per review in the JSON explanation, the strongest
MAX_ANSWER = 8 * 1024 * 1024  # bytes of JSON explanation in one answer
# the model's probabilities the page calls "Unsure"; docs/learning.md says how they were chosen
UNSURE = (0.35, 0.65)
MOSTLY_UNKNOWN = 0.5  # a share of words training never saw past which the page says so
CHANGE_WINDOW = 600  # seconds after feedback in which the same token may change its label
SESSION_TTL = 12 * 3600  # seconds a reviewer's sign-in lasts
REVIEW_PAGE = 50  # pending rows shown, and acted on, at a time
UNSURE_SAMPLE = 1_000  # Unsure predictions kept for reviewers, in reviewed mode
AUDIT_SAMPLE = 5_000  # audit items kept, labelled or not; the oldest leave
MAX_MARKS = 1_000  # highlighted words on a results page; the longest IMDb training review gets 846
MAX_BODY = 4 * 1024 * 1024  # bytes; a full batch of median reviews is ~1 MB
TOKEN_TTL = 24 * 3600  # seconds a feedback token stays valid
RELOAD_EVERY = 0.5  # seconds between looks at model/ for a new version
REPLAY_BUDGET = 0.2  # seconds of feedback replay one request may do; more is left to the next
CHECKPOINT_EVERY = 1.0  # seconds of replay between checkpoints, so start-up replays about this much

logger = logging.getLogger("sentiment")
_warned = set()


def warn_once(message):
    """Log a problem once per process, not once per request."""
    if message not in _warned:
        _warned.add(message)
        logger.error("%s", message)


###############################################################################
# Features
###############################################################################

# HTML tags are skipped; a token is a run of word characters and apostrophes, or one punctuation
# mark or emoji. Stop words stay, so "not good" is a bigram. Chinese and Japanese are written
# without spaces: there each ideograph or kana is a token of its own, so the n-grams of tokens are
# character 1- to 3-grams inside those runs, and words elsewhere. NFKC folds full-width letters,
# digits and punctuation into the ASCII ones ("！" is "!", "１２" is "12"), and half-width kana into
# full-width ones, before tokens are read.
#
# Only HTML's own tags are markup: "The movie was <not> good" keeps its "not", and words hidden in
# "<just kidding, it was awful>" are read and keyed like any others. (Versions made before read any
# "<letter...>" as a tag: OLD_TAG_PATTERN, kept in their meta.json.) An attribute is name=value with
# a value without spaces (href="http://…"): a value of words, or a bare word, would hide them from
# the features and the text key again.
HTML_TAGS = (
    "a|abbr|article|aside|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|"
    "details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|"
    "iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|pre|"
    "q|s|script|section|select|small|span|strike|strong|style|sub|summary|sup|svg|table|tbody|"
    "td|textarea|tfoot|th|thead|title|tr|tt|u|ul|video"
)
_ATTRIBUTE = (
    r"""\s+[a-zA-Z_:][-\w:.]{0,40}\s*=\s*"""
    r"""(?:"[^"\s<>]{0,200}"|'[^'\s<>]{0,200}'|[^\s"'=<>`]{1,200})"""
)
TAG_PATTERN = rf"<(?i:{HTML_TAGS})(?:{_ATTRIBUTE}){{0,8}}\s*/?>|</(?i:{HTML_TAGS})\s*>"
OLD_TAG_PATTERN = r"</?[a-zA-Z][^<>]{0,200}>"
# kana, CJK ideographs, compatibility ideographs
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN_PATTERN = rf"[{CJK}]|(?:[^\W{CJK}]|')+|[^\w\s]"
# the token pattern of versions made before CJK characters were tokens
WORD_PATTERN = r"[\w']+|[^\w\s]"
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant: the n-gram and bucket hash


def _normal(token):
    """A token as it is hashed: lowercased, without surrounding apostrophes ('' is skipped)."""
    return token.lower().strip("'")


# what the committed model learned from
SCRIPTS_READ = frozenset(("LATIN", "CJK", "HIRAGANA", "KATAKANA"))


_ASCII_LETTER = re.compile("[A-Za-z]")  # the ASCII characters str.isalpha takes


def script_of(text, letters=400):
    """The script most of a review's first ``letters`` letters are written in, as Unicode names
    it ("LATIN", "HANGUL", "ARABIC"...), or None for a review without letters. A tie goes to the
    script that comes first."""
    if text.isascii():  # nearly every English review: no per-letter work
        return "LATIN" if _ASCII_LETTER.search(text) else None
    table, names = _scripts()
    ids = table[_code_points(text)]
    ids = ids[ids > 0][:letters]
    if not len(ids):
        return None
    counts = np.bincount(ids)
    return names[ids[counts[ids] == counts.max()][0]]


@functools.cache
def _scripts():
    """(each code point's script, as an index into the names, 0 for a non-letter; the names): the
    first word of each letter's Unicode name, built once per process (docs/performance.md)."""
    end = 0x32400  # past the last letter in Python's Unicode data
    table, names, index = bytearray(0x110000), [None], {}
    for c in range(end):
        if chr(c).isalpha():
            name = unicodedata.name(chr(c), "? ").split(" ", 1)[0]
            if name not in index:
                index[name] = len(names)
                names.append(name)
            table[c] = index[name]
    table = np.frombuffer(table, dtype=np.uint8)
    return table, names


class _PerChunk(dict):
    """Whitespace-separated chunk -> ``compute(chunk)``, packed into bytes.

    Tokens never contain whitespace, so a review's tokens are its chunks' tokens in order, and
    the regex runs once per distinct chunk. Packed bytes join and convert to numpy far faster
    than Python ints. Hostile input cannot grow it without bound: it holds at most ``size``
    chunks of at most ``longest`` characters (words are short; longer chunks are computed every
    time) and is cleared when full."""

    def __init__(self, compute, size=1 << 16, longest=40):
        super().__init__()
        self.compute, self.size, self.longest = compute, size, longest

    def __missing__(self, chunk):
        value = self.compute(chunk)
        if len(chunk) <= self.longest:
            if len(self) >= self.size:
                self.clear()
            self[chunk] = value
        return value


_CJK_TOKEN = re.compile(f"[{CJK}]")


def _token_hash(token, flag):
    """A token's 64-bit hash (BLAKE2b, the same in every process); with ``flag``, its lowest bit
    says whether the token is a CJK character, for Featurizer._buckets."""
    digest = hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    if not flag:
        return digest
    return bytes((digest[0] & 0xFE | bool(_CJK_TOKEN.fullmatch(token)),)) + digest[1:]


# Which code points str.split() splits on; all of them are below U+3001.
_BLANK = np.array([chr(c).isspace() for c in range(0x3002)])


# A character with the marks that NFKC may compose with it: a half-width kana's voicing mark too.
_UNIT = re.compile("[\\s\\S][\u0300-\u036f\u3099\u309a\uff9e\uff9f]*")


def _folded(chunk):
    """(the chunk under NFKC, and for each of its characters the start and end of the characters
    of ``chunk`` it came from), folding a character with its marks at a time."""
    folded, starts, ends = [], [], []
    for m in _UNIT.finditer(chunk):
        piece = unicodedata.normalize("NFKC", m.group())
        folded.append(piece)
        starts += [m.start()] * len(piece)
        ends += [m.end()] * len(piece)
    return "".join(folded), starts, ends


def chunk_tokens(pattern, normalize, chunk):
    """(start, end, normal form) of each token of a chunk without whitespace: the one place text
    becomes tokens, for hashes and offsets alike.

    NFKC-first folds the chunk before the ``pattern`` reads it, so "ｽｺﾞｲ" and "スゴイ" are the same
    tokens, and offsets map back to the characters they came from. NFKC, the rule of versions made
    before, folds each token after it is read."""
    if chunk.isascii() or not normalize:
        found = ((m.start(), m.end(), m.group()) for m in pattern.finditer(chunk))
    elif normalize == "NFKC":
        found = (
            (m.start(), m.end(), unicodedata.normalize("NFKC", m.group()))
            for m in pattern.finditer(chunk)
        )
    elif unicodedata.is_normalized("NFKC", chunk):
        found = ((m.start(), m.end(), m.group()) for m in pattern.finditer(chunk))
    else:
        folded, starts, ends = _folded(chunk)
        found = (
            (starts[m.start()], ends[m.end() - 1], m.group()) for m in pattern.finditer(folded)
        )
    return [(a, b, token) for a, b, text in found if (token := _normal(text))]


class Poly64:
    """The token hash of versions whose features say ``"token_hash": "poly64"``: tokens and their
    hashes for a whole batch from numpy arrays of code points, with no Python per token or chunk.

    A review is folded as NFKC-first folds it (a character with its marks at a time), lowercased,
    and then read by TOKEN_PATTERN's rule through a table of each code point's kind. A token's
    hash is the polynomial of its code points mod 2^64, read off prefix sums, then mixed by
    murmur3's finalizer. With ``flag``, its lowest bit says which table the n-grams it starts
    go to: with ``by_review``, the review's (Chinese when more of its tokens are CJK characters than
    words), so that a Chinese review's punctuation and Latin words never share an English weight;
    otherwise whether the token is a CJK character, as _token_hash's does."""

    WORD, APOSTROPHE, CJK, OTHER, SPACE = range(5)  # tokens: runs of the first two; one of the next
    BASE = 0x100000001B3  # odd, so it has an inverse mod 2^64
    MASK = (1 << 64) - 1
    # code points hashed at once: the powers kept for ever, and a batch's arrays, grow with it
    GROUP = 1 << 17

    def __init__(self, tags, flag, by_review):
        self.tags, self.flag, self.by_review = tags, flag, by_review
        self._powers = (np.ones(1, np.uint64), np.ones(1, np.uint64))  # BASE^i, BASE^-i

    @staticmethod
    @functools.cache
    def tables():
        """(each code point's kind, for the token rule; each one's NFKC where it differs), built
        once per process (docs/performance.md)."""
        kind = np.full(0x110000, Poly64.OTHER, dtype=np.uint8)
        kind[_matching(r"\s")] = Poly64.SPACE
        kind[_matching(r"\w")] = Poly64.WORD
        for low, high in ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
            kind[low : high + 1] = Poly64.CJK  # the CJK ranges of TOKEN_PATTERN
        kind[ord("'")] = Poly64.APOSTROPHE
        nfkc = {
            c: unicodedata.normalize("NFKC", chr(c))
            for c in range(0x30000)  # no character past it changes under NFKC
            if not unicodedata.is_normalized("NFKC", chr(c))
        }
        return kind, nfkc

    def prepared(self, text):
        """The review as its tokens are read: tags blanked (offsets kept), folded, lowercased."""
        text = self.blanked(text)
        if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
            if _MARK.search(text):  # a character with its marks at a time
                text = "".join(
                    unicodedata.normalize("NFKC", m.group()) for m in _UNIT.finditer(text)
                )
            else:
                text = text.translate(self.tables()[1])
        return text.lower()

    def blanked(self, text):
        """The review with its tags as spaces, so that offsets stay. IMDb's "<br />", the commonest
        by far, is blanked by str.replace: the tag pattern reads it whole wherever it stands."""
        if "<" in text:
            text = text.replace("<br />", "      ")
            if "<" in text:
                text = self.tags.sub(lambda m: " " * len(m.group()), text)
        return text

    def powers(self, n):
        """(BASE^i, BASE^-i) for i up to ``n``: a group's at first, more only for a longer text."""
        if len(self._powers[0]) <= n:
            size = max(n + 1, self.GROUP + 1)
            self._powers = tuple(
                np.cumprod(np.concatenate((np.ones(1, np.uint64), np.full(size - 1, b, np.uint64))))
                for b in (self.BASE, pow(self.BASE, -1, 1 << 64))
            )
        return self._powers

    def spans(self, kinds):
        """(starts, ends, whether CJK) of the tokens of code points of these ``kinds``, in order."""
        n = len(kinds)
        run = np.zeros(n + 2, bool)
        np.less_equal(kinds, self.APOSTROPHE, out=run[1:-1])
        edge = np.flatnonzero(run[1:] != run[:-1])
        first, last = edge[0::2], edge[1::2] - 1  # of each run of word characters and apostrophes
        # a run's token is from its first word character to its last: apostrophes are stripped
        for moved, step in ((first, 1), (last, -1)):
            odd = np.flatnonzero(kinds[moved] == self.APOSTROPHE)
            while len(odd):  # one or two steps: few runs start or end with several apostrophes
                moved[odd] += step
                odd = odd[first[odd] <= last[odd]]
                odd = odd[kinds[moved[odd]] == self.APOSTROPHE]
        keep = first <= last
        first, last = first[keep], last[keep]
        single = np.flatnonzero((kinds - np.uint8(self.CJK)) <= np.uint8(self.OTHER - self.CJK))
        starts, ends = np.zeros(n + 1, bool), np.zeros(n + 1, bool)
        starts[first] = starts[single] = True
        ends[last] = ends[single] = True
        starts = np.flatnonzero(starts)
        return starts, np.flatnonzero(ends) + 1, kinds[starts] == self.CJK

    def hashed(self, code_points, starts, ends, cjk):
        """The 64-bit hashes of the tokens at ``starts``:``ends`` of ``code_points``."""
        up, down = self.powers(len(code_points))
        sums = np.zeros(len(code_points) + 1, np.uint64)  # in place: a batch's are megabytes
        np.multiply(code_points, up[: len(code_points)], out=sums[1:])
        np.cumsum(sums[1:], out=sums[1:])
        h = (sums[ends] - sums[starts]) * down[starts]
        h = _fmix64(h * np.uint64(self.BASE) + (ends - starts).astype(np.uint64))
        if self.flag:  # cjk: an array, or one flag for all of them
            h = (h & np.uint64(self.MASK ^ 1)) | np.asarray(cjk, np.uint64)
        return h

    def many(self, texts):
        """The token hashes of each review: at once, GROUP code points at a time."""
        if len(texts) == 1:
            return [self._one(self.prepared(texts[0]))[2]]
        prepared, hashes, start = [self.prepared(t) for t in texts], [], 0
        ends = np.cumsum([len(t) + 1 for t in prepared])
        while start < len(prepared):  # a group's first review, however long, and what fits
            end = int(np.searchsorted(ends, ends[start] + self.GROUP))
            hashes += self._joined(prepared[start:end])
            start = end
        return hashes

    def _joined(self, prepared):
        """The token hashes of each of these prepared reviews, read as one text."""
        code_points = _code_points(" ".join(prepared))
        kinds = self.tables()[0][code_points]
        starts, ends, cjk = self.spans(kinds)
        lengths = np.fromiter(map(len, prepared), dtype=np.intp, count=len(prepared)) + 1
        # each review's first token, and the end of the last
        bounds = np.append(np.searchsorted(starts, np.cumsum(lengths) - lengths), len(starts))
        if self.by_review:
            cjk = np.repeat(self.review_tables(kinds[starts], bounds), np.diff(bounds))
        return np.split(self.hashed(code_points, starts, ends, cjk), bounds[1:-1])

    def review_tables(self, first_kinds, bounds):
        """Whether each review is read in the CJK table, given the kind of each token's first
        character and where each review's tokens start (and the last ends)."""
        cjk = np.concatenate(([0], np.cumsum(first_kinds == self.CJK)))[bounds]
        words = np.concatenate(([0], np.cumsum(first_kinds == self.WORD)))[bounds]
        return np.diff(cjk) > np.diff(words)

    def _one(self, prepared):
        """(starts, ends, hashes) of the tokens of one prepared review, offsets into it."""
        code_points = _code_points(prepared)
        kinds = self.tables()[0][code_points]
        starts, ends, cjk = self.spans(kinds)
        if self.by_review:
            first = kinds[starts]
            cjk = np.count_nonzero(first == self.CJK) > np.count_nonzero(first == self.WORD)
        return starts, ends, self.hashed(code_points, starts, ends, cjk)

    def tokens(self, text):
        """(starts, ends, hashes) of a review's tokens, offsets into ``text``."""
        prepared = self.prepared(text)
        starts, ends, h = self._one(prepared)
        if len(prepared) != len(text) or not text.isascii():
            first, last = self.origins(text, len(prepared))
            starts, ends = first[starts], last[ends - 1]
        return starts, ends, h

    def origins(self, text, size):
        """For each character of prepared(text), the start and the end of the characters of
        ``text`` it came from."""
        text = self.blanked(text)
        if unicodedata.is_normalized("NFKC", text):
            folded, first, last = text, np.arange(len(text)), np.arange(1, len(text) + 1)
        else:
            folded, first, last = _folded(text)
        if len(folded.lower()) != len(folded):  # "İ" lowercases to two characters
            widths = [len(c.lower()) for c in folded]
            first, last = np.repeat(first, widths), np.repeat(last, widths)
        return np.asarray(first, dtype=np.intp), np.asarray(last, dtype=np.intp)


def _matching(pattern):
    """For each code point, whether the one-character ``pattern`` matches it, read 64K at a time."""
    table, run = np.zeros(0x110000, bool), re.compile(f"(?:{pattern})+")
    for low in range(0, 0x110000, 0x10000):
        for m in run.finditer("".join(map(chr, range(low, low + 0x10000)))):
            table[low + m.start() : low + m.end()] = True
    return table


def _code_points(text):
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


_MARK = re.compile("[\u0300-\u036f\u3099\u309a\uff9e\uff9f]")


FEATURE_SETTINGS = (
    "n_bits",
    "ngram_max",
    "token_pattern",
    "tag_pattern",
    "normalize",
    "cjk_bits",
    "token_hash",
    "tables",
)


def feature_settings(
    n_bits, ngram_max, token_pattern, tag_pattern, normalize, cjk_bits, token_hash, tables
):
    """A version's feature settings, completed and checked; a ValueError lists every wrong one."""
    cjk_bits = n_bits - 1 if cjk_bits is None else cjk_bits
    poly64 = token_hash == "poly64"
    tables = tables or ("by review" if poly64 and cjk_bits else "by token")
    today = (token_pattern, normalize) == (TOKEN_PATTERN, "NFKC-first")
    tables_ok = tables == "by token" or (tables == "by review" and poly64 and cjk_bits)
    wrong = [
        what
        for what, bad in (
            ("n_bits must be 8..30", not 8 <= n_bits <= 30),
            ("ngram_max 1..5", not 1 <= ngram_max <= 5),
            ("normalize '', 'NFKC' or 'NFKC-first'", normalize not in ("", "NFKC", "NFKC-first")),
            ("cjk_bits 0 or 8..n_bits", not (cjk_bits == 0 or 8 <= cjk_bits <= n_bits)),
            ("token_hash blake2b or poly64", token_hash not in ("blake2b", "poly64")),
            ("poly64 reads today's token pattern and fold", poly64 and not today),
            ("tables 'by token', or 'by review' with poly64 and cjk_bits", not tables_ok),
        )
        if bad
    ]
    if wrong:
        raise ValueError("; ".join(wrong))
    completed = locals()
    return {name: completed[name] for name in FEATURE_SETTINGS}


class Featurizer:
    """Hashed binary word n-grams of a review, each worth 1/sqrt(count).

    No vocabulary is fitted, so any review can be learned at any time. Token hashes come from
    Poly64 for a whole batch (versions made before: BLAKE2b, cached per chunk), and n-gram hashes
    are built with numpy arithmetic instead of strings; training, evaluation, serving and learning
    all call :meth:`indices` or :meth:`batch_indices`, so there is one code path for features."""

    def __init__(
        self,
        n_bits=21,
        ngram_max=3,
        token_pattern=TOKEN_PATTERN,
        tag_pattern=TAG_PATTERN,
        normalize="NFKC-first",
        cjk_bits=None,
        token_hash="poly64",
        tables=None,
    ):
        given = locals()
        vars(self).update(feature_settings(**{name: given[name] for name in FEATURE_SETTINGS}))
        cjk_bits, poly64 = self.cjk_bits, self.token_hash == "poly64"
        self.n_features = (1 << n_bits) + (1 << cjk_bits if cjk_bits else 0)
        self._tags, self._tokens = re.compile(tag_pattern), re.compile(token_pattern)
        self._poly64 = (
            Poly64(self._tags, bool(cjk_bits), self.tables == "by review") if poly64 else None
        )
        # (longer chunks than _PerChunk keeps, "a,b,c,...", still find each token's hash cached)
        self._hash = _PerChunk(functools.partial(_token_hash, flag=bool(cjk_bits)))
        self._hashes = _PerChunk(
            lambda chunk: b"".join(self._hash[t] for _, _, t in self._chunk_tokens(chunk))
        )
        self._spans = _PerChunk(
            lambda chunk: np.array(
                [(a, b) for a, b, _ in self._chunk_tokens(chunk)], dtype=np.int32
            ).tobytes()
        )
        self._shift, self._offset = np.uint64(64 - n_bits), np.uint64(n_bits)
        self._gap = np.uint64(n_bits - cjk_bits)

    def _chunk_tokens(self, chunk):
        """(start, end, normal form) of a chunk's tokens, under this version's pattern and fold."""
        return chunk_tokens(self._tokens, self.normalize, chunk)

    def params(self):
        return {name: getattr(self, name) for name in FEATURE_SETTINGS}

    def _token_hashes(self, chunks):
        """The 64-bit hashes of the chunks' tokens, in order."""
        return np.frombuffer(b"".join(map(self._hashes.__getitem__, chunks)), dtype="<u8")

    def _gram_counts(self, n_tokens):
        """How many 1-grams, 2-grams, ... a review of ``n_tokens`` tokens has, up to ngram_max."""
        return [n_tokens - n for n in range(min(n_tokens, self.ngram_max))]

    def _ngram_buckets(self, h):
        """Buckets of all 1..ngram_max-grams of token hashes, unigrams first, each in text order."""
        n = len(h)
        # sizes n, n - 1, ... as _gram_counts gives them, without its call and list
        orders = min(n, self.ngram_max)
        # filled in place: few numpy calls
        out = np.empty(orders * n - orders * (orders - 1) // 2, dtype=np.uint64)
        out[:n] = h
        start, previous = n, h
        for k in range(1, orders):
            gram = out[start : start + n - k]
            np.multiply(previous[:-1], _MIX, out=gram)
            gram += h[k:]
            start, previous = start + n - k, gram
        out *= _MIX
        first = (
            np.concatenate([h[:0]] + [h[: n - k] for k in range(orders)]) if self.cjk_bits else None
        )
        return self._buckets(out, first)

    def _buckets(self, mixed, first):
        """The buckets of mixed n-gram hashes (in place), given the hash of each n-gram's first
        token.

        With ``cjk_bits``, an n-gram that starts with a CJK character has 2^cjk_bits buckets of
        its own after the 2^n_bits of the others: the two scripts' n-grams never share a weight,
        and English keeps all of its own (a shared table cost English 1.3 points of dev accuracy,
        docs/model.md)."""
        if self.cjk_bits:
            cjk = first & np.uint64(1)  # _token_hash's flag
            mixed >>= self._shift + cjk * self._gap
            mixed += cjk << self._offset
        else:
            mixed >>= self._shift
        # buckets fit, and numpy sorts int32 three times faster than int64
        return mixed.astype(np.int32)

    @classmethod
    @functools.lru_cache(maxsize=4)
    def shared(cls, **params):
        """One Featurizer per setting, so versions share caches and a request can tell it is one."""
        return cls(**params)

    def hashes(self, text):
        """The 64-bit hashes of a review's tokens, in order, tags skipped."""
        if self._poly64:
            return self._poly64.many([text])[0]
        if "<" in text:
            text = self._tags.sub(" ", text)
        return self._token_hashes(text.split())

    def many_hashes(self, texts):
        """hashes() of each review: for poly64, all at once."""
        if self._poly64:
            return self._poly64.many(texts)
        return [self.hashes(t) for t in texts]

    def words(self, hashes):
        """The buckets of the words (unigrams) of token ``hashes``, as indices() hashes them."""
        return self._buckets(hashes * _MIX, hashes)

    def indices(self, text, hashes=None):
        """The sorted, distinct feature indices of a review (or of its ``hashes``)."""
        return _distinct(self._ngram_buckets(self.hashes(text) if hashes is None else hashes))

    def batch_indices(self, hashes):
        """(indices, offsets list): the sorted, distinct feature indices of each review of token
        ``hashes``, at once.

        Review i's are ``indices[offsets[i]:offsets[i + 1]]``. The n-grams of all reviews are
        built together, then gathered review by review (n-grams that straddle two reviews are
        left out) and each review's are sorted on their own: a few hundred keys sort in the CPU's
        caches, three times faster per key than a batch's (docs/performance.md)."""
        if len(hashes) == 1:
            keys = self.indices(None, hashes[0])
            return keys, [0, len(keys)]
        lengths = np.fromiter(map(len, hashes), dtype=np.intp, count=len(hashes))
        h = np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)
        orders = np.arange(min(len(h), self.ngram_max))
        # review r's n-grams of k + 1 tokens: n_r - k of them, at its first token in order k's
        counts = np.maximum(lengths[:, None] - orders, 0)
        sizes = len(h) - orders
        at = ((np.cumsum(lengths) - lengths)[:, None] + (np.cumsum(sizes) - sizes)).ravel()
        each = counts.ravel()
        ends = np.cumsum(each)
        gather = np.repeat(at - ends + each, each) + np.arange(ends[-1] if len(ends) else 0)
        keys = self._ngram_buckets(h)[gather]
        bounds = np.concatenate(([0], np.cumsum(counts.sum(axis=1))))
        for start, end in itertools.pairwise(bounds.tolist()):
            keys[start:end].sort()
        first = _run_starts(keys)
        first[bounds[:-1][bounds[:-1] < len(keys)]] = True  # each review's first key is its own
        return keys[first], np.concatenate(([0], np.cumsum(first)))[bounds].tolist()

    def tokens(self, text):
        """The review's tokens as arrays (starts, ends, 64-bit hashes), offsets into ``text``.

        Offsets come from each chunk's cached token spans plus the chunk's start, found with numpy,
        so no regex runs over the whole review."""
        if self._poly64:
            return self._poly64.tokens(text)
        if "<" in text:  # blank the tags out, keeping every offset
            text = self._tags.sub(lambda m: " " * len(m.group()), text)
        blank = _BLANK[np.minimum(_code_points(text), 0x3001)]
        chunk_starts = np.flatnonzero(~blank & np.concatenate(([True], blank[:-1])))
        chunks = text.split()
        spans = list(map(self._spans.__getitem__, chunks))
        counts = np.fromiter(map(len, spans), dtype=np.intp, count=len(spans)) // 8
        at = np.frombuffer(b"".join(spans), dtype=np.int32).reshape(-1, 2)
        at = at + np.repeat(chunk_starts, counts)[:, None]
        return at[:, 0], at[:, 1], self._token_hashes(chunks)


def _distinct(keys):
    """The distinct values of ``keys``, sorted (the array is sorted in place)."""
    keys.sort()
    return keys[_run_starts(keys)]


def _run_starts(sorted_buckets):
    """A mask that keeps the first of each run of equal values."""
    first = np.empty(len(sorted_buckets), dtype=bool)
    first[:1] = True
    np.not_equal(sorted_buckets[1:], sorted_buckets[:-1], out=first[1:])
    return first


def _logit(weights, intercept):
    """A review's logit from the weights of its n distinct features, each worth 1/sqrt(n)."""
    if not len(weights):
        return intercept
    return float(np.add.reduce(weights)) / math.sqrt(len(weights)) + intercept


def _expit(z):
    """The logistic function, without overflow for any float."""
    return 0.5 * (1.0 + math.tanh(0.5 * z))


###############################################################################
# Learning: the online rules, each owning the arrays it learns with
###############################################################################

# added to every feature's count of each class, in a fit's Naive Bayes ratios and in
# CountingAdaGrad's
NB_SMOOTHING = 2.0


class AdaGrad:
    """The online rule: one AdaGrad step (per-feature rates) on the features of one review.

    Each feature's step is ``eta`` * gradient / sqrt(its accumulated squared gradients), and the
    accumulator starts from ``g0`` plus ``prior`` times the feature's evidence in training (the
    sum of its squared values over the training reviews). So words the model has seen thousands
    of times barely move, while words of a new domain learn fast (docs/learning.md). A step
    touches only the review's own features; the intercept stays. Feedback without a key is
    learned with ``anonymous_weight`` of a step. Its parameters are written into each version,
    which replays under them.

    A model's rule is its own: it holds the accumulators (``squares``), which a checkpoint saves
    and loads through arrays() and resumed()."""

    name = "adagrad"
    ARRAYS = ("squares",)  # what a checkpoint keeps of the rule

    def __init__(self, eta=2.5, g0=1e-3, prior=0.1, anonymous_weight=0.03):
        # chosen by prequential accuracy on the Amazon stream; the anonymous step by `make poison`
        self.eta, self.g0, self.prior, self.anonymous_weight = eta, g0, prior, anonymous_weight
        self.squares = None  # each feature's sum of squared gradients, once started()

    def params(self):
        """The rule's name and parameters, as a version records them."""
        names = inspect.signature(type(self)).parameters
        return {"rule": self.name, **{name: getattr(self, name) for name in names}}

    def started(self, evidence, cjk_start=None):
        """A rule of these parameters for a model whose training ``evidence`` (per feature) is
        given: its accumulators start from it. Features from ``cjk_start`` on are the CJK
        table's."""
        rule = self._fresh()
        rule.squares = self.prior * np.asarray(evidence, np.float64)
        rule.squares += self.g0
        return rule

    def resumed(self, arrays):
        """A rule of these parameters with a checkpoint's ``arrays`` (or a copy of another's)."""
        rule = self._fresh()
        rule.squares = np.array(arrays["squares"], dtype=np.float64)
        return rule

    def _fresh(self):
        """A rule of this type and parameters, a subclass too, with no arrays yet."""
        params = self.params()
        del params["rule"]
        return type(self)(**params)

    def arrays(self):
        return {"squares": self.squares}

    def evidence(self, at=slice(None)):
        """The training evidence these accumulators amount to (``at`` some features): what a new
        version keeps."""
        return (self.squares[at] - self.g0) / self.prior

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        squares = self.squares[idx] + gradient * gradient
        self.squares[idx] = squares
        model.coef[idx] -= self.eta * gradient / np.sqrt(squares)


class CappedAdaGrad(AdaGrad):
    """AdaGrad whose step cannot swing what training knew (docs/learning.md).

    Through the features training saw, a step moves the review's own logit by at most ``reach``
    times the row's weight; and a row of less than a full step moves no weight by more than
    ``cap`` times its weight."""

    name = "capped-adagrad"

    def __init__(self, eta=6.0, g0=1e-2, prior=0.1, anonymous_weight=0.007, reach=3.5, cap=1.0):
        # the rule of versions made before DampedAdaGrad
        super().__init__(eta, g0, prior, anonymous_weight)
        self.reach, self.cap = reach, cap

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        model.coef[idx] += self.delta(model, idx, gradient, x, weight)

    def delta(self, model, idx, gradient, x, weight):
        """The step's change to the weights at ``idx``; its squared gradients are accumulated."""
        squares = self.squares[idx] + gradient * gradient
        self.squares[idx] = squares
        delta = -self.eta * gradient / np.sqrt(squares)
        if weight < 1.0:
            np.clip(delta, -self.cap * weight, self.cap * weight, out=delta)
        return self.within_reach(model, idx, delta, x, self.reach * weight)

    def within_reach(self, model, idx, delta, x, reach):
        """``delta``, scaled down so that through the features training saw it moves the review's
        own logit by at most ``reach``."""
        trained = model.trained[idx]
        moved = abs(float(delta[trained].sum()) * x)
        if moved > reach:
            delta[trained] *= reach / moved
        return delta


class DampedAdaGrad(CappedAdaGrad):
    """CappedAdaGrad that trusts a surprise less (docs/learning.md).

    A label that contradicts an answer more than ``surprise`` logits sure moves the weights by
    e^-(m - surprise) of the step, m the answer's logit on the wrong side, and by at least
    ``floor`` of it. The lookup already answers a corrected text, and a full step on a confident
    answer shifts every answer near the boundary that shares its words; labels that keep
    contradicting the model still teach it, 1 / ``floor`` of them a step."""

    name = "damped-adagrad"

    def __init__(
        self,
        eta=16.0,
        g0=1e-2,
        prior=0.2,
        anonymous_weight=0.003,
        reach=6.0,
        cap=1.0,
        surprise=2.0,
        floor=0.02,
    ):
        # the rule of versions made before CountingAdaGrad
        super().__init__(eta, g0, prior, anonymous_weight, reach, cap)
        self.surprise, self.floor = surprise, floor

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        damping = self.damping(gradient, x, weight)
        model.coef[idx] += self.delta(model, idx, gradient, x, weight) * damping

    def damping(self, gradient, x, weight):
        """The share of its step that a row takes: less the surer the answer it contradicts."""
        wrong = abs(gradient) / (weight * x)  # |p - label|, and e^m = wrong / (1 - wrong)
        damping = min(1.0, math.exp(self.surprise) * (1.0 - wrong) / wrong) if wrong else 1.0
        return max(self.floor, damping)


class CountingAdaGrad(DampedAdaGrad):
    """DampedAdaGrad that keeps counting, as a refit would (docs/learning.md).

    A fit adds to each weight a share of the feature's Naive Bayes ratio, log(positive /
    negative reviews that have it), counted over its rows; a refit would count the log's rows
    too. Here each row adds its share of a step (its weight, damped as its step is) to its
    label's count of each of its features, and each weight moves by ``share`` times the change
    in its feature's log ratio. The counts start from the training evidence, a sum of 1 / (a
    review's number of features): times ``latin_length`` (or ``cjk_length`` in the CJK table), a
    training review's harmonic mean number of features, half of them each class."""

    name = "counting-adagrad"
    ARRAYS = ("squares", "positive", "negative")

    def __init__(
        self,
        eta=6.0,
        g0=1e-2,
        prior=0.2,
        anonymous_weight=0.003,
        reach=6.0,
        cap=1.0,
        surprise=2.0,
        floor=0.02,
        share=2.0,
        latin_length=450.0,
        cjk_length=60.0,
    ):
        # chosen by the worst case over make learncurve's stream families, and kept by
        # BoundedCountingAdaGrad; CountingAdaGrad is the rule of versions made before it
        super().__init__(eta, g0, prior, anonymous_weight, reach, cap, surprise, floor)
        self.share, self.latin_length, self.cjk_length = share, latin_length, cjk_length
        # each feature's count of each class, made at the first step: a version that only
        # answers does not hold two counts a feature (25 MB)
        self.positive = self.negative = None
        self._cjk_start = None  # where the CJK table's features start, once started()

    def started(self, evidence, cjk_start=None):
        rule = super().started(evidence, cjk_start)
        rule._cjk_start = cjk_start
        return rule

    def resumed(self, arrays):
        rule = super().resumed(arrays)
        rule._cjk_start = self._cjk_start
        rule.positive = np.array(arrays["positive"], dtype=np.float32)
        rule.negative = np.array(arrays["negative"], dtype=np.float32)
        return rule

    def arrays(self):
        self._counting()
        return {**super().arrays(), "positive": self.positive, "negative": self.negative}

    def _counting(self):
        """Each class's count of each feature, made from the training evidence if not yet."""
        if self.positive is None:
            # before the first step the accumulators still hold the training evidence, read a
            # block at a time: temporaries the size of the weights would stay in a worker's heap.
            # float32: half the memory, and a count's rounding is far below what one row adds
            counts, block = np.empty(len(self.squares), np.float32), 1 << 16
            for start in range(0, len(counts), block):
                counts[start : start + block] = self.evidence(slice(start, start + block))
            counts *= np.float32(self.latin_length / 2)
            counts[self._cjk_start or len(counts) :] *= np.float32(
                self.cjk_length / self.latin_length
            )
            counts += np.float32(NB_SMOOTHING)
            self.positive, self.negative = counts, counts.copy()

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        self._counting()
        damping = self.damping(gradient, x, weight)
        model.coef[idx] += self.delta(model, idx, gradient, x, weight) * damping
        model.coef[idx] += self.counted(model, idx, gradient, weight * damping)

    def counted(self, model, idx, gradient, weight):
        """Adds the row, of ``weight``, to its label's counts; returns the change in the weights
        that its features' log ratios make."""
        # the label: p - 1 < 0 for a positive review, p > 0 for a negative one, unless p is
        # exactly the label, where the answer's side tells it
        positive = gradient < 0 if gradient else model.logit(idx) > 0
        before = self._ratios(idx)
        (self.positive if positive else self.negative)[idx] += weight
        return self.share * (self._ratios(idx) - before)

    def _ratios(self, idx):
        return np.log(self.positive[idx].astype(np.float64) / self.negative[idx])


class BoundedCountingAdaGrad(CountingAdaGrad):
    """CountingAdaGrad whose counts, too, stay within a step's reach (docs/learning.md).

    A step and its counts together move the review's own logit, through the features training
    saw, by at most ``reach`` times the row's weight and its damping, as a step of DampedAdaGrad
    does: the counts of a surprising row no longer add their own move past the damped one."""

    name = "bounded-counting-adagrad"

    def step(self, model, idx, gradient, x=1.0, weight=1.0):
        self._counting()
        damping = self.damping(gradient, x, weight)
        delta = self.delta(model, idx, gradient, x, weight) * damping
        delta += self.counted(model, idx, gradient, weight * damping)
        model.coef[idx] += self.within_reach(model, idx, delta, x, self.reach * weight * damping)


RULES = {
    rule.name: rule
    for rule in (AdaGrad, CappedAdaGrad, DampedAdaGrad, CountingAdaGrad, BoundedCountingAdaGrad)
}


def learning_rule(params):
    """The rule a version was made under; versions older than this record were all made under
    AdaGrad's defaults (`migrate` writes them out; the default goes in 2.0)."""
    params = dict(params or {"rule": AdaGrad.name})
    name = params.pop("rule")
    if name not in RULES:
        raise ValueError(f"unknown learning rule {name!r}")
    return RULES[name](**params)


# of a keyed step, for feedback without a key; docs/security.md
ANONYMOUS_WEIGHT = BoundedCountingAdaGrad().anonymous_weight


###############################################################################
# Model: logistic regression that keeps learning, and how it is fitted
###############################################################################


class Model:
    """Logistic regression over :class:`Featurizer` output that keeps learning by its ``rule``.

    It holds the weights, the intercepts and the training evidence (which features training saw);
    the rule holds what it learns with. Its figures, on the stream families too, are in
    docs/learning.md."""

    def __init__(self, featurizer, coef, intercept, evidence=None, seen=None, rule=None):
        if coef.shape != (featurizer.n_features,):
            raise ValueError("coef does not match the featurizer")
        self.featurizer = featurizer
        self.coef = np.array(coef, dtype=np.float64)
        self.intercept = float(intercept)
        if evidence is None:
            evidence = np.zeros(featurizer.n_features)
        # a review read in the CJK table (Featurizer tables "by review") has an intercept of its own
        self.cjk_intercept, self._cjk_start = None, 1 << featurizer.n_bits
        self.rule = (rule or BoundedCountingAdaGrad()).started(evidence, self._cjk_start)
        self.trained = np.asarray(evidence) > 0  # the features training saw
        self.seen = seen  # which word (unigram) buckets training saw, or None if unknown
        self.temperatures = {}  # script -> temperature, from the version's calibration

    def intercept_of(self, idx):
        """The intercept of a review of these sorted features."""
        if self.cjk_intercept is not None and len(idx) and idx[0] >= self._cjk_start:
            return self.cjk_intercept
        return self.intercept

    def unknown_shares(self, hashes):
        """Each review's share of words training never saw, of token ``hashes``; None if unknown."""
        if self.seen is None or not hashes:
            return [None] * len(hashes)
        known = self.seen.take(self.featurizer.words(np.concatenate(hashes)))
        if len(hashes) == 1:  # a page's one review: no counting per review
            return [1.0 - np.count_nonzero(known) / len(known) if len(known) else None]
        lengths = np.fromiter(map(len, hashes), dtype=np.intp, count=len(hashes))
        ends = np.cumsum(lengths)
        counted = np.concatenate(([0], np.cumsum(known, dtype=np.intp)))
        shares = 1.0 - (counted[ends] - counted[ends - lengths]) / np.maximum(lengths, 1)
        return [share if n else None for share, n in zip(shares.tolist(), lengths.tolist())]

    def logit(self, idx):
        # take + add.reduce: a tenth faster than coef[idx].sum() on reviews not seen just before
        return _logit(self.coef.take(idx), self.intercept_of(idx))

    def logits(self, indices, offsets):
        """The logit of each review of batch_indices(), from one gather of the weights."""
        weights = self.coef.take(indices)
        return [
            _logit(weights[start:end], self.intercept_of(indices[start:end]))
            for start, end in zip(offsets[:-1], offsets[1:])
        ]

    def positive(self, text):
        """The probability that a review is positive."""
        return _expit(self.calibrated(self.logit(self.featurizer.indices(text)), text))

    def calibrated(self, logit, text, script=None):
        """A review's logit over the version's temperature for its script, so that "65% positive"
        is right about 65% of the time in Chinese as in English (docs/model.md). Learning steps
        use the logit itself: this maps what is shown, never what is learned."""
        if not self.temperatures:
            return logit
        return logit / self.temperatures.get(script or script_of(text), 1.0)

    def learn(self, text, label, weight=1.0, hashes=None):
        """A step of the rule on a review, label 1 positive, its gradient times ``weight``."""
        idx = self.featurizer.indices(text, hashes)
        if len(idx):
            x = 1 / math.sqrt(len(idx))
            self.rule.step(self, idx, (_expit(self.logit(idx)) - label) * weight * x, x, weight)

    def explain(self, text, tokens=None):
        """What each feature of the review contributed to the logit; ``tokens`` may be its tokens().

        Returns (features, logit, words). ``features`` is (starts, ends, weights), arrays over
        the distinct features, each at its first n-gram, with offsets into ``text``; the weights
        plus the intercept add up to the logit. ``words`` is (starts, ends, scores): each token's
        share of every n-gram that covers it, for highlighting."""
        starts, ends, h = self.featurizer.tokens(text) if tokens is None else tokens
        buckets = self.featurizer._ngram_buckets(h)
        order = np.argsort(buckets, kind="stable")
        # each distinct bucket's first n-gram, in indices() order
        first = order[_run_starts(buckets[order])]
        distinct = buckets[first]
        x = 1.0 / math.sqrt(len(distinct)) if len(distinct) else 0.0
        weights = self.coef.take(buckets) * x
        sizes = self.featurizer._gram_counts(len(h))
        # n-grams of k + 1 tokens (buckets' order) start where tokens 0.. start, end where k.. end
        gram_start = np.concatenate([starts[:0]] + [starts[:size] for size in sizes])
        gram_end = np.concatenate([ends[:0]] + [ends[k : k + size] for k, size in enumerate(sizes)])
        features = (gram_start[first], gram_end[first], weights[first])
        scores, at = np.zeros(len(h)), 0
        for n, size in enumerate(sizes, 1):
            share = weights[at : at + size] / n
            for k in range(n):
                scores[k : k + size] += share
            at += size
        if self.temperatures:  # the weights and intercept, calibrated, add up to the logit shown
            scale = 1.0 / self.temperatures.get(script_of(text), 1.0)
            features, scores = (*features[:2], features[2] * scale), scores * scale
        return features, self.calibrated(self.logit(distinct), text), (starts, ends, scores)

    def state(self):
        """What is pickled: plain types and numpy arrays only, never a function.

        The weights are float16 on disk, which keeps 2^21 + 2^20 of them under 10 MB (rounding
        changed none of the 5,000 English dev answers); the evidence is 4 bits a feature. In
        memory both are float64 again."""
        return {
            "format": 2,
            "features": self.featurizer.params(),
            "coef": self.coef.astype(np.float16),
            "intercept": self.intercept,
            "evidence": _pack_evidence(self.rule.evidence()),
            "seen": None if self.seen is None else np.packbits(self.seen),
            **({} if self.cjk_intercept is None else {"cjk_intercept": self.cjk_intercept}),
        }

    @classmethod
    def from_state(cls, state, rule=None):
        if not isinstance(state, dict) or state.get("format") != 2:
            raise ValueError("not a sentiment model")
        # Older versions: no folding, and one table of buckets for every script.
        old = dict(normalize="", cjk_bits=0, tag_pattern=OLD_TAG_PATTERN, tables="by token")
        featurizer = Featurizer.shared(**{**old, "token_hash": "blake2b", **state["features"]})
        evidence, seen = _unpack_evidence(state["evidence"]), state["seen"]
        if seen is not None:
            seen = np.unpackbits(seen, count=featurizer.n_features).view(bool)
        model = cls(featurizer, state["coef"], state["intercept"], evidence, seen, rule)
        model.cjk_intercept = state.get("cjk_intercept")
        return model

    def resumed(self, coef, intercept, arrays):
        """This model's featurizer, training evidence and known words with other learned state:
        weights, intercept and the rule's ``arrays`` (a checkpoint's, or a copy)."""
        twin = copy.copy(self)  # shares what never changes; no evidence to start a rule from
        twin.coef, twin.intercept = np.array(coef, dtype=np.float64), float(intercept)
        twin.rule = self.rule.resumed(arrays)
        return twin

    def copy(self):
        return self.resumed(self.coef, self.intercept, self.rule.arrays())


# Evidence on disk: log2-spaced levels 1..15 (0 is "never seen") in two features a byte, from 2^-12
# (one long review) to 2^7 ("the" in every review): a factor of 2.6 a level, plenty for a prior.
_EVIDENCE_LOW, _EVIDENCE_STEP = -12.0, 19 / 14


def _pack_evidence(evidence):
    level = np.zeros(len(evidence), dtype=np.uint8)
    seen = evidence > 0
    level[seen] = np.clip(
        np.rint((np.log2(evidence[seen]) - _EVIDENCE_LOW) / _EVIDENCE_STEP) + 1, 1, 15
    )
    return level[0::2] | (level[1::2] << 4)


def _unpack_evidence(packed):
    level = np.empty(2 * len(packed), dtype=np.uint8)
    level[0::2], level[1::2] = packed & 15, packed >> 4
    # the 16 levels' values, looked up: no float temporaries the size of the weights
    values = np.exp2(np.arange(-1.0, 15.0) * _EVIDENCE_STEP + _EVIDENCE_LOW)
    values[0] = 0.0  # never seen
    return values[level]


def vectorize(featurizer, texts, what="vectorizing"):
    """(the sparse matrix of Featurizer rows, one per review; each review's word buckets, for
    known_words).

    Each review is tokenized and hashed once, for both, a thousand at a time."""
    from scipy import sparse

    rows, words = [], []
    for start in progress(range(0, len(texts), 1000), what):
        hashes = featurizer.many_hashes(texts[start : start + 1000])
        indices, offsets = featurizer.batch_indices(hashes)
        rows += np.split(indices, offsets[1:-1])
        words += [featurizer.words(h) for h in hashes]
    lengths = np.array([len(r) for r in rows])
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    values = np.repeat(1 / np.sqrt(np.maximum(lengths, 1)), lengths)
    return sparse.csr_matrix(
        (values, np.concatenate(rows) if rows else [], indptr),
        shape=(len(rows), featurizer.n_features),
    ), words


def fit(featurizer, X, labels, **options):
    """Fit a Model (see _fit). With tables "by review", the reviews of each table are fitted on
    their own, as if the other language were not there: the two share no feature, and each has its
    intercept, regularisation and Naive Bayes counts of its own (docs/model.md)."""
    y = np.asarray(labels, dtype=np.int64)
    cjk = X.indices[X.indptr[:-1]] >= 1 << featurizer.n_bits  # a review's first feature's table
    cjk &= np.diff(X.indptr) > 0
    if featurizer.tables != "by review" or cjk.all() or not cjk.any():
        model = _fit(featurizer, X, y, **options)
        model.cjk_intercept = model.intercept if featurizer.tables == "by review" else None
        return model
    latin, chinese = (_fit(featurizer, X[rows], y[rows], **options) for rows in (~cjk, cjk))
    coef = np.concatenate(
        (latin.coef[: 1 << featurizer.n_bits], chinese.coef[1 << featurizer.n_bits :])
    )
    evidence = np.bincount(X.indices, weights=X.data * X.data, minlength=featurizer.n_features)
    model = Model(featurizer, coef, latin.intercept, _unpack_evidence(_pack_evidence(evidence)))
    model.cjk_intercept = chinese.intercept
    return model


def _fit(
    featurizer,
    X,
    labels,
    epochs=10,
    seed=0,
    smoothing=NB_SMOOTHING,
    alpha=3e-7,
    nb_share=0.4,
    folds=5,
    dropout=0.5,
):
    """Fit a Model with scikit-learn: NB-weighted features, averaged SGD, plus a share of Naive
    Bayes.

    Naive-Bayes log-count ratios r scale the features while fitting; the served weights are
    ``coef * r``, so serving needs no r and online steps work on plain features. Each SGD pass sees
    every feature of a review with probability 1 - ``dropout`` (scaled up to keep its expectation),
    so no n-gram can carry a review alone (+0.09 points on inner splits). ``nb_share`` of the Naive
    Bayes score ``X @ r`` is then added, as NBSVM interpolates (+0.16 points). Its centre is the
    median score of each training review under r counted without that review's fold: r is
    overconfident on the reviews it was counted from. The README has the measurements."""
    from sklearn.linear_model import SGDClassifier

    y = np.asarray(labels, dtype=np.int64)
    counts = _class_counts(X, y)
    r = _log_count_ratios(*counts, smoothing)
    A = X.tocsr(copy=True)
    A.data *= r[A.indices]  # X @ diag(r), without a sparse matrix product
    # One partial_fit per epoch, over all rows in this epoch's order: per call, scikit-learn copies
    # and checks the 2^21 weights, which cost more CPU than SGD itself in calls of 2,000 rows.
    clf = SGDClassifier(
        loss="log_loss", alpha=alpha, average=True, random_state=seed, shuffle=False
    )
    # Each row's place in an epoch, the features it drops and its fold follow from a hash of the
    # row itself, not from a draw over all rows: rows added to a fit (another language's) leave the
    # others' order and dropout as they were, so they change the fit only by what they teach.
    key = _row_keys(X, seed)
    for epoch in progress(range(epochs), "fitting"):
        salt = np.uint64((epoch + 1) * int(_MIX) % (1 << 64))
        order = np.argsort(_fmix64(key ^ salt), kind="stable")
        rows = A[order]
        entry = np.repeat(key[order], np.diff(rows.indptr)) ^ rows.indices.astype(np.uint64) * _MIX
        kept = _fmix64(entry ^ salt) >= np.uint64(dropout * 2.0**64)
        rows.data *= kept / (1 - dropout)
        # SGD would visit the dropped features' zeros, to no effect but its time
        rows.eliminate_zeros()
        clf.partial_fit(rows, y[order], classes=[0, 1])
    centre = _cross_fitted_centre(X, y, counts, _fmix64(key) % np.uint64(folds), folds, smoothing)
    evidence = np.bincount(X.indices, weights=X.data * X.data, minlength=featurizer.n_features)
    return Model(
        featurizer,
        (clf.coef_.ravel() + nb_share) * r,
        clf.intercept_[0] - nb_share * centre,
        _unpack_evidence(_pack_evidence(evidence)),
    )  # as it will be read back


def _cross_fitted_centre(X, y, counts, fold_of, folds, smoothing):
    """The median Naive Bayes score of the rows, each under r counted without its own fold."""
    held_out = []
    for fold in (np.flatnonzero(fold_of == k) for k in range(folds)):
        rows = X[fold]
        fold_positive, fold_negative = _class_counts(rows, y[fold])
        r_without_fold = _log_count_ratios(
            counts[0] - fold_positive, counts[1] - fold_negative, smoothing
        )
        held_out.append(rows @ r_without_fold)
    return float(np.median(np.concatenate(held_out)))


def _row_keys(X, seed):
    """A 64-bit key of each row of X from its features and ``seed``: equal rows, equal keys."""
    mixed = _fmix64(X.indices.astype(np.uint64) * _MIX + np.uint64(seed))
    starts = X.indptr[:-1]
    sums = np.add.reduceat(mixed, np.minimum(starts, max(len(mixed) - 1, 0))) if len(mixed) else 0
    return np.where(np.diff(X.indptr) > 0, sums, 0).astype(np.uint64) + np.uint64(seed)


def _fmix64(h):
    """murmur3's 64-bit finalizer: every bit of ``h`` moves every bit of the result."""
    h = h ^ (h >> np.uint64(33))
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB53FE1A85EC9)
    return h ^ (h >> np.uint64(33))


def _class_counts(X, y):
    """How many positive and how many negative reviews have each feature (a row's are distinct)."""
    # of each stored feature, whether its review is positive
    positive = np.repeat(y == 1, np.diff(X.indptr))
    return (
        np.bincount(X.indices[positive], minlength=X.shape[1]).astype(np.float64),
        np.bincount(X.indices[~positive], minlength=X.shape[1]).astype(np.float64),
    )


def _log_count_ratios(positive, negative, smoothing):
    """log(p / q) per feature: how much likelier a positive review has it than a negative one."""
    p, q = smoothing + positive, smoothing + negative
    return np.log((p / p.sum()) / (q / q.sum()))


def train_model(texts, labels, n_bits=21, cjk_bits=None, **options):
    featurizer = Featurizer(n_bits=n_bits, cjk_bits=cjk_bits)
    X, words = vectorize(featurizer, texts)
    model = fit(featurizer, X, labels, **options)
    model.seen = known_words(featurizer, words)
    return model


def known_words(featurizer, words):
    """Which word (unigram) buckets occur in reviews of these ``words`` (from vectorize): a bit a
    feature in a model, to tell when a review is foreign to it."""
    seen = np.zeros(featurizer.n_features, dtype=bool)
    seen[np.concatenate(words) if len(words) else []] = True
    return seen


def progress(items, what):
    """Yield items while drawing a count, a bar and an ETA on stderr."""
    total, start, shown = len(items), time.monotonic(), -1.0
    for done, item in enumerate(items, 1):
        yield item
        now = time.monotonic() - start
        if now - shown >= 0.2 or done == total:
            shown = now
            eta = now / done * (total - done)
            bar = "#" * (30 * done // total)
            sys.stderr.write(
                f"\r{what:<12}{done:>7}/{total} [{bar:<30}] {now:5.1f}s  ETA {eta:5.1f}s"
            )
    sys.stderr.write("\n")


###############################################################################
# Model store: model/<N>/{model.pkl,meta.json}, as in TensorFlow Serving
###############################################################################


class ModelError(Exception):
    """A model version that cannot be served; the message names the file."""


class _ArraysOnly(pickle.Unpickler):
    """Unpickle numpy arrays and plain types, nothing that could run code."""

    ALLOWED = {
        ("numpy", "dtype"),
        ("numpy", "ndarray"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.numeric", "_frombuffer"),
    }

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a model file")
        return super().find_class(module, name)


def unpickled(blob, meta, path):
    """The Model in ``blob`` if its sha256 is the one in ``meta``, under the rule ``meta``
    records; ``path`` names it in errors."""
    if hashlib.sha256(blob).hexdigest() != meta.get("sha256"):
        raise ModelError(f"{path}: sha256 does not match meta.json (truncated or altered)")
    try:
        model = Model.from_state(
            _ArraysOnly(io.BytesIO(blob)).load(), learning_rule(meta.get("learning"))
        )
    except Exception as e:  # a checked file that still fails is reported, not raised
        raise ModelError(f"{path}: cannot load ({e})") from None
    model.temperatures = dict((meta.get("calibration") or {}).get("temperatures", {}))
    # scikit-learn is not needed to serve, so it may be missing
    for package in ("scikit-learn", "numpy"):
        recorded, installed = meta.get("versions", {}).get(package), installed_version(package)
        if recorded and installed and recorded != installed:
            logger.warning(
                "%s was written with %s %s; this is %s", path, package, recorded, installed
            )
    return model


def installed_version(package):
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def pickled(model, meta):
    """(the pickle, its meta.json with the pickle's sha256 and what the version is made of)."""
    blob = pickle.dumps(model.state(), protocol=pickle.HIGHEST_PROTOCOL)
    return blob, dict(
        meta,
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        sha256=hashlib.sha256(blob).hexdigest(),
        features=model.featurizer.params(),
        learning=model.rule.params(),
        versions={
            "python": sys.version.split()[0],
            "scikit-learn": installed_version("scikit-learn"),
            "numpy": np.__version__,
        },
    )


def _meta(text, where):
    try:
        meta = json.loads(text)
        meta["feedback_upto"] = int(meta["feedback_upto"])
        return meta
    except (TypeError, ValueError, KeyError) as e:
        raise ModelError(f"{where}: unreadable metadata ({e})") from None


def _fsync(path, data=None, mode=0o644):
    """Write ``data`` to ``path`` (``mode`` if new) and fsync it; without data, fsync the folder."""
    flags = os.O_RDONLY if data is None else os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, mode)
    try:
        if data is not None:
            os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _gone(pid):
    try:
        os.kill(pid, 0)  # no signal: only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:  # it exists, as another user's
        return False
    return False


def admitted(store):
    """The versions that may be served unasked, newest first: all but candidates (a broken one
    too, so that serving it fails, is logged, and falls back)."""
    return (version for version in reversed(store.versions()) if not _candidate(store, version))


class FileStore:
    """Model versions as folders, model/<N>/{model.pkl,meta.json}; the file ``served`` pins one."""

    def __init__(self, root):
        self.root = root

    def versions(self):
        """The version numbers present, oldest first."""
        try:
            names = os.listdir(self.root)
        except FileNotFoundError:
            return []
        return sorted(
            int(n) for n in names if n.isascii() and n.isdigit() and os.path.isdir(self._path(n))
        )

    def _path(self, version, name=""):
        return os.path.join(self.root, str(version), name)

    def read_meta(self, version):
        path = self._path(version, "meta.json")
        try:
            with open(path, encoding="utf-8") as f:
                return _meta(f.read(), path)
        except OSError as e:
            raise ModelError(f"{path}: unreadable metadata ({e})") from None

    def write_meta(self, version, meta):
        """Replace a version's meta.json at once (`migrate`); its model.pkl stays as it is."""
        path = self._path(version, "meta.json")
        _fsync(f"{path}.tmp-{os.getpid()}", json.dumps(meta, indent=2).encode())
        os.replace(f"{path}.tmp-{os.getpid()}", path)

    def files(self, version):
        """(the pickle, the meta.json text) of a version, unchecked."""
        meta = self.read_meta(version)
        path = self._path(version, "model.pkl")
        try:
            with (
                open(path, "rb") as f,
                open(self._path(version, "meta.json"), encoding="utf-8") as m,
            ):
                return f.read(), m.read(), meta
        except OSError as e:
            raise ModelError(f"{path}: {e.strerror}") from None

    def load(self, version):
        """The Model and metadata of one version, checked against its sha256."""
        blob, _, meta = self.files(version)
        return unpickled(blob, meta, self._path(version, "model.pkl")), meta

    def save(self, model, **meta):
        """Write a new version atomically; returns its number.

        The files go to a temporary directory that is fsynced and renamed into place, so a reader
        never sees half a version and a crash leaves none."""
        os.makedirs(self.root, exist_ok=True)
        # what a killed writer left: .tmp-<pid>-<hex> of a process now gone
        for left in os.listdir(self.root):
            pid = left.split("-")[1] if left.startswith(".tmp-") and left.count("-") >= 2 else ""
            if pid.isdigit() and _gone(int(pid)):
                shutil.rmtree(os.path.join(self.root, left), ignore_errors=True)
        tmp = os.path.join(self.root, f".tmp-{os.getpid()}-{secrets.token_hex(4)}")
        os.mkdir(tmp)
        try:
            blob, meta = pickled(model, meta)
            _fsync(os.path.join(tmp, "model.pkl"), blob)
            _fsync(os.path.join(tmp, "meta.json"), json.dumps(meta, indent=2).encode())
            while True:  # another writer may take a number first
                number = max(self.versions(), default=0) + 1
                try:
                    os.rename(tmp, self._path(number).rstrip(os.sep))
                    break
                except OSError:
                    if not os.path.isdir(self._path(number)):
                        raise
            _fsync(self.root)
            return number
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def chosen(self):
        """(version to serve, pinned): the pin, a rollback or promotion, or the newest admitted."""
        pinned = setting("SENTIMENT_MODEL_VERSION")
        if pinned is not None:
            return pinned, True
        try:
            with open(os.path.join(self.root, "served"), encoding="ascii") as f:
                return int(f.read()), True
        except (OSError, ValueError):
            return next(iter(admitted(self)), None), False

    @contextlib.contextmanager
    def exclusive(self):
        """One ``update`` at a time: a second one waits, then finds nothing new to save."""
        import fcntl

        os.makedirs(self.root, exist_ok=True)
        with open(os.path.join(self.root, ".update.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def serve(self, version, once=False):
        """Make ``version`` the served one for every worker (rollback), or None to serve the newest.

        With ``once``, only if it is not served already: True for the one process that did it."""
        import fcntl

        path = os.path.join(self.root, "served")
        with open(os.path.join(self.root, ".serve.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if once and self.chosen()[0] == version:
                return False
            if version is None:
                if os.path.exists(path):
                    os.remove(path)
            else:
                _fsync(f"{path}.tmp-{os.getpid()}", f"{version}\n".encode())
                os.replace(f"{path}.tmp-{os.getpid()}", path)
            _fsync(self.root)
        return True

    def public(self, message):
        """A message without the folder's path: clients need not learn where it is."""
        return message.replace(os.path.join(self.root, ""), "")


###############################################################################
# Feedback log: the table review_db, the one source of truth
###############################################################################


class Feedback(typing.NamedTuple):
    """One row of the log as a process writes it; the log adds its id, its date and ``excluded``."""

    review: str
    text_key: str  # the review as the featurizer normalises it: text_key() of its token hashes
    sentiment: int  # the true label, 1 positive
    predicted: int
    probability: float  # of the predicted label
    model_version: int
    token: str  # each feedback token counts once
    client: str
    weight: float = 1.0  # of a full step of the version's rule
    status: str = "learned"
    reviewer: str | None = None  # the name of the key that sent or reviewed the row
    supersedes: int | None = None  # the row whose answer this one changed
    approves: int | None = None  # the pending row whose approval this learned row is
    network: str | None = None  # the client as it is counted (client_of), set by insert()
    repeats: int | None = None  # the same client's learned row on this text: a vote, no step
    # where it came from: page, api, unsure, approval, change or audit
    source: str | None = None


class Said(typing.NamedTuple):
    """What one row in force says about a text, as the reach of corrections needs it."""

    key: str  # the text key
    label: int
    client: str
    reviewer: str | None  # a key's name: the row was given or approved by a reviewer
    learned: bool  # else pending, in reviewed mode


# review_db: Feedback's fields and the log's own, declared in the words a backend gives for a row
# id, a whole number and a real number (its TYPES)
COLUMNS = {
    "id": "{serial}",
    "review": "TEXT NOT NULL",
    "sentiment": "{integer} NOT NULL CHECK (sentiment IN (0, 1))",
    "date": "TEXT NOT NULL",  # ISO-8601 UTC
    "predicted": "{integer} NOT NULL CHECK (predicted IN (0, 1))",
    "probability": "{real} NOT NULL",
    "model_version": "{integer} NOT NULL",
    "token": "TEXT NOT NULL UNIQUE",
    "client": "TEXT NOT NULL",
    # 1 by a changed answer, 2 by `forget`; rows are never deleted
    "excluded": "{integer} NOT NULL DEFAULT 0",
    # added to logs made before them, on first use; so each has a default or may be NULL
    "weight": "{real} NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1)",
    "text_key": "TEXT",
    "supersedes": "{integer}",
    "status": "TEXT NOT NULL DEFAULT 'learned' "
    "CHECK (status IN ('learned', 'pending', 'approved', 'rejected'))",
    "reviewer": "TEXT",
    "approves": "{integer}",
    "network": "TEXT",
    "repeats": "{integer}",
    "source": "TEXT",
}
assert set(Feedback._fields) <= set(COLUMNS)
_REVIEW_DB = ", ".join(f"{name} {declared}" for name, declared in COLUMNS.items())
TABLES = f"""
CREATE TABLE IF NOT EXISTS review_db ({_REVIEW_DB});
CREATE TABLE IF NOT EXISTS api_keys (
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'admin')),
    -- the key itself is shown once and never stored
    key_sha256 TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    revoked TEXT
);
-- recent predictions the model was unsure of
CREATE TABLE IF NOT EXISTS unsure (
    id {{serial}},
    review TEXT NOT NULL,
    text_key TEXT NOT NULL UNIQUE,
    positive {{real}} NOT NULL,
    date TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS log_identity (
    one {{integer}} PRIMARY KEY CHECK (one = 1),
    id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (                            -- predictions drawn for a blind label
    id {{serial}},
    review TEXT NOT NULL,
    text_key TEXT NOT NULL UNIQUE,                            -- each text enters once
    answer {{integer}} NOT NULL CHECK (answer IN (0, 1)),     -- the label the service answered
    probability {{real}} NOT NULL,                            -- of that label
    model_version {{integer}} NOT NULL,
    date TEXT NOT NULL,
    labelled TEXT                                             -- when a reviewer labelled it
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS review_db_client ON review_db (client, date);
CREATE INDEX IF NOT EXISTS review_db_network ON review_db (network, date);
CREATE INDEX IF NOT EXISTS review_db_excluded ON review_db (id) WHERE excluded != 0;
CREATE INDEX IF NOT EXISTS review_db_pending ON review_db (id) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS review_db_withdrawn ON review_db (id)
    WHERE excluded != 0 OR status = 'rejected';
CREATE INDEX IF NOT EXISTS review_db_text ON review_db (text_key);
CREATE INDEX IF NOT EXISTS review_db_approves ON review_db (approves) WHERE approves IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_name ON api_keys (name) WHERE revoked IS NULL;
"""


def missing_columns(types, have):
    """(name, declaration) of review_db's columns that a log made before them lacks, in order.
    (Logs made before 1.0 lack some; after `migrate` every log has them, and this goes in 2.0.)"""
    have = set(have)
    return [(name, COLUMNS[name].format(**types)) for name in COLUMNS if name not in have]


# the `excluded` value `forget` sets: no answer may come from a state that learned the row
FORGOTTEN = 2
# The log's errors, whichever backend raises them: the DB-API classes of the standard sqlite3.
StorageError, Duplicate = sqlite3.Error, sqlite3.IntegrityError


def locked(error):
    """Whether a log error is another connection's lock: SQLite's "database is locked",
    PostgreSQL's lock_timeout."""
    return any(word in str(error) for word in ("busy", "locked"))


def text_key(hashes):
    """What identifies a review whatever its case, tags and spacing: its token hashes' digest."""
    return hashlib.blake2b(np.ascontiguousarray(hashes), digest_size=16).hexdigest()


def private_file(path):
    """``path``, made first with mode 0600 if new: the databases hold reviews and addresses."""
    if not os.path.exists(path):
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as e:
            raise sqlite3.OperationalError(f"cannot create {path}: {e.strerror}") from None
    return path


def _now():
    return datetime.now(timezone.utc)


# What utc_time accepts: fromisoformat alone takes "20261122", and even 5,000 "1"s (1111-11-11).
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d{1,6})?)?)?(Z|[+-]\d\d:\d\d)?")


def utc_time(text):
    """An ISO-8601 time as the log writes dates (UTC, assumed when no zone is given, to the
    millisecond); ValueError names it. A time that its zone puts past the calendar's first or
    last day in UTC is that end: JSON Schema's date-time takes it, so the API does."""
    try:
        if not _ISO_TIME.fullmatch(text):
            raise ValueError
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"{text[:40]!r} is not an ISO-8601 time, e.g. 2026-11-22T10:00:00"
        ) from None
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    try:
        when = when.astimezone(timezone.utc)
    except OverflowError:  # the year 1 or 9999 moved past the calendar by its zone: its end
        when = (datetime.min if when.year == 1 else datetime.max).replace(tzinfo=timezone.utc)
    # SQLite's clock, which dates the log's rows, keeps milliseconds: a row logged later in the
    # same millisecond is dated before a time to the microsecond, and would not be "since" it
    return when.replace(microsecond=when.microsecond // 1000 * 1000).isoformat()


class ReviewConflict(Exception):
    """A review action the rows' state refuses (a 409): approved twice, forgotten, not pending."""


class FeedbackLog:
    """The feedback log: review_db, written here; what a served state reads (``state``), what
    statistics read (``reports``), the reviewers' queue and samples (``queue``) and the API keys
    (``keys``). All the log's SQL is in these five (and migrate_log, the upgrade from 1.0), in
    words every backend speaks; the backend (SQLite or Postgres) owns the connections, the
    transaction, the clock, the change mark and the dialect's words (PARAM, TYPES, CLOCK).

    The protocol, which every process keeps on either backend:

    - A feedback is a row of review_db, appended and never deleted; after it
      is written only ``excluded``, ``status``, ``reviewer`` and a missing
      ``text_key`` change. Ids are committed in id order (SQLite has one
      writer; PostgreSQL's hold an advisory lock), so a reader that applied
      row n never sees a smaller id appear later.
    - A row is *learned* (status 'learned', excluded 0): replay applies it;
      *pending*: it waits for a reviewer; *rejected*; *approved*: a reviewer
      approved it, and the approval is a new learned row naming it in
      ``approves``, so learning follows approval order; *superseded*
      (excluded 1): its answer was changed by a row naming it in
      ``supersedes``; or *forgotten* (excluded 2, by `forget`, which takes
      the approvals of a forgotten row along).
    - What a process serves is a function of (version, rows): the version's
      weights, then one step of the version's rule per learned row after
      its ``feedback_upto``, in id order. A state's ``upto`` is the last id
      it has read: every row up to it is applied or skipped. A state that
      applied a row since excluded is rebuilt without it, and one that
      applied a forgotten row never answers.
    - A checkpoint is such a state, saved; it belongs to one version, rule
      and log (the log's identity and row ``upto``'s digest), so a restored
      or new log is never resumed from another log's state.

    Which connection a method uses, the one rule: a method that only reads takes the connection it
    reads through as ``db`` (a state is built from one connection's view of the log); a method
    that writes opens its own transaction on this thread's connection (``backend.transaction()``).
    """

    def __init__(self, backend):
        self.backend, self.q = backend, backend.PARAM
        self.state, self.reports = StateReads(self), LogReports(self)
        self.queue, self.keys = ReviewQueue(self), KeyTable(self)
        self._insert = (
            f"INSERT INTO review_db (date, {', '.join(Feedback._fields)}) "
            f"VALUES {self.marks(1 + len(Feedback._fields))} RETURNING id"
        )

    @property
    def db(self):
        """This thread's connection."""
        return self.backend.db

    def marks(self, n):
        """``n`` placeholders in parentheses, for IN and VALUES."""
        return f"({', '.join([self.q] * n)})"

    def clock(self, db):
        """The database's time, not this host's: the log's dates and the rate limit on one clock."""
        return datetime.fromisoformat(db.execute(self.backend.CLOCK).fetchone()[0])

    def insert(self, db, now, row):
        """Append one Feedback at ISO time ``now`` and return its id: the one place rows are
        written, so every row's network is its client's as client_of counts it then."""
        row = row._replace(network=client_of(row.client))
        return db.execute(self._insert, (now, *row)).fetchone()[0]

    # -- writing feedback -------------------------------------------------------

    def add(self, row, limit):
        """Insert one Feedback and return its id.

        Raises RateLimited when its client already gave ``limit`` feedbacks in the last minute (a
        reviewer's key has no limit), Duplicate for a reused token."""
        with self.backend.transaction() as db:
            now = self.clock(db)
            since = datetime.fromtimestamp(now.timestamp() - 60, timezone.utc).isoformat()
            count, oldest = db.execute(
                "SELECT count(*), min(date) FROM review_db WHERE network = "
                f"{self.q} AND date > {self.q}",
                (client_of(row.client), since),
            ).fetchone()
            if count >= limit and row.reviewer is None:
                wait = 60 - (now - datetime.fromisoformat(oldest)).total_seconds()
                raise RateLimited(max(1, math.ceil(wait)))
            if row.reviewer is None and row.status == "learned":
                row = self._once_per_client(db, row)
            return self.insert(db, now.isoformat(), row)

    def _once_per_client(self, db, row):
        """An anonymous row as one client's step on its text is learned: once per label in a row,
        as its vote counts once. The label its latest learned row there gave, again, only
        ``repeats`` that row (a vote, never a step); the other label is a step of its own, so
        clicks that alternate cancel rather than add up."""
        earlier = db.execute(
            f"SELECT id, sentiment FROM review_db WHERE text_key = {self.q} AND network = "
            f"{self.q} AND reviewer IS NULL AND status = 'learned' AND excluded = 0 AND repeats "
            "IS NULL ORDER BY id DESC LIMIT 1",
            (row.text_key, client_of(row.client)),
        ).fetchone()
        return row._replace(repeats=earlier[0]) if earlier and earlier[1] == row.sentiment else row

    def change(self, row, window):
        """Change the label of the feedback given with ``row.token``, within ``window`` seconds of
        its first use.

        The earlier row is excluded and ``row`` is added under a derived token, naming it in
        ``supersedes`` and keeping its client: a replay learns only the last label. Returns the
        new row's id; raises LookupError (a 409) when the label is the same, the window has
        passed or a reviewer has decided."""
        token, q = row.token, self.q
        with self.backend.transaction() as db:
            now = self.clock(db)
            rows = db.execute(
                "SELECT id, sentiment, date, status, client FROM review_db WHERE token = "
                f"{q} OR (token > {q} AND token < {q}) ORDER BY id",
                (token, token + "#", token + "$"),
            ).fetchall()
            if not rows:
                raise LookupError(Message("This feedback token has already been used."))
            last, first_used = rows[-1], datetime.fromisoformat(rows[0][2])
            if last[1] == row.sentiment:
                raise LookupError(
                    Message("This feedback token has already been used for this answer.")
                )
            if last[3] in ("approved", "rejected"):
                raise LookupError(
                    Message(
                        "A reviewer has already {decided} this feedback; it cannot be changed.",
                        decided=last[3],
                    )
                )
            if (now - first_used).total_seconds() > window:
                raise LookupError(
                    Message(
                        "This feedback token has already been used, and answers can be changed "
                        "only within {minutes} minutes.",
                        minutes=window // 60,
                    )
                )
            db.execute(f"UPDATE review_db SET excluded = 1 WHERE id = {q}", (last[0],))
            row = row._replace(
                token=f"{token}#{len(rows)}", client=last[4], supersedes=last[0], source="change"
            )
            return self.insert(db, now.isoformat(), row)

    def exclude(self, ids=(), since=None, networks=()):
        """Forget rows, and the approvals of forgotten rows: they stay, excluded from learning;
        returns how many. ``networks`` (network_of) take every client address within them."""
        ids = list(ids)
        with self.backend.transaction() as db:
            chosen, marks = [], self.marks(len(ids))
            if ids:
                chosen.append((f"id IN {marks} OR approves IN {marks}", ids + ids))
            if since:
                chosen.append((f"date >= {self.q}", [since]))
            if networks:
                clients = [c for (c,) in db.execute("SELECT DISTINCT client FROM review_db")]
                for chunk in _by_500([c for c in clients if _within(c, networks)]):
                    chosen.append((f"client IN {self.marks(len(chunk))}", chunk))
            return sum(
                db.execute(
                    f"UPDATE review_db SET excluded = {FORGOTTEN} WHERE excluded != {FORGOTTEN} "
                    f"AND ({where})",
                    values,
                ).rowcount
                for where, values in chosen
            )


def migrate_log(log, featurizer):
    """Fill in what rows of ``log`` logged before 1.0 lack, once (`migrate`; this goes in 2.0):
    each text key (by the served ``featurizer``), each client as it is counted, and where
    approvals, changed answers and the unsure sample's labels came from. Returns how many values
    were filled."""
    q, db, keyless = log.q, log.db, "SELECT count(*) FROM review_db WHERE text_key IS NULL"
    before = db.execute(keyless).fetchone()[0]
    collections.deque(log.state.said(db, math.inf, featurizer), maxlen=0)  # it fills keys
    filled = [before - db.execute(keyless).fetchone()[0]]
    with log.backend.transaction() as db:
        clients = db.execute("SELECT DISTINCT client FROM review_db WHERE network IS NULL")
        for (client,) in clients.fetchall():
            filled.append(
                db.execute(
                    f"UPDATE review_db SET network = {q} WHERE client = {q} AND network IS NULL",
                    (client_of(client), client),
                ).rowcount
            )
        for source, where in (
            ("approval", "approves IS NOT NULL"),
            ("change", "supersedes IS NOT NULL"),
            ("unsure", "substr(token, 1, 7) = 'unsure.'"),
        ):
            filled.append(
                db.execute(
                    f"UPDATE review_db SET source = '{source}' WHERE source IS NULL AND {where}"
                ).rowcount
            )
    return sum(filled)


def _by_500(values):
    """``values`` in lists of 500: a statement's placeholders are limited."""
    return [values[k : k + 500] for k in range(0, len(values), 500)]


def _within(client, networks):
    ip = plain_ip(client)
    return ip is not None and any(ip.version == n.version and ip in n for n in networks)


class StateReads:
    """What a replica's state is made of: the replay, what rows in force say, the excluded and
    forgotten rows, and what ties a checkpoint to this log. Reads take ``db``, as the log's do."""

    PAGE, HASHED = 500, 50  # rows replay reads at a time, and hashes at a time

    def __init__(self, log):
        self.log = log

    def identity(self, db):
        """The random identity this log was given when it was made: a copy or a restore keeps it."""
        return db.execute("SELECT id FROM log_identity").fetchone()[0]

    def row_digest(self, db, row_id):
        """What tells row ``row_id`` from any other (its token is random); None if there is none."""
        sql = f"SELECT token, review FROM review_db WHERE id = {self.log.q}"
        if (row := db.execute(sql, (row_id,)).fetchone()) is None:
            return None
        text = f"{row_id}\x00{row[0]}\x00{row[1]}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(text, digest_size=16).hexdigest()

    def replay(self, db, model, upto, until=math.inf, through=math.inf, each=None):
        """Learn the learned rows after ``upto`` (and up to ``through``) in id order, until
        monotonic ``until``.

        The one replay there is. Returns (the last id read, whether rows may be left). Rows are
        read a PAGE at a time, so neither memory nor an open read lasts long, and hashed HASHED at
        a time, as a batch is (docs/performance.md times both), so ``until`` is passed by at most
        HASHED rows' hashing. ``each(said, hashes)`` is told of every row in force (a Said), a
        learned one before it is learned; a pending one's hashes are None."""
        q = self.log.q
        while True:
            rows = db.execute(
                "SELECT id, review, sentiment, excluded, status, weight, text_key, client, "
                f"reviewer, repeats FROM review_db WHERE id > {q} AND id <= {q} ORDER BY id "
                f"LIMIT {self.PAGE}",
                (upto, min(through, 2**63 - 1)),
            ).fetchall()
            states = [self._learned(row) for row in rows]
            # hashed only where learned, or where a row in force has no key yet
            texts = [
                row[1] if learned or (learned is False and row[6] is None) else None
                for row, learned in zip(rows, states)
            ]
            hashed = itertools.chain.from_iterable(
                _hashed_where_given(model.featurizer, texts[start : start + self.HASHED])
                for start in range(0, len(rows), self.HASHED)
            )
            for row, learned, hashes in zip(rows, states, hashed):
                row_id, review, label, _, _, weight, key, client, who, _ = row
                if learned is not None:
                    if each is not None:
                        each(Said(key or text_key(hashes), label, client, who, learned), hashes)
                    if learned:
                        model.learn(review, label, weight, hashes)
                upto = row_id
                if time.monotonic() >= until:
                    return upto, True
            if len(rows) < self.PAGE:
                return upto, False

    @staticmethod
    def _learned(row):
        """Whether replay learns a row (a repeat is a vote only), or None for one not in force."""
        excluded, status, again = row[3], row[4], row[9]
        if excluded or status not in ("learned", "pending"):
            return None
        return status == "learned" and again is None

    def said(self, db, upto, featurizer, keys=None, after=0):
        """Yield every row in force after row ``after`` up to ``upto`` (of the texts ``keys``, or
        all) as a Said.

        Read 5,000 rows at a time, so memory stays bounded whatever the log's size. Rows logged
        before keys were stored get theirs now, once (or by `migrate`; this goes in 2.0):
        start-up must not hash every old review again."""
        if keys is not None and not keys:
            return
        q = self.log.q
        where = f"AND text_key IN {self.log.marks(len(keys))}" if keys is not None else ""
        while True:
            rows = db.execute(
                "SELECT id, text_key, CASE WHEN text_key IS NULL THEN review END, sentiment, "
                "client, reviewer, status FROM review_db WHERE excluded = 0 AND status IN "
                f"('learned', 'pending') AND id > {q} AND id <= {q} {where} "
                "ORDER BY id LIMIT 5000",
                (after, min(upto, 2**63 - 1), *(keys or ())),
            ).fetchall()
            missing = []
            for row_id, key, review, label, client, reviewer, status in rows:
                if key is None:
                    key = text_key(featurizer.hashes(review))
                    missing.append((key, row_id))
                yield Said(key, label, client, reviewer, status == "learned")
                after = row_id
            if missing:
                # a read-only log stays so
                with contextlib.suppress(StorageError), self.log.backend.transaction() as writer:
                    writer.executemany(
                        f"UPDATE review_db SET text_key = {q} WHERE id = {q} AND text_key IS NULL",
                        missing,
                    )
            if len(rows) < 5000:
                return

    def keys_of(self, db, ids):
        """The text keys of rows ``ids``."""
        return sorted(
            {
                key
                for chunk in _by_500(sorted(ids))
                for (key,) in db.execute(
                    f"SELECT text_key FROM review_db WHERE id IN {self.log.marks(len(chunk))}",
                    chunk,
                )
            }
        )

    def excluded(self, db):
        """The excluded rows that were learned: the ones whose exclusion changes the weights."""
        rows = db.execute("SELECT id FROM review_db WHERE excluded != 0 AND status = 'learned'")
        return frozenset(i for (i,) in rows)

    def forgotten(self, db, ids):
        """Whether any of the rows ``ids`` was excluded by `forget` (not by a changed answer)."""
        return any(
            db.execute(
                f"SELECT 1 FROM review_db WHERE excluded = {FORGOTTEN} AND id IN "
                f"{self.log.marks(len(chunk))} LIMIT 1",
                chunk,
            ).fetchone()
            for chunk in _by_500(sorted(ids))
        )


def _hashed_where_given(featurizer, texts):
    """The token hashes of each text that is not None (None for the others), hashed at once."""
    hashes = iter(featurizer.many_hashes([t for t in texts if t is not None]))
    return [None if t is None else next(hashes) for t in texts]


class LogReports:
    """What statistics, export and the gate read from review_db: rows as evidence, never as a
    state. Reads take ``db``, as the log's do."""

    def __init__(self, log):
        self.log = log

    def misclassified(self, db, limit):
        """The newest ``limit`` reviews the model got wrong, oldest first (approvals aside)."""
        rows = db.execute(
            "SELECT review FROM review_db WHERE sentiment != predicted AND approves IS NULL "
            f"ORDER BY id DESC LIMIT {self.log.q}",
            (limit,),
        ).fetchall()
        return [review for (review,) in reversed(rows)]

    def learned_after(self, db, after, limit):
        """(id, review, true label, label served, reviewer) of up to ``limit`` learned rows after
        ``after``. (A pending row is never learned, so an approval counts once.)"""
        return db.execute(
            "SELECT id, review, sentiment, predicted, reviewer FROM review_db WHERE "
            f"id > {self.log.q} AND excluded = 0 AND status = 'learned' ORDER BY id "
            f"LIMIT {self.log.q}",
            (after, limit),
        ).fetchall()

    def last_id(self, db):
        return db.execute("SELECT coalesce(max(id), 0) FROM review_db").fetchone()[0]

    def outcomes(self, db, after, words_after, limit):
        """(id, day, model version, whether the answer was right, whether it is an audit label,
        the review if wrong and after ``words_after``) of up to ``limit`` rows after ``after``,
        approvals aside."""
        q = self.log.q
        return db.execute(
            "SELECT id, substr(date, 1, 10), model_version, sentiment = predicted, "
            "CASE WHEN source = 'audit' THEN 1 ELSE 0 END, CASE WHEN sentiment != predicted AND "
            f"id > {q} THEN review END FROM review_db WHERE id > {q} AND approves IS NULL "
            f"ORDER BY id LIMIT {q}",
            (words_after, after, limit),
        ).fetchall()

    def count_withdrawn(self, db):
        """How many rows are no longer in force: excluded, or rejected by a reviewer."""
        return db.execute(
            "SELECT count(*) FROM review_db WHERE excluded != 0 OR status = 'rejected'"
        ).fetchone()[0]

    def withdrawn(self, db):
        rows = db.execute("SELECT id FROM review_db WHERE excluded != 0 OR status = 'rejected'")
        return frozenset(i for (i,) in rows)

    def export(self, db, columns):
        """Every row, oldest first, as tuples of ``columns``."""
        return db.execute(f"SELECT {', '.join(columns)} FROM review_db ORDER BY id")

    def learned_reviews(self, db, upto):
        """Yield the review of every row learned up to row ``upto``, 5,000 rows at a time."""
        after = 0
        while True:
            rows = db.execute(
                f"SELECT id, review FROM review_db WHERE id > {self.log.q} AND "
                f"id <= {self.log.q} AND status = 'learned' ORDER BY id LIMIT 5000",
                (after, upto),
            ).fetchall()
            yield from (review for _, review in rows)
            if len(rows) < 5000:
                return
            after = rows[-1][0]


class ReviewQueue:
    """What reviewers work from: the pending rows and their decisions, the unsure sample and the
    audit sample. Reads take ``db`` and writes open a transaction, as the log's do."""

    def __init__(self, log):
        self.log, self.q = log, log.q

    def pending(self, db, limit):
        """(id, date, Feedback) of pending rows, the most informative first: the human disagrees,
        then the model was unsure, then the rest."""
        rows = db.execute(
            f"SELECT id, date, {', '.join(Feedback._fields)} FROM review_db WHERE status = "
            "'pending' AND excluded = 0 ORDER BY sentiment = predicted, "
            f"probability >= {self.q}, id LIMIT {self.q}",
            (UNSURE[1], limit),
        )
        return [(row[0], row[1], Feedback(*row[2:])) for row in rows]

    def count_pending(self, db):
        return db.execute(
            "SELECT count(*) FROM review_db WHERE status = 'pending' AND excluded = 0"
        ).fetchone()[0]

    def decide(self, ids, action, reviewer):
        """Approve, relabel (approve with the other label), reject or undo rows, all or none.

        An approval is a new learned row that names the pending one in ``approves``, so learning
        follows approval order; undo puts a decided row back to pending, its approval forgotten
        as `forget` does. Returns (id, label) of each row as decided. Raises ReviewConflict,
        writing nothing, if any row is not in a state the action takes."""
        q = self.q
        with self.log.backend.transaction() as db:
            now = self.log.clock(db).isoformat()
            decided = []
            for row_id in ids:
                row = db.execute(
                    f"SELECT excluded, {', '.join(Feedback._fields)} FROM review_db WHERE id = {q}",
                    (row_id,),
                ).fetchone()
                pending = _decidable(row_id, row, action)
                if action == "undo":
                    db.execute(
                        f"UPDATE review_db SET excluded = {FORGOTTEN} WHERE approves = {q} AND "
                        "excluded = 0",
                        (row_id,),
                    )
                    db.execute(
                        f"UPDATE review_db SET status = 'pending', reviewer = NULL WHERE id = {q}",
                        (row_id,),
                    )
                    decided.append((row_id, pending.sentiment))
                    continue
                db.execute(
                    f"UPDATE review_db SET status = {q}, reviewer = {q} WHERE id = {q}",
                    ("rejected" if action == "reject" else "approved", reviewer, row_id),
                )
                label = 1 - pending.sentiment if action == "relabel" else pending.sentiment
                if action != "reject":
                    # a token of its own: a row approved, undone and approved again
                    token = f"{pending.token}@{row_id}.{secrets.token_hex(4)}"
                    approved = dict(sentiment=label, token=token, weight=1.0, status="learned")
                    approved.update(reviewer=reviewer, approves=row_id, source="approval")
                    self.log.insert(db, now, pending._replace(**approved))
                decided.append((row_id, label))
        return decided

    def remember_unsure(self, rows):
        """Keep (review, text key, p positive) predictions in the unsure sample, the oldest
        leaving past its size."""
        self._keep("unsure", ("review", "text_key", "positive"), rows, UNSURE_SAMPLE)

    def remember_audit(self, rows):
        """Keep (review, text key, answer, its probability, version) predictions in the audit
        sample, each text once, the oldest leaving past AUDIT_SAMPLE."""
        columns = ("review", "text_key", "answer", "probability", "model_version")
        self._keep("audit", columns, rows, AUDIT_SAMPLE)

    def _keep(self, table, columns, rows, size):
        """Add ``rows`` to a sample for reviewers, each text once, keeping the newest ``size``."""
        with self.log.backend.transaction() as db:
            now = self.log.clock(db).isoformat()
            db.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}, date) VALUES "
                f"{self.log.marks(len(columns) + 1)} ON CONFLICT (text_key) DO NOTHING",
                [(*row, now) for row in rows],
            )
            db.execute(
                f"DELETE FROM {table} WHERE id < (SELECT min(id) FROM (SELECT id FROM {table} "
                f"ORDER BY id DESC LIMIT {self.q}) AS newest)",
                (size,),
            )

    def unsure(self, db, limit):
        return db.execute(
            f"SELECT id, review, positive, date FROM unsure ORDER BY id DESC LIMIT {self.q}",
            (limit,),
        ).fetchall()

    def take_unsure(self, sample_id):
        """Take one prediction out of the unsure sample: its (review, p positive), or None."""
        with self.log.backend.transaction() as db:
            row = db.execute(
                f"SELECT review, positive FROM unsure WHERE id = {self.q}", (sample_id,)
            ).fetchone()
            db.execute(f"DELETE FROM unsure WHERE id = {self.q}", (sample_id,))
        return row

    def audit_items(self, db, limit):
        """(id, review) of the oldest audit items no reviewer has labelled: never the answer."""
        return db.execute(
            "SELECT id, review FROM audit WHERE labelled IS NULL ORDER BY id LIMIT " + self.q,
            (limit,),
        ).fetchall()

    def label_audit(self, audit_id, label, make_row):
        """Label an audit item once, logging ``make_row(review, text key, answer, probability,
        version)`` with ``label`` in the same transaction; returns the row's id, or None if the
        item is gone or labelled."""
        with self.log.backend.transaction() as db:
            now = self.log.clock(db).isoformat()
            item = db.execute(
                "SELECT review, text_key, answer, probability, model_version FROM audit "
                f"WHERE id = {self.q} AND labelled IS NULL",
                (audit_id,),
            ).fetchone()
            if item is None:
                return None
            db.execute(f"UPDATE audit SET labelled = {self.q} WHERE id = {self.q}", (now, audit_id))
            return self.log.insert(db, now, make_row(*item)._replace(sentiment=label))


def _decidable(row_id, row, action):
    """Row ``row_id`` (excluded, then Feedback's fields) as a Feedback, if ``action`` may decide
    it; else ReviewConflict says why."""
    if row is None:
        raise ReviewConflict(f"There is no feedback row {row_id}.")
    if row[0]:
        raise ReviewConflict(
            f"Feedback row {row_id} was withdrawn or forgotten; it cannot be reviewed."
        )
    row = Feedback(*row[1:])
    if action == "undo" and row.status not in ("approved", "rejected"):
        raise ReviewConflict(f"Feedback row {row_id} has no decision to undo: it is {row.status}.")
    if action != "undo" and row.status != "pending":
        raise ReviewConflict(f"Feedback row {row_id} is not pending: it is {row.status}.")
    return row


class KeyTable:
    """Reviewers' and administrators' keys, by their sha256 only."""

    def __init__(self, log):
        self.log, self.q = log, log.q

    def add(self, name, role, key_sha256):
        with self.log.backend.transaction() as db:
            db.execute(
                "INSERT INTO api_keys (name, role, key_sha256, created) VALUES "
                + self.log.marks(4),
                (name, role, key_sha256, _now().isoformat(timespec="seconds")),
            )

    def all(self, db):
        """(name, role, created, revoked) of every key, revoked ones too."""
        return db.execute(
            "SELECT name, role, created, revoked FROM api_keys ORDER BY created, name"
        ).fetchall()

    def revoke(self, name):
        with self.log.backend.transaction() as db:
            return db.execute(
                f"UPDATE api_keys SET revoked = {self.q} WHERE name = {self.q} AND revoked IS NULL",
                (_now().isoformat(timespec="seconds"), name),
            ).rowcount

    def owner(self, db, key_sha256=None, name=None):
        """(name, role, key sha256) of the live key of this digest or this name, or None."""
        column, value = ("key_sha256", key_sha256) if name is None else ("name", name)
        return db.execute(
            f"SELECT name, role, key_sha256 FROM api_keys WHERE {column} = {self.q} AND "
            "revoked IS NULL",
            (value,),
        ).fetchone()


# -- backends: where a log lives ------------------------------------------------


class Backend:
    """Where a log lives. A backend has PARAM (its placeholder), TYPES (the words COLUMNS needs),
    CLOCK (a query for the database's time) and UNREADABLE (what clients are told); connect()
    makes a connection with the log's tables, ``db`` is this thread's, transaction() writes in id
    order, change_mark() says when another writer has written, release() gives the thread's
    connection back."""

    @property
    def db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.connect()
        return db


class SQLite(Backend):
    """A log in one SQLite file: one connection per thread, opened lazily in the process that
    uses it, never across a fork. A write is BEGIN IMMEDIATE ... COMMIT: SQLite has one writer,
    so ids are committed in id order."""

    PARAM = "?"
    TYPES = {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "integer": "INTEGER", "real": "REAL"}
    CLOCK = "SELECT strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"
    # what clients are told; the server's log says why
    UNREADABLE = "the feedback log cannot be read"

    def __init__(self, path, busy_timeout=5.0):
        self.path, self.busy_timeout = path, busy_timeout
        self._local = threading.local()

    def connect(self, watch=False):
        db = sqlite3.connect(
            private_file(self.path),
            timeout=self.busy_timeout,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # an acknowledged feedback survives power loss
            db.executescript(TABLES.format(**self.TYPES))
            have = (row[1] for row in db.execute("PRAGMA table_info(review_db)"))
            for name, declared in missing_columns(self.TYPES, have):
                # another process added it first
                with contextlib.suppress(sqlite3.OperationalError):
                    db.execute(f"ALTER TABLE review_db ADD COLUMN {name} {declared}")
            db.executescript(INDEXES)
            # a read-only log is only read
            if db.execute("SELECT id FROM log_identity").fetchone() is None:
                db.execute(
                    "INSERT INTO log_identity (one, id) VALUES (1, ?) ON CONFLICT DO NOTHING",
                    (secrets.token_hex(16),),
                )
        except sqlite3.Error:
            db.close()
            raise
        return db

    def after_request(self):
        """Each thread keeps its SQLite connection: opening one costs more than most requests."""

    def release(self):
        """Give back this thread's connection: a thread that ends (a reload) must not keep one."""
        db, self._local.db = getattr(self._local, "db", None), None
        if db is not None:
            db.close()

    def change_mark(self, watch):
        """A value that changes when another connection writes (read on a connection of its own)."""
        return watch.execute("PRAGMA data_version").fetchone()[0]

    def secret(self):
        return _read_or_make_secret("", os.path.join(os.path.dirname(self.path), "secret"))

    def model_store(self, root):
        return FileStore(root)

    def where(self):
        return self.path

    @contextlib.contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT on this thread's connection; ROLLBACK on any error."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


# What PostgreSQL holds besides the log, so hosts share no files.
POSTGRES_TABLES = """
CREATE TABLE IF NOT EXISTS model_versions (
    version BIGINT PRIMARY KEY, meta TEXT NOT NULL, model BYTEA NOT NULL
);
-- no row: the newest is served; one row: rolled back to it
CREATE TABLE IF NOT EXISTS served_version (version BIGINT);
CREATE TABLE IF NOT EXISTS service_secret (
    one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one), key TEXT NOT NULL
);
"""


class Postgres(Backend):
    """A log in PostgreSQL, shared by hosts.

    Each process has its own psycopg_pool (made after fork); a request borrows a connection and
    gives it back at its end. Every write takes one advisory lock until it commits, so ids are
    committed in id order: a reader that applied row n never sees a smaller id appear later.
    Writers NOTIFY, watchers LISTEN and look anyway once a second. Waits for a lock end after
    ``busy_timeout`` seconds (lock_timeout) with an error."""

    PARAM = "%s"
    TYPES = {"serial": "BIGSERIAL PRIMARY KEY", "integer": "BIGINT", "real": "DOUBLE PRECISION"}
    LOCK, CHANNEL = 51_700_001, "sentiment_log"
    UNREADABLE = "the database cannot be reached"
    CLOCK = (
        "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
        """'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""
    )

    def __init__(self, url, busy_timeout=5.0):
        self.url, self.busy_timeout = url, busy_timeout
        try:  # what messages (and the tokens' key cache) name: never the password
            parts = urllib.parse.urlsplit(url)
            self._where = f"{parts.scheme}://{parts.hostname}:{parts.port or 5432}{parts.path}"
        except ValueError:
            self._where = "SENTIMENT_DATABASE_URL"
        self._local = threading.local()
        self._pool = self._pool_pid = None
        self._schema, self._notified = False, 0
        # after a failed connection, fail at once for a second: requests must not queue
        self._down_until = 0.0

    def where(self):
        return self._where

    def _options(self, lock_timeout=None):
        wait = int(1000 * (lock_timeout or self.busy_timeout))
        options = f"-c lock_timeout={wait} -c statement_timeout=60000"
        return dict(
            autocommit=True, connect_timeout=5, application_name="sentiment", options=options
        )

    def _pooled(self):
        import psycopg_pool

        # made in the process that uses it, never inherited across fork
        if self._pool_pid != os.getpid():
            # a warning per retry; ours says it once
            logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
            self._pool = psycopg_pool.ConnectionPool(
                self.url,
                kwargs=self._options(),
                min_size=1,
                max_size=16,
                timeout=self.busy_timeout,
                open=True,
                name="sentiment",
            )
            self._pool_pid = os.getpid()
        return self._pool

    def connect(self, watch=False):
        """This thread's connection from the pool; a watcher gets one of its own that LISTENs."""
        try:
            import psycopg
            import psycopg_pool
        except ImportError as e:
            how = "make install, or pip install -r requirements-postgres.txt"
            raise StorageError(f"{e.name} is not installed ({how})") from None
        if time.monotonic() < self._down_until:
            raise StorageError("the database could not be reached a moment ago")
        try:
            if watch:  # it reads on the request path: a locked table must not hold up predictions
                options = dict(self._options(lock_timeout=REPLAY_BUDGET), connect_timeout=1)
                conn = psycopg.connect(self.url, **options)
                conn.execute(f"LISTEN {self.CHANNEL}")
            else:
                conn = self._checked_out()
            if not self._schema:
                with conn.transaction():
                    # hosts starting together
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (self.LOCK,))
                    conn.execute(TABLES.format(**self.TYPES) + POSTGRES_TABLES)
                    have = conn.execute(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = "
                        "'review_db' AND table_schema = current_schema()"
                    )
                    for name, declared in missing_columns(self.TYPES, (row[0] for row in have)):
                        conn.execute(f"ALTER TABLE review_db ADD COLUMN {name} {declared}")
                    conn.execute(INDEXES)
                    conn.execute(
                        "INSERT INTO log_identity (one, id) VALUES (1, %s) ON CONFLICT DO NOTHING",
                        (secrets.token_hex(16),),
                    )
                self._schema = True
        # the pool hides why: one attempt of our own tells away from busy
        except psycopg_pool.PoolTimeout:
            try:
                psycopg.connect(self.url, **dict(self._options(), connect_timeout=1)).close()
            except psycopg.Error as e:
                self._down_until = time.monotonic() + 1.0
                raise _storage_error(e) from None
            raise StorageError(
                "no database connection within 1 s: this process's connections are all in use"
            ) from None
        except psycopg.Error as e:
            self._down_until = time.monotonic() + 1.0
            raise _storage_error(e) from None
        return _PostgresConnection(conn, None if watch else self)

    def _checked_out(self):
        """A pooled connection that answers, within a second: one the server ended (a restart,
        pg_terminate_backend) is given back, and the pool replaces it. (The pool's own check
        backs off for a second after a failure, longer than a request may wait.)"""
        import psycopg

        deadline = time.monotonic() + 1.0
        while True:
            conn = self._pooled().getconn(timeout=max(0.01, deadline - time.monotonic()))
            try:
                conn.execute("SELECT 1")
                return conn
            except psycopg.OperationalError:
                self._pooled().putconn(conn)

    @contextlib.contextmanager
    def transaction(self):
        with self.db.transaction(self.LOCK, self.CHANNEL) as db:
            yield db
        # this process sees its own writes at once, not when its NOTIFY comes back
        self._notified += 1

    def release(self):
        db, self._local.db = getattr(self._local, "db", None), None
        if db is not None:
            with contextlib.suppress(Exception):
                self._pooled().putconn(db.conn)

    # A request gives its connection back, so a server's threads share the pool rather than pin one
    # each (predictions read through the watcher's connection and never take one).
    after_request = release

    def change_mark(self, watch):
        """Changes with every NOTIFY from a writer, and once a second anyway: the fallback poll."""
        self._notified += watch.notifications()
        return self._notified, int(time.monotonic())

    def secret(self):
        """The tokens' key, made once in the database: a token from one host is good on all."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO service_secret (key) VALUES (%s) ON CONFLICT DO NOTHING",
                (secrets.token_hex(32),),
            )
        return self.db.execute("SELECT key FROM service_secret").fetchone()[0].encode()

    def model_store(self, root):
        return PostgresStore(self, root)


def _storage_error(error):
    """A psycopg error as the log's own: Duplicate for a reused unique value, else StorageError."""
    import psycopg

    diag = getattr(error, "diag", None)
    message = (diag and diag.message_primary) or str(error).strip() or type(error).__name__
    if isinstance(error, psycopg.errors.UniqueViolation):
        return Duplicate(message)
    if isinstance(error, (psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled)):
        return StorageError(f"the database is busy: {message}")
    return StorageError(message)


class _PostgresConnection:
    """A psycopg connection that raises the log's errors, as the sqlite3 one does.

    A connection that breaks is given back to the pool (which drops it), so the thread's next use
    connects again: a database restart heals itself."""

    def __init__(self, conn, pooled_by):
        self.conn, self.pooled_by = conn, pooled_by

    def execute(self, sql, params=()):
        with self._failing():
            return self.conn.execute(sql, params)

    def executemany(self, sql, rows):
        with self._failing(), self.conn.cursor() as cursor:
            cursor.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self, lock, channel):
        """A transaction holding the writers' advisory lock, with a NOTIFY at its commit."""
        with self._failing(), self.conn.transaction():
            self.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            yield self
            self.execute(f"NOTIFY {channel}")

    def close(self):
        self.conn.close()

    def notifications(self):
        with self._failing():
            return sum(1 for _ in self.conn.notifies(timeout=0))

    @contextlib.contextmanager
    def _failing(self):
        """psycopg's errors as the log's, the connection given back if it broke."""
        import psycopg

        try:
            yield
        except psycopg.Error as error:
            if (self.conn.broken or self.conn.closed) and self.pooled_by is None:
                self.conn.close()
            elif self.conn.broken or self.conn.closed:  # back to the pool, which drops it
                self.pooled_by._local.db = None
                with contextlib.suppress(Exception):
                    self.pooled_by._pooled().putconn(self.conn)
            raise _storage_error(error) from None


class PostgresStore:
    """Model versions in the database, so hosts share no files: each pickle as bytea beside its
    meta.json.

    On first use of an empty database, the versions in the model folder (the committed model/1) are
    imported, each checked against its sha256."""

    root = "the database's model_versions"

    def __init__(self, postgres, import_from):
        self.postgres, self.import_from, self._imported = postgres, import_from, False

    def _db(self):
        if not self._imported:
            with self.postgres.transaction() as db:
                if db.execute("SELECT count(*) FROM model_versions").fetchone()[0] == 0:
                    files = FileStore(self.import_from)
                    for version in files.versions():
                        try:
                            files.load(version)
                            blob, meta, _ = files.files(version)
                        except ModelError as e:
                            logger.error("not imported: %s", e)
                            continue
                        db.execute(
                            "INSERT INTO model_versions (version, meta, model) VALUES (%s, %s, %s)",
                            (version, meta, blob),
                        )
                        logger.info("imported model version %d from %s", version, self.import_from)
            self._imported = True
        return self.postgres.db

    def versions(self):
        rows = self._db().execute("SELECT version FROM model_versions ORDER BY version")
        return [v for (v,) in rows]

    def _column(self, name, version):
        sql = f"SELECT {name} FROM model_versions WHERE version = %s"
        row = self._db().execute(sql, (version,)).fetchone()
        return row and row[0]

    def read_meta(self, version):
        return _meta(self._column("meta", version), f"version {version} in the database")

    def write_meta(self, version, meta):
        with self.postgres.transaction() as db:
            db.execute(
                "UPDATE model_versions SET meta = %s WHERE version = %s",
                (json.dumps(meta, indent=2), version),
            )

    def load(self, version):
        meta = self.read_meta(version)
        blob = bytes(self._column("model", version))
        return unpickled(blob, meta, f"version {version} in the database"), meta

    def save(self, model, **meta):
        blob, meta = pickled(model, meta)
        with self.postgres.transaction() as db:
            number = db.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM model_versions"
            ).fetchone()[0]
            db.execute(
                "INSERT INTO model_versions (version, meta, model) VALUES (%s, %s, %s)",
                (number, json.dumps(meta, indent=2), blob),
            )
        return number

    @contextlib.contextmanager
    def exclusive(self):
        """One ``update`` at a time across hosts: a session advisory lock, on its own connection."""
        import psycopg

        try:
            conn = psycopg.connect(self.postgres.url, autocommit=True, connect_timeout=5)
        except psycopg.Error as e:
            raise _storage_error(e) from None
        with conn:
            while not conn.execute(
                "SELECT pg_try_advisory_lock(%s)", (self.postgres.LOCK + 1,)
            ).fetchone()[0]:
                # an update may take minutes: wait for it, however long, without a lock_timeout
                time.sleep(0.2)
            yield

    def chosen(self):
        pinned = setting("SENTIMENT_MODEL_VERSION")
        if pinned is not None:
            return pinned, True
        row = self._db().execute("SELECT version FROM served_version").fetchone()
        if row is not None:
            return row[0], True
        return next(iter(admitted(self)), None), False

    def serve(self, version, once=False):
        with self.postgres.transaction() as db:  # the log's lock: one host at a time
            if once and db.execute("SELECT version FROM served_version").fetchone() == (version,):
                return False
            db.execute("DELETE FROM served_version")
            if version is not None:
                db.execute("INSERT INTO served_version (version) VALUES (%s)", (version,))
        return True

    def public(self, message):
        return message


class RateLimited(Exception):
    def __init__(self, retry_after):
        super().__init__(retry_after)
        self.retry_after = retry_after


def client_address(environ):
    """The client's address; X-Forwarded-For counts only from a trusted proxy.

    X-Forwarded-For from any other peer is a sign of a proxy that is not trusted yet: then every
    client looks like that peer, so it is logged once and /healthz says so (untrusted_proxy)."""
    addr = environ.get("REMOTE_ADDR", "")
    forwarded = environ.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and addr in trusted_proxies():
        try:  # an address, or the proxy's own: it is stored, shown to reviewers and rate-limited by
            return str(ipaddress.ip_address(forwarded[-64:].rpartition(",")[2].strip()))
        except ValueError:
            return addr
    if forwarded and addr not in UNTRUSTED_PROXIES and len(UNTRUSTED_PROXIES) < 16:
        UNTRUSTED_PROXIES.add(addr)
        logger.warning("%s", untrusted_proxy())
    return addr


UNTRUSTED_PROXIES = set()  # peers that sent X-Forwarded-For without being trusted, in this process


def untrusted_proxy():
    """What to tell an operator while a peer that is not trusted forwards for others, or None."""
    if not UNTRUSTED_PROXIES:
        return None
    peers = ", ".join(sorted(UNTRUSTED_PROXIES))
    return (
        f"X-Forwarded-For arrives from {peers}, not in SENTIMENT_TRUSTED_PROXIES: every client "
        "behind it looks like that one peer (one address, one rate limit, one vote)"
    )


def client_of(address):
    """The client an address counts as, wherever the service counts clients (agreement, the rate
    limits, forget, the review queue): an IPv4 address as itself, an IPv4-mapped or
    -compatible IPv6 one as its IPv4 address, and any other IPv6 address as its network of
    SENTIMENT_IPV6_PREFIX bits, since one client holds a whole /64. Text that is no address (a
    Unix socket's peer) counts as itself."""
    return _network(address, setting("SENTIMENT_IPV6_PREFIX"))


@functools.lru_cache(maxsize=1 << 16)
def _network(address, prefix):
    ip = plain_ip(address)
    if ip is not None and ip.version == 6:
        return str(ipaddress.IPv6Network((int(ip), prefix), strict=False))
    return address if ip is None else str(ip)


def plain_ip(address):
    """An address as an ipaddress object, an IPv4-mapped or -compatible IPv6 one as IPv4; None for
    text that is no address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if ip.version == 6:
        return ip.ipv4_mapped or (ipaddress.IPv4Address(int(ip)) if 1 < int(ip) < 1 << 32 else ip)
    return ip


def network_of(text):
    """An address or a CIDR network, as `forget --address` takes it; ValueError names it."""
    try:
        net = ipaddress.ip_network(text.strip(), strict=False)
    except (ValueError, TypeError, AttributeError):
        raise ValueError(
            f"{str(text)[:60]!r} is not an address or a network, such as 203.0.113.5 or "
            "2001:db8:1:2::/64"
        ) from None
    if net.num_addresses == 1:
        return ipaddress.ip_network(plain_ip(str(net.network_address)))
    return net


###############################################################################
# The served model: one per process, kept in step with the log and model/
###############################################################################


def new_reach():
    return Reach(
        setting("SENTIMENT_AGREEING_ADDRESSES"),
        open_to_people=setting("SENTIMENT_LEARN") != "reviewed",
    )


def _of_this_log(meta, log, db):
    """Whether a version's rows are this log's: it folded in none, or `update` recorded this log's
    identity and row digest (versions made before that record are taken at their word)."""
    if db is None or not meta["feedback_upto"] or "log" not in meta:
        return True
    return meta["log"] == list(_made_from(log, db, meta["feedback_upto"]))


def _made_from(log, db, upto):
    return log.state.identity(db), log.state.row_digest(db, upto)


class LogWatch:
    """A connection of a replica's own to the log, so that change_mark sees every other writer,
    and what is wrong with the log while something is (``problem``: what clients are told)."""

    def __init__(self, log):
        self.log, self.problem, self._db, self._again = log, None, None, 0.0

    def db(self):
        """The connection, or None while the log is away: tried once a second, not per request."""
        if self._db is None and time.monotonic() >= self._again:
            try:
                self._db = self.log.backend.connect(watch=True)
            except StorageError as e:
                self._again = time.monotonic() + 1.0
                self.failed(e)
        return self._db

    def lost(self, error):
        """Drop a connection that failed, a lock timeout too, and leave the log alone for a
        second: predictions must not each wait out REPLAY_BUDGET behind a locked table."""
        self.failed(error)
        db, self._db, self._again = self._db, None, time.monotonic() + 1.0
        with contextlib.suppress(Exception):
            db.close()

    def failed(self, error):
        """Note what is wrong with the log, logged once when it starts, not once per request."""
        if self.problem is None:
            where = self.log.backend.where()
            logger.error(
                "feedback log %s: %s; serving without the rows it could not read", where, error
            )
        locked_out = "the feedback log is locked by another connection"
        self.problem = locked_out if locked(error) else self.log.backend.UNREADABLE

    def healed(self):
        if self.problem is not None:
            logger.warning("feedback log %s: readable again", self.log.backend.where())
        self.problem = None


class Reach:
    """How far each text's corrections reach: the trust policy of the lookup (docs/learning.md).

    A reviewer's label answers everyone and no anonymous one overrules it; an anonymous label
    answers its own client, and everyone once ``agree`` addresses gave it and none the other
    (never in reviewed mode). Memory is bounded whoever sends: reviewers' labels, and the
    anonymous votes of the newest ``texts`` texts, at most ``voters`` addresses each."""

    def __init__(self, agree, open_to_people=True, texts=50_000, voters=64):
        self.agree, self.open_to_people = agree, open_to_people
        self.texts, self.voters = texts, voters
        self.reviewed = {}  # text key -> label
        self.votes = collections.OrderedDict()  # text key -> {client: label}, the newest text last
        self.changes = 0  # how many rows were counted: state_digest's cache key

    def add(self, said, hashes=None):
        """Count one row (replay's ``each``); adding the same row twice changes nothing."""
        self.changes += 1
        if said.reviewer is not None:
            if said.learned:
                self.reviewed[said.key] = said.label
            return
        votes = self.votes.pop(said.key, {})
        client = client_of(said.client)
        votes.pop(client, None)  # a client has one vote per text: its latest
        votes[client] = said.label
        while len(votes) > self.voters:
            del votes[next(iter(votes))]
        self.votes[said.key] = votes
        while len(self.votes) > self.texts:
            self.votes.popitem(last=False)

    def redo(self, keys, said):
        """Count the texts ``keys`` again from ``said``, their rows in force: some were excluded."""
        self.changes += 1
        for key in keys:
            self.reviewed.pop(key, None)
            self.votes.pop(key, None)
        for row in said:
            self.add(row)

    def answer(self, key, client):
        """(label or None, who: "reviewers", "you", "people" or None, the votes per label)."""
        votes = self.votes.get(key, {})
        counts = {"negative": 0, "positive": 0}
        for label in votes.values():
            counts[LABELS[label]] += 1
        if key in self.reviewed:
            return self.reviewed[key], "reviewers", counts
        if client in votes:
            return votes[client], "you", counts
        for label in (0, 1) if self.open_to_people else ():
            if counts[LABELS[label]] >= self.agree and not counts[LABELS[1 - label]]:
                return label, "people", counts
        return None, None, counts


@dataclasses.dataclass(frozen=True)
class Served:
    """What answers a request: a version's model with the log's rows applied up to ``upto``, and
    the lookup of corrected texts. A replica swaps a new one in with one assignment; a candidate
    that a request names answers with one of its own, as stored, without feedback."""

    model: Model
    meta: dict
    version: int
    upto: int  # the last row read: every row up to it is applied or skipped
    reach: Reach
    base: int  # the version the rows were applied to: an ancestor, after forget
    excluded: frozenset = frozenset()  # the excluded rows, when it was built


class Builder:
    """Builds a replica's Served states: a version from its newest usable checkpoint plus the log,
    or, at start, the newest version that loads; and remembers the versions it refused."""

    def __init__(self, store, log, checkpoints, watch):
        self.store, self.log, self.checkpoints, self.watch = store, log, checkpoints, watch
        self.failures = {}  # version -> error message, logged once

    def first(self):
        """(Served, seconds replayed, pinned) of the chosen version, or an older one that loads."""
        choice, pinned = self.store.chosen()
        if choice is None:
            raise ModelError(
                f"{self.store.root}: no model versions (run `python sentiment.py train`)"
            )
        candidates = [choice] if pinned else [v for v in admitted(self.store) if v <= choice]
        for version in candidates:
            try:
                built = self.build(version)
            except ModelError as e:
                self.refuse(version, e)
                continue
            if version != choice:
                logger.warning("serving version %d instead: version %d is broken", version, choice)
            return *built, pinned
        raise ModelError(
            self.failures[candidates[-1]] if candidates else f"{self.store.root}: no model to serve"
        )

    def refuse(self, version, error):
        if self.failures.get(version) != str(error):
            logger.error("refusing model version %d: %s", version, error)
        self.failures[version] = str(error)

    def build(self, version):
        """Load ``version`` and replay the log onto it, from its newest usable checkpoint; returns
        (the Served state, seconds replayed since its last checkpoint).

        A version that folded in rows since excluded by ``forget``, or rows of another log (a
        restored or new one, another database), is replaced by its newest ancestor that did not,
        then replayed: rows are never replayed from a row number that belongs to another log.
        It reads through the calling thread's own connection: a reload runs in a thread of its
        own, beside requests that use the watch connection. A log that cannot be read leaves the
        version as it is, and tells the watch."""
        store, log, checkpoints, failed = self.store, self.log, self.checkpoints, self.watch.failed
        try:
            db = log.db
            excluded = log.state.excluded(db)
        except StorageError as e:
            failed(e)
            db, excluded = None, frozenset()
        model, meta = store.load(version)
        base = version
        while meta.get("parent") is not None and (
            any(i <= meta["feedback_upto"] and i not in meta.get("excluded", ()) for i in excluded)
            or (db is not None and not _of_this_log(meta, log, db))
        ):
            if not _of_this_log(meta, log, db):
                warn_once(
                    f"model version {base} folded in rows {meta['feedback_upto']} of another "
                    f"feedback log than {log.backend.where()}; rebuilt from version "
                    f"{meta['parent']}"
                )
            base = meta["parent"]
            model, meta = store.load(base)
        upto, replayed, reach = meta["feedback_upto"], 0.0, new_reach()
        if db is not None:
            try:
                model, upto = checkpoints.newest(model, meta, excluded, log, db) or (model, upto)
                # a checkpoint every CHECKPOINT_EVERY seconds of replay: a restart resumes there
                while True:
                    began = time.monotonic()
                    upto, more = log.state.replay(db, model, upto, began + CHECKPOINT_EVERY)
                    replayed = time.monotonic() - began
                    if not more:
                        break
                    checkpoints.save(model, meta, upto, excluded, _made_from(log, db, upto))
                    replayed = 0.0
                for said in log.state.said(db, upto, model.featurizer):
                    reach.add(said)
            except StorageError as e:
                failed(e)
        return Served(model, meta, version, upto, reach, base, excluded), replayed


class Replica:
    """What one process serves: its replica of the log's learned state, a version plus the log's
    rows.

    Learned state is a deterministic function of (base version, feedback rows applied in id
    order), so two processes that have applied the same rows hold the same weights (the log's
    protocol is in FeedbackLog). Before each use, :meth:`sync` applies rows that other processes
    logged (a cheap change_mark check when quiet), for at most REPLAY_BUDGET seconds a request,
    and every RELOAD_EVERY seconds looks for a new served version. Loading a version, at start-up
    too, happens in a background thread from its newest checkpoint, while requests get the old
    state or a 503 "catching up", never a long wait."""

    def __init__(self, store, log, data=None):
        self.store, self.log = store, log
        self.checkpoints = Checkpoints(os.path.join(data or data_dir(), "checkpoints"))
        self.lock = threading.Lock()
        self.ready = threading.Event()  # set once the first state is installed, or none can be
        self.watch = LogWatch(log)
        self.builder = Builder(store, log, self.checkpoints, self.watch)
        self.served = None  # the Served state that answers, once one is loaded
        self._corrected_with = frozenset()  # the excluded rows its reach was last read with
        self.pinned = False
        # the state learned rows since forgotten: it must not answer until rebuilt
        self.stale = False
        self.loading = None  # the version a background thread is loading
        self.start_error = None  # why the last start found nothing to serve
        self.replayed = 0.0  # seconds spent replaying since the last checkpoint
        self._mark = None  # the log's change_mark when this process last caught up
        self._next_look = 0.0
        self.stats = Stats(log)

    def start(self):
        """Load the served version now, or an older one that loads (the command line, `serve`)."""
        self._install(*self.builder.first())
        self.ready.set()

    def begin(self):
        """Start loading in the background unless something is loaded or loading; hold the lock."""
        if self.served is None:
            self._reload(None)

    def _install(self, served, replayed, pinned):
        self.served, self.replayed, self.pinned = served, replayed, pinned
        # built before the newest forget
        self.stale = self.stale and served.excluded != self._corrected_with
        self.builder.failures.pop(served.version, None)

    # -- keeping up -----------------------------------------------------------

    def sync(self):
        """Apply new feedback rows and notice new versions; call with the lock held."""
        db = self.watch.db()
        if db is not None:
            try:
                mark = self.log.backend.change_mark(db)
                if mark != self._mark:
                    excluded = self.log.state.excluded(db)
                    if excluded != self.served.excluded:
                        self._withdrawn(db, excluded)
                    else:
                        self._apply(db, mark)
                self.watch.healed()
            except StorageError as e:  # a locked or broken log must not stop predictions
                self.watch.lost(e)
        if time.monotonic() >= self._next_look:
            self._look_at_the_store()

    def _withdrawn(self, db, excluded):
        """Rows applied were withdrawn (forget, a changed answer): rebuild without them, and
        meanwhile answer their texts as the log says now."""
        served = self.served
        if excluded != self._corrected_with:
            self._recount(served, db, excluded - self._corrected_with)
            self._corrected_with = excluded
            if self.log.state.forgotten(db, excluded - served.excluded):
                # a changed answer may be served a moment longer; a forgotten row not
                self.stale = True
                self.ready.clear()
        self._reload(served.version)

    def _apply(self, db, mark):
        """Replay new rows for at most REPLAY_BUDGET seconds, checkpointing now and then."""
        began = time.monotonic()
        served, more = self._replayed(db, self.served, began + REPLAY_BUDGET)
        self.served = served
        self.replayed += time.monotonic() - began
        if not more:  # else the next request goes on where this one stopped
            self._mark = mark
        if self.replayed >= CHECKPOINT_EVERY:
            self.replayed, upto = 0.0, served.upto
            made_from = _made_from(self.log, db, upto)
            self.checkpoints.save_later(served.model, served.meta, upto, served.excluded, made_from)

    def _replayed(self, db, served, until):
        """(``served`` with rows after its ``upto`` applied until ``until``; whether more wait)."""
        upto, more = self.log.state.replay(
            db, served.model, served.upto, until, each=served.reach.add
        )
        return dataclasses.replace(served, upto=upto), more

    def _look_at_the_store(self):
        """Every RELOAD_EVERY seconds: a new served version, a pin, and automatic promotion."""
        now = time.monotonic()
        self._next_look = now + RELOAD_EVERY
        try:
            choice, pinned = self.store.chosen()
        except StorageError as e:
            # a store that is away is asked again in a second, not per request
            self._next_look = now + 1.0
            self.watch.failed(e)
            choice, pinned = None, self.pinned
        version = self.served and self.served.version
        if choice is not None and choice != version and choice not in self.builder.failures:
            self._reload(choice)
        self.pinned = pinned
        if setting("SENTIMENT_PROMOTE") == "auto":
            CANDIDATES.promote_in_background(self.store, self.log)

    def _caught_up(self, served):
        """``served``, built aside, with the rows logged meanwhile; call with the lock held."""
        db = self.watch.db()
        try:
            excluded = self.log.state.excluded(db) if db is not None else served.excluded
            if db is not None and served.excluded == excluded:
                served, _ = self._replayed(db, served, time.monotonic() + REPLAY_BUDGET)
            # excluded meanwhile: the weights wait for the next rebuild, the answers do not
            elif db is not None:
                self._recount(served, db, excluded - served.excluded)
                featurizer = served.model.featurizer
                for said in self.log.state.said(db, math.inf, featurizer, after=served.upto):
                    served.reach.add(said)
        except StorageError as e:
            self.watch.failed(e)
        self._mark = None  # look at the log again on the next request
        return served

    def _recount(self, served, db, newly_excluded):
        """Recount, from the log, the texts of the rows excluded since ``served`` was counted."""
        keys = self.log.state.keys_of(db, newly_excluded)
        said = self.log.state.said(db, math.inf, served.model.featurizer, keys)
        served.reach.redo(keys, said)

    def _reload(self, version):
        """Build ``version`` (None: the first to serve) aside, then swap it in under the lock."""
        if self.loading is not None:
            return
        self.loading = "start" if version is None else version

        def work():
            try:
                if version is None:
                    served, replayed, pinned = self.builder.first()
                else:
                    (served, replayed), pinned = self.builder.build(version), self.pinned
            except (ModelError, StorageError) as e:
                with self.lock:
                    self._not_loaded(version, e)
                return
            with self.lock:
                self._install(self._caught_up(served), replayed, pinned)
                self.loading = None
                self.ready.set()
                served = self.served
                logger.info(
                    "serving model version %d (feedback applied up to %d)",
                    served.version,
                    served.upto,
                )

        def work_and_release():
            try:
                work()
            finally:
                self.log.backend.release()
                _trim_heap()  # after a swap, the version replaced is free

        threading.Thread(
            target=work_and_release, name=f"load-v{version or 'first'}", daemon=True
        ).start()

    def _not_loaded(self, version, error):
        """A background load failed: the database is away (try again later, not never), or the
        version cannot be served."""
        if isinstance(error, StorageError):
            self.watch.failed(error)
        elif version is None:
            if self.start_error != str(error):
                logger.error("%s", error)
            self.start_error = str(error)
        else:
            self.builder.refuse(version, error)
        self.loading = None
        self.ready.set()


def _trim_heap():
    """Give the heap's free pages back to the system (glibc's malloc_trim; elsewhere, nothing):
    glibc keeps what a version built in its own thread leaves free, about a model's size a worker
    after each reload (docs/deployment.md)."""
    with contextlib.suppress(AttributeError, OSError):
        ctypes.CDLL(None).malloc_trim(0)


class Checkpoints:
    """Exact snapshots of learned state, so that start-up replays at most CHECKPOINT_EVERY seconds
    of the log.

    A checkpoint is (version, its rule, this log, rows applied, excluded rows): the float64 weights
    as .npz, which loads without pickle, so a replay from it gives bit for bit what a replay from
    the version gives. It is used only for the version and rule it was made under, and only while
    this log holds, as row ``upto``, the very row it was made with: a restored backup or a new log
    starts from the version instead. They live in data/checkpoints/, one writer at a time under a
    file lock; they are a cache, never a version, so rollback and pins mean what they say."""

    KEEP = 2  # per version, rule and log

    def __init__(self, folder):
        self.folder = folder

    @staticmethod
    def _prefix(meta, model, log_id):
        made_of = json.dumps(
            [meta["sha256"], model.featurizer.params(), model.rule.params(), log_id]
        )
        return hashlib.blake2b(made_of.encode(), digest_size=8).hexdigest() + "-"

    def newest(self, model, meta, excluded, log, db):
        """(model, upto) from the newest checkpoint of this version and log that ``excluded``
        still allows, or None."""
        log_id = log.state.identity(db)
        prefix = self._prefix(meta, model, log_id)
        try:
            names = sorted(
                (n for n in os.listdir(self.folder) if n.startswith(prefix) and n.endswith(".npz")),
                reverse=True,
            )
        except OSError:
            return None
        for name in names:
            try:
                with np.load(os.path.join(self.folder, name), allow_pickle=False) as saved:
                    info = json.loads(saved["info"].tobytes())
                    row = log.state.row_digest(db, info["upto"])
                    if info["log"] != log_id or info["row"] != row:
                        logger.warning(
                            "checkpoint %s skipped: the log no longer holds the rows it was "
                            "made from",
                            name,
                        )
                        continue
                    if set(info["excluded"]) != {i for i in excluded if i <= info["upto"]}:
                        continue
                    arrays = {name: saved[name] for name in model.rule.ARRAYS}
                    resumed = model.resumed(saved["coef"], info["intercept"], arrays)
            # a torn or foreign file is moved aside, never trusted, never tried again
            except Exception as e:
                logger.warning(
                    "checkpoint %s is unreadable (%s): moved aside as %s.corrupt", name, e, name
                )
                path = os.path.join(self.folder, name)
                with contextlib.suppress(OSError):
                    os.replace(path, path + ".corrupt")
                continue
            return resumed, info["upto"]
        return None

    def save(self, model, meta, upto, excluded, made_from):
        """Write a checkpoint, unless another process is writing one; errors are logged, never
        raised.

        ``made_from`` is (the log's identity, row ``upto``'s digest)."""
        import fcntl

        try:
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
            with open(os.path.join(self.folder, ".lock"), "w") as lock:
                try:
                    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return
                prefix = self._prefix(meta, model, made_from[0])
                path = os.path.join(self.folder, f"{prefix}{upto:012d}.npz")
                if os.path.exists(path):
                    return
                excluded = sorted(i for i in excluded if i <= upto)
                info = dict(version_sha256=meta["sha256"], upto=upto, intercept=model.intercept)
                info.update(log=made_from[0], row=made_from[1], excluded=excluded)
                info = np.frombuffer(json.dumps(info).encode(), dtype=np.uint8)
                tmp = f"{path}.tmp-{os.getpid()}"
                # as the log's files
                with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
                    np.savez(f, coef=model.coef, info=info, **model.rule.arrays())
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
                kept = sorted(n for n in os.listdir(self.folder) if n.startswith(prefix))
                for old in kept[: -self.KEEP]:
                    os.remove(os.path.join(self.folder, old))
        except OSError as e:
            logger.error("checkpoint not saved: %s", e)

    def save_later(self, model, meta, upto, excluded, made_from):
        """save() in a thread, from a copy of the weights taken now, with the caller's lock held."""
        args = (model.copy(), meta, upto, excluded, made_from)
        threading.Thread(target=self.save, args=args, name="checkpoint", daemon=True).start()


def feedback_problem(s):
    """Why feedback cannot be taken now by the replica ``s``, in words for users, or None."""
    try:
        secret_key()
    except FeedbackUnavailable as e:
        return str(e)
    return s.watch.problem and f"Feedback is unavailable: {s.watch.problem}."


def model_status(s):
    """The TensorFlow Serving style report of /api/model, of the replica ``s``."""
    states = []
    for v in sorted(set(s.store.versions()) | set(s.builder.failures)):
        state, code, message = "END", "OK", ""
        if v in s.builder.failures:
            # paths inside the model folder only: clients need not learn where it is
            state, code, message = "UNAVAILABLE", "UNKNOWN", s.store.public(s.builder.failures[v])
        elif v == s.served.version or _candidate(s.store, v):  # served, or answers when named
            state = "AVAILABLE"
        elif v == s.loading:
            state = "LOADING"
        status = {"error_code": code, "error_message": message}
        states.append({"version": v, "state": state, "status": status})
    shadow = {}
    # scores are a bonus: the status answers without them
    with contextlib.suppress(ModelError, StorageError):
        shadow = {str(v): score for v, score in CANDIDATES.read(s.store, s.log.db, s.log).items()}
    return {
        "model_version_status": states,
        "served_version": s.served.version,
        "base_version": s.served.base,
        "candidates": shadow,
        "cards": model_cards(
            s.store, [st["version"] for st in states if st["state"] == "AVAILABLE"]
        ),
        "model_version": s.served.version,
        "feedback_upto": s.served.upto,
        "feedback_applied_upto": s.served.upto,
        "pinned": s.pinned,
    }


INTENDED_USE = (
    "Telling whether a review of a product, a film or a service is positive or negative, in the "
    "languages its training rows were written in, and learning from the people who correct it. "
    "Not for decisions about people."
)


def model_card(version, meta):
    """What a version says of itself: its languages with row counts, what it was trained on (with
    the sources' terms where its meta.json records them), intended use, known limits, and its
    figures on the held-out rows per language. `train` writes what it can know."""
    scripts = meta.get("scripts") or {}
    return {
        "version": version,
        "languages": [
            {"script": s, "name": SCRIPT_NAMES.get(s, s.title()), "rows": n}
            for s, n in scripts.items()
            if s != "NONE"
        ],
        "training_data": meta.get("training_data"),
        "sources": meta.get("sources", []),
        "intended_use": meta.get("intended_use", INTENDED_USE),
        "known_limits": meta.get("known_limits", []),
        "held_out": meta.get("held_out_by_script", {}),
        "holdout_rule": (meta.get("holdout") or {}).get("rule"),
        "calibration": (meta.get("calibration") or {}).get("temperatures", {}),
        "parent": meta.get("parent"),
        "feedback_upto": meta["feedback_upto"],
    }


def model_cards(store, versions):
    return {str(v): model_card(v, meta) for v, meta in readable_metas(store, versions)}


def readable_metas(store, versions):
    """(version, meta) of each of ``versions`` whose meta.json can be read."""
    for v in versions:
        try:
            meta = store.read_meta(v)
        except ModelError:
            continue
        yield v, meta


CATCHING_UP = "Catching up with the feedback log; try again in a moment."


def configured_log():
    """The configured log: SQLite in data/ by default, PostgreSQL when SENTIMENT_DATABASE_URL is
    set.

    A URL that is set but wrong is still used, and fails: a host must never fall back to a log of
    its own and learn apart from the others."""
    url = os.environ.get("SENTIMENT_DATABASE_URL", "").strip()
    return FeedbackLog(Postgres(url) if url else SQLite(os.path.join(data_dir(), "reviews.sqlite")))


def storage():
    """(feedback log, model store) for the command line, as the served process has them."""
    log = configured_log()
    return log, log.backend.model_store(model_dir())


_replica = (None, None)  # (pid, Replica): made lazily in each process, never inherited across fork


def replica():
    global _replica
    pid, state = _replica
    if pid != os.getpid():
        log = configured_log()
        state = Replica(log.backend.model_store(model_dir()), log)
        _replica = (os.getpid(), state)
    return state


def _usable(s):
    """Whether ``s`` may answer now, caught up; loads if nothing is loaded (hold the lock)."""
    if s.served is None:
        s.begin()
        return False
    s.sync()
    return not s.stale


@contextlib.contextmanager
def current():
    """The process's Replica, caught up and locked; 503 while it (re)loads for more than a second,
    or cannot.

    A state that learned rows since forgotten is never used: requests wait for its rebuild, as they
    wait for the first load."""
    s = replica()
    with s.lock:
        if _usable(s):  # as nearly always: one look at the log per request
            yield s
            return
    s.ready.wait(0.9)  # no request waits much longer than a second
    with s.lock:
        # a failed first load is tried again by the next request, not this one
        if s.served is None or not _usable(s):
            # the model is read with the log: a host starting without its database
            if s.watch.problem:
                why = f"No model is loaded: {s.watch.problem}; try again in a moment."
                raise bottle.HTTPError(503, why, headers={"Retry-After": "1"})
            if s.loading is not None:
                raise bottle.HTTPError(503, CATCHING_UP, headers={"Retry-After": "1"})
            s.ready.clear()  # the next request tries again
            raise bottle.HTTPError(503, "No model is loaded.")
        yield s


class Candidates:
    """The gate of what is served besides the served version: candidates answer only requests that
    name them ("version": N, as TF Serving's /versions/N), as they are stored, and the newest one is
    scored on the reviewers' labels logged since it was made (a key's feedback, approvals, labels of
    the unsure sample), a function of the log's rows, alike in every worker. Anonymous clicks are
    counted beside the scores and never decide (docs/learning.md, "How versions are judged").

    Candidates are loaded by LoadedVersions, on their first ask, outside any lock."""

    PROMOTE_AFTER, PROMOTE_MARGIN, PROMOTE_P, CHUNK = 200, 0.02, 0.01, 2000

    def __init__(self):
        self.lock, self.scores = threading.Lock(), {}  # scores: version -> counts
        self.loaded, self._promoting = LoadedVersions(), None

    def model(self, version, store):
        return self.loaded.get(version, store).model

    def state(self, version, store):
        """The state that answers for ``version``, or None for the served one; 404 for any other."""
        choice = store.chosen()[0]
        if version == choice:
            return None
        try:
            if version not in store.versions() or not _candidate(store, version):
                raise ModelError("not a candidate")
            return self.loaded.get(version, store)
        except (ModelError, StorageError):
            why = f"Version {version} is not loaded: this service answers from the served version "
            raise bottle.HTTPError(404, f"{why}({choice}) and from candidates.") from None

    def read(self, store, db, log):
        """{version: scores} of the newest candidate, caught up by CHUNK rows at most, or {}."""
        choice = store.chosen()[0]
        newer = (v for v in reversed(store.versions()) if choice is not None and v > choice)
        version = next((v for v in newer if _candidate(store, v)), None)
        if version is None:
            return {}
        model = self.model(version, store)
        with self.lock:
            if version not in self.scores:
                meta = store.read_meta(version)
                after = meta.get("made_after_row", 0)
                counts = dict.fromkeys(("n", "agree", "right", "served_right", "anonymous"), 0)
                judged = (meta.get("holdout") or {}).get("rows", 0) >= MIN_JUDGED
                self.scores = {version: {"after": after, **counts, "judged": judged}}
            score = self.scores[version]
            rows = log.reports.learned_after(db, score["after"], self.CHUNK)
            for row_id, review, label, served, reviewer in rows:
                score["after"] = row_id
                if reviewer is None:  # shown beside the scores, never judged by
                    score["anonymous"] += 1
                    continue
                said = int(model.positive(review) >= 0.5)
                score["n"] += 1
                score["agree"] += said == served
                score["right"] += said == label
                score["served_right"] += served == label
            return {version: dict(score)}

    def earned(self, score):
        """Whether a candidate's scores earn it the served place, and in what words."""
        n, better = score["n"], score["right"] - score["served_right"]
        if not score["judged"] or n < self.PROMOTE_AFTER or better < self.PROMOTE_MARGIN * n:
            return None
        # where they differ one is right: the candidate on (differ + better) / 2
        differ = n - score["agree"]
        wins = (differ + better) // 2
        tail = sum(math.comb(differ, k) for k in range(wins, differ + 1))
        p = tail / 2**differ if differ else 1.0
        return p < self.PROMOTE_P and (
            f"right on {score['right']} of {n} feedbacks against {score['served_right']} "
            f"for the served version (sign test p = {p:.2g})"
        )

    def promote_in_background(self, store, log):
        """promote_if_earned in its own thread unless one runs: scoring never holds up a request."""
        if self._promoting is None or not self._promoting.is_alive():
            self._promoting = threading.Thread(
                target=self.promote_if_earned, name="promote", daemon=True, args=(store, log)
            )
            self._promoting.start()

    def promote_if_earned(self, store, log):
        """Promote the newest candidate if its scores earned it (SENTIMENT_PROMOTE=auto)."""
        try:
            for version, score in self.read(store, log.db, log).items():
                why = self.earned(score)
                lost = why and lost_scripts(store, version)
                if lost:
                    warn_once(f"candidate version {version} is not promoted automatically: {lost}")
                elif why and store.serve(version, once=True):
                    logger.warning("promoting candidate version %d automatically: %s", version, why)
        except (ModelError, StorageError) as e:
            warn_once(f"automatic promotion could not look at the candidates: {e}")
        finally:
            log.backend.release()


class LoadedVersions:
    """The candidates that requests named lately, loaded once each and kept, SIZE at most (the
    least recently asked leaves): each costs a model's memory (docs/deployment.md). Concurrent
    first asks of one version share one load."""

    SIZE = 3

    def __init__(self):
        self.lock, self.loaded, self.loading, self.loads = threading.Lock(), {}, {}, 0

    def get(self, version, store):
        with self.lock:
            if version in self.loaded:
                self.loaded[version] = self.loaded.pop(version)  # the newest ask last
                return self.loaded[version]
            done = self.loading.get(version)
            mine = done is None
            if mine:
                done = self.loading[version] = threading.Event()
        if not mine:
            done.wait(60)
            with self.lock:
                if version in self.loaded:
                    return self.loaded[version]
            raise ModelError(f"version {version} could not be loaded")
        try:
            model, meta = store.load(version)  # outside the lock: a load takes tens of ms
            # an empty lookup: a named version answers with the model's own verdict
            reach = Reach(math.inf, open_to_people=False, texts=0)
            named = Served(model, meta, version, meta["feedback_upto"], reach, version)
            with self.lock:
                self.loads += 1
                self.loaded[version] = named
                while len(self.loaded) > self.SIZE:
                    del self.loaded[next(iter(self.loaded))]
            return named
        finally:
            with self.lock:
                self.loading.pop(version).set()


def _candidate(store, version):
    try:
        return bool(store.read_meta(version).get("candidate"))
    except ModelError:
        return False


CANDIDATES = Candidates()


@contextlib.contextmanager
def answering(version=None):
    """current(), or the state of the version a request named."""
    asked = CANDIDATES.state(version, replica().store) if version is not None else None
    with current() as s:
        yield asked or s.served


###############################################################################
# Statistics and metrics
###############################################################################

STOP_WORDS = frozenset(
    """a about after all also an and any are as at be been but by can could did do does even
film for from had has have he her his how i if in into is it its just like made make me more most
movie my no not of on one only or other out really so some than that the their them then there
they this to too up very was we well were what when which who will with would you""".split()
)


class ChineseWords:
    """Chinese words for people to read: explanations mark them, and the misclassified-words
    statistics count them, instead of the characters and character n-grams the model reads.

    jieba segments, an optional dependency loaded on a process's first Chinese review (its cost
    is in docs/model.md). Without it, a review keeps its characters."""

    def __init__(self):
        self.lock, self._jieba = threading.Lock(), None

    def spans(self, text):
        """(start, end) of each word of ``text`` as jieba reads it, or None without jieba or CJK."""
        if text.isascii() or not _CJK_TOKEN.search(text):
            return None
        with self.lock:  # loaded once
            if self._jieba is None:
                try:
                    import jieba
                except ImportError:
                    self._jieba = False
                else:
                    jieba.setLogLevel(logging.WARNING)
                    jieba.initialize()
                    self._jieba = jieba
        if not self._jieba:
            return None
        return [(a, b) for _, a, b in self._jieba.tokenize(text)]

    def merged(self, text, words):
        """A review's (starts, ends, scores) of tokens, each run of CJK characters that makes one
        word merged into it, with the sum of their scores."""
        starts, ends, scores = words
        spans = self.spans(text) if len(starts) else None
        if spans is None:
            return words
        word_of = np.searchsorted([a for a, _ in spans], starts, side="right") - 1
        tokens = zip(starts.tolist(), ends.tolist())
        cjk = np.fromiter((bool(_CJK_TOKEN.fullmatch(text, a, b)) for a, b in tokens), bool)
        group = np.where(cjk, word_of, -1 - np.arange(len(starts)))  # others stay alone
        first = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
        return starts[first], np.maximum.reduceat(ends, first), np.add.reduceat(scores, first)

    def counted(self, review):
        """The words of a review that the statistics count: Chinese ones of two characters or more
        (a single character is mostly grammar), others of three letters or more, no stop word."""
        text = _TAGS.sub(" ", review)
        words = {
            text[a:b] for a, b in self.spans(text) or () if b - a > 1 and _CJK_TOKEN.match(text, a)
        }
        for word in map(_normal, _CJK_RUN.sub(" ", text).split()):
            word = word.strip('.,!?;:"()[]*-')
            if len(word) > 2 and word.isalpha() and word not in STOP_WORDS:
                words.add(word)
        return words


CHINESE_WORDS = ChineseWords()
_CJK_RUN = re.compile(f"[{CJK}]+")


def wilson(right, n, z=1.96):
    """The 95% Wilson score interval of a share of ``right`` in ``n``, or None without any."""
    if not n:
        return None
    p, spread = right / n, z * z / n
    centre, half = p + spread / 2, z * math.sqrt(p * (1 - p) / n + spread / (4 * n))
    return [(centre - half) / (1 + spread), (centre + half) / (1 + spread)]


class Stats:
    """The numbers behind /stats and /api/stats, kept up to date as rows arrive.

    Each call folds in only the rows logged since the last one, so a long log costs its full read
    once per process, not once per request. Only feedback in force counts: rows later excluded (a
    changed answer, `forget`) or rejected by a reviewer drop out when the log says so. How good a
    version is comes from audit labels only (live accuracy): clicks are chosen by the people who
    click, mostly where an answer looks wrong, so they count feedback, never accuracy."""

    WORD_REVIEWS = 2000  # misclassified reviews whose words are counted

    def __init__(self, log):
        self.log, self.lock, self.upto = log, threading.Lock(), None
        self.withdrawn = (None, frozenset())
        self.ids, self.versions, self.days = array.array("q"), array.array("q"), array.array("i")
        self.correct, self.audited = bytearray(), bytearray()
        self.day_names = {}  # "2026-12-03" -> its index in days
        # word sets of the newest WORD_REVIEWS misclassified reviews
        self.wrong = collections.deque()
        self.words = collections.Counter()

    def _add_words(self, review):
        words = CHINESE_WORDS.counted(review)
        self.wrong.append(words)
        self.words.update(words)
        if len(self.wrong) > self.WORD_REVIEWS:
            self.words.subtract(self.wrong.popleft())

    def _catch_up(self, db):
        # the words of the newest misclassified reviews only, not of all of them
        if self.upto is None:
            self.upto = 0
            for review in self.log.reports.misclassified(db, self.WORD_REVIEWS):
                self._add_words(review)
            words_after = self.log.reports.last_id(db)
        else:
            words_after = self.upto
        while True:  # the review's text only where its words are still to count
            rows = self.log.reports.outcomes(db, self.upto, words_after, 5000)
            for row_id, day, version, correct, audited, wrong in rows:
                self.ids.append(row_id)
                self.versions.append(version)
                self.days.append(self.day_names.setdefault(day, len(self.day_names)))
                self.correct.append(correct)
                self.audited.append(audited)
                if wrong is not None:
                    self._add_words(wrong)
                self.upto = row_id
            if len(rows) < 5000:
                break
        count = self.log.reports.count_withdrawn(db)  # one indexed count; the ids only if changed
        if count != self.withdrawn[0]:
            self.withdrawn = count, self.log.reports.withdrawn(db)

    def _arrays(self):
        """(versions, days, whether right, whether audited) of the rows in force."""
        ids = np.frombuffer(self.ids, dtype=np.int64)
        keep = ~np.isin(ids, np.fromiter(self.withdrawn[1], dtype=np.int64))
        return (
            np.frombuffer(self.versions, dtype=np.int64)[keep],
            np.frombuffer(self.days, dtype=np.int32)[keep],
            np.frombuffer(self.correct, dtype=np.uint8)[keep].astype(bool),
            np.frombuffer(self.audited, dtype=np.uint8)[keep].astype(bool),
        )

    @staticmethod
    def live(version, versions, correct, audited):
        """Live accuracy of ``version``: how often its answers were right on audited items."""
        mine = audited & (versions == version)
        n, right = int(mine.sum()), int(correct[mine].sum())
        return {
            "version": version,
            "labelled": n,
            "accuracy": right / n if n else None,
            "interval": wilson(right, n),
        }

    def read(self, store, served):
        with self.lock:
            self._catch_up(self.log.db)
            versions, days, correct, audited = self._arrays()
            names = sorted(self.day_names, key=self.day_names.get)
            commonest = sorted((-c, w) for w, c in self.words.items() if c > 0)[:15]
            words = [{"word": w, "reviews": -c} for c, w in commonest]
        # one count of every row's day, not a set of them: each scrape reads it
        per_day = np.bincount(days, minlength=len(names))
        days_seen = [
            {"day": names[d], "feedback": int(per_day[d])}
            for d in sorted(np.flatnonzero(per_day).tolist(), key=names.__getitem__)
        ]
        by_version = [
            self.live(int(v), versions, correct, audited)
            for v in sorted(set(versions[audited].tolist()))
        ]
        model_versions = [
            {
                "version": v,
                **{k: meta.get(k) for k in ("created", "parent", "dev_accuracy")},
                "feedback_upto": meta["feedback_upto"],
                "candidate": bool(meta.get("candidate")),
            }
            for v, meta in readable_metas(store, store.versions())
        ]
        return {
            "feedback": len(versions),
            "feedback_per_day": days_seen,
            "live_accuracy": self.live(served, versions, correct, audited),
            "live_accuracy_by_version": by_version,
            "served_version": served,
            "model_versions": model_versions,
            "misclassified_words": words,
        }


def scripts_read(meta):
    """The scripts a version reads: at least MIN_SCRIPT_SHARE of its training rows, as it recorded
    them; the committed recipe's for versions made before that record."""
    scripts = (meta or {}).get("scripts")
    if not scripts:
        return SCRIPTS_READ
    total = sum(scripts.values())
    return frozenset(s for s, n in scripts.items() if s != "NONE" and n >= MIN_SCRIPT_SHARE * total)


def held_out_profile(model, meta, texts):
    """What a version's answers look like on its held-out rows, for drift alerts: the accuracy
    estimated from its probabilities, the share of unknown words, the share of unread scripts."""
    if not texts:
        return None
    hashes = [model.featurizer.hashes(t) for t in texts]
    logits = [model.logit(model.featurizer.indices(None, h)) for h in hashes]
    p = np.array([_expit(model.calibrated(z, t)) for z, t in zip(logits, texts)])
    unknown = [u for u in model.unknown_shares(hashes) if u is not None]
    reads = scripts_read(meta)
    return {
        "estimated_accuracy": float(np.maximum(p, 1 - p).mean()),
        "unknown_words": float(np.mean(unknown)) if unknown else 0.0,
        "unread_script": sum(script_of(t) not in reads | {None} for t in texts) / len(texts),
    }


class Monitor:
    """What this process can tell, without labels, about the served version's recent answers.

    The accuracy estimated from probabilities (NannyML's CBPE for a binary model: the mean of
    max(p, 1 - p)) and three drift signals, each against what the version recorded on its held-out
    rows at `train` (held_out_profile): reviews in scripts it cannot read, words it never saw, and
    the estimated accuracy. A signal past its limit over at least LEAST answers is an alert, logged
    once when it starts and once when it ends. Each worker watches the answers it gave."""

    WINDOW, LEAST, EVERY = 1000, 100, 50
    LIMITS = {"unread_script": 0.05, "unknown_words": 0.10, "estimated_accuracy": 0.05}

    def __init__(self):
        self.lock, self.version, self.meta = threading.Lock(), None, {}
        self.recent = collections.deque(maxlen=self.WINDOW)  # (confidence, unknown, unread script)
        self.raised, self._since = {}, 0

    def add(self, version, meta, scripts, answers):
        reads = scripts_read(meta)
        confidence = [max(a["model_positive"], 1 - a["model_positive"]) for a in answers]
        unknown = [a["unknown_words"] for a in answers]
        seen = list(zip(confidence, unknown, [s if s not in reads else None for s in scripts]))
        with self.lock:
            if version != self.version:
                self.version, self.meta = version, meta or {}
                self.recent.clear()
            self.recent.extend(seen)
            self._since += len(seen)
            if self._since >= self.EVERY:
                self._since = 0
                self._check()

    def estimated(self):
        """{"version", "answers", "accuracy"} of the recent answers, or None before any."""
        with self.lock:
            if not self.recent:
                return None
            confidence = float(np.mean([c for c, _, _ in self.recent]))
            return {"version": self.version, "answers": len(self.recent), "accuracy": confidence}

    def alerts(self):
        with self.lock:
            return [{"signal": k, "message": m} for k, m in self._signals().items()]

    def _signals(self):
        """{signal: message} of the signals past their limits now; call with the lock held."""
        n, v = len(self.recent), self.version
        profile = self.meta.get("held_out_profile") or {}
        if n < self.LEAST:
            return {}
        out = {}
        unread = collections.Counter(s for _, _, s in self.recent if s is not None)
        share = sum(unread.values()) / n
        if share > profile.get("unread_script", 0.0) + self.LIMITS["unread_script"]:
            script = unread.most_common(1)[0][0].title()
            out["unread_script"] = (
                f"{share:.0%} of the last {n} reviews are in {script}, "
                f"which version {v} cannot read"
            )
        unknown = [u for _, u, _ in self.recent if u is not None]
        if "unknown_words" in profile and unknown:
            mean, usual = float(np.mean(unknown)), profile["unknown_words"]
            if mean > usual + self.LIMITS["unknown_words"]:
                out["unknown_words"] = (
                    f"the last {n} reviews have {mean:.0%} words version {v} never saw, against "
                    f"{usual:.0%} on its held-out rows"
                )
        if "estimated_accuracy" in profile:
            estimate = float(np.mean([c for c, _, _ in self.recent]))
            usual = profile["estimated_accuracy"]
            if estimate < usual - self.LIMITS["estimated_accuracy"]:
                out["estimated_accuracy"] = (
                    f"the accuracy estimated from the last {n} answers is {estimate:.1%}, against "
                    f"{usual:.1%} on version {v}'s held-out rows"
                )
        return out

    def _check(self):
        """Log the alerts that start and end; call with the lock held."""
        now = self._signals()
        for signal in now.keys() - self.raised.keys():
            logger.warning("drift alert: %s", now[signal])
        for signal in self.raised.keys() - now.keys():
            logger.warning("drift alert over: %s", self.raised[signal])
        self.raised = now


MONITOR = Monitor()


def drawn_for_audit(key, rate, secret=None):
    """Whether a text is in the audit sample: a keyed hash of its text key under the service's
    secret, below ``rate``. The draw is uniform over texts, unknowable to clients, and the same
    however often, from wherever and with whatever fields a text is sent."""
    if rate <= 0:
        return False
    mac = _keyed_hmac(secret or secret_key()).copy()
    mac.update(b"audit." + key.encode())
    return int.from_bytes(mac.digest()[:8], "big") < rate * 2**64


# Metrics: prometheus_client in multiprocess mode, one file per process in
# data/metrics/, summed by whichever worker answers the scrape. It chooses that
# mode when it is imported, from the variable, so the import waits for it here;
# the variable is set, not defaulted, so that a child process counts in its own data folder.
METRICS_DIR = os.environ["PROMETHEUS_MULTIPROC_DIR"] = os.path.join(data_dir(), "metrics")
import prometheus_client  # noqa: E402
from prometheus_client import multiprocess  # noqa: E402

_BY_REQUEST = ("route", "method", "status")
# every metric has labels: a bare one would make its file at import
HTTP_REQUESTS = prometheus_client.Counter(
    "sentiment_http_requests",
    "HTTP requests by route, method and status",
    _BY_REQUEST,
    registry=None,
)
HTTP_SECONDS = prometheus_client.Histogram(
    "sentiment_http_request_duration_seconds",
    "HTTP request latency by route and status",
    _BY_REQUEST,
    registry=None,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
PREDICTIONS = prometheus_client.Counter(
    "sentiment_predictions", "predictions by label", ("label",), registry=None
)
SIGN_INS = prometheus_client.Counter(
    "sentiment_sign_ins", "sign-ins by outcome (refused: a wrong key)", ("outcome",), registry=None
)
FEEDBACK = prometheus_client.Counter(
    "sentiment_feedback",
    "feedback this host took, by outcome (was the model right)",
    ("outcome",),
    registry=None,
)


def _counted(add):
    """One metrics update, which never costs an answer: a full or read-only folder loses counts."""
    try:
        try:
            add()
        except FileNotFoundError:  # the first count makes data/metrics/
            os.makedirs(METRICS_DIR, mode=0o700, exist_ok=True)
            add()
    except OSError as e:
        warn_once(f"metrics not counted: {e}")


def tally(metric, labels, value=1):
    _counted(lambda: metric.labels(*labels).inc(value))


def observe(labels, seconds):
    _counted(
        lambda: (HTTP_REQUESTS.labels(*labels).inc(), HTTP_SECONDS.labels(*labels).observe(seconds))
    )


def metrics_text():
    """Every process's counters in Prometheus' text format; an unreadable file is moved aside."""
    files = []
    for path in sorted(glob.glob(os.path.join(METRICS_DIR, "*.db"))):
        try:
            multiprocess.MultiProcessCollector.merge([path])
            files.append(path)
        except Exception as e:  # torn or foreign: counts are not worth more than moving it aside
            logger.error(
                "metrics: %s is unreadable (%s); moved aside, counting starts again", path, e
            )
            with contextlib.suppress(OSError):
                os.replace(path, f"{path}.corrupt-{int(time.time())}")
    merged = types.SimpleNamespace(collect=lambda: multiprocess.MultiProcessCollector.merge(files))
    # it needs only collect(), not a registry
    return prometheus_client.generate_latest(merged).decode()


###############################################################################
# Feedback tokens
###############################################################################


class FeedbackUnavailable(Exception):
    """Feedback cannot be taken now; the message is safe to show, the log has the details."""


# (SENTIMENT_SECRET, where the log is) -> key; failures are not kept, so a mended folder is noticed
_keys = {}


def secret_key():
    """The tokens' HMAC key: SENTIMENT_SECRET, or a random key made once beside the log
    (data/secret, mode 0600, or in the database, so that every host has it)."""
    raw, log = os.environ.get("SENTIMENT_SECRET", "").strip(), replica().log
    key = _keys.get((raw, log.backend.where()))
    if key is None:
        try:
            key = _keys[raw, log.backend.where()] = (
                _read_or_make_secret(raw, None) if raw else log.backend.secret()
            )
        except (OSError, ValueError, StorageError) as e:
            warn_once(f"feedback is off: no usable secret key ({e})")
            why = "Feedback is switched off: the service has no usable secret key."
            raise FeedbackUnavailable(why) from None
    return key


def _read_or_make_secret(raw, path):
    if raw:
        try:
            return _secret_text(raw)
        except ValueError as e:
            raise ValueError(f"SENTIMENT_SECRET {e}") from None
    if not os.path.exists(path):
        tmp = f"{path}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
        _fsync(tmp, secrets.token_hex(32).encode(), 0o600)
        try:  # atomic and refuses to overwrite: concurrent workers agree on one key
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            os.remove(tmp)
    with open(path, "rb") as f:
        key = f.read().strip()
    if len(key) < 32:
        why = f"{path} holds {len(key)} bytes, fewer than 32; delete it and a new key is made"
        raise ValueError(why)
    return key


def make_token(review, predicted, issued=None, nonce=None, secret=None):
    """An HMAC over the review, the predicted label, the time and a nonce.

    The nonce makes every prediction's token unique, so two people who classify the same review in
    the same second can each answer once."""
    issued = int(time.time() if issued is None else issued)
    nonce = secrets.token_hex(8) if nonce is None else nonce
    mac = _keyed_hmac(secret or secret_key()).copy()  # FeedbackUnavailable without a key
    mac.update(f"{issued}.{predicted}.{nonce}.".encode())
    mac.update(review.encode("utf-8", "surrogatepass"))
    return f"{issued}.{predicted}.{nonce}.{mac.hexdigest()}"


@functools.lru_cache(maxsize=4)
def _keyed_hmac(key):
    return hmac.new(key, digestmod="sha256")


def check_token(token, review):
    """The predicted label a token vouches for; raises 403 unless it is genuine and fresh."""
    try:
        issued, predicted, nonce, _ = token.split(".")
        issued, predicted = int(issued), int(predicted)
        if not token.isascii():  # compare_digest refuses non-ASCII text with a TypeError
            raise ValueError
    except (AttributeError, ValueError):
        raise bottle.HTTPError(
            403, Message("The feedback token is missing or malformed.")
        ) from None
    try:
        expected = make_token(review, predicted, issued, nonce)
    except FeedbackUnavailable as e:
        raise bottle.HTTPError(503, str(e)) from None
    if predicted not in (0, 1) or not hmac.compare_digest(expected, token):
        raise bottle.HTTPError(403, Message("The feedback token does not match this review."))
    age = time.time() - issued
    if age > TOKEN_TTL or age < -60:
        raise bottle.HTTPError(
            403, Message("The feedback token has expired; classify the review again.")
        )
    return predicted


###############################################################################
# Keys and sessions: who may review, and who may administer
###############################################################################

ROLES = ("reviewer", "admin")  # each may do all that the ones before it may
SESSION_COOKIE = "sentiment_session"
SIGN_IN = "Sign in at /login with a reviewer key, or send Authorization: Bearer KEY."


def new_key():
    """A random API key (256 bits); only its sha256 is stored."""
    return "sk-" + secrets.token_urlsafe(32)


def key_digest(key):
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _unauthorized(message):
    return bottle.HTTPError(401, message, headers={"WWW-Authenticate": 'Bearer realm="sentiment"'})


@contextlib.contextmanager
def when_storage_fails(what):
    """A StorageError (the log or the store failing) is logged and answered 503, saying ``what``
    could not be done; a context manager and a decorator."""
    try:
        yield
    except StorageError as e:
        logger.error("%s: %s", what, e)
        raise bottle.HTTPError(503, f"{what}; please try again later.") from None


@when_storage_fails("Keys cannot be checked right now")
def _key_owner(**which):
    log = replica().log
    return log.keys.owner(log.db, **which)


def caller():
    """(name, role) of the request's key or signed-in session, or None; 401 for a bad, revoked or
    expired one.

    Keys are looked up on every request, so a revoked key stops working at once in every worker.
    Each request checks its credentials once."""
    env = bottle.request.environ
    if "sentiment.caller" not in env:
        env["sentiment.caller"] = _authenticate(env)
    return env["sentiment.caller"]


def _authenticate(env):
    auth = env.get("HTTP_AUTHORIZATION", "")
    if auth:
        scheme, _, key = auth.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise _unauthorized("Send the key as Authorization: Bearer KEY.")
        digest = key_digest(key.strip())
        owner = _key_owner(key_sha256=digest)
        if owner is None or not hmac.compare_digest(owner[2], digest):
            raise _unauthorized("The key is not valid: it is unknown or revoked.")
        env["sentiment.bearer"] = True
        return owner[:2]
    cookie = bottle.request.get_cookie(SESSION_COOKIE)
    owner = _session_owner(cookie) if cookie else None
    if owner and env["PATH_INFO"].startswith("/api/") and env["REQUEST_METHOD"] == "POST":
        # a cookie alone never drives the API; programs use keys
        check_csrf(env.get("HTTP_X_CSRF_TOKEN", ""))
    return owner


def _session_mac(encoded_name, issued, key_sha256):
    try:
        key = secret_key()
    except FeedbackUnavailable:
        raise bottle.HTTPError(
            503, "Signing in is unavailable: the service has no usable secret key."
        ) from None
    return hmac.new(
        key, f"session.{encoded_name}.{issued}.{key_sha256}".encode(), "sha256"
    ).hexdigest()


def session_cookie(name, key_sha256, issued=None):
    """A signed "name.issued.mac" value; it names the key, so revoking the key ends the session."""
    issued = int(time.time() if issued is None else issued)
    encoded = base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")
    return f"{encoded}.{issued}.{_session_mac(encoded, issued, key_sha256)}"


def _session_owner(cookie):
    try:
        encoded, issued, mac = cookie.split(".")
        name = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        issued = int(issued)
        if not mac.isascii():
            raise ValueError
    except (ValueError, UnicodeError):
        raise _unauthorized("Your session is not valid; sign in again at /login.") from None
    owner = _key_owner(name=name)
    if owner is None or not hmac.compare_digest(_session_mac(encoded, issued, owner[2]), mac):
        raise _unauthorized("Your session is not valid; sign in again at /login.")
    if not -60 < time.time() - issued < SESSION_TTL:
        raise _unauthorized("Your session has expired; sign in again at /login.")
    return owner[:2]


class SignInLimit:
    """Failed sign-ins per address in the last minute (this process); past ``limit``, a 429."""

    def __init__(self, limit=10, addresses=10_000):
        self.limit, self.addresses, self.lock = limit, addresses, threading.Lock()
        # address -> times of its failures, the newest address last
        self.failures = collections.OrderedDict()

    def check(self, address):
        with self.lock:
            recent = [t for t in self.failures.get(address, ()) if t > time.monotonic() - 60]
        if len(recent) >= self.limit:
            raise bottle.HTTPError(
                429,
                Message("Too many wrong keys from your address; try again in a minute."),
                headers={"Retry-After": str(int(recent[0] + 61 - time.monotonic()))},
            )

    def failed(self, address):
        tally(SIGN_INS, ("refused",))
        with self.lock:
            times = self.failures.pop(address, [])[-self.limit :]
            self.failures[address] = times + [time.monotonic()]
            while len(self.failures) > self.addresses:  # bounded, whoever sends
                self.failures.popitem(last=False)


SIGN_IN_LIMIT = SignInLimit()


def require(role):
    """The caller's (name, role): 401 without a key or session, 403 for a role below ``role``."""
    who = caller()
    if who is None:
        raise _unauthorized(SIGN_IN)
    if ROLES.index(who[1]) < ROLES.index(role):
        raise bottle.HTTPError(403, f"This needs an {role} key; yours is a {who[1]} key.")
    return who


def csrf_token():
    """Review forms' token: an HMAC of the session cookie, so another site cannot know it."""
    cookie = bottle.request.get_cookie(SESSION_COOKIE) or ""
    return hmac.new(secret_key(), f"csrf.{cookie}".encode(), "sha256").hexdigest()[:32]


def check_csrf(token):
    """403 unless a signed-in browser's form carries its CSRF token; a Bearer key needs none."""
    if bottle.request.environ.get("sentiment.bearer"):
        return
    if not hmac.compare_digest(csrf_token(), token if token.isascii() else ""):
        why = "The CSRF token (a form's csrf field, or X-CSRF-Token) is missing or wrong; "
        raise bottle.HTTPError(403, why + "reload the page and try again.")


def guarded(role=None, csrf=False):
    """A route that changes state: refused cross-site (same_origin_only), below ``role``
    (require), and, for a signed-in browser's form, without its CSRF token (check_csrf)."""

    def decorate(route):
        @functools.wraps(route)
        def wrapper(*args, **kwargs):
            same_origin_only()
            if role:
                require(role)
            if csrf:
                check_csrf(read_form("csrf", max_fields=REVIEW_PAGE + 3)["csrf"])
            return route(*args, **kwargs)

        return wrapper

    return decorate


###############################################################################
# Requests: reading bodies, validating reviews, recording feedback
###############################################################################

app = bottle.Bottle()
# Answers end with a newline, so a pasted curl does not glue the prompt to them; orjson writes a
# batch's answers thirteen times faster than json (docs/performance.md).
app.uninstall(bottle.JSONPlugin)
_ANSWER_JSON = orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
app.install(bottle.JSONPlugin(json_dumps=lambda value: orjson.dumps(value, option=_ANSWER_JSON)))


def _returned(callback):
    """A Bottle plugin, innermost: a route's HTTPError (or redirect) is returned, as Bottle allows,
    without its traceback. Raised, Bottle keeps it in a local of a frame on its own traceback, a
    cycle that holds every frame it came through, with the request's reviews and arrays, until the
    next garbage collection, which large strings and arrays do not hasten (docs/performance.md)."""

    @functools.wraps(callback)
    def answered(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except bottle.HTTPResponse as answer:
            answer.__traceback__ = answer.__context__ = None
            return answer

    return answered


app.install(_returned)
API_PREFIXES = ("/api/", "/predict/", "/healthz", "/v1/", "/v2")
_TAGS = re.compile(TAG_PATTERN)
_WORDY = re.compile(r"[^\s']")  # anything outside tags that makes a token
# C1 stays: legacy cp1252 text has it
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def application(environ, start_response):
    """The WSGI callable: the Bottle app, plus what every answer needs, errors of any kind included.

    Security headers and the /metrics count are added here, on the status actually sent: Bottle's
    after_request hook never sees an uncaught error."""
    start = time.perf_counter()
    try:  # Bottle would drop bytes that are not UTF-8 from the path without a word
        environ["PATH_INFO"].encode("latin-1").decode("utf-8")
    except UnicodeError:
        environ["sentiment.error"] = (400, "The path is not valid UTF-8.")
    sent = []

    def start_with_headers(status, headers, exc_info=None):
        sent.append(status)
        headers = [h for h in headers if h[0].lower() not in _SECURITY_NAMES] + SECURITY_HEADERS
        if environ.get("PATH_INFO") in NO_STORE:
            headers.append(("Cache-Control", "no-store"))
        # lets multi-process tests see which worker answered
        if os.environ.get("SENTIMENT_TEST") == "1":
            headers.append(("X-Worker-Pid", str(os.getpid())))
        return start_response(status, headers, exc_info)

    try:
        return app(environ, start_with_headers)
    finally:
        route, method = environ.get("bottle.route"), environ.get("REQUEST_METHOD", "")
        # clients choose methods; metrics must not grow a label per invention
        if method not in HTTP_METHODS:
            method = "other"
        status = int(sent[0][:3]) if sent else 500
        observe((route.rule if route else "(none)", method, status), time.perf_counter() - start)
        replica().log.backend.after_request()


TOO_LARGE = f"The request body is larger than {MAX_BODY} bytes."


@app.hook("before_request")
def _read_body():
    """Read a POST body ourselves, stopping past MAX_BODY.

    Bottle would spool any body, chunked ones included, to a temporary file first; afterwards it
    parses forms from the bytes we hand back."""
    env = bottle.request.environ
    # found before Bottle ran: a path that is not UTF-8
    if "sentiment.error" in env:
        raise bottle.HTTPError(*env["sentiment.error"])
    if env["REQUEST_METHOD"] != "POST" or "sentiment.body" in env:
        return
    length = env.get("CONTENT_LENGTH", "").strip()
    if length:
        if not (length.isascii() and length.isdigit()):
            raise bottle.HTTPError(400, "Invalid Content-Length.")
        if len(length) > 12 or int(length) > MAX_BODY:
            raise bottle.HTTPError(413, TOO_LARGE)
    body = _body(env["wsgi.input"], int(length) if length else MAX_BODY + 1)
    if body is None:
        raise bottle.HTTPError(413, TOO_LARGE)
    env["sentiment.body"], env["wsgi.input"] = body, io.BytesIO(body)
    env["CONTENT_LENGTH"] = str(len(body))
    env.pop("HTTP_TRANSFER_ENCODING", None)


def _body(stream, want):
    """The first ``want`` bytes of ``stream``, or None past MAX_BODY: read apart from the hook that
    refuses them, since Bottle keeps a refusal raised in a hook on a reference cycle with the
    frames it came through (see _returned)."""
    chunks, size = [], 0
    while size < want:
        chunk = stream.read(min(65536, want - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks) if size <= MAX_BODY else None


def _content_type():
    """The request's media type, lowercased; 415 for a charset other than UTF-8 (or ASCII)."""
    ctype, options = _media_type(bottle.request.environ.get("CONTENT_TYPE", ""))
    if options.get("charset", "utf-8").lower() not in CHARSETS:
        raise bottle.HTTPError(415, "Send UTF-8: no other charset is accepted.")
    return ctype


CHARSETS = ("utf-8", "utf8", "us-ascii", "ascii")
MAX_FIELDS = 10  # in one form; ours have at most three


def _media_type(header):
    return multipart.parse_options_header(header)


def read_form(*names, files=(), many=(), max_fields=MAX_FIELDS):
    """The named fields of a POSTed form, as text; missing ones are ''; those in ``many`` are lists.

    Refuses what a browser would never send: another content type or charset (415), bytes that
    are not UTF-8, more than ``max_fields`` fields or a repeated field (400), and a file, unless
    its field is in ``files`` (413). Multipart parts stay in memory: the body is at most MAX_BODY
    bytes and already read."""
    ctype = _content_type()
    if ctype not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        why = "Send the form as application/x-www-form-urlencoded or multipart/form-data."
        raise bottle.HTTPError(415, why)
    body = bottle.request.environ["sentiment.body"]
    try:
        if ctype == "multipart/form-data":
            pairs = _multipart(body, files, max_fields)
        else:
            if body.count(b"&") >= max_fields:
                raise bottle.HTTPError(400, f"The form has more than {max_fields} fields.")
            text = body.decode("utf-8")
            pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, errors="strict")
    except (UnicodeError, ValueError):  # multipart's errors are ValueErrors
        raise bottle.HTTPError(400, "The form is not valid UTF-8 form data.") from None
    fields = {name: [] for name in many}
    for name, value in pairs:
        if name in many:
            fields[name].append(value)
        elif name in names:
            if name in fields:
                raise bottle.HTTPError(400, f"The field {name!r} appears more than once.")
            fields[name] = value
    return {name: fields.get(name, "") for name in names + tuple(many)}


def _multipart(body, files, max_fields):
    """(name, text) of each part of a multipart/form-data body that read_form accepts."""
    boundary = _media_type(bottle.request.environ["CONTENT_TYPE"])[1].get("boundary", "")
    if not boundary:
        raise bottle.HTTPError(400, "The form needs a boundary.")
    parser = multipart.MultipartParser(
        io.BytesIO(body),
        boundary,
        len(body),
        charset="utf-8",
        strict=True,
        part_limit=max_fields,
        spool_limit=MAX_BODY,
        memory_limit=MAX_BODY,
    )
    pairs = []
    try:
        for part in parser:
            if part.filename is not None and part.name not in files:
                why = f"The field {part.name!r} is a file; send the review as text."
                raise bottle.HTTPError(413, why)
            if part.charset.lower() not in CHARSETS:
                raise bottle.HTTPError(415, "Send UTF-8: no other charset is accepted.")
            if part.name in files:  # a file as people save it: see encoding_of
                try:
                    raw = part.raw
                    pairs.append((part.name, raw.decode(encoding_of(lambda: iter([raw])))))
                except ValueError as e:
                    raise bottle.HTTPError(400, f"The file {part.filename!r} {e}.") from None
            else:
                pairs.append((part.name, part.raw.decode("utf-8")))
    except multipart.ParserLimitReached:
        raise bottle.HTTPError(400, f"The form has more than {max_fields} fields.") from None
    return pairs


def _no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


# made once: json.loads(..., hook) makes one per call
_JSON = json.JSONDecoder(object_pairs_hook=_no_duplicates)


def read_json(path):
    """The JSON object of a POST body, as the API's description of ``path`` asks: 415 for another
    type, 400 for bad JSON or what the schema refuses, 413 for a list longer than it allows."""
    if _content_type() != "application/json":
        raise bottle.HTTPError(415, "Send the request as application/json.")
    try:
        # a BOM, as Notepad saves
        data = _JSON.decode(bottle.request.environ["sentiment.body"].decode("utf-8-sig"))
    except (UnicodeError, ValueError, RecursionError):
        raise bottle.HTTPError(400, "The body is not valid UTF-8 JSON.") from None
    if not isinstance(data, dict):
        raise bottle.HTTPError(400, "The body must be a JSON object.")
    return checked(data, *_request_schema(path))


def checked(data, validator, schema):
    """``data`` if the schema takes it, else the 4xx of _refusal."""
    error = next(validator.iter_errors(data), None)
    if error is not None:
        raise bottle.HTTPError(*_refusal(error, schema))
    return data


@functools.lru_cache(maxsize=None)
def _request_schema(path):
    """(a validator, the schema) of ``path``'s request body in OPENAPI. A review is any string to
    the validator: clean_review holds the rule, which the description's pattern describes."""
    import jsonschema_rs

    def described(fragment):
        if fragment == REVIEW_SCHEMA:
            return {"type": "string"}
        if isinstance(fragment, dict):
            return {k: described(v) for k, v in fragment.items()}
        return [described(v) for v in fragment] if isinstance(fragment, list) else fragment

    body = OPENAPI["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema = described(body)
    return jsonschema_rs.validator_for(schema), schema


def _refusal(error, schema):
    """(status, message) for the first thing the schema refuses in a body. Of a oneOf's or
    anyOf's forms, the one that came nearest speaks; when none came near, or several forms fit,
    the schema's description of the forms."""
    import jsonschema_rs

    kinds = jsonschema_rs.ValidationErrorKind
    while isinstance(error.kind, (kinds.OneOfNotValid, kinds.AnyOf, kinds.OneOfMultipleValid)):
        fragment = functools.reduce(lambda f, key: f[key], error.schema_path[:-1], schema)
        forms = getattr(error.kind, "context", None) or [[]]  # several forms fit: none
        # the nearest form: one the body does not lack a field of, then the fewest errors
        nearest = min(forms, key=lambda errors: (_lacks(errors, kinds), len(errors) or math.inf))
        nearest = nearest[:1]
        if not nearest or _another_form(nearest[0], fragment, kinds):
            return 400, fragment.get("description") or error.message[:200]
        error = nearest[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.instance_path)
    kind, field = error.kind, f"'{where.lstrip('.')}'" if where else "The body"
    if isinstance(kind, kinds.MaxItems):  # a bound on the work one request may ask for
        return 413, f"Too many items in {field}: at most {kind.limit:,}."
    if isinstance(kind, kinds.UniqueItems):
        return 409, f"The same item is chosen twice in {field}."
    words = {
        kinds.Type: lambda: "must be " + " or ".join(_A_TYPE.get(t, t) for t in kind.types),
        kinds.Enum: lambda: "must be one of " + ", ".join(json.dumps(o) for o in kind.options),
        kinds.Constant: lambda: f"must be {json.dumps(kind.expected_value)}",
        kinds.MinItems: lambda: (
            "must be a non-empty list" if kind.limit == 1 else f"must list at least {kind.limit}"
        ),
        kinds.Minimum: lambda: f"must be at least {kind.limit}",
        kinds.Maximum: lambda: f"must be at most {kind.limit}",
        kinds.MinLength: lambda: "must not be empty",
        kinds.Required: lambda: f"needs {kind.property!r}",
        kinds.AdditionalProperties: lambda: f"has an unknown field {kind.unexpected[0]!r}",
        kinds.FalseSchema: lambda: "is more than the list may hold",
    }
    said = next((word for cls, word in words.items() if isinstance(kind, cls)), None)
    return 400, f"{field} {said()}." if said else f"{field}: {error.message[:200]}."


def _lacks(errors, kinds):
    """Whether a form's errors say the body lacks a field the form requires."""
    return any(not e.instance_path and isinstance(e.kind, kinds.Required) for e in errors)


def _another_form(error, fragment, kinds):
    """Whether a form's error says the body is of another form of ``fragment``: a field a form
    requires is missing, or the fields it does not take belong to another form."""
    if error.instance_path:
        return False
    if isinstance(error.kind, kinds.Required):
        return True
    forms = fragment.get("oneOf", []) + fragment.get("anyOf", [])
    known = {name for form in forms + [fragment] for name in form.get("properties", ())}
    return isinstance(error.kind, kinds.AdditionalProperties) and known >= set(
        error.kind.unexpected
    )


_A_TYPE = {"integer": "an integer", "array": "a list", "object": "an object", "string": "a string"}
_A_TYPE.update(boolean="true or false", number="a number")


class Message(str):
    """An English message that a page shows in its reader's language: the text, with the wording
    and values it was made from."""

    def __new__(cls, wording, **values):
        message = super().__new__(cls, wording.format(**values))
        message.wording, message.values = wording, values
        return message


def clean_review(text):
    """The review as it is classified and stored, or an HTTPError saying what is wrong."""
    if not isinstance(text, str):
        raise bottle.HTTPError(400, "The review must be a string.")
    if "\r" in text:  # as in a form's textarea
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    if not text:
        raise bottle.HTTPError(400, Message("Please enter a review."))
    if len(text) > MAX_REVIEW:
        raise bottle.HTTPError(
            413,
            Message(
                "The review is too long: {n:,} characters, the limit is {limit:,}.",
                n=len(text),
                limit=MAX_REVIEW,
            ),
        )
    if len(text) < MIN_REVIEW and len(_CJK_TOKEN.findall(text)) < MIN_CJK_REVIEW:
        raise bottle.HTTPError(
            400,
            Message(
                "The review is too short: write at least {n} characters ({cjk} in Chinese or "
                "Japanese).",
                n=MIN_REVIEW,
                cjk=MIN_CJK_REVIEW,
            ),
        )
    # printable text has none, and C checks that faster
    if not text.isprintable() and _CONTROL.search(text):
        raise bottle.HTTPError(400, Message("The review contains control characters."))
    # otherwise text[0] is a word outside tags
    if text[0] in "<'" and not _WORDY.search(_TAGS.sub(" ", text)):
        raise bottle.HTTPError(400, Message("The review has no words to classify."))
    return text


class Asked(typing.NamedTuple):
    """The reviews of one request with what each step needs of them, worked out once: their text
    keys and scripts, and the tokens' key (None while feedback is off)."""

    texts: tuple
    keys: list
    scripts: list
    secret: typing.Optional[bytes]

    @classmethod
    def of(cls, texts, hashes):
        try:
            secret = secret_key()
        except FeedbackUnavailable:
            secret = None
        return cls(texts, list(map(text_key, hashes)), list(map(script_of, texts)), secret)


def classify(*texts, explain=False, count=True, version=None):
    """The JSON answers for clean reviews, all from one model state (of ``version``, if named);
    ``count`` them.

    Features are computed outside the lock, so a large batch does not hold up other requests;
    only the weights are read under it. An explanation lists each review's EXPLAIN_TOP strongest
    features, within MAX_ANSWER."""
    featurizer = current_featurizer()
    hashes, found = _features(featurizer, texts, explain)
    with answering(version) as s:
        # a version with other features came in meanwhile, or was named
        if s.model.featurizer is not featurizer:
            hashes, found = _features(s.model.featurizer, texts, explain)
        asked = Asked.of(texts, hashes)
        if explain:
            explained = [s.model.explain(t, tokens) for t, tokens in zip(texts, found)]
            probabilities = [_expit(e[1]) for e in explained]
        else:
            logits = s.model.logits(*found)
            probabilities = [
                _expit(s.model.calibrated(z, t, script))
                for z, t, script in zip(logits, texts, asked.scripts)
            ]
        client = client_of(client_address(bottle.request.environ))
        answer = functools.partial(_answer, served=s, client=client, secret=asked.secret)
        unknown = s.model.unknown_shares(hashes)
        answers = list(map(answer, texts, probabilities, asked.keys, asked.scripts, unknown))
        # the monitor watches the served version: s may be a candidate, named
        meta = s.meta if s is replica().served else None
    if count:
        observed(asked, answers, meta)
    size = 0
    for answer, text, (features, _, _) in zip(answers, texts, explained if explain else ()):
        answer["explanation"] = contributions(text, features, EXPLAIN_TOP)
        size += sum(len(c["text"]) + 80 for c in answer["explanation"])  # about its JSON size
        if size > MAX_ANSWER:
            why = f"The explanation would be larger than {MAX_ANSWER:,} bytes; explain fewer "
            raise bottle.HTTPError(413, why + "reviews at a time.")
    return answers


def observed(asked, answers, meta):
    """What the service keeps of answers it gave: the counts, the samples for reviewers (unsure,
    in reviewed mode; audit, at SENTIMENT_AUDIT_RATE) and, for the served version (``meta``), the
    monitor. A sample that cannot be kept never costs an answer."""
    positives = sum(a["model_positive"] >= 0.5 for a in answers)
    for label, n in (("positive", positives), ("negative", len(answers) - positives)):
        if n:
            tally(PREDICTIONS, (label,), n)
    texts, keys = asked.texts, asked.keys
    log, rate = replica().log, setting("SENTIMENT_AUDIT_RATE")
    try:
        if setting("SENTIMENT_LEARN") == "reviewed":
            unsure = [
                (t, k, a["model_positive"])
                for t, k, a in zip(texts, keys, answers)
                if UNSURE[0] < a["model_positive"] < UNSURE[1]
            ]
            if unsure:
                log.queue.remember_unsure(unsure[-UNSURE_SAMPLE:])
        audit = [
            (t, k, LABELS.index(a["label"]), a["probability"], a["model_version"])
            for t, k, a in zip(texts, keys, answers)
            if asked.secret and drawn_for_audit(k, rate, asked.secret)
        ]
        if audit:
            log.queue.remember_audit(audit)
    except (StorageError, FeedbackUnavailable) as e:
        warn_once(f"the samples for reviewers are not kept: {e}")
    if meta is not None:
        MONITOR.add(answers[0]["model_version"], meta, asked.scripts, answers)


def current_featurizer():
    """The served featurizer; once loaded, read without the lock (callers check it still is)."""
    served = replica().served
    if served is None:
        with current() as s:
            return s.served.model.featurizer
    return served.model.featurizer


def _features(featurizer, texts, explain):
    """(each review's token hashes, each one's tokens() to explain, or batch_indices() of all);
    413 past MAX_TOKENS tokens in all."""
    tokens = [featurizer.tokens(text) for text in texts] if explain else []
    hashes = [t[2] for t in tokens] if explain else featurizer.many_hashes(texts)
    if sum(map(len, hashes)) > MAX_TOKENS:  # the request's size bounds the work done so far
        why = f"Too many words in one request: over {MAX_TOKENS:,} tokens; send fewer reviews "
        raise bottle.HTTPError(413, why + "at a time.")
    return hashes, tokens if explain else featurizer.batch_indices(hashes)


def contributions(text, features, top):
    """The ``top`` strongest features as {"text", "start", "end", "start16", "end16", "weight"}."""
    starts, ends, weights = features
    keep = np.argsort(-np.abs(weights), kind="stable")[:top]
    s16, e16 = _utf16(text, starts[keep]), _utf16(text, ends[keep])
    kept = zip(starts[keep].tolist(), ends[keep].tolist(), s16, e16, weights[keep].tolist())
    return [
        {"text": text[s:e], "start": s, "end": e, "start16": a, "end16": b, "weight": w}
        for s, e, a, b, w in kept
    ]


def _utf16(text, offsets):
    """Code-point offsets into ``text`` as UTF-16 ones, as JavaScript counts: a character past
    U+FFFF (an emoji) is two there."""
    if text.isascii() or not len(offsets):
        return offsets.tolist()
    wide = _code_points(text) > 0xFFFF
    before = np.concatenate(([0], np.cumsum(wide)))
    return (offsets + before[offsets]).tolist()


def _answer(text, p, key, script, unknown, served, client, secret):
    """One review's answer: the model's, or the label people gave this text where their word reaches
    the caller.

    ``p`` is the model's probability of positive, ``key`` and ``script`` the review's text key and
    script, ``unknown`` its share of words training never saw, ``client`` the caller's address and
    ``secret`` the tokens' key (None: feedback is off), each read once per request; call with the
    lock held. An answer from people says who ("you", "reviewers", "people") and how many said
    what; its probability is the rule of succession over those votes, never 1.0."""
    predicted = int(p >= 0.5)
    corrected, by, counts = served.reach.answer(key, client)
    # without a key, predictions go on; the pages and /healthz say feedback is off
    token = make_token(text, predicted, secret=secret) if secret else None
    unread = script not in SCRIPTS_READ and script is not None
    unread = unread and (unknown is None or unknown > MOSTLY_UNKNOWN)
    if corrected is None:
        label, probability, positive = predicted, p if predicted else 1 - p, p
    else:
        votes = counts[LABELS[corrected]] + (by == "reviewers")
        label = corrected
        probability = (votes + 1) / (sum(counts.values()) + (by == "reviewers") + 2)
        positive = probability if corrected else 1 - probability
    scores = {"label": "positive", "score": positive}, {"label": "negative", "score": 1 - positive}
    return {
        "label": LABELS[label],
        "probability": probability,
        "positive": positive,
        "source": "model" if corrected is None else "feedback",
        "answered_by": by or "model",
        "feedback": counts,
        "model_positive": p,
        "unsure": corrected is None and (unread or UNSURE[0] < p < UNSURE[1]),
        # a script the model never learned: Unsure
        "unreadable_script": script.title() if unread else None,
        "unknown_words": unknown,
        "model_version": served.version,
        "feedback_upto": served.upto,
        "feedback_token": token,
        # both labels with their scores, the likelier first, as Hugging Face's widgets show them
        "scores": [scores[0], scores[1]] if positive >= 0.5 else [scores[1], scores[0]],
    }


LABELS = ("negative", "positive")


def record_feedback(text, label, predicted, token):
    """Log one feedback, whose token check_token has passed; returns (row id, p positive before,
    status).

    The row is committed before anything is learned or answered: it is learned by catching up
    with the log, exactly as other processes learn it. A token used before may change its label
    within CHANGE_WINDOW seconds. A key's feedback is learned at once with a full step; without a
    key it is learned with a small one, or, in reviewed mode, waits for a reviewer."""
    who = caller()
    with current() as s:
        model, version, problem = s.served.model, s.served.version, s.watch.problem
        hashes = model.featurizer.hashes(text)
        logit = model.logit(model.featurizer.indices(text, hashes))
        p_positive = _expit(model.calibrated(logit, text))
        anonymous_weight = model.rule.anonymous_weight
    # a log that cannot be replayed must not grow: every process must be able to learn each row
    if problem:
        raise bottle.HTTPError(503, f"The feedback could not be saved: {problem}.")
    if who:
        how = {"weight": 1.0, "status": "learned", "reviewer": who[0]}
    elif setting("SENTIMENT_LEARN") == "reviewed":
        how = {"weight": 1.0, "status": "pending"}
    else:
        how = {"weight": anonymous_weight, "status": "learned"}
    how["source"] = "api" if bottle.request.path.startswith("/api/") else "page"
    probability = p_positive if predicted else 1 - p_positive
    address = client_address(bottle.request.environ)
    row = Feedback(
        text, text_key(hashes), label, predicted, probability, version, token, address, **how
    )
    try:
        try:
            row_id = s.log.add(row, setting("SENTIMENT_FEEDBACK_PER_MINUTE"))
        except Duplicate:  # the token was used: the thanks page's Change my answer, or the API
            row_id = s.log.change(row, CHANGE_WINDOW)
        tally(FEEDBACK, ("correct" if label == predicted else "incorrect",))
        return row_id, p_positive, row.status
    except RateLimited as e:
        why = Message("Too many feedbacks from your address; try again in a minute.")
        raise bottle.HTTPError(429, why, headers={"Retry-After": str(e.retry_after)}) from None
    except LookupError as e:
        raise bottle.HTTPError(409, e.args[0]) from None
    except StorageError as e:
        logger.error("feedback not saved: %s", e)
        why = " the feedback log is locked by another connection;" if locked(e) else ""
        why = f"The feedback could not be saved;{why} please try again later."
        raise bottle.HTTPError(503, why) from None


def same_origin_only():
    """403 for a cross-site POST to a route that changes state.

    Under Referrer-Policy: no-referrer browsers send "Origin: null" even for our own forms; then
    only Sec-Fetch-Site can tell, and it must not say another site."""
    env = bottle.request.environ
    site, origin = env.get("HTTP_SEC_FETCH_SITE"), env.get("HTTP_ORIGIN")
    if site == "cross-site" or (origin == "null" and site not in (None, "same-origin", "none")):
        raise bottle.HTTPError(403, Message("Cross-site requests are refused."))
    if origin and origin != "null":
        try:
            host = urllib.parse.urlsplit(origin).netloc
        except ValueError:  # "http://[::1" and the like
            host = None
        # a Host is the client's word: a rebound DNS name sends its own
        public = setting("SENTIMENT_PUBLIC_HOSTS")
        if (host.lower() not in public) if public else host != env.get("HTTP_HOST", ""):
            raise bottle.HTTPError(403, "Cross-origin requests are refused.")


def _script(name):
    with open(os.path.join(VIEWS[0], name), encoding="utf-8") as f:
        return f.read()


# The pages' scripts, views/*.js, each inlined and admitted by the CSP by its hash; every page works
# without them. counter.js: a character counter (not a live region: a screen reader would read every
# keystroke) and Ctrl+Enter to submit. sort.js: the batch table sorts by a column when its header
# button is pressed. review.js: on the review page, j/k move between items, and a/r/l approve,
# reject or relabel the item in focus.
SCRIPTS = {name: _script(f"{name}.js") for name in ("counter", "sort", "review")}
SCRIPTS["counter"] = (
    f"var MIN_REVIEW = {MIN_REVIEW}, MIN_CJK_REVIEW = {MIN_CJK_REVIEW};\n" + SCRIPTS["counter"]
)
CSP = (
    "default-src 'none'; script-src %s; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
    % " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
        for js in SCRIPTS.values()
    )
)


# reviews, tokens, keys
NO_STORE = frozenset(("/results", "/thanks", "/review", "/batch", "/batch.csv", "/login"))
HTTP_METHODS = frozenset(("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"))
SECURITY_HEADERS = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
]
_SECURITY_NAMES = {name.lower() for name, _ in SECURITY_HEADERS}


def _error(err):
    """Every error, as JSON under the API and as a page elsewhere; never a traceback."""
    if err.status_code >= 500 and err.status_code != 503:
        message = "Internal error; it has been logged."
    else:
        message = err.body if isinstance(err.body, str) and err.body else err.status_line
    if bottle.request.path.startswith(API_PREFIXES):
        bottle.response.content_type = "application/json"
        return orjson.dumps({"error": message}, option=_ANSWER_JSON)
    back = "/batch" if bottle.request.path.startswith("/batch") else "/"
    return page("error", title=err.status_line, message=message, back=back)


for _code in (400, 401, 403, 404, 405, 408, 409, 411, 413, 415, 429, 431, 500, 501, 503):
    app.error(_code)(_error)


def percent(p, digits=0):
    """A probability as people read it: "99%", never "100%" unless it is exactly 1."""
    scale = 10**digits
    # 0.996 is "99%": it is not certain
    shown = (math.floor if p > 0.5 else math.ceil)(100 * scale * p) / scale
    return f"{shown:.{digits}f}%"


def percents(was, now):
    """``was`` and ``now`` with the digits (up to four) that tell them apart: a small step shows."""
    digits = next((d for d in range(5) if percent(was, d) != percent(now, d)), 4)
    return percent(was, digits), percent(now, digits)


def people_said(counts, _):
    """The people's votes on a text in words (``_`` their language): "1 person said negative", "3
    people said positive, 1 negative"."""
    said = sorted(((n, label) for label, n in counts.items() if n), reverse=True)
    words = [f"{n} {_(label)}" for n, label in said]
    if said and said[0][0] == 1:
        words[0] = _("{n} person said {label}", n=1, label=_(said[0][1]))
    elif said:
        words[0] = _("{n} people said {label}", n=said[0][0], label=_(said[0][1]))
    return _(", ").join(words)


def see_other(path):
    """A 303 to ``path`` of this site, relative: never built from the client's Host header."""
    res = bottle.response.copy(cls=bottle.HTTPResponse)  # with the cookies set meanwhile
    res.status, res.body = 303, ""
    res.set_header("Location", path)
    raise res


LANGS = {"CJK": "zh-CN", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko"}


def lang_of(text):
    """The ``lang`` a review is marked with, by its script, so that a browser draws Chinese with
    Chinese glyphs: Latin and the rest are taken as English, the committed model's other
    language."""
    return LANGS.get(script_of(text), "en")


# Pages speak English or Chinese. The reader's Accept-Language chooses, and the switch on every page
# (?lang=) is remembered in a cookie. Each language has one table of the pages' words: English is
# the wording itself, views/zh.json maps it to Chinese.
PAGE_LANGS = {"en": ("en", "English"), "zh": ("zh-CN", "中文")}  # -> (<html lang>, the switch)
LANG_COOKIE = "lang"
with open(os.path.join(HERE, "views", "zh.json"), encoding="utf-8") as _file:
    WORDINGS = {"en": {}, "zh": json.load(_file)}


def wording(lang):
    """The function pages call ``_``: a wording (or Message) in ``lang``, its values filled in."""
    table = WORDINGS[lang]

    def _(text, **values):
        if isinstance(text, Message):
            text, values = text.wording, text.values
        shown = table.get(text, text)
        return shown.format(**values) if values else shown

    return _


def page_lang(request):
    """The pages' language: the switch's ?lang=, then the cookie it set, then the first of English
    and Chinese that Accept-Language prefers; English otherwise."""
    environ = request.environ
    if "lang=" in environ.get("QUERY_STRING", ""):
        asked = request.query.get("lang")
        if asked in PAGE_LANGS:
            bottle.response.set_cookie(
                LANG_COOKIE, asked, path="/", max_age=365 * 86400, samesite="lax"
            )
            return asked
    if "lang=" in environ.get("HTTP_COOKIE", ""):
        if (remembered := request.get_cookie(LANG_COOKIE)) in PAGE_LANGS:
            return remembered
    return accepted_lang(environ.get("HTTP_ACCEPT_LANGUAGE", ""))


@functools.lru_cache(maxsize=256)
def accepted_lang(header):
    """The first of English and Chinese an Accept-Language header prefers; English if neither."""
    preferred, best = "en", 0.0
    for item in header.split(",")[:32]:
        tag, _, weight = item.partition(";")
        match = re.fullmatch(r"\s*q=([01](?:\.[0-9]{0,3})?)\s*", weight)
        q = float(match.group(1)) if match else 0.0 if weight.strip() else 1.0
        base = tag.strip().lower().split("-")[0]
        if base in PAGE_LANGS and q > best:
            preferred, best = base, q
    return preferred


def page(name, **values):
    request = bottle.request
    lang = page_lang(request)
    _ = wording(lang)
    other = "zh" if lang == "en" else "en"
    # a page that answers a form has no address to come back to: the switch goes to the form
    here = request.path if request.method == "GET" else "/"
    bottle.response.set_header("Vary", "Accept-Language, Cookie")
    bottle.response.set_header("Content-Language", PAGE_LANGS[lang][0])
    return bottle.template(
        name,
        template_lookup=VIEWS,
        scripts=SCRIPTS,
        unsure_band=UNSURE,
        percent=percent,
        percents=percents,
        people_said=lambda counts: people_said(counts, _),
        label_span=lambda label: f'<span class="{label}">{html.escape(_(label))}</span>',
        lang_of=lang_of,
        html_escape=html.escape,
        _=_,
        html_lang=PAGE_LANGS[lang][0],
        switch={
            "href": urllib.parse.quote("/" + here.lstrip("/")) + f"?lang={other}",
            "lang": PAGE_LANGS[other][0],
            "name": PAGE_LANGS[other][1],
        },
        min_review=MIN_REVIEW,
        min_cjk=MIN_CJK_REVIEW,
        examples=EXAMPLES,
        reviewed=setting("SENTIMENT_LEARN") == "reviewed",
        **values,
    )


###############################################################################
# Web pages
###############################################################################


EXAMPLES = (  # on the form, one click away: a review in each language the committed model reads
    "A wonderful film: moving, funny and beautifully acted.",
    "Dull, slow and far too long; I nearly left before the end.",
    "这个手机很好用，非常满意，推荐购买。",
    "质量太差了，非常失望，不会再买。",
)


@app.get("/")
def form_page():
    return page("form", review="", message="")


@app.post("/results")
def results_page():
    review = read_form("moviereview")["moviereview"]
    try:
        text = clean_review(review)
    except bottle.HTTPError as e:
        bottle.response.status = e.status_code
        return page("form", review=review, message=e.body)
    featurizer = current_featurizer()
    tokens = featurizer.tokens(text)  # outside the lock
    with answering() as s:
        if s.model.featurizer is not featurizer:
            tokens = s.model.featurizer.tokens(text)
        features, logit, words = s.model.explain(text, tokens)
        asked = Asked.of((text,), [tokens[2]])
        unknown = s.model.unknown_shares([tokens[2]])[0]
        client = client_of(client_address(bottle.request.environ))
        key, script = asked.keys[0], asked.scripts[0]
        answer = _answer(text, _expit(logit), key, script, unknown, s, client, asked.secret)
        meta = s.meta
    observed(asked, [answer], meta)
    merged = CHINESE_WORDS.merged(text, words)
    if merged is not words:  # Chinese words: the phrases are words too, not n-grams
        features = words = merged
    marked_review, word_scores = highlights(text, words)
    pros, cons = phrases_html(text, features)
    return page(
        "results",
        review=text,
        answer=answer,
        mostly_unknown=MOSTLY_UNKNOWN,
        marked_review=marked_review,
        word_scores=word_scores,
        pros=pros,
        cons=cons,
        by_words=merged is features,
    )


_WORD_CHAR = re.compile(r"[^\W_]")  # a letter, a digit or a CJK character


def phrases_html(text, features):
    """The 5 phrases that pushed a review most towards positive, and the 5 towards negative, as
    the list items of the results page: of each side's 20 strongest, those with a letter, a digit
    or a CJK character, shown without tags, and escaped in one call."""
    starts, ends, weights = features
    strong = np.argsort(-np.abs(weights), kind="stable")
    strong = strong[np.abs(weights[strong]) >= 0.01]
    sides = []
    for side, mine in (("positive", weights[strong] > 0), ("negative", weights[strong] < 0)):
        keep = strong[mine][:20]
        spans = zip(starts[keep].tolist(), ends[keep].tolist(), weights[keep].tolist())
        sides.append([(side, a, b, w) for a, b, w in spans if _WORD_CHAR.search(text, a, b)][:5])
    top = sides[0] + sides[1]
    shown = _escaped([" ".join(_TAGS.sub(" ", text[a:b]).split()) for _, a, b, _ in top])
    items = [
        f'<li><span class="phrase">{phrase}</span> <span class="{side}">{w:+.2f}</span></li>'
        for phrase, (side, _, _, w) in zip(shown, top)
    ]
    return "".join(items[: len(sides[0])]), "".join(items[len(sides[0]) :])


def highlights(text, words):
    """(the review with its strongest words marked, the list items of those words and their scores),
    as HTML.

    A word is marked when it pushed at least 1/16 as hard as the review's strongest word, so that
    about a third of a typical review is coloured, not "the" and "is" too; at most MAX_MARKS
    words, the strongest. Its class p1..p4 or n1..n4 says how hard, on a square-root scale so
    that weaker pushes stay visible; its title gives its share of the score. The text is escaped
    in one call, the marks (ours) put in after."""
    starts, ends, scores = words
    # punctuation is never a marked "word": it pushes, but a reader cannot act on a lone "，"
    wordy = _wordy(text, starts, ends)
    top = float(np.abs(scores[wordy]).max()) if wordy.any() else 0.0
    share = np.abs(scores) / (top or 1.0) * wordy
    levels = (np.rint(4 * np.sqrt(share)) * np.sign(scores) * (share >= 1 / 16)).astype(int)
    marked = np.flatnonzero(levels)
    if len(marked) > MAX_MARKS:  # "! ! ! ..." would mark every copy: a 20 kB review, an 800 kB page
        marked = np.sort(marked[np.argsort(-share[marked], kind="stable")[:MAX_MARKS]])
    cuts = np.column_stack((starts[marked], ends[marked])).ravel().tolist()
    pieces = _escaped([text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])])
    marked_words, shown = pieces[1::2], ["%+.2f" % score for score in scores[marked].tolist()]
    pieces[1::2] = [
        f'<mark class="{_MARKS[level]}" title="{score}">{word}</mark>'
        for level, score, word in zip(levels[marked].tolist(), shown, marked_words)
    ]
    items = [f"<li><b>{w}</b> {s}</li>" for w, s in zip(marked_words, shown)]
    return "".join(pieces), "".join(items)


_MARKS = ("", "p1", "p2", "p3", "p4", "n4", "n3", "n2", "n1")  # by signed level: -1 is n1


def _wordy(text, starts, ends):
    """Which spans of ``text`` hold a letter, a digit or a CJK character (_WORD_CHAR)."""
    counted = np.concatenate(([0], np.cumsum(_word_chars()[_code_points(text)])))
    return counted[ends] > counted[starts]


@functools.cache
def _word_chars():
    """For each code point, whether it is a _WORD_CHAR: built once per process."""
    return _matching(_WORD_CHAR.pattern)


MAX_LINE = 131_072  # characters in one line of a file: csv's own field limit


ENCODINGS = (
    "UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or GB18030 "
    "(which includes GBK and GB2312)"
)
REVIEW_NAMES = ("review", "text", "content", "评论", "内容")  # a file's review column
LABEL_NAMES = ("sentiment", "label", "标签")  # and its label column, the first found


def encoding_of(chunks):
    """The encoding of a file whose bytes ``chunks()`` yields from its start, in chunks: UTF-8
    with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), else GB18030, as
    Excel on a Chinese Windows saves CSV. ValueError for anything else, naming what is read."""
    first = next(iter(chunks()), b"")
    if first.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "gb18030"):  # a fixed order: GB18030 is not valid UTF-8 past ASCII
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for chunk in chunks():
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ValueError(f"is not text in {ENCODINGS}; save it as CSV UTF-8")


class Layout(typing.NamedTuple):
    """What a file's first line says of its columns."""

    delimiter: str
    header: list
    review: str  # the review column's name as written
    label: str | None  # the label column's, if any


def layout_of(first):
    """The Layout of a file whose first line names a review column, in any case, separated by
    commas or tabs; None for a file without such a header (plain text, a review a line)."""
    for delimiter in (",", "\t"):
        try:
            header = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            continue
        names = {h.strip().lower(): h for h in header}
        review = next((names[n] for n in REVIEW_NAMES if n in names), None)
        if review is not None:
            label = next((names[n] for n in LABEL_NAMES if n in names), None)
            return Layout(delimiter, header, review, label)
    return None


def csv_rows(header, lines, delimiter=","):
    """Yield (line where the row starts, {column: text}) of a CSV's rows after its ``header``.

    ``lines`` keep their line ends, so a quoted cell over several lines keeps its breaks. A row
    with more fields than the header is refused, naming its line, except in a one-column file:
    there the whole line is the one column. Raises ValueError."""
    reader, line = csv.reader(lines, delimiter=delimiter), 1
    try:
        for fields in reader:
            start, line = line + 1, 1 + reader.line_num
            if len(fields) > len(header):
                if len(header) > 1:
                    raise ValueError(
                        f"line {start} has {len(fields)} fields, the header {len(header)}: "
                        "quote the review"
                    )
                fields = [",".join(fields)]
            if fields:
                yield start, dict(zip(header, fields))
    except csv.Error as e:
        raise ValueError(f"line {1 + reader.line_num}: {e}") from None


def _escaped(pieces):
    """Each piece of a review, HTML-escaped, in one call: clean_review refuses control
    characters, so no review holds the \x01 that separates them."""
    return html.escape("\x01".join(pieces), False).split("\x01")


@app.get("/batch")
def batch_form():
    return page("batch", reviews="", rows=None, message="")


@app.post("/batch")
@app.post("/batch.csv")
def batch_page():
    """Many reviews, pasted a line each or a CSV upload with a review column: a table or a CSV."""
    form = read_form("reviews", "upload", files=("upload",))
    pasted = form["reviews"] if not form["upload"] else form["upload"]
    if len(pasted.encode()) > MAX_UPLOAD:
        raise bottle.HTTPError(
            413, Message("Send at most {mb} MB of reviews at a time.", mb=MAX_UPLOAD // 1_000_000)
        )
    # refused before a million tiny lines become a million objects
    if pasted.count("\n") > 20 * MAX_BATCH:
        raise bottle.HTTPError(413, Message("Send at most {n:,} reviews at a time.", n=MAX_BATCH))
    reviews = batch_reviews(pasted)
    texts, errors = [], {}
    for i, (_, review, _) in enumerate(reviews):
        try:
            texts.append(clean_review(review))
        except bottle.HTTPError as e:
            errors[i] = e.body
    answers = iter(classify(*texts) if texts else ())
    rows = [
        (line, review, errors.get(i), None if i in errors else next(answers))
        for i, (line, review, _) in enumerate(reviews)
    ]
    if bottle.request.path.endswith(".csv"):
        bottle.response.content_type = "text/csv; charset=utf-8"
        bottle.response.set_header("Content-Disposition", 'attachment; filename="sentiment.csv"')
        return batch_csv(rows)
    given = [(label, a) for (_, _, label), (_, _, _, a) in zip(reviews, rows) if label and a]
    agree = sum(
        LABEL_WORDS.get(label.strip().lower()) == LABELS.index(a["label"]) for label, a in given
    )
    return page("batch", reviews=pasted, rows=rows, message="", labelled=len(given), agree=agree)


def batch_reviews(text):
    """(line, review, its label or None) of each review of a paste or an upload: the review column
    of a CSV (a comma- or tab-separated one, multi-line cells and all), or a review a line."""
    lines = io.StringIO(text.removeprefix("\ufeff"), newline="")  # a BOM, as spreadsheets save
    first = next(lines, "")
    layout = layout_of(first)
    if layout is None:
        chained = itertools.chain([first], lines)
        reviews = [
            (n, line.rstrip("\r\n"), None) for n, line in enumerate(chained, 1) if line.strip()
        ]
    else:
        try:
            reviews = [
                (line, row.get(layout.review, ""), row.get(layout.label) if layout.label else None)
                for line, row in csv_rows(layout.header, lines, layout.delimiter)
            ]
        except ValueError as e:
            raise bottle.HTTPError(400, Message("The CSV cannot be read: {why}.", why=e)) from None
    if not reviews or len(reviews) > MAX_BATCH:
        raise bottle.HTTPError(
            413 if reviews else 400,
            Message(
                "Send between 1 and {most:,} reviews; this has {n:,}.",
                most=MAX_BATCH,
                n=len(reviews),
            ),
        )
    return reviews


def batch_csv(rows):
    """The batch's answers as CSV, UTF-8 with a byte-order mark so that Excel shows Chinese."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["line", "review", "label", "probability", "source", "model_version", "error"])
    for line, review, error, a in rows:
        answer = ("", "", "", "") if a is None else (
            a["label"], f"{a['probability']:.4f}", a["source"], a["model_version"]
        )  # fmt: skip
        writer.writerow([defused(v) for v in [line, review, *answer, error or ""]])
    return "\ufeff" + out.getvalue()


@app.get("/results")
@app.get("/thanks")
def back_to_the_form():
    """Pages that only answer a form: a direct visit (a bookmark, a reload) goes to the form."""
    see_other("/")


@app.get("/model")
def model_page():
    """The model card of the served version and of the candidates that answer when named."""
    with current() as s:
        status = model_status(s)
    return page("model", title="The model", cards=status["cards"], served=s.served.version)


@app.get("/stats")
def stats_page():
    return page("stats", title="Statistics", stats=_stats())


@when_storage_fails("The statistics are unavailable right now")
def _stats():
    s = replica()
    stats = s.stats.read(s.store, s.served.version if s.served else s.store.chosen()[0])
    stats["candidates"] = {
        str(v): score for v, score in CANDIDATES.read(s.store, s.log.db, s.log).items()
    }
    estimate, live = MONITOR.estimated(), stats["live_accuracy"]
    if estimate is not None and estimate["version"] != live["version"]:
        estimate = None  # this worker has not answered from the served version yet
    stats["estimated_accuracy"], stats["alerts"] = estimate, MONITOR.alerts()
    # an audited interval that excludes the estimate: the probabilities do not mean what they say
    stats["miscalibrated"] = bool(
        estimate
        and live["interval"]
        and not live["interval"][0] <= estimate["accuracy"] <= live["interval"][1]
    )
    return stats


@app.post("/thanks")
@guarded()
def thanks_page():
    form = read_form("review", "feedback_token", "feedback")
    text = clean_review(form["review"])
    if form["feedback"] not in ANSWERS:
        raise bottle.HTTPError(
            400, Message("Choose Correct or Incorrect, or Positive or Negative.")
        )
    predicted = check_token(form["feedback_token"], text)
    labels = {"correct": predicted, "incorrect": 1 - predicted, "positive": 1, "negative": 0}
    label = labels[form["feedback"]]
    _, was, status = record_feedback(text, label, predicted, form["feedback_token"])
    answer = classify(text, count=False)[0]
    return page(
        "thanks",
        answer=answer,
        label=LABELS[label],
        was=was,
        now=answer["model_positive"],
        status=status,
        keyed=caller() is not None,
        review=text,
        token=form["feedback_token"],
        other=ANSWERS[form["feedback"]],
        minutes=CHANGE_WINDOW // 60,
        agree=setting("SENTIMENT_AGREEING_ADDRESSES"),
        step=replica().served.model.rule.anonymous_weight,
    )


# -> other
ANSWERS = dict(correct="incorrect", incorrect="correct", positive="negative", negative="positive")


@app.get("/login")
def login_form():
    return page("login", message="")


@app.post("/login")
@guarded()
def login():
    """Sign a reviewer in: the key becomes a signed session cookie, HttpOnly and SameSite=Strict."""
    address = client_of(client_address(bottle.request.environ))  # one IPv6 /64 is one client
    SIGN_IN_LIMIT.check(address)
    key = read_form("key")["key"].strip()
    owner = _key_owner(key_sha256=key_digest(key)) if key else None
    if owner is None:
        SIGN_IN_LIMIT.failed(address)
        bottle.response.status = 401
        return page("login", message=Message("That key is not valid: it is unknown or revoked."))
    bottle.response.set_cookie(
        SESSION_COOKIE,
        session_cookie(owner[0], owner[2]),
        path="/",
        max_age=SESSION_TTL,
        httponly=True,
        samesite="strict",
        secure=bottle.request.urlparts.scheme == "https",
    )
    see_other("/review")


@app.post("/logout")
@guarded("reviewer", csrf=True)
def logout():
    bottle.response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    see_other("/")


DONE = {
    "approve": "Approved",
    "reject": "Rejected",
    "relabel": "Relabelled and approved",
    "undo": "Undone",
    "label": "Labelled",
}  # the last: a label for the unsure sample, not a row's decision
_DECIDED = re.compile(r"([0-9]{1,19})-(positive|negative)")


@app.get("/review")
def review_page():
    """Pending feedback, the most informative first, the predictions the model was unsure about,
    and what was just done, with its Undo."""
    who = require("reviewer")
    queue = review_queue()
    for item in queue["pending"] + queue["unsure"]:
        item["marked"] = highlights(
            item["review"], CHINESE_WORDS.merged(item["review"], item.pop("words"))
        )[0]
    query = bottle.request.query
    done = query.get("done", "") if query.get("done", "") in DONE else ""
    rows = map(_DECIDED.fullmatch, query.get("rows", "").split(",")[:REVIEW_PAGE])
    decided = [m.groups() for m in rows if m]
    after = whole_number(query.get("next", ""))
    return page(
        "review",
        who=who,
        csrf=csrf_token(),
        done=done,
        decided=decided,
        words=DONE,
        next_item=f"item-{after}" if after is not None else "",
        **queue,
    )


@app.post("/review")
@guarded("reviewer", csrf=True)
def review_action():
    form = read_form("action", "csrf", "next", many=("id",), max_fields=REVIEW_PAGE + 4)
    ids = [i for group in form["id"] for i in group.split(",", REVIEW_PAGE)]  # an item's rows
    decided = decide_reviews(ids, form["action"], caller())
    after = whole_number(form["next"])  # the row that followed, where the focus goes on
    rows = ",".join(f"{i}-{LABELS[label]}" for i, label in decided)
    focus = f"&next={after}" if after is not None else ""
    see_other(f"/review?done={form['action']}&rows={rows}{focus}")


@app.post("/review/unsure")
@guarded("reviewer", csrf=True)
def review_unsure():
    """A reviewer's label for a prediction from the unsure sample: feedback learned at once."""
    form = read_form("sample", "label", "csrf")
    label_unsure(form["sample"], form["label"], caller())
    see_other("/review?done=label")


@app.post("/review/audit")
@guarded("reviewer", csrf=True)
def review_audit():
    """A reviewer's blind label for an audit item: trusted evidence of how good the answers are."""
    form = read_form("audit", "label", "csrf")
    label_audit(form["audit"], form["label"], caller())
    see_other("/review?done=label")


def review_queue(limit=REVIEW_PAGE):
    """What /review and /api/review show: pending rows and the samples for reviewers."""
    with current() as s, when_storage_fails("The review queue cannot be read right now"):
        db, model = s.log.db, s.served.model
        pending, total = s.log.queue.pending(db, limit), s.log.queue.count_pending(db)
        unsure = s.log.queue.unsure(db, limit) if setting("SENTIMENT_LEARN") == "reviewed" else []
        audit = s.log.queue.audit_items(db, limit)
        explained = {
            text: model.explain(text)
            for text in {r.review for _, _, r in pending} | {u[1] for u in unsure}
        }
    return {
        "pending_total": total,
        "pending": [
            {
                "id": rows[0][0],
                "ids": [i for i, _, _ in rows],
                "votes": {
                    label: sum(r.sentiment == k for _, _, r in rows)
                    for k, label in enumerate(LABELS)
                },
                "clients": len({client_of(r.client) for _, _, r in rows}),
                "review": r.review,
                "label": LABELS[r.sentiment],
                "model_label": LABELS[r.predicted],
                "model_probability": r.probability,
                "client": client_of(r.client),
                "address": r.client,
                "date": date,
                "words": explained[r.review][2],
                "model_positive_now": _expit(explained[r.review][1]),
            }
            for rows in _by_text(pending)
            for _, date, r in rows[:1]
        ],
        "audit": [{"audit": i, "review": text} for i, text in audit],
        "unsure": [
            {
                "sample": i,
                "review": text,
                "model_positive": p,
                "date": date,
                "words": explained[text][2],
            }
            for i, text, p, date in unsure
        ],
    }


def _by_text(pending):
    """Pending rows of one text and label together, in the queue's order: one item a text, however
    many clients (or one client, many times) sent it."""
    groups = {}
    for row in pending:
        groups.setdefault((row[2].text_key or row[2].review, row[2].sentiment), []).append(row)
    return list(groups.values())


def decide_reviews(ids, action, who):
    """Approve, reject, relabel or undo rows, all or none; returns (id, label) of each."""
    if not isinstance(action, str) or action not in DONE or action == "label":
        raise bottle.HTTPError(400, "The action must be approve, reject, relabel or undo.")
    ids = [whole_number(i) for i in ids]
    if not ids or len(ids) > REVIEW_PAGE or None in ids:
        why = f"Choose between 1 and {REVIEW_PAGE} feedback rows by their ids."
        raise bottle.HTTPError(413 if len(ids) > REVIEW_PAGE else 400, why)
    if len(set(ids)) != len(ids):
        raise bottle.HTTPError(409, "The same feedback row is chosen twice.")
    try:
        with when_storage_fails("The review could not be saved"):
            return replica().log.queue.decide(ids, action, who[0])
    except ReviewConflict as e:
        raise bottle.HTTPError(409, e.args[0]) from None


def label_unsure(sample, label, who):
    sample = whole_number(sample)
    if label not in LABELS or sample is None:
        raise bottle.HTTPError(
            400, "Label a sampled prediction positive or negative, by its sample id."
        )
    with current() as s:
        log, version = s.log, s.served.version
    with when_storage_fails("The label could not be saved"):
        row = log.queue.take_unsure(sample)
        if row is None:
            raise bottle.HTTPError(
                409, "That prediction is no longer in the sample; someone labelled it."
            )
        text, p = row
        key, token = text_key(current_featurizer().hashes(text)), f"unsure.{secrets.token_hex(12)}"
        given = (LABELS.index(label), int(p >= 0.5), max(p, 1 - p), version, token)
        address = client_address(bottle.request.environ)
        log.add(Feedback(text, key, *given, address, reviewer=who[0], source="unsure"), 0)


def label_audit(audit, label, who):
    """A reviewer's blind label of an audit item: logged as a key's feedback is (so it is learned,
    and it is trusted evidence), with the answer the item was given as ``predicted``."""
    audit = whole_number(audit)
    if label not in LABELS or audit is None:
        raise bottle.HTTPError(400, "Label an audit item positive or negative, by its audit id.")

    def row(review, key, answer, probability, version):
        token = f"audit.{secrets.token_hex(12)}"
        address = client_address(bottle.request.environ)
        return Feedback(
            review, key, 0, answer, probability, version, token, address, reviewer=who[0]
        )._replace(source="audit")

    with when_storage_fails("The label could not be saved"):
        if replica().log.queue.label_audit(audit, LABELS.index(label), row) is None:
            raise bottle.HTTPError(409, "That audit item is gone or already labelled.")


###############################################################################
# JSON API
###############################################################################


@app.post("/api/predict")
def api_predict():
    data = read_json("/api/predict")
    explain, partial = data.get("explain", False), data.get("partial", False)
    version = whole_number(data.get("version"))
    if "reviews" in data:
        texts, errors, reviews = [], {}, data["reviews"]
        for i, review in enumerate(reviews):
            try:
                texts.append(clean_review(review))
            except bottle.HTTPError as e:
                if not partial:  # all or nothing, unless asked
                    raise bottle.HTTPError(e.status_code, f"reviews[{i}]: {e.body}") from None
                errors[i] = {"error": e.body}
        answers = iter(classify(*texts, explain=explain, version=version) if texts else ())
        return {"predictions": [errors.get(i) or next(answers) for i in range(len(reviews))]}
    return classify(clean_review(data["review"]), explain=explain, version=version)[0]


@app.get("/predict/<text:re:[\\s\\S]+>")  # <text:path> would not match a newline
def api_predict_get(text):
    version = bottle.request.query.get("version")
    if version is not None and whole_number(version) is None:
        raise bottle.HTTPError(400, "'version' must be a version number.")
    return classify(clean_review(text), version=version and whole_number(version))[0]


@app.post("/api/feedback")
@guarded()
def api_feedback():
    data = read_json("/api/feedback")
    text = clean_review(data["review"])
    predicted = check_token(data["feedback_token"], text)
    label = LABELS.index(data["label"])
    row, _, status = record_feedback(text, label, predicted, data["feedback_token"])
    bottle.response.status = 201
    answer = classify(text, count=False)[0]
    shown = ("model_version", "feedback_upto", "label", "source", "model_positive")
    return {"id": row, "status": status, **{k: answer[k] for k in shown}}


@app.get("/api/review")
def api_review():
    require("reviewer")
    queue = review_queue()
    for item in queue["pending"] + queue["unsure"]:
        del item["words"]
    return queue


@app.post("/api/review")
@guarded("reviewer")
def api_review_action():
    who = caller()
    data = read_json("/api/review")
    if "sample" in data:
        label_unsure(whole_number(data["sample"]), data.get("label"), who)
        return {"labelled": 1}
    if "audit" in data:
        label_audit(whole_number(data["audit"]), data.get("label"), who)
        return {"labelled": 1}
    ids = [whole_number(i) for i in data["ids"]]  # a form's ids are text; JSON's are numbers
    action = data.get("action")
    done = len(decide_reviews(ids, action, who))
    return {"relabelled" if action == "relabel" else action: done}


@app.post("/api/admin/forget")
@guarded("admin")
def api_forget():
    """Exclude rows by id, time or address, as `forget` does; every worker rebuilds without them."""
    data = read_json("/api/admin/forget")
    ids, since, addresses = data.get("ids", []), data.get("since"), data.get("addresses", [])
    try:
        since = None if since is None else utc_time(since)
        networks = [network_of(a) for a in addresses]
    except ValueError as e:
        raise bottle.HTTPError(400, str(e)) from None
    ids = [whole_number(i) for i in ids]
    with when_storage_fails("The log could not be changed"):
        return {"excluded": replica().log.exclude(ids=ids, since=since, networks=networks)}


@app.post("/api/admin/rollback")
@app.post("/api/admin/promote")
@guarded("admin")
@when_storage_fails("The model store cannot be changed right now")
def api_serve_version():
    """Serve version N in every worker, pinned, as `rollback`; promote without one: the newest."""
    version, store = read_json(bottle.request.path).get("version"), replica().store
    if version is None and bottle.request.path.endswith("/promote"):
        store.serve(None)
    else:
        if (version := whole_number(version)) is None:
            raise bottle.HTTPError(400, f"'version' must be one of {store.versions()}.")
        if version not in store.versions():
            why = f"There is no version {version}; there are {store.versions()}."
            raise bottle.HTTPError(404, why)
        try:
            store.load(version)
        except ModelError as e:
            why = f"Version {version} cannot be served: {store.public(str(e))}"
            raise bottle.HTTPError(409, why) from None
        store.serve(version)
    choice, pinned = store.chosen()
    return {"served_version": choice, "pinned": pinned}


class StateDigest:
    """A short digest of what a process answers from: its version, the rows applied, the weights
    and the lookup. Processes and hosts that applied the same rows have the same digest, so an
    operator sees at a glance whether they agree. It is made once per state: taken (a copy of the
    weights) with the replica's lock held, and hashed outside it."""

    def __init__(self):
        self.lock, self.key, self.value = threading.Lock(), None, None

    def take(self, s):
        """What the digest of the Served state ``s`` is made of, or None if it is the one made
        last; call with the replica's lock held."""
        key = (s.version, s.base, s.upto, id(s.model), s.reach.changes)
        if key == self.key:
            return None
        votes = sorted((k, sorted(v.items())) for k, v in s.reach.votes.items())
        lookup = json.dumps([sorted(s.reach.reviewed.items()), votes])
        return key, f"{s.version}:{s.upto}:{s.model.intercept!r}:{lookup}", s.model.coef.copy()

    def digest(self, taken):
        if taken is not None:
            key, header, coef = taken
            digest = hashlib.blake2b(header.encode(), digest_size=8)
            digest.update(memoryview(coef))
            with self.lock:
                self.key, self.value = key, digest.hexdigest()
        return self.value


STATE_DIGEST = StateDigest()


@app.get("/healthz")
def healthz():
    """200 while predictions are served ("degraded" while feedback is off), else 503 and why."""
    try:
        with current() as s:
            problem = feedback_problem(s)
            answer = {
                "status": "degraded" if problem else "ok",
                "model_version": s.served.version,
                "feedback_upto": s.served.upto,
            }
            taken = STATE_DIGEST.take(s.served)
        answer["state_digest"] = STATE_DIGEST.digest(taken)
    except bottle.HTTPError as e:
        bottle.response.status = e.status_code
        bottle.response.set_header("Retry-After", "1")
        return {
            "status": "catching up" if e.body == CATCHING_UP else "unavailable",
            "error": e.body,
        }
    if problem:
        answer["feedback"] = problem
    if untrusted_proxy():
        answer["untrusted_proxy"] = untrusted_proxy()
    return answer


@app.get("/api/model")
def api_model():
    with current() as s:
        return model_status(s)


@app.get("/api/stats")
def api_stats():
    return _stats()


@app.get("/metrics")
def metrics():
    """Prometheus text: the counters of every process on this host, and this process's model."""
    with current() as s:
        version, upto = s.served.version, s.served.upto
    gauges = [
        ("model_version", "the model version this process serves", version),
        ("feedback_applied_upto", "the last feedback row this process has applied", upto),
    ]
    with contextlib.suppress(bottle.HTTPError):  # the log away: the counters still answer
        stats = _stats()
        live, estimate = stats["live_accuracy"], stats["estimated_accuracy"]
        if live["accuracy"] is not None:
            gauges.append(("live_accuracy", "audited answers that were right", live["accuracy"]))
        if estimate is not None:
            why = "mean of max(p, 1 - p) over this process's recent answers"
            gauges.append(("estimated_accuracy", why, estimate["accuracy"]))
        raised = {a["signal"] for a in stats["alerts"]}
        for signal in Monitor.LIMITS:
            why = "1 while this drift signal is past its limit (docs/learning.md)"
            gauges.append((f'drift_alert{{signal="{signal}"}}', why, int(signal in raised)))
    lines = []
    for name, why, value in gauges:
        base = name.split("{")[0]
        if not any(line.startswith(f"# TYPE sentiment_{base} ") for line in lines):
            lines += [f"# HELP sentiment_{base} {why}", f"# TYPE sentiment_{base} gauge"]
        lines.append(f"sentiment_{name} {value}")
    bottle.response.content_type = prometheus_client.CONTENT_TYPE_LATEST
    return metrics_text() + "\n".join(lines) + "\n"


# -- the protocols model servers speak: TensorFlow Serving's REST API, the Open Inference Protocol


MODEL_NAME = "sentiment"


class Protocol:
    """What the two serving protocols share: the version a path names (the served one, or a
    candidate; 404 otherwise), answers from classify() with the limits of /api/predict, and errors
    as {"error": ...}. Feedback stays on the service's own API."""

    @staticmethod
    def version(name, version=None, label=None):
        if name != MODEL_NAME:
            why = f"There is no model {name!r}; this service has {MODEL_NAME!r}."
            raise bottle.HTTPError(404, why)
        if label is not None:
            labels = version_labels()
            if label not in labels:
                why = f"There is no version labelled {label!r}: {sorted(labels)}."
                raise bottle.HTTPError(404, why)
            return labels[label]
        if version is not None and whole_number(version) is None:
            raise bottle.HTTPError(400, "A version is a number.")
        return None if version is None else whole_number(version)

    @staticmethod
    def answers(reviews, version):
        """classify()'s answers to a list of reviews, as /api/predict gives them (all or none);
        the schemas of both protocols bound the list to 1 to MAX_BATCH reviews."""
        texts = []
        for i, review in enumerate(reviews):
            try:
                texts.append(clean_review(review))
            except bottle.HTTPError as e:
                raise bottle.HTTPError(e.status_code, f"review {i}: {e.body}") from None
        return classify(*texts, version=version)


def version_labels():
    """TF Serving's version labels: "stable" is the served version, "canary" the newest
    candidate."""
    store = replica().store
    stable = store.chosen()[0]
    canary = next(
        (v for v in reversed(store.versions()) if v != stable and _candidate(store, v)), None
    )
    return {k: v for k, v in (("stable", stable), ("canary", canary)) if v is not None}


@app.get("/v1/models/<name:re:[^/:]+>")
@app.get("/v1/models/<name:re:[^/:]+>/versions/<version:re:[^/:]+>")
def tf_status(name, version=None):
    """TensorFlow Serving's model status: the served version and candidates are AVAILABLE."""
    asked = Protocol.version(name, version)
    with current() as s:
        states = model_status(s)["model_version_status"]
    states = [dict(v, version=str(v["version"])) for v in states if asked in (None, v["version"])]
    if not states:
        raise bottle.HTTPError(404, f"There is no version {asked} of {MODEL_NAME!r}.")
    return {"model_version_status": states, "version_labels": version_labels()}


@app.get("/v1/models/<name:re:[^/:]+>/metadata")
@app.get("/v1/models/<name:re:[^/:]+>/versions/<version:re:[^/:]+>/metadata")
def tf_metadata(name, version=None):
    with current() as s:
        version = Protocol.version(name, version) or s.served.version
    string = {"dtype": "DT_STRING", "tensor_shape": {"dim": [{"size": "-1"}]}}
    signature = {
        "inputs": {"review": {**string, "name": "review"}},
        "outputs": {
            "label": {**string, "name": "label"},
            "probability": {"dtype": "DT_FLOAT", "tensor_shape": {"dim": [{"size": "-1"}]},
                            "name": "probability"},
        },
        "method_name": "tensorflow/serving/predict",
    }  # fmt: skip
    return {
        "model_spec": {"name": MODEL_NAME, "signature_name": "", "version": str(version)},
        "metadata": {"signature_def": {"signature_def": {"serving_default": signature}}},
    }


_TF_PREDICT = re.compile(r"([^/]+)(?:/versions/([^/]+)|/labels/([^/]+))?:predict")


@app.post("/v1/models/<path:re:.+[:]predict>")  # a bare ":predict" is Bottle's old route syntax
def tf_predict(path):
    """TensorFlow Serving's predict, at NAME[/versions/N|/labels/L]:predict: "instances" (rows:
    reviews, or {"review": ...}) answered as "predictions", or "inputs" (columns: a list, or
    {"review": [...]}) answered as "outputs"."""
    match = _TF_PREDICT.fullmatch(path)
    if match is None:
        why = "Not found: predict at /v1/models/sentiment[/versions/N]:predict."
        raise bottle.HTTPError(404, why)
    version = Protocol.version(*match.groups())
    data = read_json("/v1/models/sentiment:predict")
    if "instances" in data:
        rows = [r["review"] if isinstance(r, dict) else r for r in data["instances"]]
        answers = Protocol.answers(rows, version)
        return {"predictions": [tf_answer(a) for a in answers]}
    columns = data["inputs"]
    if isinstance(columns, dict):
        columns = columns["review"]
    answers = Protocol.answers(columns, version)
    return {"outputs": {k: [a[k] for a in answers] for k in TF_OUTPUTS}}


TF_OUTPUTS = ("label", "probability", "positive", "model_version")


def tf_answer(answer):
    return {k: answer[k] for k in TF_OUTPUTS}


OIP_INPUT = {"name": "review", "datatype": "BYTES", "shape": [-1]}
OIP_OUTPUTS = {"label": "BYTES", "probability": "FP32"}  # probability: of the label given


@app.get("/v2")
def oip_server():
    """The Open Inference Protocol (KServe v2), as Triton, KServe and MLServer speak it."""
    return {"name": MODEL_NAME, "version": __version__, "extensions": ["binary_tensor_data"]}


@app.get("/v2/health/live")
def oip_live():
    return {"live": True}


@app.get("/v2/health/ready")
def oip_ready():
    with current():  # a 503 while the first version loads
        return {"ready": True}


@app.get("/v2/models/<name>")
@app.get("/v2/models/<name>/versions/<version>")
def oip_metadata(name, version=None):
    version = Protocol.version(name, version)
    with answering(version) as s:
        available = [v["version"] for v in model_status(replica())["model_version_status"]]
        return {
            "name": MODEL_NAME,
            "versions": [str(v) for v in available if v == s.version or version is None],
            "platform": "sentiment",
            "inputs": [OIP_INPUT],
            "outputs": [{"name": k, "datatype": t, "shape": [-1]} for k, t in OIP_OUTPUTS.items()],
        }


@app.get("/v2/models/<name>/ready")
@app.get("/v2/models/<name>/versions/<version>/ready")
def oip_model_ready(name, version=None):
    with answering(Protocol.version(name, version)) as s:
        return {"name": MODEL_NAME, "version": str(s.version), "ready": True}


@app.post("/v2/models/<name>/infer")
@app.post("/v2/models/<name>/versions/<version>/infer")
def oip_infer(name, version=None):
    """An inference request, its BYTES input as JSON or in the binary tensor data extension, and
    its outputs answered likewise (tritonclient asks binary both ways by default)."""
    version = Protocol.version(name, version)
    request, binary = OIPRequest.read()
    answers = Protocol.answers(OIPRequest.reviews(request, binary), version)
    return OIPRequest.respond(request, answers)


class OIPRequest:
    """Reading and answering an Open Inference Protocol request, with the binary tensor data
    extension: a JSON header of Inference-Header-Content-Length bytes, then the tensors' bytes,
    BYTES elements each after its 4-byte little-endian length."""

    @staticmethod
    def read():
        body, binary = bottle.request.environ["sentiment.body"], b""
        size = bottle.request.environ.get("HTTP_INFERENCE_HEADER_CONTENT_LENGTH")
        if size is not None:
            size = whole_number(size.strip())
            if size is None or size > len(body):
                why = "Inference-Header-Content-Length is not the size of a JSON header in the "
                raise bottle.HTTPError(400, why + "body.")
            body, binary = body[:size], body[size:]
        try:
            request = _JSON.decode(body.decode("utf-8"))
        except (UnicodeError, ValueError, RecursionError):
            raise bottle.HTTPError(400, "The inference header is not valid UTF-8 JSON.") from None
        return checked(request, *_oip_header()), binary

    @staticmethod
    def reviews(request, binary):
        tensor = request["inputs"][0]
        count = math.prod(map(whole_number, tensor["shape"]))
        if count > MAX_BATCH:
            raise bottle.HTTPError(413, f"The shape is [n] or [n, 1], 1 to {MAX_BATCH:,} reviews.")
        if "binary_data_size" in tensor.get("parameters", {}):
            reviews = OIPRequest.unpacked(binary, tensor["parameters"]["binary_data_size"])
        elif binary or "data" not in tensor:
            why = 'Send the reviews as "data", or as binary data with its "binary_data_size".'
            raise bottle.HTTPError(400, why)
        else:
            reviews = [d[0] if isinstance(d, list) and len(d) == 1 else d for d in tensor["data"]]
        if len(reviews) != count:
            why = f"The shape says {count} reviews; the data holds {len(reviews)}."
            raise bottle.HTTPError(400, why)
        return reviews

    @staticmethod
    def unpacked(binary, size):
        """The BYTES elements of the binary data, each checked: no length may point past them."""
        if whole_number(size) != len(binary):
            why = f"binary_data_size is {size!r}, but {len(binary)} bytes follow the header."
            raise bottle.HTTPError(400, why)
        reviews, at = [], 0
        while at < len(binary):
            length = int.from_bytes(binary[at : at + 4], "little")
            if at + 4 + length > len(binary):  # the length's own 4 bytes too
                raise bottle.HTTPError(
                    400, f"A BYTES element's length ({length}) runs past the data."
                )
            if len(reviews) == MAX_BATCH:
                raise bottle.HTTPError(413, f"More than {MAX_BATCH:,} reviews in the data.")
            try:
                reviews.append(binary[at + 4 : at + 4 + length].decode("utf-8"))
            except UnicodeError:
                raise bottle.HTTPError(400, "A review is not UTF-8.") from None
            at += 4 + length
        return reviews

    @staticmethod
    def respond(request, answers):
        asked = request.get("outputs")
        everything = bool(request.get("parameters", {}).get("binary_data_output"))
        if asked is None:
            asked = [
                {"name": name, "parameters": {"binary_data": everything}} for name in OIP_OUTPUTS
            ]
        values = {name: [a[name] for a in answers] for name in OIP_OUTPUTS}
        outputs, tail = [], []
        for output in asked:
            name = output["name"]
            tensor = {"name": name, "datatype": OIP_OUTPUTS[name], "shape": [len(answers)]}
            if output.get("parameters", {}).get("binary_data", everything):
                raw = OIPRequest.packed(name, values[name])
                tensor["parameters"] = {"binary_data_size": len(raw)}
                tail.append(raw)
            else:
                tensor["data"] = values[name]
            outputs.append(tensor)
        head = {
            "model_name": MODEL_NAME,
            "model_version": str(answers[0]["model_version"]),
            "outputs": outputs,
        }
        if "id" in request:
            head["id"] = request["id"]
        if not tail:
            return head
        header = json.dumps(head).encode()
        bottle.response.content_type = "application/octet-stream"
        bottle.response.set_header("Inference-Header-Content-Length", str(len(header)))
        return header + b"".join(tail)

    @staticmethod
    def packed(name, values):
        if OIP_OUTPUTS[name] == "FP32":
            return np.asarray(values, dtype="<f4").tobytes()
        return b"".join(len(v.encode()).to_bytes(4, "little") + v.encode() for v in values)


@app.get("/api/openapi.json")
def api_openapi():
    return OPENAPI


def _review_schema():
    """A review as JSON Schema, for clients and fuzzers: its pattern is exactly what clean_review
    accepts (a property test holds them together); clean_review alone checks it."""
    bad = r"\x00-\x08\x0b-\x1f\x7f<"  # control characters, CR and "<" (tags)
    # Python's, not ECMA's \\s
    space = "".join(f"\\u{c:04x}" for c in range(0x3000 + 1) if chr(c).isspace())
    first, last = f"[^{space}'{bad}]", f"[^{space}{bad}]"
    cjk = f"(?:[^{bad}]*[{CJK}]){{{MIN_CJK_REVIEW - 1}}}"  # after the first CJK character
    return {
        "type": "string",
        "minLength": MIN_CJK_REVIEW,
        "maxLength": MAX_REVIEW,
        "pattern": f"^(?:{first}[^{bad}]{{{MIN_REVIEW - 2},}}{last}"
        f"|(?:[{CJK}]|{first}[^{bad}]*[{CJK}]){cjk}(?:[^{bad}]*{last})?)$",
        "description": f"{MIN_REVIEW} to {MAX_REVIEW:,} characters after stripping, or at least "
        f"{MIN_CJK_REVIEW} Chinese or Japanese ones; HTML tags are ignored, control characters "
        "refused.",
    }


def _object(required="", closed=False, **properties):
    """A JSON Schema object of these properties; ``required`` names the ones it must have (space
    separated, as namedtuple's fields), and a ``closed`` one has no others."""
    schema = {"type": "object"}
    if required:
        schema["required"] = required.split()
    if closed:
        schema["additionalProperties"] = False
    if properties:
        schema["properties"] = properties
    return schema


def _array(items, most=MAX_BATCH):
    return {"type": "array", "items": items, "minItems": 1, "maxItems": most}


REVIEW_SCHEMA = _review_schema()

# The JSON API's types, each named once: the paths below are built from them.
_LABEL = {"type": "string", "enum": list(LABELS)}
_INTEGER = {"type": "integer"}
_WHOLE = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}
_SHARE = {"type": "number", "minimum": 0, "maximum": 1}
_ERROR = _object("error", error={"type": "string"})
_VERSION = {
    **_WHOLE,
    "description": "answer from this version: the served one or a candidate (else 404)",
}
_SPAN = _object(
    "text start end weight",
    text={"type": "string"},
    start={**_INTEGER, "description": "in code points, as Python counts"},
    end=_INTEGER,
    start16={**_INTEGER, "description": "in UTF-16 units, as JavaScript counts"},
    end16=_INTEGER,
    weight={"type": "number"},
)
_PREDICTION = _object(
    "label probability positive model_version feedback_token",
    label=_LABEL,
    probability={**_SHARE, "minimum": 0.5},
    positive=_SHARE,
    model_version=_INTEGER,
    feedback_token={"type": ["string", "null"], "description": "null while feedback is off"},
    explanation={"type": "array", "items": _SPAN},
    scores={
        "type": "array",
        "description": "both labels with their scores, the likelier first",
        "items": _object("label score", label=_LABEL, score=_SHARE),
    },
)
_EXPLAIN = {"type": "boolean", "description": "add each feature's contribution to the logit"}
_PREDICT = {
    "description": 'Send one of {"review": "..."} or {"reviews": [...]}.',
    "oneOf": [
        _object("review", closed=True, review=REVIEW_SCHEMA, explain=_EXPLAIN, version=_VERSION),
        _object(
            "reviews",
            closed=True,
            reviews=_array(REVIEW_SCHEMA),
            explain=_EXPLAIN,
            partial={"const": False},
            version=_VERSION,
        ),
        _object(  # each bad review: an error
            "reviews partial",
            closed=True,
            reviews=_array({}),
            explain=_EXPLAIN,
            version=_VERSION,
            partial={
                "const": True,
                "description": 'answer {"error"} for a bad review instead of refusing the batch',
            },
        ),
    ],
}
_PREDICTIONS = {"type": "array", "items": {"oneOf": [_PREDICTION, _ERROR]}}
_FEEDBACK = _object(
    "review label feedback_token",
    closed=True,
    review=REVIEW_SCHEMA,
    label=_LABEL,
    feedback_token={
        "type": ["string", "null"],
        "description": "the prediction's; check_token refuses one that is missing (null), "
        "forged, used or expired with 403",
    },
)
_HEALTH = _object(
    "status model_version feedback_upto",
    status={"enum": ["ok", "degraded"]},
    model_version=_INTEGER,
    feedback_upto=_INTEGER,
    feedback={"type": "string", "description": "why it is off"},
    state_digest={
        "type": "string",
        "description": "what this process answers from (version, rows applied, weights, "
        "lookup): equal where they agree",
    },
    untrusted_proxy={
        "type": "string",
        "description": "a peer forwards for clients without being in SENTIMENT_TRUSTED_PROXIES",
    },
)
_QUEUE = _object(
    "pending unsure audit",
    pending={"type": "array"},
    unsure={"type": "array"},
    audit={
        "type": "array",
        "description": "predictions to label blind: no answer is shown",
        "items": _object("audit review", closed=True, audit=_INTEGER, review={"type": "string"}),
    },
)
_DECISION = {
    "description": 'Send {"ids": [...], "action": "approve"} (or reject, relabel, undo), '
    '{"sample": id, "label": ...} or {"audit": id, "label": ...}.',
    "oneOf": [
        _object(
            "ids action",
            closed=True,
            ids={**_array(_WHOLE, REVIEW_PAGE), "uniqueItems": True},
            action={"enum": ["approve", "reject", "relabel", "undo"]},
        ),
        _object("sample label", closed=True, sample=_WHOLE, label=_LABEL),
        {
            **_object("audit label", closed=True, audit=_WHOLE, label=_LABEL),
            "description": "a blind label for an item of the audit sample",
        },
    ],
}
_ADDRESS = {
    "type": "string",
    "anyOf": [{"format": "ipv4"}, {"format": "ipv6"}],
    "description": "an address, or a CIDR network such as 2001:db8:1:2::/64 (an IPv4-mapped "
    "address is its IPv4 one)",
}
_FORGET = {
    **_object(
        closed=True,
        ids={"type": "array", "items": _WHOLE, "maxItems": MAX_BATCH},
        since={"type": ["string", "null"], "format": "date-time"},
        addresses={"type": "array", "items": _ADDRESS, "maxItems": MAX_BATCH},
    ),
    "description": f"Choose what to forget: 1 to {MAX_BATCH} ids or addresses, or a time.",
    "anyOf": [  # something to forget
        _object("ids", ids={"minItems": 1}),
        _object("addresses", addresses={"minItems": 1}),
        _object("since", since={"type": "string", "minLength": 1}),
    ],
}
_NAME = {"name": "name", "in": "path", "required": True, "schema": {"enum": [MODEL_NAME]}}


def _response(schema, description="OK"):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes):
    return {str(code): _response(_ERROR, bottle.HTTP_CODES[code]) for code in codes}


def _operation(method, summary, request=None, response=None, codes=(), **more):
    """A route's operation: its body, if it takes one, what it answers and its errors."""
    if request:
        more["requestBody"] = {"required": True, "content": _response(request)["content"]}
    if "responses" not in more:
        more["responses"] = {"200": _response(response or _object()), **_errors(*codes)}
    return {method: {"summary": summary, **more}}


def _keyed(role, method, summary, request, response, *codes):
    """An operation that needs a ``role`` key: 401 without one, 403 with a lesser one."""
    codes = (400, 401, 403, *codes, 413, 415, 503)
    more = {"security": [{"key": []}], "description": f"Needs a {role} key."}
    return _operation(method, summary, request, response, codes, **more)


def _public_paths():
    """The routes anyone may call."""
    text = {"name": "text", "in": "path", "required": True, "schema": REVIEW_SCHEMA}
    asked = {"name": "version", "in": "query", "required": False, "schema": _VERSION}
    models = "model_version_status served_version model_version feedback_upto "
    models += "feedback_applied_upto pinned"
    not_serving = _object(
        "status error", status={"enum": ["catching up", "unavailable"]}, error={"type": "string"}
    )
    return {
        "/api/predict": _operation(
            "post",
            "Classify one review or up to 1,000",
            _PREDICT,
            {"oneOf": [_PREDICTION, _object("predictions", predictions=_PREDICTIONS)]},
            (400, 404, 413, 415, 503),
        ),
        "/api/feedback": _operation(
            "post",
            "Say what the true label of a classified review is",
            _FEEDBACK,
            responses={
                "201": _response(
                    _object("id model_version", id=_INTEGER, model_version=_INTEGER),
                    "Logged and learned",
                ),
                **_errors(400, 403, 409, 413, 415, 429, 503),
            },
        ),
        "/predict/{text}": _operation(
            "get",
            "Classify one review given in the path",
            response=_PREDICTION,
            codes=(400, 404, 413, 503),
            parameters=[text, asked],
        ),
        "/healthz": _operation(
            "get",
            "Whether a model is loaded",
            responses={
                "200": _response(_HEALTH),
                "503": _response(not_serving, "Not serving predictions (yet)"),
            },
        ),
        "/api/model": _operation(
            "get",
            "Model versions, TensorFlow Serving style",
            response=_object(models),
            codes=(503,),
        ),
        "/api/openapi.json": _operation("get", "This description"),
        "/api/stats": _operation(
            "get", "Feedback and accuracy statistics, as /stats shows them", codes=(503,)
        ),
    }


def _keyed_paths():
    """The routes that need a reviewer's or an admin's key."""
    serve = _object("served_version pinned")
    return {
        "/api/review": {
            **_keyed(
                "reviewer",
                "get",
                "The review queue: pending feedback, the unsure sample and the audit sample",
                None,
                _QUEUE,
            ),
            **_keyed(
                "reviewer",
                "post",
                "Approve, reject, relabel or undo feedback rows, or label a sample",
                _DECISION,
                _object(),
                409,
            ),
        },
        "/api/admin/forget": _keyed(
            "admin",
            "post",
            "Exclude feedback rows by id, time or address",
            _FORGET,
            _object("excluded", excluded=_INTEGER),
        ),
        "/api/admin/rollback": _keyed(
            "admin",
            "post",
            "Serve version N in every worker, pinned",
            _object("version", closed=True, version=_VERSION),
            serve,
            404,
            409,
        ),
        "/api/admin/promote": _keyed(
            "admin",
            "post",
            "Serve a candidate, or without a version (or null) the newest",
            _object(closed=True, version={**_VERSION, "type": ["integer", "null"]}),
            serve,
            404,
            409,
        ),
    }


def _openapi():
    """The OpenAPI 3.1 description of the JSON API, the serving protocols' routes included."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "sentiment",
            "version": __version__,
            "description": "Review sentiment, in English and Chinese, that learns from feedback.",
        },
        "paths": {**_public_paths(), **_protocol_paths(), **_keyed_paths()},
        "components": {
            "securitySchemes": {
                "key": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "a reviewer or admin key (`keys add`)",
                }
            }
        },
    }


def _protocol_paths():
    """TensorFlow Serving's and the Open Inference Protocol's routes (the served version's; the
    same under /versions/N answer from a candidate). TF Serving's predict body is described as it
    is read; the Open Inference Protocol's as a subset fuzzers can fill: one review, shape [1]."""
    tensor = _object(
        "name datatype shape data",
        closed=True,
        name={"const": "review"},
        datatype={"const": "BYTES"},
        shape={"type": "array", "items": {"const": 1}, "minItems": 1, "maxItems": 2},
        data=_array(REVIEW_SCHEMA, 1),
        parameters={"type": "object", "maxProperties": 0},
    )
    infer = _object("inputs", closed=True, id={"type": "string"}, inputs=_array(tensor, 1))

    def review_or_named(value):  # TF Serving's rows and columns may name their input
        return {"anyOf": [value, _object("review", closed=True, review=value)]}

    tf_body = {
        **_object(
            closed=True,
            instances={**_array(REVIEW_SCHEMA), "items": review_or_named(REVIEW_SCHEMA)},
            inputs=review_or_named(_array(REVIEW_SCHEMA)),
            signature_name={"type": "string"},
        ),
        "oneOf": [{"required": ["instances"]}, {"required": ["inputs"]}],
        "description": 'Send one of "instances" (row format) or "inputs" (columnar).',
    }
    errors = (400, 404, 413, 415, 503)
    oip = "Open Inference Protocol: "
    return {
        "/v1/models/{name}": _operation(
            "get", "TensorFlow Serving: the versions' status", codes=(404, 503), parameters=[_NAME]
        ),
        "/v1/models/{name}/metadata": _operation(
            "get", "TensorFlow Serving: the signature", codes=(404, 503), parameters=[_NAME]
        ),
        "/v1/models/sentiment:predict": _operation(
            "post", "TensorFlow Serving: predict (rows or columns)", tf_body, codes=errors
        ),
        "/v2": _operation("get", oip + "the server"),
        "/v2/health/live": _operation("get", oip + "live"),
        "/v2/health/ready": _operation("get", oip + "ready to answer", codes=(503,)),
        "/v2/models/{name}": _operation(
            "get", oip + "the model's metadata", codes=(404, 503), parameters=[_NAME]
        ),
        "/v2/models/{name}/ready": _operation(
            "get", oip + "the model is ready", codes=(404, 503), parameters=[_NAME]
        ),
        "/v2/models/{name}/infer": _operation(
            "post",
            oip + "infer (JSON here; binary tensor data with Inference-Header-Content-Length)",
            infer,
            codes=errors,
            parameters=[_NAME],
        ),
    }


@functools.cache
def _oip_header():
    """(a validator, the schema) of an Open Inference Protocol request's header as it is read:
    one BYTES input, "review", of shape [n] or [n, 1], its data as JSON or binary (with its
    binary_data_size), and the outputs asked for. The API description shows the subset of it that
    fuzzers fill."""
    import jsonschema_rs

    only = {"items": False, "minItems": 1}  # after prefixItems: no more
    shape = {"type": "array", "prefixItems": [{**_WHOLE, "minimum": 1}, {"const": 1}], **only}
    tensor = _object(
        "name datatype shape",
        closed=True,
        name={"const": "review"},
        datatype={"const": "BYTES"},
        shape=shape,
        parameters=_object(closed=True, binary_data_size=_WHOLE),
        data={"type": "array"},
    )
    output = _object("name", name={"enum": list(OIP_OUTPUTS)}, parameters={"type": "object"})
    schema = _object(
        "inputs",
        closed=True,
        id={"type": "string"},
        parameters={"type": "object"},
        inputs={"type": "array", "prefixItems": [tensor], **only},
        outputs={"type": "array", "items": output},
    )
    return jsonschema_rs.validator_for(schema), schema


OPENAPI = _openapi()


###############################################################################
# Command line
###############################################################################


LABEL_WORDS = {"1": 1, "0": 0, "positive": 1, "negative": 0, "pos": 1, "neg": 0}


def read_labelled(path):
    """(reviews, labels, sha256) of a labelled CSV/CSV.gz (see read_rows) or an aclImdb/ folder."""
    digest = hashlib.sha256()
    texts, labels = [], []
    if os.path.isdir(path):
        root = os.path.join(path, "train") if os.path.isdir(os.path.join(path, "train")) else path
        for label, sub in ((1, "pos"), (0, "neg")):
            folder = os.path.join(root, sub)
            if not os.path.isdir(folder):
                raise SystemExit(f"error: {folder} is missing; expected an aclImdb/ directory")
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), "rb") as f:
                    raw = f.read()
                digest.update(raw)
                texts.append(raw.decode("utf-8"))
                labels.append(label)
        return texts, labels, digest.hexdigest()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    for _, text, label in read_rows(path, need_labels=True):
        texts.append(text)
        labels.append(label)
    return texts, labels, digest.hexdigest()


def _bounded_lines(f, path):
    """A file's lines, read MAX_LINE characters at most: a longer one is refused, naming it."""
    for n in itertools.count(1):
        text = f.readline(MAX_LINE + 1)
        if not text:
            return
        if len(text) > MAX_LINE:
            raise SystemExit(
                f"error: {path} line {n}: longer than {MAX_LINE:,} characters; one review is at "
                f"most {MAX_REVIEW:,}"
            )
        yield text


def read_rows(path, need_labels=False, progress_to=None):
    """Yield (line, review, label or None) from a file, streaming: nothing is held but the current
    row.

    A CSV (or .csv.gz, comma- or tab-separated, in any encoding encoding_of reads) has a review
    column (review, text, content, 评论 or 内容, in any case) and, for labels, a sentiment, label
    or 标签 column of 1/0, positive/negative or pos/neg; any other file is plain text, one review
    per line, without labels. Errors name the line and the column. ``progress_to`` draws a bar."""
    try:
        encoding = encoding_of(lambda: _chunks(path))
    except ValueError as e:
        raise SystemExit(f"error: {path} {e}") from None
    raw = open(path, "rb")
    with raw, io.TextIOWrapper(_unzipped(path, raw), encoding=encoding, newline="") as f:
        size, shown = os.fstat(raw.fileno()).st_size or 1, 0.0
        lines = _bounded_lines(f, path)
        try:
            for line, text, label in _labelled(path, lines, need_labels):
                yield line, text, label
                if progress_to and time.monotonic() - shown >= 0.2:
                    shown, done = time.monotonic(), raw.tell() / size
                    bar = f"[{'#' * int(30 * done):<30}] {100 * done:3.0f}%"
                    progress_to.write(f"\r{'predicting':<12}{line:>9} lines {bar}")
        except ValueError as e:
            raise SystemExit(f"error: {path} {e}") from None
    if progress_to:
        progress_to.write(f"\r{'predicting':<12}{'done':>9}{' ' * 40}\n")


def _unzipped(path, raw):
    return gzip.GzipFile(fileobj=raw) if path.endswith(".gz") else raw


def _chunks(path):
    with open(path, "rb") as raw:
        yield from iter(functools.partial(_unzipped(path, raw).read, 1 << 20), b"")


def _labelled(path, lines, need_labels):
    """(line, review, label or None) of the rows of a file's ``lines``, by its first line's
    Layout; errors (SystemExit) name the line, the column and the header found."""
    first = next(lines, "").removeprefix("\ufeff")
    layout = layout_of(first)
    if layout is None or (need_labels and layout.label is None):
        if need_labels:
            found = ", ".join(next(csv.reader([first]), [])) or "no columns"
            raise SystemExit(
                f"error: {path} line 1: needs a header with a review column "
                f"({', '.join(REVIEW_NAMES)}) and a label column ({', '.join(LABEL_NAMES)}), "
                f"comma- or tab-separated; found {found[:200]}"
            )
        lines = enumerate(itertools.chain([first], lines), 1)
        yield from ((n, t.rstrip("\r\n"), None) for n, t in lines)
        return
    for line, row in csv_rows(layout.header, lines, layout.delimiter):
        text, label = row.get(layout.review), row.get(layout.label) if layout.label else None
        if label is not None:
            if label.strip().lower() not in LABEL_WORDS:
                raise SystemExit(
                    f"error: {path} line {line}, column {layout.label!r}: {label!r} is not a "
                    "label; use 1/0, positive/negative or pos/neg"
                )
            label = LABEL_WORDS[label.strip().lower()]
        if text is None:
            raise SystemExit(f"error: {path} line {line}, column {layout.review!r}: missing")
        yield line, text, label


def accuracy(model, texts, labels):
    """(accuracy, 2x2 confusion matrix [[tn, fp], [fn, tp]]) of a model."""
    confusion = [[0, 0], [0, 0]]
    for text, label in zip(texts, labels):
        confusion[label][int(model.positive(text) >= 0.5)] += 1
    return (confusion[0][0] + confusion[1][1]) / max(1, len(texts)), confusion


def in_child(work, what):
    """Run ``work()`` in a forked child, which shares our arrays; returns a wait for its result."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    results, sender = context.Pipe(duplex=False)

    def run():
        sys.stderr = open(os.devnull, "w")  # one progress bar on the terminal: the parent's
        sender.send(work())

    child = context.Process(target=run, daemon=True)
    child.start()
    sender.close()

    def wait():
        try:
            return results.recv()
        except EOFError:
            raise SystemExit(f"error: {what} failed (exit code {child.exitcode})") from None
        finally:
            child.join()

    return wait


def vectorize_on_every_core(featurizer, texts):
    """vectorize(), the reviews shared out among forked children, one per core, and this process."""
    from scipy import sparse

    cores = max(1, min(os.cpu_count() or 1, len(texts)))
    bounds = np.linspace(0, len(texts), cores + 1).astype(int)
    waits = [
        in_child(functools.partial(vectorize, featurizer, texts[start:end]), "vectorizing")
        for start, end in zip(bounds[1:-1], bounds[2:])
    ]
    parts = [vectorize(featurizer, texts[: bounds[1]], f"vectorizing part 1 of {len(waits) + 1}")]
    parts += [wait() for wait in waits]
    words = [w for _, part in parts for w in part]
    return sparse.vstack([X for X, _ in parts], format="csr"), words


def cmd_train(args):
    t0 = time.monotonic()
    texts, labels, digests = [], [], []
    for path in args.path:  # several files: one training set, named by the digest of their digests
        more = read_labelled(path)
        texts, labels, digests = texts + more[0], labels + more[1], digests + [more[2]]
    digest = (
        digests[0] if len(digests) == 1 else hashlib.sha256(" ".join(digests).encode()).hexdigest()
    )
    held = np.fromiter(map(held_out, texts), dtype=bool, count=len(texts))
    if held.all():
        raise SystemExit(f"error: {' + '.join(args.path)}: every row is held out; add rows")
    log, store = storage()
    featurizer = Featurizer()
    X, words = vectorize_on_every_core(featurizer, texts)
    rest = np.flatnonzero(~held)
    model = fit(featurizer, X[rest], [labels[i] for i in rest])
    model.seen = known_words(featurizer, [words[i] for i in rest])
    dev = [(texts[i], labels[i]) for i in np.flatnonzero(held)]
    dev_accuracy, confusion = accuracy(model, *zip(*dev)) if dev else (None, None)
    if dev:
        print(
            f"dev accuracy {dev_accuracy:.4f} on {len(dev)} held-out reviews (trained on "
            f"{len(rest)}); confusion [[tn, fp], [fn, tp]] = {confusion}",
            file=sys.stderr,
        )
    try:  # shadow scores count the feedback logged after this point
        made_after = log.reports.last_id(log.db)
    except StorageError:
        made_after = 0
    meta = {
        "dev_accuracy": dev_accuracy,
        "holdout": {"rule": HOLDOUT_RULE, "rows": len(dev)},
        "scripts": scripts_of([texts[i] for i in rest]),
        "training_data": {
            "path": " + ".join(os.path.basename(os.path.normpath(p)) for p in args.path),
            "sha256": digest,
            "rows": len(texts),
        },
    }
    model.temperatures = temperatures(model, dev)
    meta["held_out_by_script"] = held_out_by_script(model, dev)
    meta["calibration"] = {"method": CALIBRATION, "temperatures": model.temperatures}
    meta["held_out_profile"] = held_out_profile(model, meta, [text for text, _ in dev])
    verdict = Gate(store, log).judge(model, meta, dev, list(zip(texts, labels)))
    version = store.save(
        model,
        feedback_upto=0,
        parent=None,
        excluded=[],
        candidate=not verdict.serve,
        made_after_row=made_after,
        **meta,
    )
    if verdict.serve:
        store.serve(None)
    print(
        f"wrote {store.root}/{version} in {time.monotonic() - t0:.1f}s: {verdict.line(version)}",
        file=sys.stderr,
    )


HOLDOUT_RULE = "blake2b of the NFKC, casefolded, space-collapsed text, mod 10 == 0"
MIN_JUDGED = 200  # held-out rows below which a new version is never served unasked
MIN_SCRIPT_SHARE = 0.01  # of a version's training rows, past which it reads that script
SCRIPT_NAMES = {"LATIN": "Latin-script reviews", "CJK": "Chinese", "HANGUL": "Korean"}
SCRIPT_NAMES.update(HIRAGANA="Japanese", KATAKANA="Japanese")


CALIBRATION = "a temperature per script, fitted by log loss on the held-out rows of that script"
MIN_CALIBRATED = 200  # held-out rows of a script below which its probabilities stay as they are


def temperatures(model, rows):
    """{script: T} that makes the probabilities of each script's held-out ``rows`` right as often
    as they say: the logit over T (T > 1 tempers an overconfident script). Decisions are
    unchanged, so accuracy and the gate are too."""
    from scipy.optimize import minimize_scalar

    by_script = collections.defaultdict(list)
    for text, label in rows:
        by_script[script_of(text)].append((model.logit(model.featurizer.indices(text)), label))
    fitted = {}
    for script, pairs in by_script.items():
        if script is None or len(pairs) < MIN_CALIBRATED:
            continue
        z, y = np.array(pairs).T

        def log_loss(t, z=z, y=y):
            return float(np.mean(np.logaddexp(0, -z / t) * y + np.logaddexp(0, z / t) * (1 - y)))

        fitted[script] = round(
            float(minimize_scalar(log_loss, bounds=(0.1, 20), method="bounded").x), 4
        )
    return fitted


def held_out_by_script(model, rows):
    """{script: {"rows", "accuracy"}} of a version on its held-out rows: its dev figure per
    language, for its model card."""
    counts = collections.defaultdict(lambda: [0, 0])
    for text, label in rows:
        tally = counts[script_of(text) or "NONE"]
        tally[0] += 1
        tally[1] += (model.positive(text) >= 0.5) == bool(label)
    return {s: {"rows": n, "accuracy": right / n} for s, (n, right) in counts.items()}


def text_digest(text):
    """A review's 64-bit digest whatever its case, spacing and full- or half-width forms."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    digest = hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def held_out(text):
    """Whether ``train`` holds a review out of every version's fit, to judge versions on it.

    It follows from the text alone, not from its file, position or any seed, so every version that
    `train` makes holds out the same texts, and no version judged on them trained on them."""
    return text_digest(text) % 10 == 0


def scripts_of(texts):
    """{script: rows} of the reviews a version trained on, the most first (script_of's names)."""
    return dict(collections.Counter(script_of(t) or "NONE" for t in texts).most_common())


def script_name(script):
    return SCRIPT_NAMES.get(script, f"{script.title()}-script reviews")


def unread_scripts(meta, served_meta):
    """[(script, rows)] of what the served version read and a version of ``meta`` cannot: a script
    of at least MIN_SCRIPT_SHARE of its training rows that is under that share of the other's."""
    reads = lambda scripts: {  # noqa: E731
        s
        for s, n in scripts.items()
        if s != "NONE" and n >= MIN_SCRIPT_SHARE * sum(scripts.values())
    }
    mine, theirs = meta.get("scripts"), served_meta.get("scripts")
    if not mine or not theirs:  # made before versions recorded it: nothing to compare
        return []
    return [
        (s, theirs[s]) for s in sorted(reads(theirs) - reads(mine), key=theirs.get, reverse=True)
    ]


def lost_scripts_line(version, served, unread):
    """ "version 4 never saw Chinese, which version 1 learned from 52,770 rows", or ""."""
    lost = " or ".join(
        f"{script_name(s)}, which version {served} learned from {n:,} rows" for s, n in unread
    )
    return f"version {version} never saw {lost}" if unread else ""


def lost_scripts(store, version):
    """What serving ``version`` instead of the served one would stop reading, in words, or ""."""
    served = store.chosen()[0]
    try:
        unread = unread_scripts(store.read_meta(version), store.read_meta(served))
    except (ModelError, TypeError):
        return ""
    return lost_scripts_line(version, served, unread) if served != version else ""


class Verdict(typing.NamedTuple):
    """What the gate decided about a new version, and its one line of why."""

    serve: bool
    why: str

    def line(self, version):
        head = "it is served" if self.serve else f"kept as a candidate (version {version})"
        tail = "" if self.serve else f"; serve it with `promote {version}`"
        return f"{head}: {self.why.replace('{version}', str(version))}{tail}"


class Gate:
    """Whether `train` may serve a new version at once: it must beat the served one on held-out rows
    that neither trained on, read every script the served one reads, and not look inverted.

    Anything else keeps it a candidate, which answers only when named until `promote`
    (docs/learning.md, "How versions are judged")."""

    INVERTED_CONFIDENCE, INVERTED_MIN = 0.9, 30  # answers this sure; at least this many to judge

    def __init__(self, store, log):
        self.store, self.log = store, log

    def judge(self, model, meta, dev, rows):
        """The Verdict on ``model`` (with its ``meta``), given its held-out ``dev`` rows and its
        file's ``rows``, as (text, label) pairs."""
        choice, pinned = self.store.chosen()
        try:
            served, served_meta = self.store.load(choice)
        except (ModelError, TypeError):  # no version, or a broken one: nothing to compare with
            return Verdict(not pinned, "no version was served before it")
        first = {text for text, _ in rows[:2000]}
        inverted = self.inverted(served, rows[:2000] + [d for d in dev if d[0] not in first])
        if inverted:
            return Verdict(False, inverted)
        if not dev:
            return Verdict(False, "no review of this file is held out, so it cannot be compared")
        unread = unread_scripts(meta, served_meta)
        if unread:
            return Verdict(False, lost_scripts_line("{version}", choice, unread))
        judged = self.unseen_by(served_meta, dev)
        if not judged:
            why = f"version {choice} records no held-out rows, so it cannot be compared"
            return Verdict(False, why)
        new, old = (accuracy(m, *zip(*judged))[0] for m in (model, served))
        line = (
            f"{new:.4f} on {len(judged)} held-out reviews that neither version trained on, "
            f"against {old:.4f} for version {choice} ({meta['holdout']['rule']})"
        )
        few = len(judged) < MIN_JUDGED
        if few:
            line += f"; too few to judge (under {MIN_JUDGED})"
        if pinned:
            line += (
                f"; version {choice} is pinned (rollback, promote or SENTIMENT_MODEL_VERSION), "
                "so the new version waits"
            )
        return Verdict(new >= old and not few and not pinned, line)

    def unseen_by(self, served_meta, dev):
        """The held-out rows that the served version never trained on: none if it was not split
        by the same rule; without the texts it folded in from the log, if any."""
        if (served_meta.get("holdout") or {}).get("rule") != HOLDOUT_RULE:
            return []
        upto = served_meta["feedback_upto"]
        if not upto:
            return dev
        reviews = self.log.reports.learned_reviews(self.log.db, upto)
        learned = {text_digest(review) for review in reviews if held_out(review)}
        return [(text, label) for text, label in dev if text_digest(text) not in learned]

    def inverted(self, served, rows):
        """Why the labels look inverted, or "": most of the served version's confident answers on
        ``rows`` disagree with them, far beyond the few it gets wrong."""
        sure = [
            (p >= 0.5) == bool(label)
            for p, label in ((served.positive(t), label) for t, label in rows)
            if max(p, 1 - p) >= self.INVERTED_CONFIDENCE
        ]
        if len(sure) < self.INVERTED_MIN or sum(sure) * 2 >= len(sure):
            return ""
        return (
            f"the labels look inverted (is 1 negative in this file?): the served version's "
            f"confident answers disagree with {len(sure) - sum(sure):,} of {len(sure):,} of them"
        )


def cmd_evaluate(args):
    rows = list(read_rows(args.path))
    # no labels: what the model says, as `predict` writes it
    if any(label is None for _, _, label in rows):
        return cmd_predict(args)
    s = replica()
    s.start()
    acc, ((tn, fp), (fn, tp)) = accuracy(s.served.model, [r[1] for r in rows], [r[2] for r in rows])
    print(f"model version {s.served.version}, feedback applied up to {s.served.upto}")
    print(f"accuracy {acc:.4f}  n {len(rows)}")
    print("               predicted neg  predicted pos")
    print(f"actual neg  {tn:>16}  {fp:>13}\nactual pos  {fn:>16}  {tp:>13}")


def cmd_predict(args):
    """Each review's label, probability and model version as CSV, streaming any size of file."""
    s = replica()
    s.start()
    open(args.path, "rb").close()  # a missing input fails before the output file is made
    out = (
        open(args.output, "w", newline="", encoding="utf-8-sig")  # a BOM: Excel shows Chinese
        if getattr(args, "output", None)
        else sys.stdout
    )
    try:
        writer = csv.writer(out)
        writer.writerow(
            ["line", "label", "probability", "positive", "model_version", "feedback_upto", "error"]
        )
        for line, text, _ in read_rows(args.path, progress_to=sys.stderr):
            try:
                p = s.served.model.positive(clean_review(text))
            except bottle.HTTPError as e:
                writer.writerow([line, "", "", "", s.served.version, s.served.upto, e.body])
                continue
            shown = (LABELS[p >= 0.5], f"{max(p, 1 - p):.4f}", f"{p:.4f}")
            writer.writerow([line, *shown, s.served.version, s.served.upto, ""])
    finally:
        if out is not sys.stdout:
            out.close()


def cmd_update(args):
    s = replica()
    with s.store.exclusive():
        s.start()
        served = s.served
        if served.base == served.version and served.upto == served.meta["feedback_upto"]:
            print(
                f"nothing new: version {served.version} holds the feedback up to row "
                f"{served.upto}; no version written"
            )
            return
        _update(s)


def _update(s):
    # measured, never copied: predict each folded row, then learn it
    model, meta = s.store.load(s.served.base)
    counts = [0, 0]

    def measure(said, hashes):
        if said.learned:
            counts[0] += (model.logit(model.featurizer.indices(None, hashes)) >= 0) == said.label
            counts[1] += 1

    s.log.state.replay(s.log.db, model, meta["feedback_upto"], through=s.served.upto, each=measure)
    (right, n) = counts
    # what it was trained on and held out is its base's: the gate of `train` reads them
    kept = ("holdout", "scripts", "training_data", "held_out_profile")
    version = s.store.save(
        s.served.model,
        feedback_upto=s.served.upto,
        parent=s.served.version,
        excluded=sorted(i for i in s.served.excluded if i <= s.served.upto),
        dev_accuracy=None,
        feedback={"rows": n, "prequential_accuracy": right / n if n else None},
        log=_made_from(s.log, s.log.db, s.served.upto),  # the log its rows belong to
        **{k: meta[k] for k in kept if k in meta},
    )
    s.store.serve(None)
    print(
        f"wrote version {version}: version {s.served.base} plus feedback up to row "
        f"{s.served.upto}; the model had {right} of those {n} feedbacks right before learning each"
    )


def cmd_migrate(args):
    """Upgrade the model store and the log once, so that the code that reads what 1.0 made
    differently (versions without their learning rule, rows without a text key, a counted client
    or a source) can go in 2.0."""
    log, store = storage()
    with store.exclusive():
        versions = 0
        for version in store.versions():
            meta = store.read_meta(version)
            if "learning" not in meta:  # made before the rule was recorded: AdaGrad's defaults
                store.write_meta(version, {**meta, "learning": AdaGrad().params()})
                versions += 1
        choice = store.chosen()[0]
        filled = migrate_log(log, store.load(choice)[0].featurizer) if choice is not None else 0
    print(f"migrated {versions} model versions and {filled} values of the log's rows")


def cmd_versions(args):
    store = storage()[1]
    choice, pinned = store.chosen()
    if not pinned:  # the newest version that loads, as a server would pick it
        choice = next((v for v in admitted(store) if _loads(store, v)), None)
    print(
        f"{'version':>7}  {'created':<25} {'dev acc':>7}  {'feedback acc':>12}  "
        f"{'feedback_upto':>13}  parent"
    )
    for v in store.versions():
        try:
            m = store.read_meta(v)
        except ModelError as e:
            print(f"{v:>7}  broken: {e}")
            continue
        acc = f"{m['dev_accuracy']:.4f}" if m.get("dev_accuracy") else "-"
        folded = m.get("feedback") or {}
        learned = "-"
        if folded.get("rows"):
            learned = f"{folded['prequential_accuracy']:.4f} of {folded['rows']}"
        mark = "  (candidate: `promote` serves it)" if m.get("candidate") else ""
        if v == choice:
            mark = "  <- served" + (" (pinned)" if pinned else "")
        print(
            f"{v:>7}  {m.get('created', '?'):<25} {acc:>7}  {learned:>12}  "
            f"{m['feedback_upto']:>13}  {m.get('parent') or '-'}{mark}"
        )
    log = storage()[0]
    with contextlib.suppress(StorageError, ModelError):
        for version, c in CANDIDATES.read(store, log.db, log).items():
            print(
                f"candidate {version} on the {c['n']} feedbacks since it was made: agrees with the "
                f"served answers on {c['agree']}, right on {c['right']} against {c['served_right']}"
            )


def _loads(store, version):
    try:
        store.load(version)
        return True
    except ModelError:
        return False


def cmd_rollback(args):
    store = storage()[1]
    store.load(args.version)  # refuse a broken target before any worker sees it
    lost = lost_scripts(store, args.version)
    store.serve(args.version)
    print(f"version {args.version} is now served by every worker")
    if lost:
        print(f"warning: {lost}", file=sys.stderr)


def cmd_forget(args):
    try:
        since = None if args.since is None else utc_time(args.since)
        networks = [network_of(a) for a in args.address or ()]
    except ValueError as e:
        raise SystemExit(
            f"error: --{'since' if args.since is not None else 'address'} {e}"
        ) from None
    n = storage()[0].exclude(ids=args.ids or (), since=since, networks=networks)
    print(
        f"excluded {n} feedback rows; no worker answers from a state that learned them, and "
        "`update` saves the rebuilt state as a version"
    )


def cmd_keys(args):
    log = storage()[0]
    if args.action == "add":
        if not re.fullmatch(r"[^\W_][\w .@-]{0,63}", args.name):
            raise SystemExit(
                "error: a key name is 1 to 64 letters, digits, spaces or . @ - _; "
                f"not {args.name[:80]!r}"
            )
        key = new_key()
        try:
            log.keys.add(args.name, args.role, key_digest(key))
        except Duplicate:
            raise SystemExit(
                f"error: a live key named {args.name!r} exists; revoke it first"
            ) from None
        print(f"{args.role} key {args.name!r} (shown once; only its sha256 is kept):\n{key}")
    elif args.action == "list":
        print(f"{'name':<20} {'role':<9} {'created':<26} revoked")
        for name, role, created, revoked in log.keys.all(log.db):
            print(f"{name:<20} {role:<9} {created:<26} {revoked or '-'}")
    elif not log.keys.revoke(args.name):
        raise SystemExit(f"error: no live key named {args.name!r}")
    else:
        print(f"revoked {args.name!r}: every worker refuses it from its next request")


def defused(value):
    """A CSV field that no spreadsheet runs as a formula: a leading = + - @ tab or CR, even after
    ; , or blanks."""
    if isinstance(value, str) and (
        value.startswith(("\t", "\r")) or value.lstrip(" ;,\t\r\n").startswith(("=", "+", "-", "@"))
    ):
        return "'" + value
    return value


def cmd_export(args):
    log = storage()[0]
    names = list(COLUMNS)  # the whole log, moderation history included
    rows = log.reports.export(log.db, names)
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
        return
    writer = csv.writer(out)
    writer.writerow(names)
    for row in rows:
        writer.writerow([defused(v) for v in row])


def cmd_serve(args):
    import waitress

    errors = setting_errors()
    if errors:
        raise SystemExit(f"error: {errors[0]}")
    if setting("SENTIMENT_DATABASE_URL"):
        storage()[1].versions()  # a database that cannot be used is one line now, not a 503 later
    if args.debug:
        bottle.debug(True)
    s = replica()
    with s.lock:
        # listen at once while a long log is caught up with, but fail now if nothing can be served
        s.begin()
    if s.ready.wait(2.0) and s.served is None:
        raise SystemExit(f"error: {s.start_error}")
    # Waitress reads whole requests before a thread sees them, so slow clients hold no thread; they
    # hold a connection, at most connection_limit, each dropped after channel_timeout seconds idle.
    # Waitress answers what it refuses itself (a body over MAX_BODY, bad HTTP) in plain text.
    server = waitress.create_server(
        application,
        host=args.host,
        port=args.port,
        threads=args.threads,
        max_request_body_size=MAX_BODY,
        connection_limit=500,
        channel_timeout=30,
        cleanup_interval=5,
        ident="sentiment",
        # client_address() decides whom to believe
        clear_untrusted_proxy_headers=False,
    )
    what = f"model version {s.served.version}" if s.served else "catching up with the feedback log"
    logger.info("waitress serving sentiment on http://%s:%d/ (%s)", args.host, args.port, what)
    server.run()


def command_line():
    """The parser of ``python sentiment.py``'s commands and options."""
    parser = argparse.ArgumentParser(prog="sentiment.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")

    def serve_options(p):
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8080)
        p.add_argument("--threads", type=int, default=8)
        p.add_argument(
            "--debug", action="store_true", help="Bottle's debug mode: tracebacks in pages"
        )

    serve_options(parser)
    serve_options(sub.add_parser("serve", help="serve with waitress (the default command)"))
    p = sub.add_parser("train", help="train a new model version from labelled reviews")
    p.add_argument(
        "path",
        nargs="+",
        help="CSV/CSV.gz files with review and sentiment (or label) columns, or "
        "aclImdb/ directories; several are one training set",
    )
    p = sub.add_parser(
        "evaluate", help="accuracy of the served model on a labelled file (or predictions)"
    )
    p.add_argument(
        "path",
        help="CSV with review and sentiment (or label) columns, or plain text, a review a line",
    )
    p = sub.add_parser(
        "predict", help="write each review's label, probability and model version as CSV"
    )
    p.add_argument(
        "path", help="CSV with a review column, or plain text, one review a line (.gz too)"
    )
    p.add_argument(
        "-o", "--output", metavar="OUT.csv", help="where to write (default: standard output)"
    )
    sub.add_parser("update", help="save the served version plus all feedback as a new version")
    sub.add_parser("versions", help="list model versions")
    sub.add_parser(
        "migrate", help="upgrade the model versions and the log made by 1.0, once (2.0 needs it)"
    )
    p = sub.add_parser("rollback", help="serve version N again, in every worker, without a restart")
    p.add_argument("version", type=int)
    p = sub.add_parser(
        "promote", help="serve version N, a candidate too, in every worker (pinned, as rollback)"
    )
    p.add_argument("version", type=int)
    _log_commands(sub)
    return parser


def _log_commands(sub):
    """The commands that change or read the log and its keys: forget, keys, export."""
    p = sub.add_parser("forget", help="exclude feedback rows from learning (they stay in the log)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--ids", type=_at_least(1), nargs="+")
    group.add_argument("--since", help="ISO-8601 UTC time, e.g. 2026-11-22T10:00:00")
    group.add_argument(
        "--address",
        nargs="+",
        metavar="ADDRESS",
        help="every row from these client addresses or CIDR networks (2001:db8:1:2::/64)",
    )
    keys = sub.add_parser("keys", help="manage reviewer and admin keys").add_subparsers(
        dest="action", required=True
    )
    p = keys.add_parser("add", help="make a key and print it once")
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--name", required=True)
    keys.add_parser("list", help="list keys (names and roles, never the keys)")
    keys.add_parser("revoke", help="revoke a key at once").add_argument("name")
    p = sub.add_parser("export", help="write the feedback log to stdout")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")


def main(argv=None):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    args = command_line().parse_args(argv)
    commands = dict(train=cmd_train, evaluate=cmd_evaluate, predict=cmd_predict, update=cmd_update)
    commands.update(migrate=cmd_migrate, versions=cmd_versions, forget=cmd_forget, keys=cmd_keys)
    commands.update(rollback=cmd_rollback, promote=cmd_rollback, export=cmd_export)
    try:
        commands.get(args.command, cmd_serve)(args)
    except ModelError as e:
        raise SystemExit(f"error: {e}") from None
    except StorageError as e:
        raise SystemExit(f"error: {configured_log().backend.where()}: {e}") from None
    # a file named on the command line that is missing, a folder, or unreadable
    except OSError as e:
        name = e.filename or args.command or "serve"
        raise SystemExit(f"error: {name}: {e.strerror or e}") from None


if __name__ == "__main__":
    main()
