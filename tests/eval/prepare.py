#!/usr/bin/env python3
"""Rebuild the story-grouped evaluation corpora used by parallax's eval tests.

Nothing from the corpora is stored in this repository; this script only
converts local copies of the public releases into plain-text articles.

Sources and licences
--------------------
* BASIL -- Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of
  Factual Reporting" (EMNLP 2019), https://github.com/launchnlp/BASIL .
  100 events, each told by three outlets (Fox News, New York Times,
  HuffPost).  Input: the repository's ``articles/<year>/<uuid>_<n>.json``.
  The repository states no licence: the converted text is for local
  measurement only and must not be committed or redistributed.
* ECB+ -- Cybulska & Vossen 2014, "Using a sledgehammer to crack a nut?
  Lexical diversity and event coreference resolution" (LREC 2014),
  CC BY 3.0 (see LICENSEDATA.TXT of the release).  The official repository
  (https://github.com/cltl/ecbPlus) ships only ``ECB+.zip``; any checkout
  holding the extracted ``ECB+/<topic>/<topic>_<n>ecb[plus].xml`` files
  works (e.g. https://github.com/tommasoc80/EventStoryLine, folder
  ``ECB+_LREC2014/ECB+``), as does a directory where the zip was unpacked.
  Each topic has two halves, ``ecb`` and ``ecbplus``, telling two similar but
  different events; each half is one story (``36_ecb``, ``36_ecbplus``).
* GVC -- the Gun Violence Corpus, Vossen et al. 2018, "Don't Annotate, but
  Validate: a Data-to-Text Method for Capturing Event Data" (LREC 2018),
  https://github.com/cltl/GunViolenceCorpus , CC BY 4.0 (its LICENSE.md).
  510 English news documents about 241 gun-violence incidents (all one
  domain).  The release is three CoNLL files (``verbose.conll``,
  ``gold.conll``, ``system_input.conll``); which documents and incidents it
  holds is also listed in ``gvc_doc_to_event.csv`` (Bugert et al. 2021,
  https://github.com/UKPLab/cdcr-beyond-corpus-tailored ,
  ``resources/data/gun_violence/``).  The documents themselves, as crawled
  for SemEval-2018 task 5 (title, creation date, archive.org URL, text with
  line breaks), are the pickled NewsItems in
  ``EventRegistries/GunViolenceArchive/the_violent_corpus/<incident>/<doc>.json``
  of https://github.com/cltl/LongTailQATask (no licence stated there).
  ``--gvc`` takes any of these folders (repeat the option); the text comes
  from the CoNLL tokens where given, else from the crawled documents, and
  only documents named by the CoNLL files or the csv are used.

* PolNeAR -- political news with every attribution marked; no licence
  stated, local measurement only.  ``--polnear`` takes the checkout (or bare
  git dir); see ``polnear.py`` for how its attributions become who-speaks
  labels (``single/polnear/<split>.toml``).
* AEB -- the Article Extraction Benchmark, Scrapinghub 2020,
  https://github.com/scrapinghub/article-extraction-benchmark , MIT licence.
  181 news and blog pages from many sites, each with its article body
  written by hand (``ground-truth.json``).  Not grouped by story: only the
  per-article measures (who speaks) read it.  ``--aeb`` takes the checkout
  (or bare git dir).

Output layout
-------------
``<out>/<set>/<split>/<story>/<n>.txt`` where each file is the headline on
the first line, a blank line, then paragraphs separated by blank lines.

* basil: story = the event's triplet uuid, ``<n>`` = the number in the source
  file name; headline = the article title; paragraphs = the article's body
  paragraphs (sentences joined by a space).
* ecbplus: story = ``<topic>_ecb`` / ``<topic>_ecbplus``, ``<n>`` = the
  document number; tokens are joined per ``sentence`` attribute and
  detokenised; sentences that are only a URL are dropped; the first remaining
  sentence is the headline and every other sentence is its own paragraph
  (the source has no paragraph marks).
* gvc: story = the GVC incident id (from ``gvc_doc_to_event.csv``, else the
  incident named most in ``verbose.conll``, else the crawl folder); ``<n>``
  numbers the incident's documents by (date, document id).  From CoNLL:
  headline = the TITLE tokens, paragraphs split at NEWLINE tokens (one per
  sentence where there are none), tokens detokenised as for ECB+, date from
  the DCT.  From a crawled document: headline = its title without a trailing
  site name ("... - WRAL.com"); paragraphs = its blank-line-separated blocks,
  a first block repeating the title dropped, and blocks split where the crawl
  lost a line break ("said.The").  The URL is the page behind the archive.org
  capture; outlet = its host without ``www.``.

``<out>/index.tsv`` lists path, set, split, story, outlet, date and URL where
the source gives them.

Split rule (by story, deterministic)
------------------------------------
A story goes to ``tune`` iff
``int(sha1(f"{set}/{story_id}").hexdigest(), 16) % 5 < 2`` (about 40 %),
otherwise to ``heldout`` (about 60 %).  Labels must only be written on
heldout stories; tuning must only look at tune stories.

Usage
-----
    python3 tests/eval/prepare.py [--basil DIR] [--ecbplus DIR] [--gvc DIR ...] OUT

DIR may be a checked-out folder or a bare git directory (``*.git`` or a
directory with ``HEAD`` and ``objects/``), which is read with
``git archive HEAD``.  Example:

    python3 tests/eval/prepare.py --basil /work/src-data/basil \\
        --ecbplus /work/src-data/ecbplus/ECB+_LREC2014/ECB+ /work/data
    python3 tests/eval/prepare.py \\
        --gvc /work/src-data/gvc/GunViolenceCorpus \\
        --gvc /work/src-data/gvc/cdcr-beyond-corpus-tailored/resources/data/gun_violence \\
        --gvc /work/src-data/gvc/LongTailQATask/EventRegistries/GunViolenceArchive/the_violent_corpus \\
        /work/data

Only the Python 3 standard library is needed.  OUT/<set> is replaced for
each set given; index.tsv rows of the other sets are kept.  The crawled
documents are pickles: only the NewsItem and date classes are let through.
"""

import argparse
import hashlib
import csv
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import pickle
import sys
import urllib.parse
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import polnear  # noqa: E402  (beside this script)


def split_of(set_name, story_id):
    h = int(hashlib.sha1(f"{set_name}/{story_id}".encode("utf-8")).hexdigest(), 16)
    return "tune" if h % 5 < 2 else "heldout"


# ---------------------------------------------------------------- sources


def is_bare_git(path):
    return os.path.isfile(os.path.join(path, "HEAD")) and os.path.isdir(
        os.path.join(path, "objects")
    )


def iter_source_files(root, want):
    """Yield (relative path, bytes) of files under root whose path satisfies want."""
    if is_bare_git(root):
        # list the tree and read only the wanted blobs: a snapshot may lack
        # large files elsewhere, which would make ``git archive HEAD`` fail
        listing = subprocess.run(
            ["git", "--git-dir", root, "ls-tree", "-r", "-z", "HEAD"],
            check=True,
            stdout=subprocess.PIPE,
        ).stdout.decode("utf-8")
        for entry in listing.split("\0"):
            if not entry:
                continue
            meta, name = entry.split("\t", 1)
            if meta.split()[1] == "blob" and want(name):
                blob = subprocess.run(
                    ["git", "--git-dir", root, "cat-file", "blob", meta.split()[2]],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
                if blob.returncode:
                    print(f"{root}: {name} is not in this copy (skipped)", file=sys.stderr)
                    continue
                yield name, blob.stdout
        return
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            if want(rel):
                with open(full, "rb") as fh:
                    yield rel, fh.read()


# ---------------------------------------------------------------- writing


def clean(text):
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def write_article(out, set_name, story, n, headline, paragraphs):
    split = split_of(set_name, story)
    d = os.path.join(out, set_name, split, story)
    os.makedirs(d, exist_ok=True)
    rel = f"{set_name}/{split}/{story}/{n}.txt"
    body = [p for p in (clean(p) for p in paragraphs) if p]
    with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
        fh.write(clean(headline) + "\n" + ("\n" + "\n\n".join(body) + "\n" if body else ""))
    return rel, split


# ---------------------------------------------------------------- BASIL

BASIL_NAME = re.compile(r"(?:^|/)articles/\d{4}/([0-9a-f-]+)_(\d+)\.json$")
OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}


def convert_basil(src, out):
    rows = []
    for rel, data in sorted(iter_source_files(src, BASIL_NAME.search)):
        m = BASIL_NAME.search(rel)
        doc = json.loads(data.decode("utf-8"))
        story = doc.get("triplet-uuid") or m.group(1)
        paragraphs = [
            " ".join(clean(s) for s in para if clean(s))
            for para in doc.get("body-paragraphs", [])
        ]
        path, split = write_article(
            out, "basil", story, int(m.group(2)), doc.get("title", ""), paragraphs
        )
        outlet = OUTLETS.get(str(doc.get("source", "")).lower(), doc.get("source", ""))
        rows.append((path, "basil", split, story, outlet, doc.get("date", ""), doc.get("url", "")))
    return rows


# ---------------------------------------------------------------- ECB+

ECB_NAME = re.compile(r"(?:^|/)(\d+)_(\d+)(ecb|ecbplus)\.xml$")

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "...",
                   "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'S", "N'T"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def detokenise(tokens, quote_open=False):
    """Join tokens into running text with ordinary English spacing.

    quote_open says a " quotation is still open from an earlier sentence;
    returns (text, quote_open after this sentence).
    """
    out = ""
    carried = 1 if quote_open else 0
    glue_next = False  # no space before the next token
    i = 0
    while i < len(tokens):
        tok = tokens[i].replace("``", '"').replace("''", '"')
        # "- -" is a dash written as two tokens
        if tok == "-" and i + 1 < len(tokens) and tokens[i + 1] == "-":
            out += " -- "
            glue_next = True
            i += 2
            continue
        space = bool(out) and not glue_next and not out.endswith(" ")
        if tok in NO_SPACE_BEFORE:
            space = False
        opening = False
        if tok == '"':
            # quote parity decides: an even count so far means this one opens
            opening = (out.count('"') + carried) % 2 == 0
            if not opening:
                space = False
        if tok == "'" and out and not out.endswith(" "):
            space = False  # closing single quote / plural possessive
        if tok == "-" and re.search(r"\w$", out) and i + 1 < len(tokens) \
                and re.match(r"\w", tokens[i + 1]):
            space = False  # hyphenated word written as three tokens
        if re.search(r"\w-$", out):
            space = False
        if re.search(r"\d,$", out) and re.fullmatch(r"\d{3}\b.*", tok):
            space = False  # 1,000 written as "1 , 000"
        if re.search(r"\d[.:]$", out) and re.match(r"\d", tok):
            space = False  # 6.1 or 9:25 split at the mark
        if re.search(r"\w\.$", out) and tok.lower() in ("com", "org", "net", "co.uk", "gov"):
            space = False  # example. com -> example.com
        if re.search(r"(^|\W)[A-Za-z]\.$", out) and re.fullmatch(r"[A-Za-z]\.?", tok):
            space = False  # U.S., a.m. split after each letter
        if tok in ("\u201d", "\u2019") or (tok[:1] == "\u2019" and out and out[-1].isalnum()):
            space = False  # closing curly quote, apostrophe, 's
        if out.endswith("\u2019") and len(out) > 1 and out[-2].isalnum() \
                and re.fullmatch(r"(s|t|re|ve|ll|d|m)\b.*", tok):
            space = False  # it ' s -> it's
        out += (" " if space else "") + tok
        glue_next = tok in NO_SPACE_AFTER or opening or tok in ("\u201c", "\u2018")
        i += 1
    text = re.sub(r" {2,}", " ", out).strip()
    return text, (text.count('"') + carried) % 2 == 1


def is_url(sentence):
    s = sentence.replace(" ", "")
    return bool(re.match(r"^(https?:|www\.)", s, re.I))


def convert_ecbplus(src, out):
    rows = []
    for rel, data in sorted(iter_source_files(src, ECB_NAME.search)):
        m = ECB_NAME.search(rel)
        topic, num, half = m.group(1), int(m.group(2)), m.group(3)
        root = ET.fromstring(data)
        sentences = {}
        for tok in root.iter("token"):
            key = int(tok.get("sentence", "0"))
            sentences.setdefault(key, []).append(tok.text or "")
        texts, quote_open = [], False
        for k in sorted(sentences):
            text, quote_open = detokenise(sentences[k], quote_open)
            texts.append(text)
        texts = [t for t in texts if t and not is_url(t)]
        if not texts:
            continue
        story = f"{topic}_{half}"
        path, split = write_article(out, "ecbplus", story, num, texts[0], texts[1:])
        rows.append((path, "ecbplus", split, story, "", "", ""))
    return rows


# ---------------------------------------------------------------- GVC

GVC_CONLL = re.compile(r"(?:^|/)(verbose|gold|system_input)\.conll$")
GVC_MAP = re.compile(r"(?:^|/)gvc_doc_to_event\.csv$")
GVC_RAW = re.compile(r"(?:^|/)(\d+)/([0-9a-f]{32})\.json$")  # the_violent_corpus/<incident>/<doc>
ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$", re.I)
TITLE_SEPARATOR = re.compile(r"\s+(?:-|\u2013|\u2014|\||::)\s+")
# ".Next" with no space: a line break the crawl lost (end mark after a lower-case
# letter or digit, optionally a closing quote, then a capitalised word)
LOST_BREAK = re.compile(r"(?<=[a-z0-9][.!?])(?=[\u201c\"]?[A-Z][a-z\s])"
                        r"|(?<=[a-z0-9][.!?][\u201d\"])(?=[\u201c]?[A-Z][a-z\s])")


class _NewsItem:
    """Stand-in for the crawler's NewsItem class; only its attributes are read."""


class _NewsItemUnpickler(pickle.Unpickler):
    """The raw documents are pickles: allow only the two classes they hold."""

    def find_class(self, module, name):
        if (module, name) == ("classes", "NewsItem"):
            return _NewsItem
        if (module, name) == ("datetime", "date"):
            return datetime.date
        raise pickle.UnpicklingError(f"unexpected class {module}.{name}")


def load_news_item(data):
    obj = _NewsItemUnpickler(io.BytesIO(data)).load()
    return dict(vars(obj)) if isinstance(obj, _NewsItem) else dict(obj)


def iso_date(value):
    """YYYY-MM-DD from a date object or a date written in a string, else ''."""
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if m:
        return "-".join(m.groups())
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%m/%d/%Y", "%Y%m%d"):
        try:
            return datetime.datetime.strptime(clean(str(value)), fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    return ""


def original_url(uri):
    """The page URL behind a web.archive.org capture."""
    m = ARCHIVED.match(uri or "")
    return m.group(1) if m else (uri or "")


def site_of(url):
    host = urllib.parse.urlsplit(url if "://" in url else "http://" + url).hostname or ""
    return re.sub(r"^www\d*\.", "", host.lower())


def alnum(text):
    return re.sub(r"[^0-9a-z]", "", text.lower())


def strip_site_name(title, site):
    """Drop a trailing "- Station Name, City News, Weather" part of a page title.

    A tail is cut at the first separator after which the rest names the site
    (its domain label) or reads like a station slogan (news ... weather/sports).
    """
    labels = site.split(".")
    stem = alnum(labels[-2] if len(labels) >= 2 else labels[0])
    for m in TITLE_SEPARATOR.finditer(title):
        head, tail = title[: m.start()], title[m.end():]
        if len(head.split()) < 3:
            continue
        if (len(stem) >= 3 and stem in alnum(tail)) or re.search(
                r"\bnews\b.*\b(weather|sports)\b", tail, re.I):
            return head
    return title


def gvc_conll_docs(data):
    """Yield (doc id, DCT comment or '', token rows) of a GVC CoNLL file."""
    doc, dct, rows = None, "", []
    for line in data.decode("utf-8").splitlines():
        if line.startswith("#begin document"):
            m = re.search(r"\((.*?)\)", line)
            doc, dct, rows = (m.group(1) if m else line.split()[-1]), "", []
        elif line.startswith("#end document"):
            if doc is not None:
                yield doc, dct, rows
            doc = None
        elif doc is not None and line.startswith("#"):
            dct = dct or line.lstrip("#").strip()
        elif doc is not None and line.strip():
            rows.append(line.split("\t"))


def gvc_text_from_conll(rows):
    """(headline, paragraphs, date, incident) from GVC token rows.

    Rows are token id (``<doc>.<sentence>.<n>``), token, TITLE/BODY/DCT and,
    in verbose.conll, ``INCIDENT.TYPE.PARTICIPANTS`` before the chain column.
    NEWLINE tokens mark line breaks; without any, each sentence is a paragraph.
    """
    dct, sentences, incidents = [], {}, {}
    for r in rows:
        if len(r) < 3:
            continue
        part = r[2].strip().upper()
        if part == "DCT":
            dct.append(r[1])
            continue
        if len(r) >= 5 and r[3] not in ("", "-"):
            inc = r[3].split(".")[0]
            incidents[inc] = incidents.get(inc, 0) + 1
        bits = r[0].split(".")
        key = (part, bits[1] if len(bits) > 2 else "0")
        sentences.setdefault(key, []).append(r[1])
    title = [t for (p, _), toks in sentences.items() if p == "TITLE" for t in toks
             if t != "NEWLINE"]
    body = [toks for (p, _), toks in sentences.items() if p != "TITLE"]
    marked = any("NEWLINE" in toks for toks in body)
    paragraphs, current, quote_open = [], [], False
    for toks in body:
        pieces, piece = [], []
        for t in toks + ["NEWLINE"]:
            if t == "NEWLINE":
                if piece:
                    pieces.append(piece)
                pieces.append(None)
                piece = []
            else:
                piece.append(t)
        pieces.pop()  # the NEWLINE added above
        for p in pieces:
            if p is None:
                if current:
                    paragraphs.append(" ".join(current))
                current = []
                continue
            text, quote_open = detokenise(p, quote_open)
            current.append(text)
        if not marked and current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    headline = detokenise(title)[0] if title else ""
    if not headline and paragraphs:
        headline = paragraphs.pop(0)
    incident = max(incidents, key=incidents.get) if incidents else ""
    return headline, paragraphs, iso_date(" ".join(dct)), incident


def gvc_text_from_item(item, site):
    """(headline, paragraphs) from a crawled NewsItem: title, blank-line paragraphs."""
    title = strip_site_name(clean(item.get("title") or ""), site)
    paragraphs = [clean(q) for p in re.split(r"\n\s*\n", item.get("content") or "")
                  for q in LOST_BREAK.split(p)]
    paragraphs = [re.sub(r"^\u00d7\s*", "", p) for p in paragraphs if p]
    paragraphs = [p for p in paragraphs if p]
    # the page body often repeats the title as its first line
    if paragraphs and title:
        first, full, short = alnum(paragraphs[0]), alnum(item.get("title") or ""), alnum(title)
        if first in (full, short):
            paragraphs = paragraphs[1:]
    if not title and paragraphs:
        title = paragraphs.pop(0)
    return title, paragraphs


def convert_gvc(srcs, out):
    incident_of, conll, raw = {}, {}, {}
    rank = {"verbose": 0, "gold": 1, "system_input": 2}

    def want(rel):
        return GVC_CONLL.search(rel) or GVC_MAP.search(rel) or GVC_RAW.search(rel)

    for src in srcs:
        for rel, data in iter_source_files(src, want):
            if GVC_MAP.search(rel):
                for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
                    incident_of[row["doc-id"].strip()] = row["event-id"].strip()
            elif GVC_CONLL.search(rel):
                kind = rank[GVC_CONLL.search(rel).group(1)]
                for doc, dct, rows in gvc_conll_docs(data):
                    if doc not in conll or conll[doc][0] > kind:
                        conll[doc] = (kind, dct, rows)
            else:
                m = GVC_RAW.search(rel)
                raw.setdefault(m.group(2), {})[m.group(1)] = data
    docs = sorted(set(conll) | set(incident_of))
    if not docs:
        if raw:
            print("gvc: the_violent_corpus holds more than GVC; give the GVC conll "
                  "or gvc_doc_to_event.csv too", file=sys.stderr)
        return []
    articles, problems = {}, {}

    def problem(what):
        problems[what] = problems.get(what, 0) + 1

    for doc in docs:
        headline, paragraphs, date, incident = "", [], "", incident_of.get(doc, "")
        if doc in conll:
            headline, paragraphs, date, conll_incident = gvc_text_from_conll(conll[doc][2])
            date = date or iso_date(conll[doc][1])
            if incident and conll_incident and conll_incident != incident:
                problem("incident in the conll differs from gvc_doc_to_event.csv")
            incident = incident or conll_incident
        copies = raw.get(doc, {})
        if incident and copies and incident not in copies:
            problem("raw document filed only under another incident")
        if not incident and len(copies) == 1:
            incident = next(iter(copies))
        if not incident:
            problem("document without an incident (skipped)")
            continue
        url = ""
        if copies:
            item = load_news_item(copies.get(incident) or next(iter(copies.values())))
            url = original_url(item.get("uri") or "")
            date = date or iso_date(item.get("dct"))
            if doc not in conll:
                headline, paragraphs = gvc_text_from_item(item, site_of(url))
        if not headline:
            problem("document without text (skipped)")
            continue
        articles.setdefault(incident, []).append((date, doc, headline, paragraphs, url))
    rows = []
    for incident, items in sorted(articles.items()):
        for n, (date, doc, headline, paragraphs, url) in enumerate(sorted(items), 1):
            path, split = write_article(out, "gvc", incident, n, headline, paragraphs)
            rows.append((path, "gvc", split, incident, site_of(url) if url else "", date, url))
    for what, count in sorted(problems.items()):
        print(f"gvc: {count} x {what}", file=sys.stderr)
    return rows


# ---------------------------------------------------------------- main


def slug_headline(url):
    """A headline from the page's address: the last path segment's words."""
    path = urllib.parse.urlparse(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    last = re.sub(r"\.(html?|php|aspx?)$", "", last)
    words = [w for w in re.split(r"[-_+]+", last) if w and not w.isdigit()]
    return " ".join(words).capitalize() or urllib.parse.urlparse(url).netloc


def convert_aeb(src, out):
    """AEB's hand-written bodies, one article per story, under ``single/aeb``
    (outside the story-grouped sets, which the link measures read)."""
    rows = []
    for rel, data in iter_source_files(src, lambda r: r == "ground-truth.json"):
        for key, doc in sorted(json.loads(data.decode("utf-8")).items()):
            story = key[:12]
            h = int(hashlib.sha1(f"aeb/{story}".encode("utf-8")).hexdigest(), 16)
            split = "tune" if h % 2 == 0 else "heldout"
            d = os.path.join(out, "single", "aeb", split, story)
            os.makedirs(d, exist_ok=True)
            body = [clean(p) for p in doc.get("articleBody", "").split("\n")]
            body = [p for p in body if p]
            relpath = f"single/aeb/{split}/{story}/1.txt"
            with open(os.path.join(out, relpath), "w", encoding="utf-8") as fh:
                fh.write(slug_headline(doc.get("url", "")) + "\n\n" + "\n\n".join(body) + "\n")
            rows.append((relpath, "aeb", split, story, site_of(doc.get("url", "")), "",
                         doc.get("url", "")))
    return rows


def convert_polnear(src, out):
    """PolNeAR's train, dev and test articles under ``single/polnear``, with
    who-speaks labels mapped from its attributions (see ``polnear.py``)."""
    want = lambda r: re.search(r"data/(train|dev|test)/(text|attributions)/", r) is not None
    return polnear.convert(iter_source_files(src, want), out, clean)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--basil", help="BASIL checkout or bare git dir")
    ap.add_argument("--ecbplus", help="folder (or bare git dir) holding the ECB+ xml files")
    ap.add_argument("--gvc", action="append", metavar="DIR",
                    help="GVC sources (conll release, gvc_doc_to_event.csv, "
                         "the_violent_corpus); repeat for several folders")
    ap.add_argument("--aeb", help="article-extraction-benchmark checkout or bare git dir")
    ap.add_argument("--polnear", help="PolNeAR checkout or bare git dir")
    ap.add_argument("out", help="output data directory")
    args = ap.parse_args(argv)
    if not (args.basil or args.ecbplus or args.gvc or args.aeb or args.polnear):
        ap.error("give --basil, --ecbplus, --gvc, --aeb and/or --polnear")
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for name, src, fn in (("basil", args.basil, convert_basil),
                          ("ecbplus", args.ecbplus, convert_ecbplus),
                          ("gvc", args.gvc, convert_gvc),
                          ("aeb", args.aeb, convert_aeb),
                          ("polnear", args.polnear, convert_polnear)):
        if not src:
            continue
        gone = os.path.join("single", name) if name in ("aeb", "polnear") else name
        shutil.rmtree(os.path.join(args.out, gone), ignore_errors=True)
        got = fn(src, args.out)
        if not got:
            where = ", ".join(src) if isinstance(src, list) else src
            print(f"{name}: no input files found under {where}", file=sys.stderr)
        rows += got
    index = os.path.join(args.out, "index.tsv")
    old = []
    if os.path.exists(index):
        done = {r[1] for r in rows}
        with open(index, encoding="utf-8") as fh:
            old = [l.rstrip("\n").split("\t") for l in fh][1:]
        old = [r for r in old if len(r) > 1 and r[1] not in done]
    with open(index, "w", encoding="utf-8") as fh:
        fh.write("path\tset\tsplit\tstory\toutlet\tdate\turl\n")
        for r in sorted(old + [list(r) for r in rows]):
            fh.write("\t".join(r) + "\n")
    counts = {}
    for r in old + [list(r) for r in rows]:
        c = counts.setdefault((r[1], r[2]), [set(), 0])
        c[0].add(r[3])
        c[1] += 1
    for (s, sp), (stories, n) in sorted(counts.items()):
        print(f"{s}/{sp}: {len(stories)} stories, {n} articles")


if __name__ == "__main__":
    main()
