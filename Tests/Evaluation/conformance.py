#!/usr/bin/env python3
"""Scores `claimcheck facts` against the external conformance suites in ../shared/conformance.

Runs the built binary once per file through `--jsonl -` (never one process per case) and prints
pass rates for the subset that matters for news text:
  - flagged cases are left out (rt:ignore-resolution, rt:not-supported-dotnet,
    rt:pending-validation, suspect-value, span-text-not-in-input), and so are span-only cases;
  - times of day (kind "time"), holidays, chat phrasing ("bucks") and generic money labels
    that name no currency are left out;
  - dates: items with a time of day (a value, min or max with a clock part, or a TIMEX with "T"),
    and week, weekend, quarter and half-year periods (Duckling grain week/quarter, Recognizers
    TIMEX "-W", "Q", "H") are left out, as are open intervals (before/after/since, one end null).
    Relative dates ("yesterday", "next month", "أمس") are kept: the script passes the case's
    reference_time as the article's published date, which is what such dates resolve against in
    news. Duckling resolves a date the text leaves open ("monday", "the 15th", "march") forward,
    to its next occurrence, so Duckling cases run with `--date-direction future`; the others
    run with claimcheck's default (the nearest occurrence, leaning on the tense around the date).
    The English cases of both libraries are written for the US locale ("10/1/2018" is October 1),
    so they run with `--month-first`, as a US newsroom would configure it.
    Cases without a reference time are kept only when the input holds a digit and the item
    is not relative (dateparser's "منذ 3 أيام" items carry "ago"): a relative phrase with no
    reference time cannot be resolved by anyone.
  - dimension cases written with a unit spelling claimcheck refuses on purpose (bare "m", "k",
    "pm", "in" and quote marks: see BARE_UNIT) are left out;
A case passes when every expected item is matched by a fact with the same span (or the whole
input for whole-input cases), a compatible type and the expected value (or interval).
Range facts ("from 10 to 20 dollars") carry an interval widened by the precision of their
ends ([9.5, 20.5) for two whole numbers); the suites give the stated ends. A range fact is
therefore compared through the values of the first and last facts inside its span (its stated
ends, exactly), and its unit through the range's own unit.
Date values compare at the expected grain (day when none is given). Expected date ranges
(min/max, max exclusive) compare against the fact's interval: low must equal min and high must
equal max, both at day precision. Recognizers writes a range between two stated ends ("from May
to September", "26 june to 28 june", "2014 to 2018") with max at the start of the last one
(September 1, June 28, 2018-01-01), leaving the last month, day or year out, a library
convention a news reader does not share (as for number ranges below); so a range fact also
matches when max is the first day of the last day, month or year it covers, the unit being that
of its last end as written ("2014 through May 2018": May 1).
Durations compare in seconds, since the suites and claimcheck pick different units for the same
length ("1.5 hours" vs 90 minutes, "2 years and 3 months" vs 27 months): minute 60, hour 3600,
day 86400, week 7 days, and the libraries' own calendar conventions month 30 days, quarter 3
months, year 365 days, decade 10 years, century 100 years. The unit name is compared case-blind
(Recognizers' age model writes "Year").
Negative cases pass when no fact of the kind is produced, with two refinements that follow what
the library's model detects:
  - Recognizers NumberRangeModel negatives ("<>30", "1995-01", phone numbers) say "no range or
    comparison here", not "no number": they fail on a range fact or a hedged (bounded) fact;
  - Recognizers NumberModel negatives ("the 180ml liquid", "29km Road") leave numbers glued to a
    unit to the unit models: facts that carry a unit of measure, currency or time (measure, money,
    duration) do not count against them.
One-sided intervals are also checked for inclusivity: when a case states `min_inclusive` or
`max_inclusive` for a finite bound and the other side is open, the fact's `low_inclusive` /
`high_inclusive` must agree ("more than 30" is (30, inf), "at least 30" is [30, inf)). The ends
of closed ranges ("between 20 and 30") are compared by value only: Recognizers writes every such
range half-open, [20, 30), a library convention a news reader does not share.
Cases run with a non-default library option (notes "run with NumberOptions.PercentageMode") are
left out, as the suite already leaves out the other option-mode spec files.

Usage: python3 Tests/Evaluation/conformance.py [--binary .build/release/claimcheck] [--details N]
"""
import argparse
import json
import re
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SUITE = os.path.join(ROOT, "..", "shared", "conformance")

EXCLUDED_FLAGS = {"rt:ignore-resolution", "rt:not-supported-dotnet", "rt:pending-validation",
                  "suspect-value", "span-text-not-in-input", "span-only"}

TYPES = {
    "number": {"number", "count", "money", "measure", "duration", "percent", "multiplier"},
    "ordinal": {"ordinal"},
    "percent": {"percent"},
    "money": {"money"},
    "dimension": {"measure"},
    "duration": {"duration"},
    "date": {"date", "time"},
}

# Units of the suites and of claimcheck, as (dimension, factor to a base unit), so that
# "0.002 kg" and "2 gram" compare equal. Recognizers' "Ton" covers ton, tons, tonne, tonnes and
# t alike, so it is the metric tonne here, as claimcheck reads "tons".
UNITS = {
    "gram": ("mass", 1e-3), "g": ("mass", 1e-3), "kilogram": ("mass", 1), "kg": ("mass", 1),
    "microgram": ("mass", 1e-9), "milligram": ("mass", 1e-6), "t": ("mass", 1000), "ton": ("mass", 1000),
    "mg": ("mass", 1e-6), "ug": ("mass", 1e-9),
    "metric ton": ("mass", 1000), "tonne": ("mass", 1000), "pound": ("mass", 0.45359237), "lb": ("mass", 0.45359237),
    "ounce": ("mass", 0.028349523125), "oz": ("mass", 0.028349523125),
    "litre": ("volume", 1), "l": ("volume", 1), "millilitre": ("volume", 1e-3), "milliliter": ("volume", 1e-3),
    "ml": ("volume", 1e-3), "hectolitre": ("volume", 100), "gallon": ("volume", 3.785411784),
    "bbl": ("volume", 158.987294928), "barrel": ("volume", 158.987294928), "m3": ("volume", 1000), "cubic meter": ("volume", 1000),
    "metre": ("length", 1), "meter": ("length", 1), "m": ("length", 1), "kilometre": ("length", 1000),
    "kilometer": ("length", 1000), "km": ("length", 1000), "centimetre": ("length", 0.01), "centimeter": ("length", 0.01),
    "cm": ("length", 0.01), "millimetre": ("length", 1e-3), "millimeter": ("length", 1e-3), "mm": ("length", 1e-3),
    "decimeter": ("length", 0.1), "picometer": ("length", 1e-12), "inch": ("length", 0.0254), "in": ("length", 0.0254),
    "foot": ("length", 0.3048), "ft": ("length", 0.3048), "yard": ("length", 0.9144), "mile": ("length", 1609.344),
    "mi": ("length", 1609.344), "dm": ("length", 0.1), "yd": ("length", 0.9144), "nmi": ("length", 1852),
    "pm": ("length", 1e-12), "cm2": ("area", 1e-4), "ft2": ("area", 0.09290304), "square foot": ("area", 0.09290304),
    "hl": ("volume", 100), "gal": ("volume", 3.785411784), "cm3": ("volume", 1e-3), "ft3": ("volume", 28.316846592),
    "cubic foot": ("volume", 28.316846592), "m/s": ("speed", 3.6), "kn": ("speed", 1.852),
    "kbit": ("data", 125.0), "mbit": ("data", 125000.0), "gbit": ("data", 1.25e8),
    "w": ("power", 1), "kwh": ("energy", 1e3), "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12),
    "square meter": ("area", 1), "m2": ("area", 1), "square kilometer": ("area", 1e6), "km2": ("area", 1e6),
    "square mile": ("area", 2589988.110336), "mi2": ("area", 2589988.110336), "acre": ("area", 4046.8564224),
    "ha": ("area", 1e4), "hectare": ("area", 1e4), "feddan": ("area", 4200), "dunam": ("area", 1000),
    "c": ("celsius", 1), "celsius": ("celsius", 1), "f": ("fahrenheit", 1), "fahrenheit": ("fahrenheit", 1),
    "b": ("data", 1), "byte": ("data", 1), "kb": ("data", 1e3), "megabyte": ("data", 1e6), "mb": ("data", 1e6),
    "gb": ("data", 1e9), "tb": ("data", 1e12), "pb": ("data", 1e15), "bit": ("data", 0.125), "megabit": ("data", 125000.0),
    "kilometer per hour": ("speed", 1), "km/h": ("speed", 1), "mile per hour": ("speed", 1.609344), "mph": ("speed", 1.609344),
    "mw": ("power", 1e6), "kw": ("power", 1e3), "gw": ("power", 1e9),
}

# Units our subset leaves out: cooking measures, angles and bare "degrees" (temperature or
# angle, the suites disagree), and units no news figure needs.
EXCLUDED_UNITS = {"cup", "teaspoon", "tablespoon", "dram", "degree", "radian", "turn", "bitcoin", "satoshi",
                  "sen", "peseta", "netherlands guilder", "unknown"}


DAY = 86400
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": DAY, "week": 7 * DAY, "month": 30 * DAY,
           "quarter": 90 * DAY, "year": 365 * DAY, "decade": 3650 * DAY, "century": 36500 * DAY}


# Unit spellings claimcheck refuses on purpose, for precision in news text: a bare "m" after a
# figure ("9m", "1.8m", "12 m") is read as million, "k" ("3k") as thousand, "pm" as the time
# of day, and "in" or quote marks ('5"', "5''", "7'") are never inches (the preposition and
# quotation are far more common); "in" after feet ("5 ft 2 in") is read. Dimension cases whose
# expected text uses one of these are left out of the subset.
BARE_UNIT = re.compile(r"""\d\s*(?:m|k|pm|in|"|''|')(?![\w²³])""")
FEET_INCHES = re.compile(r"(?:ft|feet|foot)\W+\d+\s*in\b")


def refused_unit_spelling(text):
    return any(not (m.group(0).rstrip().endswith("in") and FEET_INCHES.search(text))
               for m in BARE_UNIT.finditer(text or ""))


def unit_of(name):
    return UNITS.get((name or "").lower())


GENERIC_CURRENCY = {"$": {"USD", "CAD", "AUD", "SGD", "HKD", "NZD"}, "£": {"GBP", "EGP"},
                    "dinar": {"DINAR", "KWD", "JOD", "BHD", "IQD", "DZD", "TND", "LYD"},
                    "riyal": {"SAR", "QAR", "OMR", "YER"}, "rial": {"SAR", "QAR", "OMR", "YER", "IRR"},
                    "dirham": {"AED", "MAD"}, "cent": {"USD"}, "Dollar": {"USD"}, "Euro": {"EUR"},
                    "Pound": {"GBP", "EGP"}, "Cent": {"USD"}, "Franc": {"FRANC", "CHF", "FRF"},
                    "Rupee": {"INR", "PKR", "LKR"}, "Finnish markka": {"FIM"}}


def kept(case):
    if set(case.get("flags", [])) & EXCLUDED_FLAGS:
        return False
    if "run with NumberOptions." in (case.get("notes") or ""):
        return False
    if case["kind"] == "time":
        return False
    text = case["input"]
    if "bucks" in text.lower():
        return False
    for item in case["expected"]:
        if item.get("holiday") or item.get("relative") or item.get("value") is None and item.get("min") is None and item.get("max") is None and case["kind"] != "duration":
            return False
        if case["kind"] == "money" and item.get("unit") in (None, "unknown"):
            return False
        if (item.get("unit") or "").lower() in EXCLUDED_UNITS:
            return False
        if case["kind"] == "dimension" and refused_unit_spelling(item.get("text")):
            return False
        if case["kind"] == "date" and item.get("grain") in ("hour", "minute", "second", "week", "quarter"):
            return False
        if case["kind"] == "date" and (has_clock(item) or period_timex(item.get("timex"))):
            return False
        if case["kind"] == "date" and item.get("value") is None and (item.get("min") is None) != (item.get("max") is None):
            return False
        if case["kind"] == "duration" and item.get("value") is None:
            return False
    if case["kind"] == "date" and case["expected"] and not case.get("reference_time"):
        if not any(ch.isdigit() for ch in text):
            return False
        if any(item.get("ago") is not None for item in case["expected"]):
            return False
    return True


def has_clock(item):
    """Whether an expected date item carries a time of day."""
    for v in [item.get("value"), item.get("min"), item.get("max")] + list(item.get("candidates") or []):
        if isinstance(v, dict):
            v = v.get("value") or v.get("min")
        if isinstance(v, str) and ("T" in v or ":" in v):
            return True
    timex = item.get("timex")
    if isinstance(timex, list):
        return any("T" in t for t in timex)
    return isinstance(timex, str) and "T" in timex


def period_timex(timex):
    """Recognizers TIMEX of a week, weekend, quarter or half year: "2018-W11", "XXXX-07-W05"."""
    if not isinstance(timex, str):
        return False
    return "-W" in timex or "Q" in timex or "-H" in timex


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a = float(a)
        b = float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def date_matches(fact, item, facts=()):
    if item.get("value") is None and item.get("min") is not None and item.get("max") is not None:
        low, high = fact.get("low"), fact.get("high")
        if not isinstance(low, str) or not isinstance(high, str):
            return False
        if low[:10] != item["min"][:10]:
            return False
        return high[:10] == item["max"][:10] or last_unit_start(fact, facts) == item["max"][:10]
    options = [item.get("value") or item.get("min")] + list(item.get("candidates") or [])
    grain = item.get("grain", "day")
    value = fact.get("value") or ""
    want = {"year": 4, "month": 7, "day": 10}.get(grain, 10)
    for expected in options:
        if isinstance(expected, dict):
            expected = expected.get("value") or expected.get("min")
        if isinstance(expected, str) and value[:want] == expected[:want]:
            return True
    return False


def last_unit_start(fact, facts=()):
    """The first day of the last day, month or year a date range fact covers ("from May to
    September": September 1); None for a single day, month or year. The unit is that of the
    range's last end as written ("2014 through May 2018": May 1), found as the last date fact
    inside its span, or else the range's own value."""
    import datetime
    value, low, high = fact.get("value") or "", fact.get("low"), fact.get("high")
    ends = [f for f in facts if f is not fact and f["type"] == "date" and f["start"] >= fact["start"]
            and f["end"] <= fact["end"] and isinstance(f.get("value"), str) and len(f["value"]) in (4, 7, 10)]
    if ends:
        value = max(ends, key=lambda f: f["start"])["value"]
    if not isinstance(low, str) or not isinstance(high, str) or len(value) not in (4, 7, 10):
        return None
    try:
        end = datetime.date.fromisoformat(high[:10])
    except ValueError:
        return None
    if len(value) == 10:
        last = end - datetime.timedelta(days=1)
    elif len(value) == 7:
        last = (end.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    else:
        last = end.replace(year=end.year - 1, month=1, day=1)
    if last.isoformat() <= low[:10]:
        return None
    return last.isoformat()


def stated_ends(fact, facts):
    """The stated values at the two ends of a range fact: the first and last point facts
    inside its span."""
    inside = [f for f in facts if f is not fact and f["type"] != "range" and f.get("value") is not None
              and f["start"] >= fact["start"] and f["end"] <= fact["end"]]
    if len(inside) < 2:
        return fact.get("low"), fact.get("high")
    inside.sort(key=lambda f: f["start"])
    return inside[0]["value"], inside[-1]["value"]


def fact_matches(case, fact, item, facts=()):
    kind = case["kind"]
    if fact["type"] not in TYPES[kind] and not (fact["type"] == "range" and item.get("value") is None):
        return False
    if kind == "date":
        return date_matches(fact, item, facts)
    if item.get("value") is None and (item.get("min") is not None or item.get("max") is not None):
        if fact["type"] == "range":
            low, high = stated_ends(fact, facts)
            fact = dict(fact, low=low, high=high)
            if kind == "dimension":
                unit = unit_of(fact.get("unit"))
                want = unit_of(item.get("unit"))
                if unit is None or want is None or unit[0] != want[0]:
                    return False
                scale = unit[1] / want[1]
                fact["low"] = None if low is None else low * scale
                fact["high"] = None if high is None else high * scale
            elif kind == "money" and not money_unit_ok(item.get("unit"), fact.get("unit")):
                return False
        lo_ok = item.get("min") is None and fact.get("low") in (None, 0) or close(fact.get("low"), item.get("min"))
        hi_ok = item.get("max") is None and fact.get("high") is None or close(fact.get("high"), item.get("max"))
        if item.get("max") is None and item.get("min") is not None and item.get("min_inclusive") is not None:
            lo_ok = lo_ok and fact.get("low_inclusive") == item["min_inclusive"]
        if item.get("min") is None and item.get("max") is not None and item.get("max_inclusive") is not None:
            hi_ok = hi_ok and fact.get("high_inclusive") == item["max_inclusive"]
        return lo_ok and hi_ok
    if kind == "duration":
        unit = (item.get("unit") or "").lower()
        got = (fact.get("unit") or "").lower()
        if not unit:
            return close(fact.get("value"), item.get("value"))
        if unit not in SECONDS or got not in SECONDS or fact.get("value") is None:
            return False
        return close(fact["value"] * SECONDS[got], item["value"] * SECONDS[unit])
    if kind == "dimension":
        want, got = unit_of(item.get("unit")), unit_of(fact.get("unit"))
        if want is None or got is None or want[0] != got[0] or fact.get("value") is None:
            return False
        return close(fact["value"] * got[1], item["value"] * want[1])
    if kind == "money":
        unit = item.get("unit")
        got = fact.get("unit")
        value = item.get("value")
        if unit in ("cent", "Cent", "Pence", "Penny") and value is not None:
            value = value / 100
            unit = {"Pence": "GBP", "Penny": "GBP"}.get(unit, "USD")
            return close(fact.get("value"), value) and got in ("USD", "GBP", "EUR", "CAD", "AUD", unit)
        return close(fact.get("value"), value) and money_unit_ok(unit, got)
    return close(fact.get("value"), item.get("value"))


def money_unit_ok(unit, got):
    return got == unit or got in GENERIC_CURRENCY.get(unit, set())


def span_matches(case, fact, item):
    """Spans follow each library's own conventions (Duckling's whole-input cases include
    words such as "on" or "يوم"), so a fact counts when it lies inside the expected text, or
    overlaps it for in-text cases."""
    if case["match"] == "whole-input" or item.get("start") is None:
        return True
    return fact["start"] < item["end"] and fact["end"] > item["start"]


def passes(case, facts):
    expected = case["expected"]
    if not expected:
        source = case.get("file") or ""
        if "NumberRangeModel" in source:
            return not any(f["type"] == "range" or f.get("hedge") for f in facts)
        if "NumberModel" in source:
            return not any(f["type"] in TYPES[case["kind"]] - {"measure", "money", "duration"} for f in facts)
        return not any(f["type"] in TYPES[case["kind"]] for f in facts)
    for item in expected:
        if case["match"] == "first-entity":
            candidates = [f for f in facts if f["type"] in TYPES[case["kind"]]][:1]
        else:
            candidates = [f for f in facts if span_matches(case, f, item)]
        if not any(fact_matches(case, f, item, facts) for f in candidates):
            return False
    return True


# Where each library places a date the text leaves open ("monday", "the 15th", "march"):
# Duckling resolves forward, to the next occurrence; Recognizers' expected values follow the
# tense of the sentence, as claimcheck's default does.
DATE_DIRECTION = {"duckling": "future"}


def run(binary, cases):
    """Facts per case id. Cases of a source with its own date convention run in a separate call."""
    results = {}
    groups = defaultdict(list)
    for c in cases:
        groups[(DATE_DIRECTION.get(c.get("source")), c.get("lang") == "en")].append(c)
    for (direction, english), group in groups.items():
        extra = ["--date-direction", direction] if direction else []
        if english:
            extra.append("--month-first")
        results.update(run_group(binary, group, extra))
    return results


def run_group(binary, cases, extra):
    lines = []
    for c in cases:
        record = {"id": c["id"], "text": c["input"], "lang": c["lang"]}
        if c.get("reference_time"):
            record["published"] = c["reference_time"][:10]
        lines.append(json.dumps(record, ensure_ascii=False))
    proc = subprocess.run([binary, "facts", "--jsonl", "-", "--format", "jsonl"] + extra,
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    results = {}
    for line in proc.stdout.splitlines():
        doc = json.loads(line)
        results[doc["id"]] = doc["facts"]
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "claimcheck"))
    ap.add_argument("--details", type=int, default=0, help="print up to N failing cases per file")
    ap.add_argument("--suite", default=SUITE)
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.suite) if f.endswith(".jsonl"))
    rows = []
    total_kept = total_pass = 0
    for name in files:
        cases = [json.loads(l) for l in open(os.path.join(args.suite, name), encoding="utf-8") if l.strip()]
        subset = [c for c in cases if kept(c)]
        results = run(args.binary, subset)
        failures = [c for c in subset if not passes(c, results.get(c["id"], []))]
        passed = len(subset) - len(failures)
        total_kept += len(subset)
        total_pass += passed
        rate = 100.0 * passed / len(subset) if subset else 0.0
        rows.append((name, len(cases), len(subset), passed, rate))
        for c in failures[: args.details]:
            got = [(f["type"], f["text"], f.get("value"), f.get("unit")) for f in results.get(c["id"], [])]
            want = [(i.get("text"), i.get("value"), i.get("unit"), i.get("min"), i.get("max")) for i in c["expected"]]
            print(f"  FAIL {name} {c['input']!r}\n    want {want}\n    got  {got}", file=sys.stderr)
    print("| file | cases | in subset | passed | pass rate |")
    print("|---|---:|---:|---:|---:|")
    for name, n, k, p, r in rows:
        print(f"| {name} | {n} | {k} | {p} | {r:.1f}% |")
    print(f"| **all** | | {total_kept} | {total_pass} | {100.0 * total_pass / max(1, total_kept):.1f}% |")


if __name__ == "__main__":
    main()
