/// The board pack's one stylesheet, inline in the file. Colours are NHS identity colours
/// chosen for WCAG AA contrast (text on each background is at least 4.5:1): white on red
/// #b3261e 6.5:1, on green #007f3b 5.1:1, on grey #425563 7.8:1; #212b32 on amber #ffb81c
/// 8.3:1; blue #005eb8 and grey #4c6272 text on white 6.4:1. No rating is told by colour
/// alone. The print part sets A4 pages and lets the paper's parts follow one another, the
/// one forced break after the cover sheet (`.page-break`): a break, or a block too tall
/// for what is left of a page, leaves the page above it part empty, so tables of more than
/// six rows may break between rows and the RAG chart is held to half a page.
/// It keeps headings with what follows, table rows, short tables and blocks whole, repeats
/// table headers, keeps a rating and its status on one line (`.status`), drops the
/// contents list (links are no use on paper) and puts the organisation, date and page
/// number at the foot of every page. `.figures` names two things: the cover's key-figure
/// tiles (`ul.figures`), kept in one row on paper, and each rule's charts
/// (`section.figures`), set two to a row across A4 portrait (a lone chart at the left),
/// each about 240pt wide, with chart text at 12 units so it prints at about 8pt (9 units
/// would print at 6pt). The timeline keeps its own size on screen and, being
/// `TimelineSVG.width` (about 700) units wide, nearly that on paper. .ci/print-check.py
/// measures the printed PDF.
enum HTMLStyle {
    /// - Parameter footer: a CSS string literal for the running footer of printed pages.
    static func css(footer: String) -> String {
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 16px; line-height: 1.45; color: #212b32; background: #ffffff; }
        main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 0.75rem; }
        h2 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; padding-bottom: 0.3rem; border-bottom: 3px solid #005eb8; }
        h3 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
        h4 { font-size: 1.1rem; line-height: 1.3; margin: 0 0 0.5rem; }
        h5 { font-size: 1rem; margin: 0 0 0.4rem; }
        p { margin: 0 0 0.75rem; }
        ul, ol { margin: 0 0 0.75rem; padding-left: 1.4rem; }
        li { margin-bottom: 0.25rem; }
        a { color: #005eb8; }
        code { font-family: "Courier New", Courier, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        .part { margin-top: 3rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-weight: bold; font-size: 0.85rem; color: #4c6272; margin: 0 0 0.5rem; }
        .cover { border-top: 10px solid #005eb8; padding-top: 1.25rem; }
        .meta { color: #4c6272; }
        .summary { font-size: 1.1rem; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 1.25rem 0; }
        .figures li { flex: 1 1 8rem; margin: 0; border: 1px solid #d8dde0; border-left: 8px solid #4c6272; padding: 0.5rem 0.75rem; }
        .figures .n { display: block; font-size: 1.8rem; font-weight: bold; line-height: 1.2; }
        .figures .fig-red { border-left-color: #b3261e; }
        .figures .fig-amber { border-left-color: #ffb81c; }
        .figures .fig-green { border-left-color: #007f3b; }
        .figures .fig-grey { border-left-color: #425563; }
        figure { margin: 1.25rem 0; }
        figcaption { font-size: 0.9rem; color: #4c6272; margin-top: 0.5rem; }
        svg { display: block; width: 100%; height: auto; max-width: 100%; }
        .timeline svg { max-width: \(TimelineSVG.width)px; }
        table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid #d8dde0; }
        td { overflow-wrap: anywhere; }
        thead th { background: #f0f4f5; border-bottom: 2px solid #212b32; }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #212b32; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        td.word { overflow-wrap: normal; }
        .rag { display: inline-block; min-width: 4.6em; text-align: center; padding: 0.05em 0.4em; border: 1px solid #212b32; border-radius: 3px; font-size: 0.85rem; letter-spacing: 0.03em; white-space: nowrap; }
        .rag-red { background: #b3261e; color: #ffffff; }
        .rag-amber { background: #ffb81c; color: #212b32; }
        .rag-green { background: #007f3b; color: #ffffff; }
        .rag-grey { background: #425563; color: #ffffff; }
        .overdue { color: #b3261e; font-weight: bold; }
        .contents ol { padding-left: 1.4rem; }
        .pack { margin-top: 2.5rem; }
        .rule { border: 1px solid #d8dde0; border-left: 8px solid #425563; padding: 1rem 1.25rem 0.5rem; margin: 1.25rem 0; }
        .rule.edge-red { border-left-color: #b3261e; }
        .rule.edge-amber { border-left-color: #ffb81c; }
        .rule.edge-green { border-left-color: #007f3b; }
        .rule-id { color: #4c6272; margin-right: 0.35rem; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        .cgd { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.75rem; margin-bottom: 1rem; }
        .block { background: #f0f4f5; padding: 0.75rem 1rem 0.25rem; border-top: 5px solid #4c6272; }
        .block ul { padding-left: 1.1rem; }
        .block ul ul { margin: 0.25rem 0; }
        .block-gap { border-top-color: #ed8b00; }
        .block-desired { border-top-color: #005eb8; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; margin-bottom: 1rem; }
        .figures h5 { flex-basis: 100%; margin: 0; }
        .measure { margin: 0; max-width: 360px; break-inside: avoid; page-break-inside: avoid; }
        .measure svg { max-width: 100%; height: auto; }
        .measure figcaption { font-size: 0.85rem; }
        .sub { margin-bottom: 0.3rem; }
        .location { color: #4c6272; }
        .remediation { border-left: 4px solid #005eb8; padding-left: 0.75rem; }
        .source { font-size: 0.85rem; color: #4c6272; }
        .owner { margin-top: 1.5rem; }
        .rag-table td, .rag-table th { text-align: center; }
        .rag-table th[scope="row"] { text-align: left; }
        .cover-sheet th[scope="row"] { width: 28%; background: #f0f4f5; }
        .cover-sheet td { overflow-wrap: normal; }
        .lead { margin: 0.75rem 0 0.25rem; }
        .note { font-size: 0.85rem; color: #4c6272; }
        td.status, th.status { white-space: nowrap; }
        ol.decisions li { margin-bottom: 0.5rem; }
        footer { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid #d8dde0; font-size: 0.85rem; color: #4c6272; }
        @media (max-width: 50rem) {
          .cgd { grid-template-columns: minmax(0, 1fr); }
        }
        @page {
          size: A4;
          margin: 16mm 15mm 18mm 15mm;
          @bottom-left { content: \(footer); font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #4c6272; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #4c6272; }
        }
        @media print {
          html { font-size: 9.5pt; }
          body { font-size: 1rem; line-height: 1.35; }
          main { max-width: none; padding: 0; }
          h3 { margin-top: 1.2rem; }
          h5 { margin-bottom: 0.2rem; }
          p, li { orphans: 3; widows: 3; }
          .part { margin-top: 1rem; }
          .page-break { break-after: page; }
          h2, h3, h4, .lead { break-after: avoid; }
          .chart svg { width: auto; max-height: 50vh; }
          .cover { border-top-width: 6px; padding-top: 0.75rem; }
          ul.figures { margin: 0.75rem 0; gap: 0.4rem; flex-wrap: nowrap; }
          ul.figures li { flex: 1 1 0; min-width: 0; padding: 0.25rem 0.5rem; }
          section.figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.6rem 1.25rem; align-items: start; }
          section.figures h5 { grid-column: 1 / -1; }
          .measure { max-width: none; }
          .measure-chart { overflow: visible; }
          .measure-chart text { font-size: 12px; }
          figure { margin: 0.75rem 0; }
          h1, h2, h3, h4, h5, caption, .sub, .pack .meta { break-after: avoid; break-inside: avoid; }
          .rule-head, figure, table.keep, tr, ul.figures, .remediation, .contents { break-inside: avoid; }
          table.keep:has(tbody > tr:nth-child(7)) { break-inside: auto; }
          .pack { margin-top: 1.2rem; }
          .rule { padding: 0.5rem 0.75rem 0.1rem; margin: 0.75rem 0; border-left-width: 6px; }
          .facts { margin: 0.25rem 0 0.5rem; }
          .cgd { grid-template-columns: minmax(0, 1fr); gap: 0.35rem; margin-bottom: 0.5rem; }
          .block { padding: 0.35rem 0.6rem 0.05rem; border-top-width: 3px; }
          .block p, .block li { margin-bottom: 0.15rem; }
          thead { display: table-header-group; }
          table { margin-bottom: 0.75rem; }
          th, td { padding: 0.2rem 0.35rem; }
          a { color: inherit; text-decoration: none; }
          .contents { display: none; }
          footer { break-inside: avoid; margin-top: 1.5rem; }
        }
        """
    }
}
