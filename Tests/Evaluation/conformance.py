#!/usr/bin/env python3
"""Scores `claimcheck facts` against the external conformance suites in ../shared/conformance.

Runs the built binary once per file through `--jsonl -` (never one process per case) and prints
pass rates for the subset that matters for news text:
  - flagged cases are left out (rt:ignore-resolution, rt:not-supported-dotnet,
    rt:pending-validation, suspect-value, span-text-not-in-input), and so are span-only cases;
  - times of day (kind "time"), holidays, chat phrasing ("bucks") and generic money labels
    that name no currency are left out;
  - dates that need the suite's reference time are kept only when that time is passed in as the
    article's published date; relative phrases without any digit or month name are left out.
A case passes when every expected item is matched by a fact with the same span (or the whole
input for whole-input cases), a compatible type and the expected value (or interval).
Negative cases pass when no fact of the kind is produced.

Usage: python3 Tests/Evaluation/conformance.py [--binary .build/release/claimcheck] [--details N]
"""
import argparse
import json
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

GENERIC_CURRENCY = {"$": {"USD", "CAD", "AUD", "SGD", "HKD", "NZD"}, "£": {"GBP", "EGP"},
                    "dinar": {"DINAR", "KWD", "JOD", "BHD", "IQD", "DZD", "TND", "LYD"},
                    "riyal": {"SAR", "QAR", "OMR", "YER"}, "rial": {"SAR", "QAR", "OMR", "YER", "IRR"},
                    "dirham": {"AED", "MAD"}, "cent": {"USD"}, "Dollar": {"USD"}, "Euro": {"EUR"},
                    "Pound": {"GBP", "EGP"}, "Cent": {"USD"}}


def kept(case):
    if set(case.get("flags", [])) & EXCLUDED_FLAGS:
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
        if case["kind"] == "date" and item.get("grain") in ("hour", "minute", "second", "week", "quarter"):
            return False
        if case["kind"] == "duration" and item.get("value") is None:
            return False
    if case["kind"] == "date" and case["expected"]:
        has_digit = any(ch.isdigit() for ch in text)
        if not has_digit:
            return False
    return True


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        a = float(a)
        b = float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def date_matches(fact, item):
    expected = item.get("value") or item.get("min")
    if not isinstance(expected, str):
        return False
    grain = item.get("grain", "day")
    value = fact.get("value") or ""
    want = {"year": 4, "month": 7, "day": 10}.get(grain, 10)
    return value[:want] == expected[:want] and len(value) >= min(want, len(expected[:want]))


def fact_matches(case, fact, item):
    kind = case["kind"]
    if fact["type"] not in TYPES[kind] and not (fact["type"] == "range" and item.get("value") is None):
        return False
    if kind == "date":
        return date_matches(fact, item)
    if item.get("value") is None and (item.get("min") is not None or item.get("max") is not None):
        lo_ok = item.get("min") is None and fact.get("low") in (None, 0) or close(fact.get("low"), item.get("min"))
        hi_ok = item.get("max") is None and fact.get("high") is None or close(fact.get("high"), item.get("max"))
        return lo_ok and hi_ok
    if kind == "duration":
        unit = item.get("unit")
        return close(fact.get("value"), item.get("value")) and (unit is None or fact.get("unit") == unit)
    if not close(fact.get("value"), item.get("value")):
        return False
    if kind == "money":
        unit = item.get("unit")
        got = fact.get("unit")
        return got == unit or got in GENERIC_CURRENCY.get(unit, set())
    return True


def span_matches(case, fact, item):
    if case["match"] == "whole-input" or item.get("start") is None:
        text = case["input"]
        lead = len(text) - len(text.lstrip())
        return fact["start"] <= lead and fact["end"] >= len(text.rstrip()) - 0
    return fact["start"] == item["start"] and fact["end"] == item["end"]


def passes(case, facts):
    expected = case["expected"]
    if not expected:
        return not any(f["type"] in TYPES[case["kind"]] for f in facts)
    for item in expected:
        if case["match"] == "first-entity":
            candidates = [f for f in facts if f["type"] in TYPES[case["kind"]]][:1]
        else:
            candidates = [f for f in facts if span_matches(case, f, item)]
        if not any(fact_matches(case, f, item) for f in candidates):
            return False
    return True


def run(binary, cases):
    lines = []
    for c in cases:
        record = {"id": c["id"], "text": c["input"], "lang": c["lang"]}
        if c.get("reference_time"):
            record["published"] = c["reference_time"][:10]
        lines.append(json.dumps(record, ensure_ascii=False))
    proc = subprocess.run([binary, "facts", "--jsonl", "-", "--format", "jsonl"],
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
