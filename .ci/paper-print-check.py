#!/usr/bin/env python3
"""The board paper as it prints: the Word paper through LibreOffice, the HTML pack through
Chromium, read back from their PDFs with poppler's pdftotext.

Usage: paper-print-check.py PAPER.docx PAPER.pdf BOARD.html BOARD.pdf

PAPER.pdf is LibreOffice's PDF of PAPER.docx (`soffice --headless --convert-to pdf`),
BOARD.pdf Chromium's PDF of the HTML pack BOARD.html (`--print-to-pdf
--no-pdf-header-footer`). Fails (exit 1, naming every problem) unless

  Word paper (read from word/document.xml, word/styles.xml and the PDF)
  - every picture in a table cell fits its cell: its extent (wp:extent cx) is no wider
    than the cell's width (w:tcW, which must equal its grid columns) less the table
    style's left and right cell margins;
  - python-docx reads the first table as the cover sheet, every particular labelled and
    filled, the level of assurance one of the scale's four (`check_first_table`);
  - no heading is the last line of its page (the headings' texts from the document,
    the page's lines from `pdftotext -bbox-layout`, the running header and footer left out);
  - no word of the appendix tables is broken across lines: every word in their cells
    is found whole in the PDF as often as the document holds it;
  - the heading "Appendix A" is on page 5 or earlier, and no page before it has text
    ending above half its height, but one that ends at a forced page break.

  HTML pack (Chromium's PDF)
  - the heading "Appendix A" is on page 5 or earlier;
  - no page before it has text ending above half its height (the running footer in the
    page margin left out), but one that ends at a forced break (`.page-break`).

The words' pieces: a line may break after a hyphen or an en dash ("bhdv-" / "reduction",
"2024-" / "08-31": LibreOffice does both), so words are compared piece by piece; a break
anywhere else is a broken word.
"""
import collections
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

import docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
EMU_PER_DXA = 635
APPENDIX = re.compile(r"^Appendix A\b")
MAIN_PAGES = 5

problems = []


def fail(message):
    problems.append(message)
    print(f"  FAIL: {message}")


def ok(message):
    print(f"  ok: {message}")


# --- PDF text -------------------------------------------------------------------------------

WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def pages(pdf):
    """Each page's size and its visual lines, top to bottom: words whose boxes share a
    baseline (within 2pt), left to right, with the widest gap between neighbours."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    out = []
    for chunk in html.split("<page ")[1:]:
        size = PAGE.search("<page " + chunk)
        width, height = float(size.group(1)), float(size.group(2))
        words = [(float(a), float(b), float(c), float(d), unescape(t)) for a, b, c, d, t in WORD.findall(chunk)]
        words.sort(key=lambda w: (round(w[3]), w[0]))
        lines = []
        for word in words:
            if lines and abs(lines[-1]["bottom"] - word[3]) <= 2:
                lines[-1]["words"].append(word)
            else:
                lines.append({"bottom": word[3], "words": [word]})
        for line in lines:
            line["words"].sort(key=lambda w: w[0])
            line["top"] = min(w[1] for w in line["words"])
            line["bottom"] = max(w[3] for w in line["words"])
            line["text"] = " ".join(w[4] for w in line["words"])
            gaps = [b[0] - a[2] for a, b in zip(line["words"], line["words"][1:])]
            line["gap"] = max(gaps, default=0)
        out.append({"width": width, "height": height, "lines": lines})
    return out


def normal(text):
    return " ".join(text.split())


def appendix_page(book):
    for number, page in enumerate(book, start=1):
        if any(APPENDIX.match(line["text"]) for line in page["lines"]):
            return number
    return None


def page_of(book, text):
    """The first page with a line that starts with `text`."""
    for number, page in enumerate(book, start=1):
        if any(normal(line["text"]).startswith(text) for line in page["lines"]):
            return number
    return None


def half_empty(book, name, before, after_breaks):
    """Pages 1…before-1 whose text ends above half the page, but for a page that ends at a
    forced break: the page before one that opens with a text of `after_breaks`."""
    last = before - 1 if before else len(book) - 1
    spared = {page_of(book, text) - 1 for text in after_breaks if page_of(book, text)}
    checked = 0
    for number, page in enumerate(book[:last], start=1):
        if number in spared:
            continue
        body = [line for line in page["lines"] if page["margin"](line, page)]
        bottom = max((line["bottom"] for line in body), default=0)
        checked += 1
        if bottom < page["height"] / 2:
            fail(f"{name}: page {number}'s text ends {bottom / page['height']:.0%} of the way down: the page is more than half empty")
    print(f"  checked {checked} pages before the appendices for half-empty pages (spared: the {len(spared)} ending at a forced break)")


# --- Words and their pieces -----------------------------------------------------------------

PUNCTUATION = ".,;:()[]{}\"'“”‘’!?*"


def pieces(token):
    out, start = [], 0
    for i, ch in enumerate(token[:-1]):
        if ch in "-–" and i > start:
            out.append(token[start:i + 1])
            start = i + 1
    out.append(token[start:])
    return [p.strip(PUNCTUATION) for p in out if p.strip(PUNCTUATION)]


def tokens(text):
    return [p for token in text.split() for p in pieces(token)]


# --- The Word paper ---------------------------------------------------------------------------

def paragraph_text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def paragraph_style(p):
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(W + "val") if style is not None else None


def run_in_heading(p):
    """A short paragraph all in bold ("Current state", "Gap"), or one kept with the next."""
    if p.find(f"{W}pPr/{W}keepNext") is not None:
        return True
    runs = [r for r in p.findall(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    return bool(runs) and all(r.find(f"{W}rPr/{W}b") is not None for r in runs) and len(paragraph_text(p)) < 80


def cell_margins(styles):
    """The ParityTable style's left and right cell margins, in dxa."""
    root = ET.fromstring(styles)
    for style in root.iter(W + "style"):
        if style.get(W + "styleId") == "ParityTable":
            mar = style.find(f"{W}tblPr/{W}tblCellMar")
            if mar is not None:
                return sum(int(side.get(W + "w")) for side in mar if side.tag in (W + "left", W + "right"))
    return 0


def check_pictures(body, margins):
    pictures, before = 0, len(problems)
    for table in body.iter(W + "tbl"):
        grid = [int(col.get(W + "w")) for col in table.iter(W + "gridCol")]
        for row in table.findall(W + "tr"):
            column = 0
            for cell in row.findall(W + "tc"):
                pr = cell.find(W + "tcPr")
                span = pr.find(W + "gridSpan") if pr is not None else None
                span = int(span.get(W + "val")) if span is not None else 1
                width = int(pr.find(W + "tcW").get(W + "w"))
                if width != sum(grid[column:column + span]):
                    fail(f"a cell is {width} dxa wide in a grid column of {sum(grid[column:column + span])}")
                for extent in cell.iter(WP + "extent"):
                    pictures += 1
                    room = (width - margins) * EMU_PER_DXA
                    cx = int(extent.get("cx"))
                    if cx > room:
                        fail(f"a picture {cx / 360000:.2f} cm wide is in a cell with {room / 360000:.2f} cm inside its margins")
                column += span
    if pictures and len(problems) == before:
        ok(f"{pictures} pictures each fit their cells")
    return pictures


def check_first_table(paper):
    """python-docx's reading of the paper's first table, the cover sheet: one particular
    a row, its label in the first column and its text in the second. Every label of
    COVER_SHEET is there, in that order, with text beside it; the level of assurance is
    one of the four the scale has. Extend COVER_SHEET when the cover sheet gains a row."""
    if not paper.tables:
        fail("the paper has no table: python-docx finds no cover sheet")
        return
    rows = [[normal(cell.text) for cell in row.cells] for row in paper.tables[0].rows]
    if any(len(row) != 2 for row in rows):
        fail(f"python-docx reads the first table as rows of {sorted({len(r) for r in rows})} cells, not label and text")
        return
    labels = [label for label, _ in rows]
    particulars = dict(rows)
    missing = [label for label in COVER_SHEET if not particulars.get(label)]
    if missing:
        fail(f"the cover sheet lacks {missing} (python-docx reads {labels})")
    elif [label for label in labels if label in COVER_SHEET] != COVER_SHEET:
        fail(f"the cover sheet's particulars are out of order: {labels}")
    assurance = particulars.get("Level of assurance", "")
    if not re.match(r"(Substantial|Reasonable|Limited|No) assurance\b", assurance):
        fail(f"the cover sheet's level of assurance reads {assurance!r}")
    if not missing:
        ok(f"python-docx reads the cover sheet: {len(rows)} particulars, each with its text; {assurance.split(':')[0].lower()}")


# The cover sheet's particulars, in order, as its first column words them (issue 24).
COVER_SHEET = [
    "Meeting", "Date", "Agenda item", "Title", "Executive lead", "Author", "Purpose",
    "Executive summary", "Recommendation", "Level of assurance", "Link to strategic objectives",
    "Board Assurance Framework risks", "Implications: equality and diversity",
    "Implications: quality and patient safety", "Implications: financial",
    "Implications: legal and regulatory", "Implications: workforce", "Previously considered by", "Appendices",
]


def check_docx(docx_path, pdf_path):
    print(f"Word paper: {docx_path} printed by LibreOffice")
    with zipfile.ZipFile(docx_path) as z:
        document = ET.fromstring(z.read("word/document.xml"))
        styles = z.read("word/styles.xml")
        header = " ".join(paragraph_text(p) for p in ET.fromstring(z.read("word/header1.xml")).iter(W + "p"))
    body = document.find(W + "body")
    check_pictures(body, cell_margins(styles))
    check_first_table(docx.Document(docx_path))

    book = pages(pdf_path)
    print(f"  LibreOffice printed {len(book)} pages")
    footer = re.compile(r"Page \d+ of \d+$")
    header_text = normal(header)

    def is_body(line, page):
        return not footer.search(line["text"]) and normal(line["text"]) != header_text

    for page in book:
        page["margin"] = is_body

    # Headings, in the order of the document (in a Heading style, or run-in), and the
    # tables after the first appendix heading.
    headings, appendix_tables, in_appendix = [], [], False
    for element in body:
        if element.tag == W + "p" and ((paragraph_style(element) or "").startswith("Heading") or run_in_heading(element)):
            text = normal(paragraph_text(element))
            if text:
                headings.append(text)
            if paragraph_style(element) == "Heading1" and re.search(r"\bAppendix\b", text):
                in_appendix = True
        elif element.tag == W + "tbl" and in_appendix:
            appendix_tables.append(element)

    # No heading is the last line of its page.
    heading_set = set(headings)
    for number, page in enumerate(book, start=1):
        body_lines = [line for line in page["lines"] if is_body(line, page)]
        if number == len(book) or not body_lines:
            continue
        # A heading starts at the left margin; a line further in is a table cell's.
        left = min(line["words"][0][0] for line in body_lines)
        for count in (1, 2, 3):
            if len(body_lines) < count:
                break
            tail = body_lines[-count:]
            if any(line["gap"] > 20 or line["words"][0][0] > left + 2 for line in tail):
                break
            text = normal(" ".join(line["text"] for line in tail))
            if text in heading_set:
                fail(f"page {number} ends with the heading {text!r}")
                break
    ok(f"checked {len(headings)} headings against the foot of each of {len(book)} pages")

    # No word of the appendix tables broken: each piece as often in the PDF as in the document.
    if not appendix_tables:
        fail("no table after an appendix heading (a Heading 1 with 'Appendix')")
    else:
        in_document = collections.Counter()
        for p in body.iter(W + "p"):
            in_document.update(tokens(paragraph_text(p)))
        in_document.update({t: n * len(book) for t, n in collections.Counter(tokens(header)).items()})
        in_pdf = collections.Counter(t for page in book for line in page["lines"] for t in tokens(line["text"]))
        words = set()
        for table in appendix_tables:
            for p in table.iter(W + "p"):
                words.update(tokens(paragraph_text(p)))
        broken = sorted(w for w in words if in_pdf[w] < in_document[w])
        for word in broken:
            fail(f"the appendix word {word!r} is in the document {in_document[word]} times, whole in the PDF {in_pdf[word]} times: broken across lines")
        ok(f"{len(words) - len(broken)} of {len(words)} words of {len(appendix_tables)} appendix tables are whole in the PDF")

    where = appendix_page(book)
    if where is None:
        fail("LibreOffice's PDF has no heading 'Appendix A'")
    elif where > MAIN_PAGES:
        fail(f"'Appendix A' is on page {where}: the paper before the appendices is more than {MAIN_PAGES - 1} pages")
    else:
        ok(f"'Appendix A' is on page {where}")
    # The text after each forced page break opens a page; the page before it may end short.
    after_breaks, waiting = [], False
    for element in body:
        if element.tag == W + "p" and any(br.get(W + "type") == "page" for br in element.iter(W + "br")):
            waiting = True
        elif waiting and normal("".join(t.text or "" for t in element.iter(W + "t"))):
            after_breaks.append(normal("".join(t.text or "" for t in element.iter(W + "t")))[:40])
            waiting = False
    half_empty(book, "Word paper", where, after_breaks)


def check_html(html_path, pdf_path):
    print(f"HTML pack: {pdf_path} printed by Chromium")
    book = pages(pdf_path)
    print(f"  Chromium printed {len(book)} pages")

    # The running footer sits in the page's bottom margin (18mm, HTMLStyle's @page).
    def is_body(line, page):
        return line["top"] < page["height"] - 18 / 25.4 * 72

    for page in book:
        page["margin"] = is_body
    where = appendix_page(book)
    if where is None:
        fail("Chromium's PDF has no heading 'Appendix A'")
    elif where > MAIN_PAGES:
        fail(f"'Appendix A' is on page {where} of the HTML pack: more than {MAIN_PAGES - 1} pages before the appendices")
    else:
        ok(f"'Appendix A' is on page {where}")
    # The heading after each forced break (`.page-break`) opens a page.
    markup = open(html_path, encoding="utf-8").read()
    after_breaks = [normal(unescape(re.sub(r"<[^>]+>", "", m)))[:40]
                    for m in re.findall(r'class="page-break".*?<h\d[^>]*>(.*?)</h\d>', markup, re.S)]
    half_empty(book, "HTML pack", where, after_breaks)


def main():
    docx_path, docx_pdf, html_path, html_pdf = sys.argv[1:5]
    check_docx(docx_path, docx_pdf)
    check_html(html_path, html_pdf)
    if problems:
        print(f"paper print check FAILED: {len(problems)} problems")
        sys.exit(1)
    print("paper print check passed")


if __name__ == "__main__":
    main()
