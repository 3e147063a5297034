"""PolNeAR as who-speaks labels, for ``prepare.py --polnear``.

PolNeAR -- Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for
Political News" (LREC 2018), https://github.com/networkdynamics/PolNeAR .
1,008 articles by seven US outlets on the 2016 election, every attribution
(source, cue, content) marked by trained annotators, split by month into
train / dev / test.  The repository states no licence: the converted text and
labels are for local measurement only and must not be committed.

PolNeAR marks more than speech: "he mocked", "she wants", "they fear" are
attributions too, and a source may be a pronoun or a description ("the
senator").  Who speaks in parallax names the people and institutions whose
words a passage reports, so the labels are mapped, before any measurement and
the same for every split, as follows.  Per content paragraph:

* ``speakers`` (what recall counts): the sources of attributions whose cue is a
  verb or noun of saying, writing, stating, asking, claiming or believing
  (``SPEECH`` below), or "according to", a colon or a quotation mark, and whose
  source is *headed by a name* (its last word before any comma is
  capitalised: "Clinton campaign spokesman Brian Fallon", "the FBI").
* ``also`` (not wrong to list, not counted as missed): every other source in
  the paragraph that holds a capitalised word ("the Clinton campaign",
  "Trump supporters", "Trump wants"); and, when some source in the paragraph
  is a pronoun or a description ("he", "the senator") that a reader resolves
  to someone named elsewhere, every name-headed source of the article.
"""

import os
import re

PRONOUNS = {
    "he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us",
    "me", "his", "its", "their", "our", "my", "your", "who", "whom", "which",
    "that", "this", "these", "those", "one", "someone", "some", "many",
    "others", "both", "all", "everyone", "nobody", "none",
}
LEADING = {"the", "a", "an", "some", "many", "several", "two", "three"}
SPEECH = re.compile(
    r"\b(say|said|says|saying|tell|told|tells|telling|writ\w*|wrote|tweet\w*|"
    r"report\w*|stat(e|ed|es|ing|ement|ements)|ask\w*|announc\w*|claim\w*|"
    r"believ\w*|accord\w*|add(ed|s|ing)?|not(e|ed|es|ing)|explain\w*|argu\w*|"
    r"declar\w*|respond\w*|repl(y|ied|ies|ying)|insist\w*|warn\w*|suggest\w*|"
    r"acknowledg\w*|admit\w*|comment\w*|describ\w*|call(s|ed|ing)?|quot\w*|"
    r"testif\w*|confirm\w*|den(y|ied|ies|ying)|predict\w*|promis\w*|vow\w*|"
    r"urg(e|ed|es|ing)|accus\w*|criticiz\w*|prais\w*|complain\w*|interview\w*|"
    r"remark\w*|speech\w*|post(s|ed|ing)?|recount\w*|recall\w*|mention\w*|"
    r"assert\w*|contend\w*|emphasi\w*|stress\w*|reiterat\w*|question\w*|"
    r"thinks?|thought|think\w*|told)\b|[:\"\u201c\u201d]"
)


def paragraphs(text):
    """(start offset, text) of each blank-line-separated block."""
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        if m.group(0).strip():
            out.append((m.start(), m.group(0)))
    return out


def read_ann(data):
    """The (source, cue, offset ranges of source, cue and content) of each
    attribution of a brat .ann file."""
    spans, out = {}, []
    for line in data.splitlines():
        cols = line.split("\t")
        if cols[0].startswith("T") and len(cols) > 2:
            kind, rng = cols[1].split(" ", 1)
            ranges = [tuple(int(x) for x in r.split()) for r in rng.split(";")]
            spans[cols[0]] = (kind, cols[2], ranges)
        elif cols[0].startswith("E") and len(cols) > 1:
            role = dict(x.split(":", 1) for x in cols[1].split() if ":" in x)
            src, cue, content = (spans.get(role.get(k, "")) for k in ("Source", "Cue", "Content"))
            if cue:
                ranges = [r for part in (src, cue, content) if part for r in part[2]]
                at = src[2][0][0] if src else 0
                out.append((src[1] if src else "", cue[1], ranges, at))
    return out


PREPOSITIONS = {"of", "in", "at", "for", "from", "with", "on", "to", "who", "whose", "that"}


def words_of(part):
    """A source part's words, a parenthesis and leading determiners dropped."""
    words = re.sub(r"\([^)]*\)", " ", part).split()
    while words and words[0].lower() in LEADING:
        words = words[1:]
    return words


def name_part(source, forms, initial):
    """The comma-separated part of the source that names it: "Carly Fiorina" in
    "One Republican presidential hopeful, Carly Fiorina"; else the first part."""
    parts = [p for p in source.split(",") if p.strip()] or [""]
    for n, p in enumerate(parts):
        if part_kind(p, forms, initial and n == 0) == "named":
            return p
    return parts[0]


def head_words(words):
    """The words before the first lowercase preposition: "Joel Pollak" of
    "Joel Pollak of Breitbart California", "partners" of "partners in Tehran"."""
    for n, w in enumerate(words):
        if n and w in PREPOSITIONS:
            return words[:n]
    return words


def proper(word, forms, initial):
    """Capitalised inside a sentence; at a sentence's start, more often
    capitalised in the corpus than not ("Police" opening a sentence is the
    common noun, "Clinton" a name)."""
    w = word.strip(".,;:\"'\u201c\u201d()")
    if not initial:
        return w[:1].isupper()
    return w[:1].isupper() and forms.get(w.lower(), 0) < forms.get(w, 0)


def kind_of(source, forms, initial):
    """'named', 'mentions' (holds a name, headed by a common noun), 'open'
    (pronoun or description), or '' (no source); ``initial``: the source opens
    a sentence."""
    parts = [p for p in source.split(",") if p.strip()] or [""]
    return part_kind(name_part(source, forms, initial), forms,
                     initial and name_part(source, forms, initial) == parts[0])


def part_kind(part, forms, initial):
    raw = part.split()
    words = words_of(part)
    # only the source's own first word can open the sentence
    first = initial and bool(words) and bool(raw) and words[0] == raw[0]
    is_proper = lambda n, w: proper(w, forms, first and n == 0)
    if not words:
        return ""
    if words[0].lower() in PRONOUNS:
        return "open" if len(words) == 1 else "mentions"
    if not any(is_proper(n, w) for n, w in enumerate(words)):
        return "open"
    head = head_words(words)
    last = head[-1]
    if (last[:1].isupper() and any(is_proper(n, w) for n, w in enumerate(head))
            and not last.endswith(("'s", "\u2019s", "'", "\u2019"))):
        return "named"
    return "mentions"


def name_of(source, forms, initial):
    """The name as a label: the whole name part, or its head ("A|B", either is right)."""
    words = words_of(name_part(source, forms, initial))
    tidy = lambda ws: " ".join(ws).strip(".,;:\"'\u201c\u201d")
    full, head = tidy(words), tidy(head_words(words))
    return full if full == head else f"{full}|{head}"


def article_labels(text, ann, relpath, forms):
    """Label rows for one article: (relpath, paragraph text, speakers, also)."""
    blocks = paragraphs(text)
    per = [{"speakers": set(), "also": set(), "open": False} for _ in blocks]
    every = set()
    for source, cue, ranges, at in read_ann(ann):
        before = text[:at].rstrip(" \t\"'\u201c\u2018")
        initial = not before or before[-1] in ".!?\n:\u201d\"'"
        # the paragraphs the attribution spans: a quote may run on past the
        # paragraph that names its speaker, and is still that speaker's
        touched = {n for n, (start, block) in enumerate(blocks)
                   for a, b in ranges if a < start + len(block) and b > start}
        kind = kind_of(source, forms, initial)
        name = name_of(source, forms, initial)
        for i in touched:
            if kind == "open":
                per[i]["open"] = True
            elif kind == "named" and SPEECH.search(cue.lower()):
                per[i]["speakers"].add(name)
            elif kind in ("named", "mentions"):
                per[i]["also"].add(name)
        if kind == "named":
            every.add(name)
    rows = []
    for n, (_, block) in enumerate(blocks):
        if n == 0:
            continue  # the headline
        p = per[n]
        also = p["also"] | (every if p["open"] else set())
        rows.append((relpath, block, sorted(p["speakers"]), sorted(also - p["speakers"])))
    return rows


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def prefix(block, others):
    """The shortest prefix of at least five words that no other block starts with."""
    words = block.split()
    for k in range(min(5, len(words)), len(words) + 1):
        p = " ".join(words[:k])
        if not any(o != block and " ".join(o.split()).startswith(p) for o in others):
            return p
    return " ".join(words)


def convert(files, out, clean, split_dirs=("train", "dev", "test")):
    """Write ``single/polnear/<split>/<article>/1.txt`` and the label file
    ``single/polnear/<split>.toml``; ``files`` yields (relative path, bytes)."""
    texts, anns = {}, {}
    for rel, data in files:
        m = re.search(r"data/(\w+)/(text|attributions)/([^/]+)\.(txt|ann)$", rel)
        if not m or m.group(1) not in split_dirs:
            continue
        if m.group(2) == "text":
            texts[(m.group(1), m.group(3))] = data.decode("utf-8")
        else:
            # several annotators labelled a few articles: the first id is used
            art = m.group(3).rsplit("_", 1)[0]
            key = (m.group(1), art)
            if key not in anns or m.group(3) < anns[key][0]:
                anns[key] = (m.group(3), data.decode("utf-8"))
    forms = {}
    for text in texts.values():
        for w in re.findall(r"[A-Za-z][A-Za-z.'\u2019-]*", text):
            forms[w] = forms.get(w, 0) + 1
    rows_out = []
    for split in split_dirs:
        lines = [
            "# Who-speaks labels mapped from PolNeAR (tests/eval/polnear.py); not to be",
            "# committed: the corpus states no licence.",
        ]
        for (sp, art), text in sorted(texts.items()):
            if sp != split or (sp, art) not in anns:
                continue
            story = re.sub(r"[^0-9A-Za-z_-]", "-", art)
            relpath = f"single/polnear/{split}/{story}/1.txt"
            blocks = [clean(b) for _, b in paragraphs(text)]
            os.makedirs(os.path.join(out, os.path.dirname(relpath)), exist_ok=True)
            with open(os.path.join(out, relpath), "w", encoding="utf-8") as fh:
                fh.write(blocks[0] + "\n\n" + "\n\n".join(b for b in blocks[1:] if b) + "\n")
            for _, block, speakers, also in article_labels(text, anns[(sp, art)][1], relpath, forms):
                block = clean(block)
                if not block:
                    continue
                lines += [
                    "[[passage]]",
                    f"path = {toml_str(relpath)}",
                    f"starts = {toml_str(prefix(block, blocks))}",
                    "speakers = [" + ", ".join(toml_str(s) for s in speakers) + "]",
                    "also = [" + ", ".join(toml_str(s) for s in also) + "]",
                ]
            rows_out.append((relpath, "polnear", split, story, art.split("_")[0], art.split("_")[1], ""))
        with open(os.path.join(out, "single", "polnear", f"{split}.toml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return rows_out
