import Foundation

/// The rollup as a Word paper for an ICB board, on A4 landscape: the title (`--title`, or
/// one made from the rollup) with the date in words, a cover sheet when the paper is given
/// particulars (`--paper`), a summary in sentences (counts, the
/// rules most often red, what moved), the organisations' pack scores as a table, the
/// matrix of organisations × rules as one table per pack (as many organisations to a
/// table as the page's width holds, each rating a word on its shading, so it reads in
/// black and white), the counts per rule, the recurring gaps in words no one trust's
/// documents colour, the indicators against the system median and the national series,
/// what moved since the earlier rollup, and the notes on pack revisions. Dates are written
/// out and packs named by title: the board's words, not the tool's. Built with the gap
/// paper's WordML and OfficePackage pieces, dated by the as-of date so the bytes are
/// reproducible, and with the words every rollup format shares (`RollupWords`). A
/// template (`--template`) replaces the styles, theme, header and footer.
struct RollupDocxReport {
    var template: WordTemplate?
    var paper = PaperParticulars()

    func render(_ rollup: Rollup) -> Data {
        package(rollup).zipped(on: RollupXlsxReport.date(rollup))
    }

    func package(_ rollup: Rollup) -> OfficePackage {
        var body: [String] = []
        body += cover(rollup)
        body += scores(rollup)
        body += matrix(rollup)
        body += counts(rollup)
        body += recurring(rollup)
        body += indicators(rollup)
        body += moved(rollup)
        body += notes(rollup)

        let title = RollupWords.title(rollup, given: paper.title)
        let templateParts = template?.parts ?? [:]
        var package = OfficePackage()
        package.add("[Content_Types].xml", xml: WordML.contentTypes(images: templateParts.keys.contains { $0.hasPrefix("word/media/") },
                                                                  template: templateParts))
        package.add("_rels/.rels", xml: WordML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: title, date: RollupXlsxReport.date(rollup)))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("word/document.xml", xml: OfficePackage.declaration
            + "<w:document \(WordML.namespaces)><w:body>" + body.joined() + Self.section(columns: 1) + "</w:body></w:document>")
        package.add("word/_rels/document.xml.rels", xml: WordML.documentRelationships(images: [], template: templateParts))
        package.add("word/styles.xml", xml: WordML.styles)
        package.add("word/numbering.xml", xml: WordML.numbering)
        package.add("word/settings.xml", xml: WordML.settings)
        package.add("word/header1.xml", xml: WordML.header(title))
        package.add("word/footer1.xml", xml: WordML.footer("Prepared with parity"))
        // The template wins over parity's own styles, header and footer.
        for (path, data) in templateParts.sorted(by: { $0.key < $1.key }) {
            package.add(path, data: data)
        }
        return package
    }

    /// "Organisations 1 to 6 of 11" when the organisations take more than one table.
    static func part(_ group: Range<Int>, of total: Int) -> String? {
        guard group.count < total else { return nil }
        return "Organisations \(group.lowerBound + 1) to \(group.upperBound) of \(total)"
    }

    /// A section break: what comes before it ends a section of the landscape page in
    /// `columns` newspaper columns; what follows starts on the same page.
    static func sectionBreak(columns: Int) -> String {
        "<w:p><w:pPr>\(section(columns: columns))</w:pPr></w:p>"
    }

    /// The landscape page in `columns` newspaper columns, following on from the section
    /// before it without a page break (which also balances the columns before it).
    static func section(columns: Int) -> String {
        var section = WordML.landscapeSection.replacingOccurrences(of: "<w:pgSz", with: "<w:type w:val=\"continuous\"/><w:pgSz")
        if columns > 1 {
            section = section.replacingOccurrences(of: "</w:sectPr>", with: "<w:cols w:num=\"\(columns)\" w:space=\"\(RollupMatrixLayout.columnGap)\"/></w:sectPr>")
        }
        return section
    }

    /// A cover sheet comes first when the paper is given particulars beyond its title
    /// (`rollup --paper`, `--meeting`, …): a title alone makes no cover sheet.
    static func hasCoverSheet(_ paper: PaperParticulars) -> Bool {
        var rest = paper
        rest.title = nil
        rest.location = nil
        return rest != PaperParticulars()
    }

    // MARK: 1. Title and summary

    private func cover(_ rollup: Rollup) -> [String] {
        var out = [WordML.text("Board paper", style: "Subtitle"),
                   WordML.text(RollupWords.title(rollup, given: paper.title), style: "Title")]
        var position = RollupWords.position(rollup)
        if rollup.asOf == nil {
            position += ": " + rollup.organisations.map { "\($0.label) \(ReportText.long($0.asOf))" }.joined(separator: ", ")
        }
        out.append(WordML.text("\(position). Prepared with parity from the organisations' gap analyses.", style: "Subtitle"))
        if rollup.anonymised { out.append(WordML.text(RollupWords.anonymisedNote)) }
        if Self.hasCoverSheet(paper) {
            out.append(WordCoverSheet.table(RollupWords.coverSheet(rollup, paper: paper), width: RollupMatrixLayout.textWidth))
            out.append(WordML.pageBreak)
        }
        out.append(WordML.heading("1. Summary", level: 1))
        out += RollupWords.summary(rollup).map { WordML.text($0) }
        return out
    }

    // MARK: 2. Pack scores

    private func scores(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("2. Pack scores", level: 1),
                   WordML.text("Each organisation's score for each pack it applies: the share of the pack's rules met, a rule partly met counting half; — where the organisation does not apply the pack.")]
        let layout = RollupMatrixLayout(labels: rollup.organisations.map(\.label))
        for group in layout.groups {
            if let part = Self.part(group, of: rollup.organisations.count) { out.append(WordML.text(part, style: "Caption")) }
            let organisations = rollup.organisations[group]
            let rows = rollup.packs.map { pack in
                [WordML.Cell(pack.title)] + organisations.map { organisation in
                    WordML.Cell(organisation.packs.first { $0.pack == pack.id }.map { RollupWords.score($0.score) } ?? "—")
                }
            }
            out.append(WordML.table(header: ["Pack"] + organisations.map(\.label), rows: rows,
                                    widths: layout.widths(organisations: group.count, across: true)))
        }
        return out
    }

    // MARK: 3. Matrix

    private func matrix(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("3. RAG matrix: organisations × rules", level: 1),
                   WordML.text("One table per pack. Each cell names its rating: RED, AMBER, GREEN, N/A (not applicable or waived), — (pack not applied); * not counted, as another revision of the pack states the rule differently. Each rule's full title and counts are in section 4, the pack scores in section 2.")]
        let layout = RollupMatrixLayout(labels: rollup.organisations.map(\.label))
        if layout.pageColumns > 1 { out.append(Self.sectionBreak(columns: 1)) }
        for pack in rollup.packs {
            let rules = rollup.rules.filter { $0.pack == pack.id }
            out.append(WordML.heading(pack.title, level: 2))
            for group in layout.groups {
                if let part = Self.part(group, of: rollup.organisations.count) { out.append(WordML.text(part, style: "Caption")) }
                let widths = layout.widths(organisations: group.count)
                let characters = RollupMatrixLayout.characters(in: widths[0])
                let rows: [[WordML.Cell]] = rules.map { rule in
                    [WordML.Cell("\(rule.id) " + RollupWords.short(rule.title, characters: characters - rule.id.count - 1))]
                        + group.map { cell(rule.cells.indices.contains($0) ? rule.cells[$0] : nil) }
                }
                out.append(WordML.table(header: ["Rule"] + rollup.organisations[group].map(\.label), rows: rows, widths: widths))
            }
            out += WordML.bullets(rules.compactMap(\.note).map(RollupWords.inWords))
        }
        if layout.pageColumns > 1 { out.append(Self.sectionBreak(columns: layout.pageColumns)) }
        return out
    }

    /// A cell as the gap paper shows a rating: the word on its shading, "*" after it when
    /// not counted, "—" unshaded where the pack is not applied.
    private func cell(_ cell: Rollup.Cell?) -> WordML.Cell {
        guard let cell, let rag = cell.rag else { return WordML.Cell("—") }
        var shaded = WordML.Cell.rag(rag)
        shaded.text = RollupWords.cell(cell)
        return shaded
    }

    // MARK: 4. Counts

    private func counts(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("4. Counts per rule", level: 1),
                   WordML.text("How many organisations met each rule (of those it is counted for), met it by its deadline (of those with a deadline), and are past the deadline without meeting it.")]
        out.append(WordML.table(
            header: ["Rule", "Expectation", "Met", "Met by deadline", "Overdue", "Median days overdue", "Worst days overdue"],
            rows: rollup.rules.map { rule in
                [WordML.Cell(rule.id, bold: true), WordML.Cell(rule.title), WordML.Cell("\(rule.met) of \(rule.compared)"),
                 WordML.Cell(rule.withDeadline > 0 ? "\(rule.metByDeadline) of \(rule.withDeadline)" : "—"),
                 WordML.Cell(String(rule.overdue)), WordML.Cell(rule.medianDaysOverdue.map(RollupWords.number) ?? "—"),
                 WordML.Cell(rule.worstDaysOverdue.map(String.init) ?? "—")]
            },
            widths: [1300, 6270, 1300, 1500, 1200, 1500, 1500]))
        return out
    }

    // MARK: 5. Recurring gaps

    private func recurring(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("5. Recurring gaps", level: 1),
                   WordML.text("The same gap in two or more organisations: a problem of the system rather than of one organisation. Each organisation's own documents are not named, as another organisation's differ.")]
        if rollup.recurringGaps.isEmpty {
            out.append(WordML.text("None."))
        } else {
            out.append(WordML.table(
                header: ["Rule", "Gap", "Owners", "Organisations"],
                rows: rollup.recurringGaps.map { gap in
                    [WordML.Cell(gap.rule, bold: true), WordML.Cell(RollupWords.inWords(gap.gap)),
                     WordML.Cell(gap.owners.joined(separator: ", ")), WordML.Cell(RollupWords.organisations(gap.organisations, of: rollup))]
                },
                widths: [1300, 8070, 2600, 2600]))
        }
        return out
    }

    // MARK: 6. Indicators

    /// The indicators as one table (more when the organisations take more than one): a row
    /// per indicator with its band, each organisation's latest figure, its change on the
    /// year before and where it stands against the band, and the system's median and
    /// spread; the reference series (the national WRES figures) listed under it.
    private func indicators(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("6. Indicators", level: 1)]
        guard !rollup.indicators.isEmpty else { return out + [WordML.text("None.")] }
        out.append(WordML.text("Each organisation's latest figure, its change on the year before, and where it stands against the indicator's band; the system's median and spread leave out figures not shown. A figure from fewer cases than the indicator's minimum is not shown, since small numbers can identify staff."))
        let layout = RollupMatrixLayout(labels: rollup.organisations.map(\.label))
        let systemWidth = 2200
        for group in layout.groups {
            if let part = Self.part(group, of: rollup.organisations.count) { out.append(WordML.text(part, style: "Caption")) }
            let organisations = rollup.organisations[group]
            var widths = layout.widths(organisations: group.count, across: true)
            widths[0] -= systemWidth
            widths.append(systemWidth)
            let rows: [[WordML.Cell]] = rollup.indicators.map { indicator in
                let band = RollupWords.band(indicator).map { "\n" + $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
                let figures = organisations.map { organisation -> WordML.Cell in
                    guard let figure = indicator.figures.first(where: { $0.organisation == organisation.label }) else { return WordML.Cell("—") }
                    return WordML.Cell(Self.figure(figure, indicator))
                }
                return [WordML.Cell("\(indicator.id) (\(indicator.group)): \(indicator.title)\(band)")] + figures
                    + [WordML.Cell(RollupWords.system(indicator))]
            }
            out.append(WordML.table(header: ["Indicator"] + organisations.map(\.label) + ["System"], rows: rows, widths: widths))
        }
        let references = rollup.indicators.compactMap { indicator in
            indicator.reference.map { "\(indicator.id) (\(indicator.group)): " + RollupWords.inWords(RollupWords.reference($0, indicator)) + "." }
        }
        if !references.isEmpty {
            out.append(WordML.text("Reference series", bold: true))
            out += WordML.bullets(references)
        }
        return out
    }

    /// A figure in its cell: the value, the period, then its change and its place against
    /// the band, each on a line of its own; only the words where it is suppressed.
    static func figure(_ figure: Rollup.Figure, _ indicator: Rollup.Indicator) -> String {
        guard !figure.suppressed else { return RollupWords.suppressed(indicator) }
        guard let value = figure.value else { return "no figure" + (figure.period.map { " for \($0)" } ?? "") }
        var lines = [RollupWords.format(value, indicator) + (figure.period.map { " (\($0))" } ?? "")]
        if let change = figure.change {
            lines.append(RollupWords.signed(change, indicator) + (figure.previousPeriod.map { " on \($0)" } ?? ""))
        }
        if let position = figure.position { lines.append(position == "within" ? "within the band" : "\(position) the band") }
        return lines.joined(separator: "\n")
    }

    // MARK: 7. What moved

    private func moved(_ rollup: Rollup) -> [String] {
        guard let changes = rollup.changes else { return [] }
        var out = [WordML.heading("7. " + RollupWords.inWords(RollupWords.since(changes)), level: 1)]
        guard let moved = RollupSummary(rollup).moved else { return out }
        out += RollupWords.moved(moved).map { WordML.text($0) }
        if !changes.moves.isEmpty {
            out.append(WordML.table(
                header: ["Organisation", "Rule", "Before", "Now"],
                rows: changes.moves.map { move in
                    [WordML.Cell(move.organisation, bold: true), WordML.Cell(move.rule),
                     WordML.Cell(RollupWords.side(move.fromStatus, move.fromRAG)), WordML.Cell(RollupWords.side(move.toStatus, move.toRAG))]
                },
                widths: [5000, 1970, 3800, 3800]))
        }
        if !changes.scores.isEmpty {
            out.append(WordML.table(
                header: ["Organisation", "Pack", "Score before", "Score now"],
                rows: changes.scores.map { change in
                    [WordML.Cell(change.organisation, bold: true), WordML.Cell(RollupWords.packTitle(change.pack, in: rollup)),
                     WordML.Cell(RollupWords.score(change.from)), WordML.Cell(RollupWords.score(change.to))]
                },
                widths: [5000, 5970, 1800, 1800]))
        }
        var items: [String] = []
        if !changes.joined.isEmpty { items.append("New to the rollup: " + RollupWords.list(changes.joined)) }
        if !changes.left.isEmpty { items.append("No longer reported: " + RollupWords.list(changes.left)) }
        return out + WordML.bullets(items)
    }

    // MARK: 8. Notes

    private func notes(_ rollup: Rollup) -> [String] {
        guard !rollup.notes.isEmpty else { return [] }
        return [WordML.heading("\(rollup.changes == nil ? 7 : 8). Notes on the packs", level: 1)]
            + WordML.bullets(rollup.notes.map(RollupWords.inWords))
    }
}
