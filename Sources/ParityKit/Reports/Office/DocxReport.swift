import Foundation

/// The board paper as a Word document, in the order `BoardPaperLayout` sets for every
/// paper format: the cover sheet on its own page, the short paper (executive summary,
/// since the last board, exceptions, decisions), then the lettered appendices.
///
/// Real Word structure: Title and Heading 1–3 styles (so the navigation pane and a table
/// of contents work), tables with their header row repeated on each page, RAG written as
/// a word on its colour, a header naming the paper and page numbers in the footer. A
/// trust's template replaces the styles, theme, header and footer (`--template`).
struct DocxReport {
    var plan: PlanProgress?
    var template: WordTemplate?
    var particulars = PaperParticulars()
    var since: RepositoryDiff?

    /// The text width of an A4 page with 2 cm margins, in twentieths of a point.
    private static let textWidth = 9638

    func render(_ assessment: Assessment) -> Data {
        package(assessment).zipped(on: assessment.asOf)
    }

    func package(_ assessment: Assessment) -> OfficePackage {
        let paper = BoardPaper(assessment, particulars: particulars, since: since, plan: plan)
        var images: [(name: String, png: [UInt8])] = []
        let body = BoardPaperLayout(paper: paper).blocks.flatMap { render($0, images: &images) }

        let title = "\(paper.title): \(assessment.organisation)"
        var package = OfficePackage()
        let templateParts = template?.parts ?? [:]
        package.add("[Content_Types].xml", xml: WordML.contentTypes(images: !images.isEmpty || templateParts.keys.contains { $0.hasPrefix("word/media/") },
                                                           template: templateParts))
        package.add("_rels/.rels", xml: WordML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: title, date: assessment.asOf))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("word/document.xml", xml: OfficePackage.declaration
            + "<w:document \(WordML.namespaces)><w:body>" + body.joined() + WordML.section + "</w:body></w:document>")
        package.add("word/_rels/document.xml.rels", xml: WordML.documentRelationships(images: images.map(\.name), template: templateParts))
        package.add("word/styles.xml", xml: WordML.styles)
        package.add("word/numbering.xml", xml: WordML.numbering)
        package.add("word/settings.xml", xml: WordML.settings)
        package.add("word/header1.xml", xml: WordML.header(paper.runningHeader))
        package.add("word/footer1.xml", xml: WordML.footer("Prepared with parity"))
        for image in images {
            package.add("word/media/\(image.name)", data: Data(image.png))
        }
        // The trust's template wins over parity's own styles, header and footer.
        for (path, data) in templateParts.sorted(by: { $0.key < $1.key }) {
            package.add(path, data: data)
        }
        return package
    }

    private func render(_ block: PaperBlock, images: inout [(name: String, png: [UInt8])]) -> [String] {
        switch block {
        case .title(let title, let kicker, let subtitle):
            return [WordML.text(kicker, style: "Subtitle"), WordML.text(title, style: "Title"), WordML.text(subtitle, style: "Subtitle")]
        case .coverSheet(let rows):
            return [WordCoverSheet.table(rows, width: Self.textWidth)]
        case .heading(let text, let level, _):
            return [WordML.heading(text, level: level)]
        case .paragraph(let text):
            return [WordML.text(text)]
        case .lead(let text):
            return [WordML.paragraph(WordML.run(text, bold: true), keepWithNext: true)]
        case .bullets(let items):
            return WordML.bullets(items)
        case .numbered(let items):
            return items.enumerated().map { WordML.paragraph(WordML.run("\($0.offset + 1). ", bold: true) + WordML.run($0.element)) }
        case .table(let table):
            return [WordML.text(table.caption, style: "Caption")] + [self.table(table)]
        case .ragChart(let packs):
            return ragChart(packs, images: &images)
        case .indicator(let measure, _):
            var out = [WordML.paragraph(WordML.run("\(measure.indicator) (\(measure.group)) ", bold: true) + WordML.run(measure.title), keepWithNext: true)]
            out.append(WordML.text(BoardText.plain(measure.words) + "." + (measure.breakdownWords.map { " \(BoardText.plain($0))." } ?? "")))
            out.append(WordML.text("Series: \(measure.seriesWords).", style: "Caption"))
            return out
        case .timeline:
            // The phase table beside it carries the same facts; only HTML draws the picture.
            return []
        case .note(let text):
            return [WordML.text(text, style: "Caption")]
        case .pageBreak:
            return [WordML.pageBreak]
        }
    }

    private func table(_ table: PaperTable) -> String {
        let total = table.weights.reduce(0, +)
        var widths = table.weights.map { Self.textWidth * $0 / total }
        widths[widths.count - 1] += Self.textWidth - widths.reduce(0, +)
        var rows = table.rows.map { $0.map(cell) }
        if let totals = table.totals { rows.append(totals.map(cell)) }
        return WordML.table(header: table.columns, rows: rows, widths: widths)
    }

    private func cell(_ cell: PaperTable.Cell) -> WordML.Cell {
        switch cell {
        case .text(let text): return WordML.Cell(text)
        case .strong(let text), .link(let text, _): return WordML.Cell(text, bold: true)
        case .rag(let rag, let words):
            var cell = WordML.Cell.rag(rag)
            if !words.isEmpty { cell.text += " " + words }
            return cell
        }
    }

    /// Each pack's RAG counts as a bar picture beside its name, the counts in its alt text.
    private func ragChart(_ packs: [PackSummary], images: inout [(name: String, png: [UInt8])]) -> [String] {
        let widths = [Self.textWidth - 3600, 3600]
        var rows: [[WordML.Cell]] = []
        for (index, pack) in packs.enumerated() {
            let c = pack.counts
            let name = "parity-rag-\(index + 1).png"
            let bar = RAGBarPNG(counts: c)
            images.append((name, bar.render()))
            let words = "\(pack.info.title): \(c.red) red, \(c.amber) amber, \(c.green) green, \(c.grey) not applicable"
            // The picture takes its cell's width (WordML.Picture), so the two cannot disagree.
            rows.append([WordML.Cell(pack.info.title),
                         .picture(bar.picture(relationship: "rIdImage\(images.count)", id: images.count, name: name, description: words))])
        }
        return [WordML.text("RAG ratings by pack", style: "Caption"), WordML.table(header: ["Pack", "RAG ratings"], rows: rows, widths: widths),
                WordML.text("Each bar counts the pack's rules by rating: red hatched, amber dotted, green solid, N/A cross-hatched; the numbers are on the bars and in the table below.", style: "Caption")]
    }
}
