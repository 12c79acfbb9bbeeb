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
        rule_cases = [case for suite in xml if suite.name not in ("findings", "inputs") for case in suite]
        if len(rule_cases) != len(rules):
            sys.exit(f"JUnit as of {as_of}: {len(rule_cases)} rule test cases for {len(rules)} rules")
        cases = [case for suite in xml for case in suite]
        failed = sum(1 for case in cases if not case.is_passed and not case.is_skipped)
        # Failures are exactly what fails the run: some when parity exits 1, none when it exits 0.
        if (failed > 0) != (as_of == "2024-04-15"):
            sys.exit(f"JUnit as of {as_of}: {failed} failing test cases disagree with the exit code")
        print(f"JUnit as of {as_of}: junitparser read {len(cases)} test cases ({len(rule_cases)} rules), {failed} failing")

        quality = json.loads(parity("check", "policies", "--as-of", as_of, "--format", "codequality", "--fail-on", "overdue",
                                    expect=1 if as_of == "2024-04-15" else 0))
        for issue in quality:
            for key in ("description", "check_name", "fingerprint", "severity"):
                if not isinstance(issue.get(key), str) or not issue[key]:
                    sys.exit(f"Code Quality as of {as_of}: an issue without {key}: {issue}")
            if issue["severity"] not in ("info", "minor", "major", "critical", "blocker"):
                sys.exit(f"Code Quality as of {as_of}: severity {issue['severity']!r} is not GitLab's")
            if not issue["location"]["path"].startswith("policies/") or not isinstance(issue["location"]["lines"]["begin"], int):
                sys.exit(f"Code Quality as of {as_of}: location {issue['location']} is not from the git root")
        if len({issue["fingerprint"] for issue in quality}) != len(quality):
            sys.exit(f"Code Quality as of {as_of}: two issues share a fingerprint")
        print(f"Code Quality as of {as_of}: {len(quality)} issues, each with GitLab's fields and its own fingerprint")

main()
