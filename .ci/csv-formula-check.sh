#!/usr/bin/env bash
# A CSV report of a trust whose titles start with =HYPERLINK( opens in LibreOffice as
# text, not as a formula. LibreOffice (headless) converts parity's CSV to .xlsx, and the
# sheet must hold no formula cell; a control CSV proves LibreOffice would have made one.
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
    title: '=HYPERLINK("http://example.invalid/steal","Open the policy")'
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
printf 'control\n=1+1\n' > "$scratch/out/control.csv"
for file in gap control; do
    timeout 180 soffice --headless --norestore --convert-to xlsx --outdir "$scratch/out" "$scratch/out/$file.csv" > /dev/null 2>&1
done
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
xml, strings = sheet("gap")
formulas = re.findall(r"<f[ >].*?</f>", xml)
if formulas:
    sys.exit(f"parity's CSV produced formula cells in LibreOffice: {formulas}")
if "HYPERLINK" not in strings:
    sys.exit("the hostile title is missing from the sheet")
print("CSV in LibreOffice: hostile titles stay text (no formula cells); the control =1+1 became a formula.")
PY
