"""Reads parity's machine outputs for the example trust back with independent tools:
SARIF against the official SARIF 2.1.0 JSON schema (jsonschema), JUnit with junitparser."""
import json
import pathlib
import subprocess
import sys

import jsonschema
from junitparser import JUnitXml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PARITY = [str(ROOT / ".build" / "debug" / "parity")]
SCHEMA = ROOT / "Tests" / "ParityKitTests" / "Fixtures" / "sarif-schema-2.1.0.json"


def parity(*args: str, expect: int) -> str:
    run = subprocess.run(PARITY + list(args), cwd=ROOT, capture_output=True, text=True)
    if run.returncode != expect:
        sys.exit(f"parity {' '.join(args)} exited {run.returncode}, expected {expect}\n{run.stderr}")
    return run.stdout


def main() -> None:
    rules = json.loads(parity("gap", "policies", "--as-of", "2024-04-15", "--format", "json", expect=0))["rules"]
    schema = json.loads(SCHEMA.read_text())
    for as_of in ("2024-02-01", "2024-04-15"):
        sarif = json.loads(parity("check", "policies", "--as-of", as_of, "--format", "sarif", "--fail-on", "overdue",
                                  expect=1 if as_of == "2024-04-15" else 0))
        jsonschema.validators.validator_for(schema)(schema).validate(sarif)
        results = sarif["runs"][0]["results"]
        print(f"SARIF as of {as_of}: valid against the SARIF 2.1.0 schema, {len(results)} results")

        junit_path = ROOT / ".build" / f"parity-junit-{as_of}.xml"
        parity("check", "policies", "--as-of", as_of, "--format", "junit", "--fail-on", "overdue",
               "--output", str(junit_path), expect=1 if as_of == "2024-04-15" else 0)
        xml = JUnitXml.fromfile(str(junit_path))
        cases = [case for suite in xml for case in suite]
        if len(cases) != len(rules):
            sys.exit(f"JUnit as of {as_of}: {len(cases)} test cases for {len(rules)} rules")
        failed = sum(1 for case in cases if not case.is_passed and not case.is_skipped)
        print(f"JUnit as of {as_of}: junitparser read {len(cases)} test cases (one per rule), {failed} failing")


main()
