#!/usr/bin/env python3
"""Runs `claimcheck check` over the news corpora and reports findings per 100 articles by kind
and by rule, and writes every finding (or a sample of them) for review.

Usage: python3 Tests/Evaluation/accuracy.py [--binary .build/release/claimcheck]
                                            [--sample out/findings.md] [--size 60]
Reads ../shared/corpus/{ar,en}-news.jsonl (research-only data: the script reads it in place,
nothing from it is written into the repository).
"""
import argparse
import collections
import json
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def run(binary, path):
    proc = subprocess.run([binary, "check", "--jsonl", path, "--format", "json", "--fail-on", "never"],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"claimcheck failed on {path}: {proc.stderr[:2000]}")
    return json.loads(proc.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "claimcheck"))
    ap.add_argument("--sample", default=os.path.join(ROOT, "out", "findings.md"))
    ap.add_argument("--size", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    texts = {}
    rows = []
    all_findings = []
    for name in ("ar-news.jsonl", "en-news.jsonl"):
        path = os.path.join(CORPUS, name)
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            texts[record["id"]] = record["text"]
        report = run(args.binary, path)
        files = report["files"]
        by_kind = collections.Counter()
        by_rule = collections.Counter()
        with_finding = 0
        for f in files:
            if f["findings"]:
                with_finding += 1
            for x in f["findings"]:
                by_kind[x["kind"]] += 1
                by_rule[x["rule"]] += 1
                all_findings.append((name, f["path"], x))
        n = len(files)
        total = sum(by_kind.values())
        rows.append((name, n, total, with_finding, by_kind, by_rule))
    for name, n, total, with_finding, by_kind, by_rule in rows:
        print(f"## {name}: {n} articles, {total} findings ({100.0 * total / n:.2f} per 100 articles), "
              f"{with_finding} articles with a finding")
        print("| kind | findings | per 100 articles |\n|---|---:|---:|")
        for k, c in sorted(by_kind.items()):
            print(f"| {k} | {c} | {100.0 * c / n:.2f} |")
        print("\n| rule | findings |\n|---|---:|")
        for r, c in sorted(by_rule.items()):
            print(f"| {r} | {c} |")
        print()
    random.Random(args.seed).shuffle(all_findings)
    sample = sorted(all_findings[: args.size], key=lambda t: (t[0], t[1]))
    os.makedirs(os.path.dirname(args.sample), exist_ok=True)
    with open(args.sample, "w", encoding="utf-8") as out:
        out.write(f"# {len(sample)} of {len(all_findings)} findings, for review\n\n")
        for corpus, doc, x in sample:
            text = texts.get(doc, "")
            line = text.split("\n")[x["line"] - 1] if x["line"] - 1 < len(text.split("\n")) else ""
            out.write(f"## {doc} ({corpus}) [{x['rule']}, {x['kind']}]\n\n")
            out.write(f"- message: {x['message']}\n")
            for e in x["evidence"]:
                out.write(f"- {e['name']}: «{e['text']}» low={e.get('low')} high={e.get('high')}\n")
            out.write(f"- line: {line}\n\n")
    print(f"sample of {len(sample)} findings written to {args.sample}")


if __name__ == "__main__":
    main()
