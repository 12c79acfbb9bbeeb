#!/usr/bin/env bash
# A CSV report of a trust whose titles start with =HYPERLINK( opens in LibreOffice as
# text, not as a formula. LibreOffice (headless) converts parity's CSV to .xlsx, and the
# sheet must hold no formula cell; a control CSV proves LibreOffice would have made one.
# The CSV starts with a UTF-8 byte-order mark (for Excel on Windows): read as UTF-8, as
# Calc's import dialog offers, the mark must not show in the first header cell and the
# title's en-dash and non-ASCII name must come through; `--no-bom` must leave it out.
set -euo pipefail
parity_repo=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v soffice > /dev/null; then
    apt-get update -q > /dev/null
    apt-get install -y -q --no-install-recommends libreoffice-calc-nogui > /dev/null
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/repo/policies" "$scratch/repo/rules" "$scratch/out"
# Every cell a repository can start: a trust pack's rule title, owner, remediation and
# desired state, and an evidence item's id.
cat > "$scratch/repo/parity.yaml" <<'YAML'
version: 1
organisation: '=HYPERLINK("http://example.invalid/org","Trust")'
packs: [rules/hostile.yaml]
YAML
cat > "$scratch/repo/rules/hostile.yaml" <<'YAML'
version: 1
id: hostile
title: '=HYPERLINK("http://example.invalid/pack","Pack")'
revision: "1"
source: CI
owners: ['@SUM(1+1)']
kinds: [policy]
rules:
  - id: H.1
    title: '=HYPERLINK("http://example.invalid/steal","Open the policy – Siân")'
    desired_state: "+cmd|' /C calc'!A0"
    owners: ['@SUM(1+1)']
    deadline: ongoing
    severity: high
    source: CI
    evidence: { evidence: { kind: policy, claims: true }, status: approved }
    remediation: '-2+3'
YAML
cat > "$scratch/repo/policies/hostile.md" <<'MD'
---
id: '=1+2'
title: '=HYPERLINK("http://example.invalid/doc","Doc")'
kind: policy
status: approved
approved_on: 2024-01-01
satisfies: [H.1]
---
MD
"$parity_repo/.build/debug/parity" gap "$scratch/repo" --as-of 2024-04-15 --format csv --output "$scratch/out/gap.csv"
grep -q "HYPERLINK" "$scratch/out/gap.csv"
[[ "$(head -c 3 "$scratch/out/gap.csv" | od -An -tx1 | tr -d ' ')" == efbbbf ]] ||
    { echo "parity's CSV does not start with the UTF-8 byte-order mark EF BB BF" >&2; exit 1; }
"$parity_repo/.build/debug/parity" gap "$scratch/repo" --as-of 2024-04-15 --format csv --no-bom --output "$scratch/out/plain.csv"
[[ "$(head -c 5 "$scratch/out/plain.csv")" == "pack," ]] ||
    { echo "parity gap --format csv --no-bom does not start with the header" >&2; exit 1; }
printf 'control\n=1+1\n' > "$scratch/out/control.csv"
for file in gap control; do
    timeout 180 soffice --headless --norestore --convert-to xlsx --outdir "$scratch/out" "$scratch/out/$file.csv" > /dev/null 2>&1
done
# The same CSV read as UTF-8 (44 comma, 34 double quote, 76 UTF-8), into utf8/gap.xlsx.
timeout 180 soffice --headless --norestore --infilter="CSV:44,34,76" --convert-to xlsx --outdir "$scratch/out/utf8" \
    "$scratch/out/gap.csv" > /dev/null 2>&1
python3 - "$scratch/out" <<'PY'
import re, sys, zipfile
out = sys.argv[1]
def sheet(name):
    with zipfile.ZipFile(f"{out}/{name}.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
        strings = z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in z.namelist() else ""
    return xml, strings
control, _ = sheet("control")
if "<f" not in control:
    sys.exit("control failed: LibreOffice did not turn =1+1 into a formula, so this check proves nothing")
for name in ["gap", "utf8/gap"]:
    xml, strings = sheet(name)
    formulas = re.findall(r"<f[ >].*?</f>", xml)
    if formulas:
        sys.exit(f"parity's CSV produced formula cells in LibreOffice ({name}.xlsx): {formulas}")
    if "HYPERLINK" not in strings:
        sys.exit(f"the hostile title is missing from the sheet ({name}.xlsx)")
_, strings = sheet("utf8/gap")
first = re.search(r"<si><t[^>]*>([^<]*)</t></si>", strings).group(1)
if first != "pack":
    sys.exit(f"read as UTF-8, the first header cell is {first!r}, not 'pack': the byte-order mark leaked into the sheet")
if "Open the policy – Siân" not in strings:
    sys.exit("read as UTF-8, the title's en-dash or non-ASCII name did not come through")
print("CSV in LibreOffice: hostile titles stay text (no formula cells); the control =1+1 became a formula;"
      " read as UTF-8, the byte-order mark is dropped and 'Open the policy – Siân' reads as written.")
PY
