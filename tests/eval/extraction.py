#!/usr/bin/env python3
"""Main-content extraction measured on scrapinghub's article-extraction-benchmark.

Runs `parallax extract PAGE --json` over the benchmark's 181 pages, writes the
benchmark's prediction format ({"version", "output": {id: {"articleBody"}}}), and scores
it with the benchmark's own evaluate.py: its `evaluate()` on each part of a fixed split
(sha1 of the page id, mod 5: 0-1 tune, 2-4 held out), and its `main()` unchanged on all
pages. The extractors whose outputs the benchmark publishes are scored on the same
parts beside ours.

    git clone https://github.com/scrapinghub/article-extraction-benchmark /work/data/aeb
    cargo build --release
    python3 tests/eval/extraction.py --bench /work/data/aeb \
        --bin target/release/parallax --anchor /work/data/anchor/parallax

--worst N lists the N tune pages where parallax scores lowest (tuning looks at those
only; the held-out pages are measured, never read).
"""
import argparse
import gzip
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# Published outputs scored beside ours (file stem in the benchmark's output/ folder).
REFERENCES = ["readability_js", "trafilatura", "go_trafilatura", "rs_trafilatura",
              "dom_smoothie", "readability_rs", "llm_readability", "readable_readability"]


def part(page_id: str) -> str:
    return "tune" if int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 5 < 2 else "held-out"


def extract(binary: str, html_gz: Path, workdir: Path) -> str:
    page = workdir / (html_gz.name[: -len(".gz")])
    page.write_bytes(gzip.decompress(html_gz.read_bytes()))
    env = dict(os.environ, XDG_CACHE_HOME=str(workdir), XDG_STATE_HOME=str(workdir),
               XDG_CONFIG_HOME=str(workdir), XDG_DATA_HOME=str(workdir))
    run = subprocess.run([binary, "extract", str(page), "--json"], capture_output=True,
                         env=env, timeout=60)
    page.unlink()
    if run.returncode != 0:
        return ""  # no article found: an empty body, as the scorer expects
    return json.loads(run.stdout)["text"]


def predictions(binary: str, bench: Path, ids, jobs: int):
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(jobs) as pool:
        bodies = pool.map(lambda i: extract(binary, bench / "html" / f"{i}.html.gz", Path(tmp)), ids)
        return {i: {"articleBody": b} for i, b in zip(ids, bodies)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", type=Path, default=Path("/work/data/aeb"))
    ap.add_argument("--bin", default="target/release/parallax")
    ap.add_argument("--anchor", help="the anchor build of parallax, scored in the same run")
    ap.add_argument("--out", type=Path, default=Path("target/extraction-eval"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--worst", type=int, default=0)
    args = ap.parse_args()

    sys.path.insert(0, str(args.bench))
    import evaluate as scorer  # the benchmark's own scorer

    truth = json.loads((args.bench / "ground-truth.json").read_text())
    ids = sorted(truth)
    parts = {"tune": [i for i in ids if part(i) == "tune"],
             "held-out": [i for i in ids if part(i) == "held-out"], "all": ids}

    systems = {"parallax": predictions(args.bin, args.bench, ids, args.jobs)}
    if args.anchor:
        systems["anchor"] = predictions(args.anchor, args.bench, ids, args.jobs)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, pred in systems.items():
        (args.out / f"{name}.json").write_text(json.dumps({"version": name, "output": pred}))
    for name in REFERENCES:
        path = args.bench / "output" / f"{name}.json"
        if path.exists():
            systems[f"{name} (published)"] = scorer.load_prediction(path)[0]

    print(f"pages: tune {len(parts['tune'])}, held-out {len(parts['held-out'])}, all {len(ids)}")
    print(f"{'':<32}" + "".join(f"{p + ' F1':>14}" for p in parts) + f"{'all P':>8}{'all R':>8}")
    for name, pred in systems.items():
        row = f"{name:<32}"
        for p, keys in parts.items():
            random.seed(0)  # the bootstrap spread is printed by the full run below
            m = scorer.evaluate({k: truth[k] for k in keys}, {k: pred[k] for k in keys}, 20)
            row += f"{m['f1']:>14.3f}"
        row += f"{m['precision']:>8.3f}{m['recall']:>8.3f}"
        print(row)

    if args.worst:
        ours = systems["parallax"]
        scored = []
        for i in parts["tune"]:
            tp, fp, fn = scorer.string_shingle_matching(truth[i]["articleBody"], ours[i]["articleBody"])
            scored.append((2 * tp / (2 * tp + fp + fn) if tp else 0.0, fp, fn, i))
        for f1, fp, fn, i in sorted(scored)[: args.worst]:
            print(f"{f1:.3f} fp {fp:.2f} fn {fn:.2f} {i} {truth[i].get('url', '')}")

    # The benchmark's own command, unchanged, on all 181 pages.
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "output").mkdir()
        os.symlink(args.bench / "ground-truth.json", Path(tmp) / "ground-truth.json")
        for name in [n for n in ("parallax", "anchor") if n in systems]:
            os.symlink((args.out / f"{name}.json").resolve(), Path(tmp) / "output" / f"{name}.json")
        print("\nevaluate.py (the benchmark's scorer, all pages):", flush=True)
        subprocess.run([sys.executable, str(args.bench / "evaluate.py")], cwd=tmp, check=True)


if __name__ == "__main__":
    main()
