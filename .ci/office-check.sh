#!/usr/bin/env bash
# The Word paper and the Excel tracker in independent readers: python-docx and openpyxl
# read back the organisation, the RAG counts, every rule id and every action; LibreOffice
# (headless Writer and Calc) converts both to PDF, whose text holds the organisation and
# "RAG:". A hostile trust's <script>, =HYPERLINK( and control characters come through as
# text. Both are written twice and must be byte-identical. The rollup's Word paper (the
# example and the hostile trust side by side) is read and printed the same way.
set -euo pipefail
parity_repo=$(cd "$(dirname "$0")/.." && pwd)
parity="$parity_repo/.build/debug/parity"
if ! command -v soffice > /dev/null || ! command -v pdftotext > /dev/null || [ ! -e /usr/lib/libreoffice/program/libswlo.so ]; then
    apt-get update -q > /dev/null
    apt-get install -y -q --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils > /dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore python-docx openpyxl
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/hostile/rules" "$scratch/hostile/policies" "$scratch/out"

cat > "$scratch/hostile/parity.yaml" <<'YAML'
version: 1
organisation: "<script>alert('org')</script> =HYPERLINK(\"http://example.invalid\") Trust\u0007"
packs: [rules/hostile.yaml]
YAML
cat > "$scratch/hostile/rules/hostile.yaml" <<'YAML'
version: 1
id: hostile
title: "<b>Pack</b> & co"
revision: "1"
source: CI
owners: ["=HYPERLINK(\"http://example.invalid/owner\")"]
kinds: [policy]
rules:
  - id: H.1
    title: "<script>alert(1)</script> =HYPERLINK(\"http://example.invalid/steal\",\"Open\")"
    desired_state: "+cmd|' /C calc'!A0"
    owners: ["=HYPERLINK(\"http://example.invalid/owner\")"]
    deadline: 2024-03-31
    severity: high
    source: CI
    evidence: { evidence: { kind: policy, claims: true }, status: approved }
    remediation: "-2+3 \u0001 done"
YAML
cat > "$scratch/hostile/policies/hostile.md" <<'MD'
---
id: POL-1
title: "=HYPERLINK(\"http://example.invalid/doc\") <script>x</script>"
kind: policy
status: draft
satisfies: [H.1]
actions:
  - what: "=1+1 <script>act</script>"
    owner: "@SUM(1)"
    due: 2024-01-01
---
MD

for trust in example hostile; do
    path=$([ $trust = example ] && echo "$parity_repo/policies" || echo "$scratch/hostile")
    for format in docx xlsx; do
        # The paper as the issue's user writes it: compared with the January board.
        since=$([ $trust = example ] && [ $format = docx ] && echo "--since 2024-01-15" || true)
        "$parity" gap "$path" --as-of 2024-04-15 --format $format $since --output "$scratch/out/$trust.$format"
        "$parity" gap "$path" --as-of 2024-04-15 --format $format $since --output "$scratch/out/$trust-again.$format"
        cmp "$scratch/out/$trust.$format" "$scratch/out/$trust-again.$format"
        "$parity" gap "$path" --as-of 2024-04-15 --format json --output "$scratch/out/$trust.json"
        (cd "$scratch/out" && timeout 300 soffice --headless --norestore --convert-to pdf "$trust.$format" > /dev/null 2>&1)
        [ -s "$scratch/out/$trust.pdf" ] || { echo "FAIL: LibreOffice could not convert $trust.$format to PDF"; exit 1; }
        pdftotext "$scratch/out/$trust.pdf" "$scratch/out/$trust.$format.txt"
        # Page by page, for where the appendices begin (a form feed ends each page).
        pdftotext -layout "$scratch/out/$trust.pdf" "$scratch/out/$trust.$format.pages.txt"
        rm "$scratch/out/$trust.pdf"
    done
done

# The ICB's rollup paper: the example trust and the hostile one side by side.
for run in rollup rollup-again; do
    "$parity" rollup "$parity_repo/policies" "$scratch/hostile" --as-of 2024-04-15 --format docx --output "$scratch/out/$run.docx" \
        --title "Equality, diversity and inclusion across Kingsmere and Valley ICS"
done
cmp "$scratch/out/rollup.docx" "$scratch/out/rollup-again.docx"
(cd "$scratch/out" && timeout 300 soffice --headless --norestore --convert-to pdf rollup.docx > /dev/null 2>&1)
[ -s "$scratch/out/rollup.pdf" ] || { echo "FAIL: LibreOffice could not convert rollup.docx to PDF"; exit 1; }
pdftotext "$scratch/out/rollup.pdf" "$scratch/out/rollup.docx.txt"

python3 - "$scratch/out" <<'PY'
import json, sys
import docx, openpyxl
out = sys.argv[1]

def check(trust):
    report = json.load(open(f"{out}/{trust}.json"))
    org = report["organisation"]
    counts = report["summary"]["counts"]
    rules = [r["id"] for r in report["rules"]]
    actions = {a["what"] for r in report["rules"] for a in r["actions"]}

    paper = docx.Document(f"{out}/{trust}.docx")
    text = "\n".join([p.text for p in paper.paragraphs] +
                     [c.text for t in paper.tables for row in t.rows for c in row.cells])
    title = [p.text for p in paper.paragraphs if p.style.name == "Title"]
    kicker = [p.text for p in paper.paragraphs if p.style.name == "Subtitle"]
    printable = "".join(ch for ch in org if ch >= " ")
    assert title and kicker and printable in kicker[0], f"{trust}: the paper's first line {kicker[:1]} does not name {org!r}"
    # The cover sheet is the first table: a label and its text per row.
    cover = {row.cells[0].text: row.cells[1].text for row in paper.tables[0].rows}
    for label in ("Meeting", "Date", "Agenda item", "Title", "Executive lead", "Author", "Purpose", "Executive summary",
                  "Recommendation", "Level of assurance", "Link to strategic objectives", "Board Assurance Framework risks",
                  "Previously considered by", "Appendices"):
        assert label in cover, f"{trust}: the cover sheet has no {label!r} row"
    assert cover["Title"] == title[0], f"{trust}: cover sheet title {cover['Title']!r}"
    rag = f"Expectations rated red ({counts['red']})" if counts["red"] else "No expectation is rated red."
    assert rag in text, f"{trust}: the Word paper does not say {rag}"
    for rule in rules:
        assert rule in text, f"{trust}: the Word paper does not name {rule}"
    for action in actions:
        assert action in text, f"{trust}: the Word paper does not list the action {action!r}"
    headings = {p.style.name for p in paper.paragraphs if p.style.name.startswith("Heading")}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= headings, f"{trust}: heading styles {headings}"

    book = openpyxl.load_workbook(f"{out}/{trust}.xlsx")
    assert book.sheetnames == ["Actions", "Rules", "Figures", "parity"], book.sheetnames
    assert book["parity"].sheet_state == "hidden", "the fingerprints' sheet is not hidden"
    sheet = book["Rules"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref, f"{trust}: header not frozen or filtered"
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == rules, f"{trust}: the Rules sheet holds {ids}"
    rags = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert rags.count("RED") == counts["red"] and rags.count("AMBER") == counts["amber"], f"{trust}: RAG column {rags}"
    listed = {row[1] for row in book["Actions"].iter_rows(min_row=2, values_only=True)}
    assert listed == actions, f"{trust}: the Actions sheet holds {listed}"
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{trust}: {ws.title}!{cell.coordinate} is a formula"

    for fmt in ("docx", "xlsx"):
        pdf = open(f"{out}/{trust}.{fmt}.txt").read()
        assert ("Level of assurance" if fmt == "docx" else "RAG") in pdf, f"{trust}.{fmt}: the PDF has no level of assurance or RAG"
        assert printable.split()[0] in pdf, f"{trust}.{fmt}: the PDF does not name the organisation"
    print(f"{trust}: python-docx and openpyxl read {len(rules)} rules, {len(actions)} actions and {rag}; LibreOffice printed both")

check("example")
check("hostile")

# The example's paper as a board secretary tables it: every particular of parity.yaml's
# paper: on the cover sheet, the decisions the assessment implies, the appendices from
# page 5 at the latest, and before them no file, key, code or ISO date.
import re
paper = docx.Document(f"{out}/example.docx")
cover = {row.cells[0].text: row.cells[1].text for row in paper.tables[0].rows}
assert "Not stated" not in cover.values(), f"example: a particular is not stated: {cover}"
assert cover["Meeting"] == "Trust Board, meeting in public" and cover["Date"] == "25 April 2024" and cover["Agenda item"] == "9.2", cover
assert cover["Executive lead"] == "Dr Amara Okafor, Director of People", cover["Executive lead"]
assert cover["Level of assurance"].startswith("Limited assurance"), cover["Level of assurance"]
report = json.load(open(f"{out}/example.json"))
overdue = [r["id"] for r in report["rules"] if r["days_overdue"] is not None]
body = [p.text for p in paper.paragraphs]
start = body.index("4. Decisions asked of the Board")
end = next(i for i, t in enumerate(body) if t.startswith("Appendix A"))
decisions = "\n".join(body[start:end])
assert "Approve ACT-002" in decisions, "example: the decisions do not ask to approve the reduction targets (ACT-002)"
for rule in overdue:
    assert rule in decisions, f"example: the decisions do not name the overdue rule {rule}"
assert "waiver of HR.5" in decisions and "lapsed on 31 March 2024" in decisions, "example: the decisions do not name the lapsed HR.5 waiver"
pages = open(f"{out}/example.docx.pages.txt").read().split("\f")
appendix = next(i for i, page in enumerate(pages) if re.search(r"^\s*Appendix A", page, re.M))
assert appendix < 5, f"example: Appendix A starts on page {appendix + 1}; the paper before it is longer than four pages"
before = "\n".join(pages[:appendix]) + pages[appendix].split("Appendix A")[0]
for needle in ("seed 0", "approved_by", "review_due", "status is", "needs approved", "Must not have"):
    assert needle not in before, f"example: {needle!r} before the appendices"
assert not re.search(r"\.md:\d", before), "example: a file path with a line before the appendices"
assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", before), "example: an ISO date before the appendices"
print(f"example: the cover sheet holds {len(cover)} particulars, the decisions name ACT-002, {len(overdue)} overdue rules and the HR.5 waiver, Appendix A starts on page {appendix + 1}")
hostile = docx.Document(f"{out}/hostile.docx")
words = "\n".join(p.text for p in hostile.paragraphs)
assert "<script>alert(1)</script> =HYPERLINK(" in words, "the hostile title is not shown as text"
cell = openpyxl.load_workbook(f"{out}/hostile.xlsx")["Rules"]["C2"]
assert cell.value.startswith("<script>alert(1)</script> =HYPERLINK(") and cell.data_type == "s", (cell.value, cell.data_type)
print("hostile: <script>, =HYPERLINK( and control characters come through as text")

rollup = docx.Document(f"{out}/rollup.docx")
title = [p.text for p in rollup.paragraphs if p.style.name == "Title"]
assert title == ["Equality, diversity and inclusion across Kingsmere and Valley ICS"], f"rollup: the Word title is {title}"
cells = [c.text for t in rollup.tables for row in t.rows for c in row.cells]
import re
words = "\n".join([p.text for p in rollup.paragraphs] + cells)
assert "Position as of 15 April 2024" in words and "1. Summary" in words, "rollup: no date in words or no summary"
iso = re.findall(r"\d{4}-\d{2}-\d{2}", words)
assert not iso, f"rollup: ISO dates in the paper: {iso[:3]}"
assert "Kingsmere Valley NHS Trust" in cells, "rollup: no column for the example trust"
assert any(c.startswith("<script>alert('org')</script> =HYPERLINK(") for c in cells), "rollup: the hostile name is not shown as text"
for word in ("RED", "AMBER", "GREEN"):
    assert word in cells, f"rollup: no {word} cell in the matrix"
pdf = open(f"{out}/rollup.docx.txt").read()
assert "RAG" in pdf and "Kingsmere" in pdf, "rollup: the PDF does not name the organisation or RAG"
print(f"rollup: python-docx read {len(rollup.tables)} tables with every rating as a word; LibreOffice printed it")
PY
echo "office check passed: Word and Excel reports read back and print"
