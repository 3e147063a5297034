#!/usr/bin/env python3
"""Builds assets/given-names.txt: given names that almost only one sex bears, which tell
the framing lens whom "she said" or "he said" may refer back to.

Source (installed from PyPI, nothing fetched at run time):
  names 0.3.0 (MIT; its lists are the 1990 US Census name files, public domain):
    dist.male.first, dist.female.first (percent of men, of women, with each name).

Usage: given_names.py NAMES_DATA_DIR > assets/given-names.txt
"""
import sys

# A name is one sex's when that sex bears it this many times as often as the other:
# "Kelly", "Jordan", "Chris" and "Jean" are left out.
RATIO = 20


def census(path):
    out = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].lower()] = float(parts[1])
    return out


def main():
    names = sys.argv[1]
    male = census(f"{names}/dist.male.first")
    female = census(f"{names}/dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if f > RATIO * m:
            rows.append(f"{name} f")
        elif m > RATIO * f:
            rows.append(f"{name} m")
    print("# Given names almost only one sex bears: a name and f (women) or m (men) a line.")
    print("# Built by tests/eval/given_names.py from the 1990 US Census given-name lists")
    print("# (public domain, via the names 0.3.0 package); a name kept is borne at least")
    print(f"# {RATIO} times as often by one sex as by the other.")
    for r in rows:
        print(r)


main()
