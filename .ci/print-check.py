#!/usr/bin/env python3
"""The printed board pack read back from its PDF: figures that read on A4.

Usage: print-check.py BOARD.pdf BOARD.json PHASES.json

BOARD.pdf is the board pack printed by headless Chromium (A4); BOARD.json and PHASES.json
are `parity gap --format json` and `parity phases --format json` of the same repository
and date. The words of the PDF and their boxes come from `pdftotext -bbox` (poppler).
Fails (exit 1, naming what is wrong) unless

  - every indicator has its chart in appendix D, each once, its caption on one line;
    every word there (chart value labels, periods, the band and target labels, the
    captions) is at least 7 pt, and every value label of every chart is found, as text,
    above its own caption;
  - every word of the plan timeline is at least 8 pt, nothing in it is cut short with
    "…", and every phase's name ("PLAN.3 Phase 3: …") is in the text whole, on one line
    or wrapped onto the lines below it.

Font size from the box: pdftotext gives each word the box from the font's descent to
its ascent, so a word's height is the font size times (ascent + descent) of its font, not
the font size itself: 1.117 for Liberation Sans (Arial's metric twin, which Chromium uses
for Arial and Helvetica on Linux). The factor is not assumed but measured on text of a
known size on every page: the footer "Page N of M", which the stylesheet's @page rule sets
at 8pt. A font size is then a word's height divided by that factor.
"""
import html
import json
import math
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

FIGURE_MIN_PT = 7.0
TIMELINE_MIN_PT = 8.0
FOOTER_PT = 8.0  # @bottom-left / @bottom-right in HTMLStyle.swift

WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')

problems = []


def fail(message):
    problems.append(message)


class Word:
    def __init__(self, page, x0, y0, x1, y1, text):
        self.page, self.x0, self.y0, self.x1, self.y1, self.text = page, x0, y0, x1, y1, text

    @property
    def height(self):
        return self.y1 - self.y0

    def key(self):
        return (self.page, self.y0, self.x0)

    def __repr__(self):
        return f"{self.text!r} (page {self.page + 1}, x {self.x0:.0f}, y {self.y0:.0f})"


def read_words(pdf):
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages, words = [], []
    for index, chunk in enumerate(bbox.split("<page ")[1:]):
        size = PAGE.match("<page " + chunk)
        pages.append((float(size.group(1)), float(size.group(2))))
        for m in WORD.finditer(chunk):
            words.append(Word(index, *map(float, m.groups()[:4]), html.unescape(m.group(5))))
    words.sort(key=Word.key)
    return pages, words


class Lines:
    """The words of each page, to find those on the same line as a word (tops within 1pt)."""

    def __init__(self, words):
        self.pages = {}
        for w in words:
            self.pages.setdefault(w.page, []).append(w)

    def __call__(self, word):
        return sorted((w for w in self.pages[word.page] if abs(w.y0 - word.y0) < 1.0), key=lambda w: w.x0)


def sequence_at(words, start, tokens, lines):
    """The words spelling `tokens` from words[start] rightwards along its line, each close
    to the one before it, or None."""
    first = words[start]
    if first.text != tokens[0]:
        return None
    found = [first]
    for token in tokens[1:]:
        after = [w for w in lines(first) if w.x0 > found[-1].x0 + 0.1]
        if not after or after[0].text != token or after[0].x0 - found[-1].x1 > 1.2 * first.height:
            return None
        found.append(after[0])
    return found


def label(value, decimals):
    """A figure as MeasureNumber.format writes it: half away from zero on the decimal value."""
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{exact:.{decimals}f}"


def main():
    pdf, board_json, phases_json = sys.argv[1:4]
    board = json.load(open(board_json))
    phases = json.load(open(phases_json))["phases"]
    pages, words = read_words(pdf)
    lines = Lines(words)

    # --- Calibration: the 8pt footer ------------------------------------------------------
    footer = []
    for w in words:
        if w.text == "Page" and w.y0 > 0.9 * pages[w.page][1]:
            line = [x for x in lines(w) if x.x0 > w.x0]
            if len(line) >= 3 and line[0].text.isdigit() and line[1].text == "of" and line[2].text.isdigit():
                footer.append([w] + line[:3])
    if len(footer) != len(pages):
        sys.exit(f"print check: calibration failed: found the footer 'Page N of M' on {len(footer)} of {len(pages)} pages")
    heights = sorted(x.height for seq in footer for x in seq)
    per_pt = heights[len(heights) // 2] / FOOTER_PT
    if heights[-1] - heights[0] > 0.05 or not 1.0 < per_pt < 1.35:
        sys.exit(f"print check: calibration failed: footer word heights {heights[0]:.3f}–{heights[-1]:.3f} for {FOOTER_PT}pt text")
    print(f"calibration: the {FOOTER_PT:g}pt footer's words are {heights[0]:.3f} high on all {len(pages)} pages: "
          f"{per_pt:.4f} per pt (font ascent + descent)")

    def pt(w):
        return w.height / per_pt

    # The right margin: where the footer's "Page N of M" ends.
    content_right = max(seq[-1].x1 for seq in footer)

    def footer_zone(w):
        return w.y0 > 0.9 * pages[w.page][1]

    # --- Figures: appendix D, each indicator once --------------------------------------------
    start = next((i for i in range(len(words)) if sequence_at(words, i, ["Appendix", "D:", "figures"], lines)), None)
    end = next((i for i in range(start or 0, len(words)) if sequence_at(words, i, ["Appendix", "E:"], lines)), len(words))
    seen, indicators = set(), []
    for rule in board["rules"]:
        for measure in rule["measures"]:
            if (measure["indicator"], measure["group"]) not in seen:
                seen.add((measure["indicator"], measure["group"]))
                indicators.append(measure)
    value_heights, all_min, pitches = [], math.inf, []
    sections = []
    if indicators and start is None:
        fail("figures: the heading 'Appendix D: figures' is not in the PDF")
    elif indicators:
        band = [w for w in words[start:end] if not footer_zone(w)]
        captions, cursor = [], start
        for measure in indicators:
            tokens = [measure["indicator"]] + f"({measure['group']})".split() + measure["title"].split()[:1]
            hit = next((i for i in range(cursor, end) if sequence_at(words, i, tokens, lines)), None)
            if hit is None:
                fail(f"figures: no caption starting '{' '.join(tokens)}' on one line (a column too narrow?)")
                continue
            captions.append((measure, words[hit]))
            cursor = hit + 1
        small = [w for w in band if pt(w) < FIGURE_MIN_PT]
        if band:
            all_min = min(all_min, min(pt(w) for w in band))
        if small:
            fail(f"figures: {len(small)} words under {FIGURE_MIN_PT:g}pt, smallest "
                 f"{min(pt(w) for w in small):.1f}pt: {', '.join(repr(w.text) for w in small[:8])}")
        # One chart to a row in the appendix: each spans the text width above its caption.
        sections.append(({"id": "appendix D"}, captions, [[mc] for mc in captions]))
    pitch = sorted(pitches)[len(pitches) // 2] if pitches else None
    for rule, captions, rows in sections:
        for row in rows:
            for measure, caption in row:
                width = (row[1][1].x0 - row[0][1].x0) if len(row) == 2 else (pitch or content_right - caption.x0)
                top = caption.y0 - width * 150 / 360 - 12
                region = [w for w in words if w.page == caption.page and top <= w.y0 < caption.y0 - 0.5
                          and caption.x0 - 2 <= w.x0 and w.x1 <= caption.x0 + width]
                tiny = []
                for point in measure["series"]:
                    if point["value"] is None:
                        continue
                    text = label(point["value"], measure["decimals"])
                    found = [w for w in region if w.text == text]
                    if not found:
                        fail(f"figures of {rule['id']}: the value label {text} of {measure['indicator']} ({point['period']}) "
                             f"is not above its caption")
                    value_heights += [pt(w) for w in found]
                    tiny += [w for w in found if pt(w) < FIGURE_MIN_PT]
                if tiny:
                    fail(f"figures of {rule['id']}: value labels of {measure['indicator']} under {FIGURE_MIN_PT:g}pt: "
                         + ", ".join(f"{w.text} at {pt(w):.1f}pt" for w in tiny))
    if value_heights:
        print(f"figures: {len(sections)} sections, {sum(len(c) for _, c, _ in sections)} charts; value labels "
              f"{min(value_heights):.1f}–{max(value_heights):.1f}pt; every word of the sections at least {all_min:.1f}pt"
              + (f"; second column {pitch:.0f}pt across" if pitch else ""))

    # --- The plan timeline ------------------------------------------------------------------
    heading = next((i for i in range(len(words)) if sequence_at(words, i, ["Appendix", "C:"], lines)), None)
    caption = next((i for i in range(heading or 0, len(words))
                    if sequence_at(words, i, ["The", "phases", "of", "the", "plan,", "with"], lines)), None)
    if heading is None or caption is None:
        fail("timeline: appendix C (heading to caption) not found in the PDF")
    else:
        band = [w for w in words[heading:caption] if not footer_zone(w)]
        small = [w for w in band if pt(w) < TIMELINE_MIN_PT]
        if small:
            fail(f"timeline: {len(small)} words under {TIMELINE_MIN_PT:g}pt, smallest {min(pt(w) for w in small):.1f}pt: "
                 f"{', '.join(repr(w.text) for w in small[:8])}")
        cut = [w for w in band if "…" in w.text]
        if cut:
            fail(f"timeline: text cut short with …: {', '.join(repr(w.text) for w in cut)}")
        for phase in phases:
            tokens = (phase["id"] + " " + phase["title"]).split()
            if not whole(tokens, band, lines):
                fail(f"timeline: the phase name '{' '.join(tokens)}' is not in the PDF whole")
        if band:
            print(f"timeline: {len(band)} words, the smallest {min(pt(w) for w in band):.1f}pt; "
                  f"{len(phases)} phase names checked whole")

    sys.stdout.flush()
    if problems:
        print("print check FAILED:", file=sys.stderr)
        for p in problems:
            print("  - " + p, file=sys.stderr)
        sys.exit(1)
    print("print check passed")


def whole(tokens, band, lines):
    """The tokens, in order, from a word of the band rightwards along its line, carrying on
    at the start of the line below where a line ends (a wrapped name)."""
    for start in band:
        if start.text != tokens[0]:
            continue
        line_start, current, ok = start, start, True
        for token in tokens[1:]:
            line = [w for w in lines(current) if w.x0 > current.x0 and w.x0 - current.x1 < 1.2 * current.height]
            if line and line[0].text == token:
                current = line[0]
                continue
            below = sorted((w for w in band if w.page == current.page and 0.5 * current.height < w.y0 - current.y0 < 2 * current.height
                            and abs(w.x0 - line_start.x0) < 2), key=lambda w: w.y0)
            if below and below[0].text == token:
                current = line_start = below[0]
                continue
            ok = False
            break
        if ok:
            return True
    return False


if __name__ == "__main__":
    main()
