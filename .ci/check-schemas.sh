#!/usr/bin/env bash
# Checks parity's JSON Schemas (rules/schemas/) with an independent validator,
# check-jsonschema (CI installs it: python3 -m pip install check-jsonschema):
#
#   1. the schemas are valid under their metaschema (draft-07);
#   2. the schemas agree with what they mirror: the built-in pack ids in
#      parity-config.schema.json are the files in rules/, and a manifest item is exactly
#      a front matter plus `path`;
#   3. every shipped example is accepted: rules/*.yaml and policies/rules/*.yaml (rule
#      packs), policies/parity.yaml, policies/inventory.yaml, policies/data/*.yaml
#      (measures files), and the front matter of every
#      Markdown document under policies/ that has one;
#   4. every file of the invalid-file corpus (Tests/ParityKitTests/Fixtures/invalid/) is
#      rejected by its schema with a validation error (not a YAML parse error);
#   5. the reports as a contract: the example trust's `parity gap --format json` at
#      several dates is accepted by gap-report.schema.json and its `parity rollup --format
#      json` by rollup-report.schema.json; a report with a misspelt status is rejected.
#      These need the binary: PARITY_BIN, default .build/debug/parity (built if missing).
#
# check-jsonschema loads YAML with ruamel.yaml but keeps timestamps as their text, so an
# unquoted 2024-03-31 reaches the schema as the string "2024-03-31", as parity reads it.
# Exits non-zero if any example is rejected or any corpus file accepted.
set -euo pipefail
cd "$(dirname "$0")/.."

schemas=rules/schemas
corpus=Tests/ParityKitTests/Fixtures/invalid

if ! command -v check-jsonschema > /dev/null; then
    echo "check-jsonschema is not installed: python3 -m pip install check-jsonschema" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# Writes the front matter of each Markdown file under $2 (a folder or one file) to
# $1/<path>.yaml, the way parity reads it: the lines between a first line `---` and the
# next `---` (or `...`) line; files without front matter are skipped. Hidden folders,
# .build and node_modules are skipped, as parity skips them. Prints the written paths.
extract_front_matter() {
    python3 - "$1" "$2" <<'PY'
import os
import sys

out, start = sys.argv[1], sys.argv[2]

def fence(line):
    return line.rstrip("\r \t") == "---"

def front_matter(path):
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    if not lines or not fence(lines[0]):
        return None
    for index in range(1, len(lines)):
        if fence(lines[index]) or lines[index].rstrip("\r \t") == "...":
            return "\n" + "\n".join(lines[1:index]) + "\n"
    sys.exit(f"{path}: front matter opened with '---' on line 1 is never closed")

if os.path.isfile(start):
    files = [start]
else:
    files = []
    for folder, dirs, names in os.walk(start):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in (".build", "node_modules"))
        files += [os.path.join(folder, n) for n in sorted(names)
                  if n.lower().endswith(".md") and not n.startswith(".")]

for path in sorted(files):
    text = front_matter(path)
    if text is None:
        continue
    target = os.path.join(out, path + ".yaml")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(target)
PY
}

# 1. The schemas themselves.
check-jsonschema --check-metaschema "$schemas"/*.schema.json

# 2. What the schemas mirror.
python3 - "$schemas" <<'PY'
import glob
import json
import os
import sys

schemas = sys.argv[1]
load = lambda name: json.load(open(os.path.join(schemas, name + ".schema.json")))
problems = []

builtin = sorted(os.path.basename(p)[:-5] for p in glob.glob("rules/*.yaml"))
enum = sorted(load("parity-config")["definitions"]["packReference"]["anyOf"][0]["enum"])
if enum != builtin:
    problems.append(f"parity-config.schema.json lists built-in packs {enum}, but rules/ holds {builtin}")

front, manifest = load("front-matter"), load("manifest")
item = manifest["definitions"]["item"]
if {k: v for k, v in item["properties"].items() if k != "path"} != front["properties"]:
    problems.append("manifest item properties are not the front matter's properties plus path")
if sorted(item["required"]) != sorted(front["required"] + ["path"]):
    problems.append("manifest item required keys are not the front matter's plus path")
if (item["if"], item["then"]) != (front["if"], front["then"]):
    problems.append("manifest item and front matter differ in the approved_on rule")
for name, definition in front["definitions"].items():
    if manifest["definitions"].get(name) != definition:
        problems.append(f"definition {name} differs between front-matter and manifest schemas")

# Every property has a description, so an editor shows help for it.
def undescribed(node, path):
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            if "description" not in value:
                yield f"{path}/properties/{key}"
        for key, value in node.items():
            yield from undescribed(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from undescribed(value, f"{path}/{index}")

for path in sorted(glob.glob(os.path.join(schemas, "*.schema.json"))):
    for pointer in undescribed(json.load(open(path)), "#"):
        problems.append(f"{os.path.basename(path)}: {pointer} has no description")

for problem in problems:
    print(f"schema mismatch: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# 3. Shipped examples, one check-jsonschema run per schema; a failing group is rerun file
# by file so the log names the file.
valid=0
accept() { # schema file...
    local schema=$1
    shift
    if check-jsonschema --quiet --schemafile "$schemas/$schema.schema.json" "$@" > "$tmp/out" 2>&1; then
        for file in "$@"; do echo "accepted  $schema: ${file#"$tmp/"}"; done
        valid=$((valid + $#))
    else
        for file in "$@"; do
            if check-jsonschema --schemafile "$schemas/$schema.schema.json" "$file" > "$tmp/out" 2>&1; then
                echo "accepted  $schema: ${file#"$tmp/"}"
                valid=$((valid + 1))
            else
                echo "REJECTED  $schema: ${file#"$tmp/"} (a shipped example must be valid)"
                sed 's/^/    /' "$tmp/out"
                failures=$((failures + 1))
            fi
        done
    fi
}

shopt -s nullglob
packs=(rules/*.yaml policies/rules/*.yaml policies/rules/*.yml)
extract_front_matter "$tmp" policies > "$tmp/documents"
mapfile -t documents < "$tmp/documents"
shopt -u nullglob
if [ ${#packs[@]} -eq 0 ] || [ ${#documents[@]} -eq 0 ]; then
    echo "no rule packs or no documents with front matter found" >&2
    exit 1
fi
accept rule-pack "${packs[@]}"
accept parity-config policies/parity.yaml
accept manifest policies/inventory.yaml
accept measures policies/data/*.yaml
accept front-matter "${documents[@]}"

# 4. The invalid-file corpus: each file must fail validation (exit 1 with a schema error;
# a YAML parse error would not show that the schema catches the problem).
invalid=0
reject() { # schema file [shown-name]
    local schema=$1 file=$2 shown=${3:-$2} status=0 verdict
    check-jsonschema --output-format json --schemafile "$schemas/$schema.schema.json" "$file" \
        > "$tmp/out" 2> "$tmp/err" || status=$?
    # One line: the deepest error (what an editor would underline), or why it is no rejection.
    verdict=$(python3 - "$tmp/out" <<'PY'
import json
import sys
try:
    report = json.load(open(sys.argv[1]))
except ValueError:
    print("ERROR no JSON report from check-jsonschema")
    sys.exit()
if report.get("parse_errors"):
    print("ERROR not a schema validation error: " + str(report["parse_errors"][0])[:200])
elif not report.get("errors"):
    print("ACCEPTED")
else:
    error = report["errors"][0]
    deepest = error.get("best_deep_match") or error
    print(f"{deepest['path']}: {deepest['message']}"[:160])
PY
)
    if [ "$status" -eq 1 ] && [[ $verdict != ERROR* && $verdict != ACCEPTED ]]; then
        echo "rejected  $schema: $shown: $verdict"
        invalid=$((invalid + 1))
    elif [ "$status" -eq 0 ] || [ "$verdict" = ACCEPTED ]; then
        echo "ACCEPTED  $schema: $shown (a corpus file must be invalid)"
        failures=$((failures + 1))
    else
        echo "ERROR     $schema: $shown (exit $status) $verdict"
        sed 's/^/    /' "$tmp/err"
        failures=$((failures + 1))
    fi
}

corpus_files=0
for folder_schema in pack:rule-pack config:parity-config manifest:manifest measures:measures; do
    folder=${folder_schema%%:*}
    schema=${folder_schema#*:}
    for file in "$corpus/$folder"/*.yaml; do
        [ -e "$file" ] || continue
        corpus_files=$((corpus_files + 1))
        reject "$schema" "$file"
    done
done
for file in "$corpus"/front-matter/*.md; do
    [ -e "$file" ] || continue
    corpus_files=$((corpus_files + 1))
    extracted=$(extract_front_matter "$tmp/corpus" "$file")
    if [ -z "$extracted" ]; then
        echo "ERROR     front-matter: $file has no front matter"
        failures=$((failures + 1))
        continue
    fi
    reject front-matter "$extracted" "$file"
done
if [ "$corpus_files" -eq 0 ]; then
    echo "no corpus files under $corpus" >&2
    exit 1
fi

# 5. The reports parity writes, against the schemas that publish their shape.
parity_bin=${PARITY_BIN:-.build/debug/parity}
if [ ! -x "$parity_bin" ]; then swift build --product parity > /dev/null; fi
reports=()
for as_of in 2023-10-01 2024-02-01 2024-04-15 2025-06-01; do
    "$parity_bin" gap policies --as-of "$as_of" --format json > "$tmp/gap-$as_of.json"
    reports+=("$tmp/gap-$as_of.json")
done
accept gap-report "${reports[@]}"
"$parity_bin" rollup "$tmp/gap-2024-04-15.json" --from "$tmp/gap-2024-02-01.json" --format json > "$tmp/rollup.json"
"$parity_bin" rollup "$tmp/gap-2024-04-15.json" --anonymise --format json > "$tmp/rollup-anonymised.json"
accept rollup-report "$tmp/rollup.json" "$tmp/rollup-anonymised.json"
sed '0,/"status" : "partial"/s//"status" : "parcial"/' "$tmp/gap-2024-04-15.json" > "$tmp/misspelt-status.json"
reject gap-report "$tmp/misspelt-status.json" "a gap report with status 'parcial'"

echo "schemas: $valid valid example files accepted, $invalid invalid corpus files rejected"
if [ "$failures" -ne 0 ]; then
    echo "schemas: $failures problem(s)" >&2
    exit 1
fi
