#!/usr/bin/env bash
# The action log's round trip with the tools owners use. parity writes the log for a copy
# of the example trust at 2024-04-15; openpyxl edits it as an owner in Excel would (one
# action done with a date, one due date revised with an update); `parity import tracker`
# changes exactly those keys in those documents (every other file byte-identical) and a
# second import changes nothing. The same again with the edited log saved by LibreOffice
# (headless Calc), which writes shared strings and styles its own way. Then: the log
# printed by LibreOffice is one page wide with no page of fewer than three rows; writing
# the log over un-imported updates exits 2 and leaves the file as it was; hostile
# workbooks (a zip bomb, a million empty rows, a part outside the package, malformed XML,
# an external entity) are refused within 1 s and 200 MB by the release binary.
set -euo pipefail
parity_repo=$(cd "$(dirname "$0")/.." && pwd)
parity="$parity_repo/.build/debug/parity"
if ! command -v soffice > /dev/null || ! command -v pdftotext > /dev/null || [ ! -e /usr/lib/libreoffice/program/libsclo.so ]; then
    apt-get update -q > /dev/null
    apt-get install -y -q --no-install-recommends libreoffice-calc-nogui poppler-utils > /dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore openpyxl
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
soffice_run() { (cd "$1" && timeout 300 soffice -env:UserInstallation="file://$scratch/lo-profile" --headless --norestore "${@:2}" > /dev/null 2>&1); }

for saver in openpyxl libreoffice; do
    repo="$scratch/$saver/repo"
    mkdir -p "$scratch/$saver"
    cp -r "$parity_repo/policies" "$repo"
    "$parity" gap "$repo" --as-of 2024-04-15 --format xlsx --output "$scratch/$saver/log.xlsx"
    python3 - "$scratch/$saver/log.xlsx" "$scratch/$saver/edited.xlsx" <<'PY'
import datetime, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["Actions"]
column = {cell.value: cell.column for cell in sheet[1]}
row = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
assert sheet.data_validations.dataValidation, "no drop-down for status"
sheet.cell(row["RPT-001/1"], column["Status (owner)"]).value = "Done"
done = sheet.cell(row["RPT-001/1"], column["Done on (owner)"])
done.value = datetime.date(2024, 5, 2)
done.number_format = "dd/mm/yyyy"
due = sheet.cell(row["ACT-002/1"], column["Revised due"])
due.value = datetime.date(2024, 9, 30)
due.number_format = "dd/mm/yyyy"
sheet.cell(row["ACT-002/1"], column["Update"]).value = 'Targets went to People Committee: "agreed" in principle'
sheet.cell(row["ACT-002/1"], column["Updated by"]).value = "J. Patel"
book.save(sys.argv[2])
PY
    log="$scratch/$saver/edited.xlsx"
    if [ "$saver" = libreoffice ]; then
        mkdir -p "$scratch/$saver/saved"
        soffice_run "$scratch/$saver" --convert-to xlsx --outdir saved edited.xlsx
        log="$scratch/$saver/saved/edited.xlsx"
        [ -s "$log" ] || { echo "FAIL: LibreOffice did not save the edited log"; exit 1; }
        unzip -l "$log" | grep -q "xl/sharedStrings.xml" || { echo "FAIL: LibreOffice's copy has no shared strings"; exit 1; }
    fi
    cp -r "$repo" "$scratch/$saver/before"
    "$parity" import tracker "$log" "$repo" --date 2024-05-03 --dry-run > "$scratch/$saver/diff.txt"
    diff -r "$scratch/$saver/before" "$repo" > /dev/null || { echo "FAIL ($saver): --dry-run wrote"; exit 1; }
    (cd "$scratch/$saver/before" && patch -p1 --dry-run < "$scratch/$saver/diff.txt" > /dev/null) || { echo "FAIL ($saver): the dry run is not a diff patch applies"; exit 1; }
    "$parity" import tracker "$log" "$repo" --date 2024-05-03
    changed=$(diff -rq "$scratch/$saver/before" "$repo" | sort || true)
    expected="Files $scratch/$saver/before/action-plans/bhdv-reduction-targets-2024-27.md and $repo/action-plans/bhdv-reduction-targets-2024-27.md differ
Files $scratch/$saver/before/reports/bhdv-data-review-2022-23.md and $repo/reports/bhdv-data-review-2022-23.md differ"
    [ "$changed" = "$expected" ] || { echo "FAIL ($saver): changed files: $changed"; exit 1; }
    # Exactly the owned keys: the lines removed and added, and nothing else.
    diff "$scratch/$saver/before/reports/bhdv-data-review-2022-23.md" "$repo/reports/bhdv-data-review-2022-23.md" | grep '^[<>]' > "$scratch/$saver/review.diff" || true
    printf '%s\n' '<     status: open' '>     status: done' '>     done_on: 2024-05-02' | cmp - "$scratch/$saver/review.diff" || { echo "FAIL ($saver): review"; cat "$scratch/$saver/review.diff"; exit 1; }
    diff "$scratch/$saver/before/action-plans/bhdv-reduction-targets-2024-27.md" "$repo/action-plans/bhdv-reduction-targets-2024-27.md" | grep '^[<>]' > "$scratch/$saver/plan.diff" || true
    printf '%s\n' '<     due: 2024-03-28' '>     due: 2024-09-30' '>     was_due: 2024-03-28' '>     updates:' '>       - date: 2024-05-03' \
        '>         by: J. Patel' '>         note: "Targets went to People Committee: \"agreed\" in principle"' | cmp - "$scratch/$saver/plan.diff" \
        || { echo "FAIL ($saver): plan"; cat "$scratch/$saver/plan.diff"; exit 1; }
    "$parity" gap "$repo" --as-of 2024-05-10 --format json | python3 -c '
import json, sys
actions = {a["id"]: a for r in json.load(sys.stdin)["rules"] for a in r["actions"]}
assert actions["RPT-001/1"]["status"] == "done" and actions["RPT-001/1"]["done_on"] == "2024-05-02", actions["RPT-001/1"]
assert actions["ACT-002/1"]["due"] == "2024-09-30" and actions["ACT-002/1"]["was_due"] == "2024-03-28"'
    cp -r "$repo" "$scratch/$saver/after"
    "$parity" import tracker "$log" "$repo" --date 2024-05-04 | grep -q "Nothing to import"
    diff -r "$scratch/$saver/after" "$repo" > /dev/null || { echo "FAIL ($saver): a second import changed files"; exit 1; }
    echo "$saver: import tracker changed exactly the owners' keys; gap shows the action done; a second import changed nothing"
done

# Overwrite protection: an edited log whose updates are not imported is not written over.
repo="$scratch/openpyxl/before"
cp "$scratch/openpyxl/edited.xlsx" "$scratch/pending.xlsx"
cp "$scratch/pending.xlsx" "$scratch/pending-copy.xlsx"
status=0
"$parity" gap "$repo" --as-of 2024-04-15 --format xlsx --output "$scratch/pending.xlsx" 2> "$scratch/refused.txt" || status=$?
[ "$status" = 2 ] && grep -q "not yet imported" "$scratch/refused.txt" || { echo "FAIL: writing over un-imported updates gave $status"; exit 1; }
cmp "$scratch/pending.xlsx" "$scratch/pending-copy.xlsx" || { echo "FAIL: the log was touched"; exit 1; }
echo "overwrite protection: exit 2, the log untouched"

# Printing: every sheet one page wide (each page's text starts with the header row's
# first column), and no page of fewer than three rows.
"$parity" gap "$parity_repo/policies" --as-of 2024-04-15 --format xlsx --output "$scratch/print.xlsx"
soffice_run "$scratch" --convert-to pdf print.xlsx
[ -s "$scratch/print.pdf" ] || { echo "FAIL: LibreOffice could not print the log"; exit 1; }
pdftotext -layout "$scratch/print.pdf" "$scratch/print.txt"
python3 - "$scratch/print.xlsx" "$scratch/print.txt" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
pages = open(sys.argv[2]).read().split("\f")
pages = [p for p in pages if p.strip()]
firsts = {}
for name in ["Actions", "Rules", "Figures"]:
    sheet = book[name]
    firsts[name] = [str(sheet.cell(r, 1).value) for r in range(2, sheet.max_row + 1)]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage, f"{name}: fit to page is off"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0 and sheet.page_setup.orientation == "landscape", name
    assert sheet.print_title_rows == "$1:$1", f"{name}: the header row is not repeated"
headers = {"Actions": "Action id", "Rules": "Rule", "Figures": "Rule"}
counts = []
for number, page in enumerate(pages, 1):
    title = page.strip().splitlines()[0]
    name = next(n for n in ["Action log", "Rules", "Figures"] if f"· {n} as of" in title)
    sheet = {"Action log": "Actions"}.get(name, name)
    lines = [l for l in page.splitlines() if l.strip()]
    assert any(l.split()[0] == headers[sheet].split()[0] for l in lines[1:3]), f"page {number} ({sheet}) does not start with the header: {lines[:3]}"
    # The rows on a page: lines that start (at the left margin) with a value of column A.
    rows = sum(1 for l in lines if l.split()[0] in set(firsts[sheet]) and not l.startswith("   "))
    counts.append((sheet, rows))
    assert rows >= 3, f"page {number} ({sheet}) holds {rows} rows"
print(f"print: {len(pages)} pages, each one page wide with its header, rows per page {[c for _, c in counts]}")
PY

# Hostile workbooks, each named as a log so the reader reaches the part; the release binary.
# CI passes the release binary it built (.ci/release.sh); alone, the script builds one.
if [ -n "${PARITY_BINARY:-}" ]; then
    release="$PARITY_BINARY"
else
    swift build -c release --product parity > /dev/null
    release="$parity_repo/.build/release/parity"
fi
python3 - "$scratch/hostile" <<'PY'
import os, sys, zipfile
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
def book(name, actions, target="worksheets/sheet1.xml", extra=()):
    with zipfile.ZipFile(f"{out}/{name}.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
        z.writestr("xl/workbook.xml", f"<workbook xmlns='{main}' xmlns:r='{rel}'><sheets><sheet name='Actions' sheetId='1' r:id='rId1'/><sheet name='parity' sheetId='2' r:id='rId2'/></sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'><Relationship Id='rId1' Type='{rel}/worksheet' Target='worksheets/sheet2.xml'/><Relationship Id='rId2' Type='{rel}/worksheet' Target='{target}'/></Relationships>")
        z.writestr("xl/worksheets/sheet2.xml", f"<worksheet xmlns='{main}'><sheetData/></worksheet>")
        if callable(actions):
            with z.open("xl/worksheets/sheet1.xml", "w") as part:
                actions(part)
        else:
            z.writestr("xl/worksheets/sheet1.xml", actions)
        for path, data in extra:
            z.writestr(path, data)
sheet = lambda rows: f"<worksheet xmlns='{main}'><sheetData>{rows}</sheetData></worksheet>"
def bomb(part):  # 300 MB of spaces, deflated to about 300 KB
    part.write(sheet("").encode())
    for _ in range(300):
        part.write(b" " * 1_000_000)
book("zip-bomb", bomb)
book("million-rows", sheet("".join(f"<row r='{r}'/>" for r in range(1, 1_000_001))))
book("outside", sheet(""), target="../../../../etc/passwd")
book("malformed", f"<worksheet xmlns='{main}'><sheetData><row r='1'><c r='A1'><v>1</c></row></sheetData></worksheet>")
book("entity", f"<?xml version='1.0'?><!DOCTYPE w [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><worksheet xmlns='{main}'><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>&e;</t></is></c></row></sheetData></worksheet>")
with zipfile.ZipFile(f"{out}/slip.xlsx", "w") as z:
    z.writestr("../../evil.xml", "x")
PY
for hostile in zip-bomb million-rows outside malformed entity slip; do
    status=0
    /usr/bin/time -f "%e %M" -o "$scratch/time.txt" "$release" import tracker "$scratch/hostile/$hostile.xlsx" "$parity_repo/policies" \
        > /dev/null 2> "$scratch/hostile.txt" || status=$?
    read -r seconds kilobytes < <(tail -1 "$scratch/time.txt")
    [ "$status" = 2 ] || { echo "FAIL: $hostile exited $status"; cat "$scratch/hostile.txt"; exit 1; }
    python3 -c "import sys; s, k = float(sys.argv[1]), int(sys.argv[2]); assert s < 1 and k < 200_000, f'{sys.argv[3]}: {s} s, {k} KB'" "$seconds" "$kilobytes" "$hostile"
    echo "$hostile: refused in ${seconds} s, ${kilobytes} KB: $(head -1 "$scratch/hostile.txt")"
done
echo "tracker check passed: round trips with openpyxl and LibreOffice, overwrite protection, printing, hostile workbooks"
