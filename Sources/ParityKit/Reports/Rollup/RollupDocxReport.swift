import Foundation

/// The rollup as a Word paper for an ICB board, on A4 landscape: the title with the as-of
/// date and the number of organisations (each organisation's date and pack scores in a
/// table), the matrix of organisations × rules per pack as Word tables (each rating a word
/// on its shading, so it reads in black and white) with a score row, the counts per rule,
/// the recurring gaps, the indicators against the system median and the national series,
/// what moved since the earlier rollup, and the notes on pack revisions. Built with the
/// gap paper's WordML and OfficePackage pieces, dated by the as-of date so the bytes are
/// reproducible, and with the words every rollup format shares (`RollupWords`). A
/// template (`--template`) replaces the styles, theme, header and footer.
struct RollupDocxReport {
    var template: WordTemplate?

    /// The text width of an A4 landscape page with 2 cm margins, in twentieths of a point.
    private static let textWidth = 14570

    func render(_ rollup: Rollup) -> Data {
        package(rollup).zipped(on: RollupXlsxReport.date(rollup))
    }

    func package(_ rollup: Rollup) -> OfficePackage {
        var body: [String] = []
        body += cover(rollup)
        body += matrix(rollup)
        body += counts(rollup)
        body += recurring(rollup)
        body += indicators(rollup)
        body += moved(rollup)
        body += notes(rollup)

        let title = RollupWords.heading(rollup)
        let templateParts = template?.parts ?? [:]
        var package = OfficePackage()
        package.add("[Content_Types].xml", xml: WordML.contentTypes(images: templateParts.keys.contains { $0.hasPrefix("word/media/") },
                                                                  template: templateParts))
        package.add("_rels/.rels", xml: WordML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: title, date: RollupXlsxReport.date(rollup)))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("word/document.xml", xml: OfficePackage.declaration
            + "<w:document \(WordML.namespaces)><w:body>" + body.joined() + WordML.landscapeSection + "</w:body></w:document>")
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

    // MARK: 1. Title and organisations

    private func cover(_ rollup: Rollup) -> [String] {
        var out = [WordML.text("Board paper · Equality, diversity and inclusion across the system", style: "Subtitle"),
                   WordML.text(RollupWords.heading(rollup), style: "Title")]
        let dates = Array(Set(rollup.organisations.map(\.asOf))).sorted()
        let asOf = dates.count == 1 ? "As of \(ReportText.long(dates[0]))" : "As of " + dates.map { ReportText.long($0) }.joined(separator: ", ")
        out.append(WordML.text("\(asOf). Prepared with parity from the organisations' gap analyses.", style: "Subtitle"))
        if rollup.anonymised { out.append(WordML.text(RollupWords.anonymisedNote)) }
        out.append(WordML.heading("1. Organisations", level: 1))
        out.append(WordML.table(
            header: ["Organisation", "As of", "Pack scores"],
            rows: rollup.organisations.map { [WordML.Cell($0.label, bold: true), WordML.Cell(ReportText.long($0.asOf)), WordML.Cell(RollupWords.scores($0))] },
            widths: [5000, 2400, Self.textWidth - 7400]))
        return out
    }

    // MARK: 2. Matrix

    private func matrix(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("2. RAG matrix: organisations × rules", level: 1),
                   WordML.text("Each cell names its rating: RED, AMBER, GREEN, N/A (not applicable or waived), — (pack not applied); * not counted, as another revision of the pack states the rule differently.")]
        let count = max(rollup.organisations.count, 1)
        let ruleWidth = 4200
        let organisationWidth = max(600, min(2000, (Self.textWidth - ruleWidth) / count))
        let widths = [ruleWidth] + Array(repeating: organisationWidth, count: rollup.organisations.count)
        for pack in rollup.packs {
            out.append(WordML.heading("\(pack.id): \(pack.title)", level: 2))
            out.append(WordML.text("Revision\(pack.revisions.count == 1 ? "" : "s") \(pack.revisions.joined(separator: ", ")).", style: "Caption"))
            var rows: [[WordML.Cell]] = rollup.rules.filter { $0.pack == pack.id }.map { rule in
                [WordML.Cell("\(rule.id) \(rule.title)")] + rule.cells.map(cell)
            }
            rows.append([WordML.Cell("Score", bold: true)] + rollup.organisations.map { organisation in
                WordML.Cell(RollupWords.score(organisation.packs.first { $0.pack == pack.id }?.score), bold: true)
            })
            out.append(WordML.table(header: ["Rule"] + rollup.organisations.map(\.label), rows: rows, widths: widths))
            out += WordML.bullets(rollup.rules.filter { $0.pack == pack.id }.compactMap(\.note))
        }
        return out
    }

    /// A cell as the gap paper shows a rating: the word on its shading, "*" after it when
    /// not counted, "—" unshaded where the pack is not applied.
    private func cell(_ cell: Rollup.Cell) -> WordML.Cell {
        guard let rag = cell.rag else { return WordML.Cell(RollupWords.cell(cell)) }
        var shaded = WordML.Cell.rag(rag)
        shaded.text = RollupWords.cell(cell)
        return shaded
    }

    // MARK: 3. Counts

    private func counts(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("3. Counts per rule", level: 1),
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

    // MARK: 4. Recurring gaps

    private func recurring(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("4. Recurring gaps", level: 1),
                   WordML.text("The same gap in two or more organisations: a system problem rather than one organisation's.")]
        if rollup.recurringGaps.isEmpty {
            out.append(WordML.text("None."))
        } else {
            out.append(WordML.table(
                header: ["Rule", "Owners", "Organisations", "Gap"],
                rows: rollup.recurringGaps.map { gap in
                    [WordML.Cell(gap.rule, bold: true), WordML.Cell(gap.owners.joined(separator: ", ")),
                     WordML.Cell("\(gap.organisations.count): \(gap.organisations.joined(separator: ", "))"), WordML.Cell(gap.gap)]
                },
                widths: [1300, 2800, 3600, 6870]))
        }
        return out
    }

    // MARK: 5. Indicators

    private func indicators(_ rollup: Rollup) -> [String] {
        var out = [WordML.heading("5. Indicators", level: 1)]
        if rollup.indicators.isEmpty { out.append(WordML.text("None.")) }
        for indicator in rollup.indicators {
            out.append(WordML.heading("\(indicator.id) (\(indicator.group)): \(indicator.title)", level: 2))
            if let band = RollupWords.band(indicator) { out.append(WordML.text(band.prefix(1).uppercased() + band.dropFirst() + ".")) }
            out.append(WordML.table(
                header: ["Organisation", "Latest", "Period", "Change on the year before", "Against the band"],
                rows: indicator.figures.map { figure in
                    let value = figure.suppressed ? RollupWords.suppressed(indicator)
                        : figure.value.map { RollupWords.format($0, indicator) } ?? "no figure"
                    let change = figure.change.map { RollupWords.signed($0, indicator) + (figure.previousPeriod.map { " on \($0)" } ?? "") } ?? "—"
                    return [WordML.Cell(figure.organisation, bold: true), WordML.Cell(value), WordML.Cell(figure.period ?? "—"),
                            WordML.Cell(change), WordML.Cell(figure.position ?? "—")]
                },
                widths: [5000, 2400, 1600, 3170, 2400]))
            out.append(WordML.text("System: " + RollupWords.system(indicator) + "."))
            if let reference = indicator.reference {
                out.append(WordML.text(RollupWords.reference(reference, indicator) + "."))
            }
        }
        return out
    }

    // MARK: 6. What moved

    private func moved(_ rollup: Rollup) -> [String] {
        guard let changes = rollup.changes else { return [] }
        var out = [WordML.heading("6. " + RollupWords.since(changes), level: 1)]
        if changes.moves.isEmpty && changes.scores.isEmpty && changes.joined.isEmpty && changes.left.isEmpty {
            out.append(WordML.text("Nothing moved."))
        }
        var items = changes.moves.map(RollupWords.move) + changes.scores.map { "score " + RollupWords.scoreChange($0) }
        if !changes.joined.isEmpty { items.append("new: " + changes.joined.joined(separator: ", ")) }
        if !changes.left.isEmpty { items.append("no longer reported: " + changes.left.joined(separator: ", ")) }
        return out + WordML.bullets(items)
    }

    // MARK: 7. Notes

    private func notes(_ rollup: Rollup) -> [String] {
        guard !rollup.notes.isEmpty else { return [] }
        return [WordML.heading("\(rollup.changes == nil ? 6 : 7). Notes on the packs", level: 1)] + WordML.bullets(rollup.notes)
    }
}
