#!/usr/bin/env bash
# The board pack in a real browser: installs headless Chromium (and poppler-utils for
# pdfinfo/pdftotext) from Debian's packages if absent, writes the example trust's board
# pack, renders it to PNG (screen) and to PDF (print, A4), and fails if
#   - the page logs anything to the console (a script error, a blocked fetch, a CSP
#     violation: the board pack has no scripts and fetches nothing, so any console
#     message at all is an error);
#   - the PDF is missing, empty or has no pages;
#   - the text of the PDF lacks the organisation name or the red count as the report
#     prints them (overall and per pack, read from `parity gap --format json`);
#   - a repository with a hostile document title (`<script>alert(1)</script>`) does not
#     show that title as text in the PDF;
#   - printed, the board pack's figures or plan timeline do not read on A4: .ci/print-check.py
#     reads the PDF's words and their boxes (`pdftotext -bbox`) and fails unless every
#     chart value label is at least 7pt (and every other word of the figures sections),
#     the charts sit two per row with a lone chart at the left and each caption under its
#     chart, and the timeline's text is at least 8pt with every phase name whole. Font
#     sizes come from box heights, calibrated on the 8pt page footer (see that script).
#
# Console errors: Chromium run with `--enable-logging=stderr --v=0` writes every console
# message of the page to stderr as `...:INFO:CONSOLE:<line>] "<message>", source: <url>`,
# whatever the console level (an uncaught exception reads `"Uncaught ReferenceError: ..."`).
# We fail on any such line. Because a silent log would also pass, the check first renders
# a canary page that must log (a script error and a fetch blocked by the same Content
# Security Policy the board pack carries) and refuses to go on if the canary's messages
# are not seen: a Chromium that stops logging this way breaks the check loudly instead
# of letting it pass blind. The D-Bus and GPU noise Chromium prints in a container is not
# a console message and is ignored.
#
# Usage: bash .ci/browser-check.sh            (from anywhere; runs as root in CI)
#   PARITY_SCRATCH=.build-x   build in another scratch path (default .build)
#   BROWSER_CHECK_OUT=DIR     keep the PNG, PDFs and logs in DIR (default: a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${PARITY_SCRATCH:-.build}"
out="${BROWSER_CHECK_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/parity-browser-check.XXXXXX")}"
mkdir -p "$out"
echo "browser check: writing to $out"

fail() {
    echo "browser check FAILED: $*" >&2
    exit 1
}

# --- Chromium and poppler-utils from Debian ------------------------------------------
find_chromium() {
    command -v chromium || command -v chromium-browser || command -v google-chrome || true
}
if [[ -z "$(find_chromium)" ]] || ! command -v pdftotext > /dev/null || ! command -v pdfinfo > /dev/null; then
    if [[ "$(id -u)" != 0 ]]; then
        fail "Chromium or poppler-utils is missing and we are not root to install them (apt-get install chromium poppler-utils)"
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y chromium poppler-utils fonts-liberation
fi
chromium="$(find_chromium)"
[[ -n "$chromium" ]] || fail "no chromium after installing it"
"$chromium" --version

# One headless run. No sandbox (CI runs as root in a container), no GPU, a throwaway
# profile, and console messages on stderr.
browser() {
    local log="$1"
    shift
    timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --no-first-run --no-default-browser-check --disable-extensions --hide-scrollbars \
        --user-data-dir="$out/profile" --enable-logging=stderr --v=0 "$@" 2> "$log" > /dev/null ||
        { cat "$log" >&2; fail "chromium exited with an error ($*)"; }
}

# Console messages from the page: the lines described at the top.
console_messages() {
    grep -E ':CONSOLE(:|\()|Uncaught' "$1" || true
}

# --- The canary: prove the console is being read ---------------------------------------
cat > "$out/canary.html" << 'EOF'
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"/>
<title>canary</title></head>
<body><p>canary</p><img src="https://example.invalid/fetched.png" alt=""/>
<script>notDefinedAnywhere();</script></body></html>
EOF
browser "$out/canary.log" --print-to-pdf="$out/canary.pdf" --no-pdf-header-footer "file://$out/canary.html"
canary="$(console_messages "$out/canary.log")"
grep -q 'Uncaught ReferenceError' <<< "$canary" && grep -q 'Content Security Policy' <<< "$canary" ||
    { cat "$out/canary.log" >&2; fail "the canary page's console errors were not seen: this Chromium does not log the console to stderr, so the check would be blind"; }
echo "canary: the console is read ($(wc -l <<< "$canary") messages from the canary page)"

# --- Build and write the board pack ------------------------------------------------------
swift build --scratch-path "$scratch"
parity="$scratch/debug/parity"
as_of=2024-04-15
# Fresh output paths: a re-run into the same BROWSER_CHECK_OUT starts clean.
rm -f "$out/board.html" "$out/board.json" "$out/phases.json" "$out/hostile.html"
"$parity" gap policies --format html --output "$out/board.html" --as-of "$as_of"
"$parity" gap policies --format json --output "$out/board.json" --as-of "$as_of"
[[ -s "$out/board.html" ]] || fail "parity wrote no board pack"

# Renders HTML to PNG and PDF; fails on any console message or an empty PDF. Leaves the
# PDF's text, whitespace folded to single spaces, in NAME.txt.
render() {
    local name="$1" html="$2"
    browser "$out/$name-png.log" --screenshot="$out/$name.png" --window-size=1280,2400 "file://$html"
    browser "$out/$name-pdf.log" --print-to-pdf="$out/$name.pdf" --no-pdf-header-footer "file://$html"
    local messages
    messages="$(console_messages "$out/$name-png.log"; console_messages "$out/$name-pdf.log")"
    [[ -z "$messages" ]] || { echo "$messages" >&2; fail "$name.html logged to the browser console"; }
    [[ -s "$out/$name.png" ]] || fail "no screenshot of $name.html"
    [[ -s "$out/$name.pdf" ]] || fail "the PDF of $name.html is missing or empty"
    local pages
    pages="$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ { print $2 }')"
    [[ "${pages:-0}" -ge 1 ]] || fail "the PDF of $name.html has no pages"
    pdftotext -enc UTF-8 "$out/$name.pdf" - | tr -s '[:space:]' ' ' > "$out/$name.txt"
    [[ -s "$out/$name.txt" ]] || fail "the PDF of $name.html has no text"
    echo "$name: $pages A4 pages, $(wc -c < "$out/$name.txt") characters of text, no console messages"
}

expect_text() {
    local name="$1" text="$2"
    grep -qF -- "$text" "$out/$name.txt" || fail "the PDF of $name.html lacks: $text"
    echo "  found: $text"
}

render board "$out/board.html"
# What the PDF must say, from the JSON of the same assessment: the organisation, the
# exceptions' count of red expectations, and each pack's counts as the chart writes them beside its bar.
python3 - "$out/board.json" > "$out/expected.txt" << 'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
print(report["organisation"])
c = report["summary"]["counts"]
print(f"Expectations rated red ({c['red']})")
for pack in report["packs"]:
    p = pack["counts"]
    words = f"{p['red']} red, {p['amber']} amber, {p['green']} green"
    if p.get("not_applicable"):
        words += f", {p['not_applicable']} not applicable"
    if p.get("waived"):
        words += f", {p['waived']} waived"
    print(words)
EOF
grep -q "Kingsmere Valley NHS Trust" "$out/expected.txt" || fail "the example is not Kingsmere Valley NHS Trust"
while IFS= read -r line; do expect_text board "$line"; done < "$out/expected.txt"
for heading in "Cover sheet" "Executive summary" "Decisions asked of the Board" "Appendix A: rule by rule" "Level of assurance"; do
    expect_text board "$heading"
done

# --- Print: figures and the timeline legible on A4 -----------------------------------------
"$parity" phases policies --format json --output "$out/phases.json" --as-of "$as_of"
python3 .ci/print-check.py "$out/board.pdf" "$out/board.json" "$out/phases.json" ||
    fail "the printed board pack's figures or timeline do not read on A4 (above)"

# --- A hostile title ------------------------------------------------------------------------
hostile="$out/hostile-repo"
rm -rf "$hostile"
mkdir -p "$hostile/policies"
cat > "$hostile/parity.yaml" << 'EOF'
version: 1
organisation: "Hostile & <b>Trust</b>"
packs: [hia6]
EOF
cat > "$hostile/policies/hostile.md" << 'EOF'
---
id: POL-666
title: <script>alert(1)</script>
kind: policy
owner: Director of People
status: approved
approved_by: Board
approved_on: 2024-01-10
review_due: 2027-01-10
satisfies: [HIA6.3]
actions:
  - what: '"><img src=x onerror=alert(1)> &amp; more'
    owner: Head of Employee Relations
    due: 2024-03-01
    status: open
---
# A hostile title
EOF
"$parity" gap "$hostile" --format html --output "$out/hostile.html" --as-of "$as_of"
if grep -q '<script' "$out/hostile.html"; then fail "hostile.html contains a <script element"; fi
render hostile "$out/hostile.html"
expect_text hostile "<script>alert(1)</script>"
expect_text hostile '"><img src=x onerror=alert(1)> &amp; more'
expect_text hostile "Hostile & <b>Trust</b>"

echo "browser check passed: $out"
