#!/usr/bin/env bash
# The board paper as it prints: writes the example trust's Word paper and HTML pack for
# 15 April 2024, prints the Word paper through LibreOffice (headless Writer) and the HTML
# pack through headless Chromium (A4, without the browser's own header and footer), and
# reads both PDFs back with .ci/paper-print-check.py: RAG pictures that fit their cells,
# python-docx's reading of the first table, no heading left at the foot of a page, no
# word of the appendix tables broken across lines, "Appendix A" on page 5 or earlier and
# no half-empty page before it. Installs LibreOffice Writer, Chromium and poppler-utils
# from Debian and python-docx from PyPI when they are missing.
#
# Usage: bash .ci/paper-print-check.sh       (from anywhere; runs as root in CI)
#   PARITY_SCRATCH=.build-x   build in another scratch path (default .build)
#   PAPER_PRINT_OUT=DIR       keep the papers and PDFs in DIR (default: a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${PARITY_SCRATCH:-.build}"
out="${PAPER_PRINT_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/parity-paper-print.XXXXXX")}"
mkdir -p "$out"
echo "paper print check: writing to $out"

find_chromium() {
    command -v chromium || command -v chromium-browser || command -v google-chrome || true
}
if ! command -v soffice > /dev/null || [ ! -e /usr/lib/libreoffice/program/libswlo.so ] ||
    ! command -v pdftotext > /dev/null || [[ -z "$(find_chromium)" ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q > /dev/null
    apt-get install -y -q --no-install-recommends libreoffice-writer-nogui poppler-utils chromium fonts-liberation > /dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore python-docx
chromium="$(find_chromium)"

swift build --scratch-path "$scratch"
parity="$scratch/debug/parity"
rm -f "$out/paper.docx" "$out/paper.pdf" "$out/board.html" "$out/board.pdf"
"$parity" gap policies --as-of 2024-04-15 --format docx --output "$out/paper.docx"
"$parity" gap policies --as-of 2024-04-15 --format html --output "$out/board.html"

# A profile of its own, so a LibreOffice already running for the user is not reused.
(cd "$out" && timeout 300 soffice -env:UserInstallation="file://$out/lo-profile" --headless --norestore \
    --convert-to pdf paper.docx > /dev/null 2>&1)
[ -s "$out/paper.pdf" ] || { echo "paper print check FAILED: LibreOffice could not convert paper.docx" >&2; exit 1; }
timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$out/chromium-profile" --print-to-pdf="$out/board.pdf" --no-pdf-header-footer \
    "file://$out/board.html" 2> "$out/chromium.log" > /dev/null
[ -s "$out/board.pdf" ] || { cat "$out/chromium.log" >&2; echo "paper print check FAILED: Chromium printed no PDF" >&2; exit 1; }

python3 .ci/paper-print-check.py "$out/paper.docx" "$out/paper.pdf" "$out/board.html" "$out/board.pdf"
