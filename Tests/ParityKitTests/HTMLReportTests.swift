import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ParityKit

/// The board pack (`--format html`). Its golden files at both board dates are checked by
/// ExampleTrustTests.reportMatchesItsGoldenFile with every other format.
@Suite struct HTMLReportTests {
    let repository: LoadedRepository

    init() throws {
        repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    }

    func example(_ date: String, withPlan: Bool = false) -> String {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate(date))
        return ReportFormat.html.render(assessment, options: .init(
            plan: withPlan ? PlanTracker.track(repository, assessment: assessment) : nil, paper: repository.inventory.config.paper))
    }

    // MARK: Reading it back

    @Test(arguments: ExampleTrustTests.dates)
    func anXMLParserReadsTheExampleBackWithoutErrors(date: String) throws {
        let document = try ParsedHTML(example(date))
        #expect(document.root == "html")
        #expect(document.elements.filter { $0.name == "h1" }.count == 1)
    }

    @Test func theHostileReportIsWellFormedToo() throws {
        _ = try ParsedHTML(ReportFormat.html.render(try hostileAssessment()))
    }

    @Test func itIsInTheBoardsOrder() throws {
        let html = example("2024-04-15", withPlan: true)
        let headings = ["Cover sheet", "1. Executive summary", "2. Since the last board", "3. Exceptions: expectations rated red",
                        "4. Decisions asked of the Board", "Appendix A: rule by rule", "Appendix B: open gaps by accountable executive",
                        "Appendix C: Race equality one-year plan, timeline", "Appendix D: figures", "Appendix E: evidence relied on",
                        "Appendix F: how RAG, score and assurance are decided", "Appendix G: readings that are parity&#39;s own"]
        let positions = headings.map { html.range(of: ">\($0)<")?.lowerBound }
        #expect(!positions.contains(nil), "\(zip(headings, positions).filter { $0.1 == nil }.map(\.0))")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
        #expect(html.contains("<h1 id=\"title\">Equality, diversity and inclusion: position against the EDI Improvement Plan and the race equality plan</h1>"))
        #expect(html.contains("<tr><th scope=\"row\">Level of assurance</th><td>Limited assurance: "))
        // The paper proper names no file, key or ISO date.
        let paper = String(html[..<html.range(of: ">Appendix A: rule by rule<")!.lowerBound])
        for needle in [".md:", ".yaml", "approved_by", "review_due", "status is", "seed 0", "Must not have"] {
            #expect(!paper.contains(needle), "\(needle)")
        }
        #expect(paper.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil)
    }

    // MARK: Self-contained

    @Test(arguments: ExampleTrustTests.dates)
    func itReferencesNoExternalResource(date: String) throws {
        try expectSelfContained(example(date))
    }

    @Test func theHostileReportReferencesNoExternalResourceEither() throws {
        try expectSelfContained(ReportFormat.html.render(try hostileAssessment()))
    }

    func expectSelfContained(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let lower = html.lowercased()
        for needle in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "@font-face"] {
            #expect(!lower.contains(needle), "contains \(needle)", sourceLocation: sourceLocation)
        }
        let document = try ParsedHTML(html)
        for element in document.elements {
            for (name, value) in element.attributes where ["src", "href", "xlink:href", "action", "srcset", "poster", "data"].contains(name.lowercased()) {
                let value = value.trimmingCharacters(in: .whitespaces).lowercased()
                #expect(value.hasPrefix("#"), "<\(element.name) \(name)=\"\(value)\"> points outside the file", sourceLocation: sourceLocation)
            }
            if let style = element.attributes["style"] {
                #expect(!style.lowercased().contains("url("), sourceLocation: sourceLocation)
            }
        }
        // url() in the stylesheet or in SVG paint may only name a fragment of this file.
        var rest = Substring(lower)
        while let range = rest.range(of: "url(") {
            rest = rest[range.upperBound...]
            #expect(rest.hasPrefix("#"), "url(\(rest.prefix(20))", sourceLocation: sourceLocation)
        }
        #expect(html.contains("Content-Security-Policy"), sourceLocation: sourceLocation)
    }

    // MARK: Escaping

    func hostileAssessment() throws -> Assessment {
        let pack = try RulePackLoader.load(text: hostilePack, file: "rules/hostile.yaml", isBuiltin: false)
        let location = SourceLocation.file("a.md")
        let approved = EvidenceItem(
            id: "POL-1", title: "<script>alert(1)</script> (draft) & more", kind: "policy", status: .approved,
            approvedBy: "\"><img src=x onerror=alert(1)> (People) Committee", approvedOn: CivilDate("2024-01-10"),
            lastReviewed: CivilDate("2024-01-20"), satisfies: ["H.1"], path: "a.md", location: location)
        let draft = EvidenceItem(
            id: "POL-2", title: "\"><img src=x onerror=alert(1)>", kind: "policy", status: .draft,
            satisfies: ["H.2"],
            actions: [ActionItem(what: "<script>alert(1)</script> &amp; it", owner: "\"><img src=x onerror=alert(1)>",
                                 due: CivilDate("2024-01-01"), status: .open, location: location)],
            path: "b.md", location: location)
        let config = TrustConfig(
            organisation: "<script>alert(1)</script> \"><img src=x onerror=alert(1)> &amp; Trust",
            packs: [],
            overrides: [RuleOverride(ruleID: "H.3", notApplicableReason: "<script>alert(1)</script>", location: location)],
            waivers: [Waiver(ruleID: "H.2", reason: "<script>alert('waiver')</script>", approvedBy: "\"><img src=x onerror=alert(1)>",
                             approvedOn: CivilDate("2024-01-20"), expires: CivilDate("2024-06-30"), location: location)],
            location: .file("parity.yaml"))
        return Evaluator.evaluate(packs: [pack], inventory: Inventory(config: config, items: [approved, draft]),
                                  asOf: CivilDate("2024-02-01"))
    }

    @Test func hostileTextShowsAsTextAndMakesNoElement() throws {
        let assessment = try hostileAssessment()
        let html = ReportFormat.html.render(assessment)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // `&amp;` in the repository is text, shown as the five characters it is.
        #expect(html.contains("&amp;amp; Trust"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; it"))

        let document = try ParsedHTML(html)
        for element in document.elements {
            #expect(!["script", "img", "iframe", "object", "embed", "link"].contains(element.name), "\(element.name)")
            for name in element.attributes.keys {
                #expect(!name.lowercased().hasPrefix("on"), "\(element.name) has \(name)")
            }
        }
        // Read back by a parser, the hostile strings are exactly the text the repository held.
        let text = document.text
        #expect(text.contains("<script>alert(1)</script> \"><img src=x onerror=alert(1)> &amp; Trust"))
        #expect(text.contains("<script>alert(1)</script> (draft) & more"))
        #expect(text.contains("\"><img src=x onerror=alert(1)> (People) Committee"))
        #expect(text.contains("<script>alert(pack)</script> & Co"))
        let labels = document.elements.compactMap { $0.attributes["aria-label"] }.joined(separator: "\n")
        #expect(labels.contains("<script>alert(pack)</script> & Co"))
        // The organisation also reaches the print footer, as a CSS string.
        let style = document.elements.first { $0.name == "style" }
        #expect(style != nil)
        #expect(!html.contains("content: \"<"))
        #expect(html.contains("\\3c script\\3e alert(1)\\3c /script\\3e  \\22 \\3e \\3c img"))
    }

    @Test func escapeCoversTheFiveCharactersAndDropsControls() {
        #expect(HTML.escape("<a href=\"x\">Tom's & Jerry's</a>")
            == "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTML.escape("&amp;") == "&amp;amp;")
        #expect(HTML.escape("a\u{0}b\u{7}c\u{1B}[31m\td\ne") == "abc[31m\td\ne")
        #expect(HTML.escape("Équité – ½") == "Équité – ½")
        #expect(HTML.cssString("a\"b\\c</style>") == "\"a\\22 b\\5c c\\3c /style\\3e \"")
        #expect(HTML.slug("HIA6.1") == "HIA6.1")
        #expect(HTML.slug("a b\"<c>") == "a_b__c_")
    }

    // MARK: Accessible

    @Test func itIsAccessible() throws {
        let html = example("2024-04-15")
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let document = try ParsedHTML(html)
        #expect(document.elements.first?.attributes["lang"] == "en-GB")
        let headingLevels = document.elements.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.first == "h", let level = Int(String(element.name.last!)) else { return nil }
            return level
        }
        // Headings go down one level at a time.
        for (previous, next) in zip(headingLevels, headingLevels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) then h\(next)")
        }
        for th in document.elements where th.name == "th" {
            #expect(["col", "row"].contains(th.attributes["scope"] ?? ""), "a header cell without scope")
        }
        #expect(document.tablesWithoutCaption == 0)
        let charts = document.elements.filter { $0.name == "svg" && $0.attributes["class"] == "measure-chart" }
        #expect(!charts.isEmpty)
        for chart in charts {
            #expect(chart.attributes["role"] == "img")
            #expect(chart.attributes["aria-label"]?.hasPrefix("Line chart of ") == true)
        }
        let svgs = document.elements.filter { $0.name == "svg" && $0.attributes["class"] != "measure-chart" }
        #expect(svgs.count == 1)
        for svg in svgs {
            #expect(svg.attributes["role"] == "img")
            for pack in assessment.packs {
                #expect(svg.attributes["aria-label"]?.contains("\(pack.info.title): \(RAGChart.words(pack.counts)).") == true)
            }
        }
        #expect(document.elements.contains { $0.name == "title" && $0.parent == "svg" })
        // RAG is written, not only coloured.
        for label in ["RED", "AMBER", "GREEN"] {
            #expect(html.contains("\">\(label)</strong>"))
        }
        #expect(!document.elements.contains { $0.attributes["id"] != nil && $0.attributes["id"]!.contains(" ") })
        let ids = document.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        // Every in-page link lands somewhere.
        for element in document.elements where element.name == "a" {
            let target = String((element.attributes["href"] ?? "").dropFirst())
            #expect(ids.contains(target), "#\(target)")
        }
    }

    @Test func aWaiverIsShownAndASelfApprovedOneFlagged() throws {
        let html = ReportFormat.html.render(try hostileAssessment())
        #expect(html.contains("Waiver: waived until 30 June 2024: &lt;script&gt;alert(&#39;waiver&#39;)&lt;/script&gt;"))
        #expect(html.contains("Approved by an owner of the rule it waives"))
        #expect(html.contains("Not applicable or waived (2)"))
    }

        @Test func notApplicableShowsAsNAAndItsReason() throws {
        let html = ReportFormat.html.render(try hostileAssessment())
        #expect(html.contains("<strong class=\"rag rag-grey\">N/A</strong>"))
        #expect(html.contains("<p>Does not apply: &lt;script&gt;alert(1)&lt;/script&gt;</p>"))
    }

    // MARK: Content

    @Test func overdueActionsAndRulesAreFlagged() throws {
        let html = example("2024-04-15")
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let action = try #require(assessment.rules.flatMap(\.actions).first { $0.daysOverdue != nil })
        let days = try #require(action.daysOverdue)
        #expect(html.contains("<td><strong>Overdue by \(days) day\(days == 1 ? "" : "s")</strong></td>"))
        #expect(assessment.summary.overdue > 0)
        #expect(html.contains("Agree a revised date for each of the \(assessment.summary.overdue) expectations past their deadline and not fully met"))
        let red = assessment.rules.filter { $0.rag == .red }
        #expect(html.contains("<caption>Expectations rated red (\(red.count))</caption>"))
        for rule in red { #expect(html.contains("<a href=\"#rule-\(HTML.slug(rule.id))\">\(HTML.escape(rule.id)) "), "\(rule.id)") }
    }

    @Test func theAppendixListsTheEvidenceWithItsDates() throws {
        let html = example("2024-04-15")
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        #expect(Set(assessment.evidenceItems.map(\.id)) == Set(assessment.rules.flatMap(\.evidence)))
        for item in assessment.evidenceItems { #expect(!item.rules.isEmpty, "\(item.id)") }
        let item = try #require(assessment.evidenceItems.first { $0.approvedOn != nil && $0.approvedBy != nil && $0.reviewDue != nil })
        let approved = ReportText.long(try #require(item.approvedOn))
        #expect(html.contains("<tr><th scope=\"row\">\(HTML.escape(item.id))</th><td>\(HTML.escape(item.title))</td><td>\(HTML.escape(item.kind.replacingOccurrences(of: "-", with: " ")))</td><td>\(approved), \(HTML.escape(item.approvedBy!))</td>"))
        #expect(html.contains(ReportText.long(item.reviewDue!)))
    }

    @Test func theTimelineIsDrawnOnlyWhereThePlanIsApplied() throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let svg = PhasesFormat.svg.render(try #require(PlanTracker.track(repository, assessment: assessment)))
        let with = example("2024-04-15", withPlan: true)
        #expect(with.contains("<figure class=\"timeline\">\n\(svg)\n<figcaption>"))
        let plan = try #require(ReportText.planMonth(assessment))
        #expect(with.contains("<p>\(HTML.escape(plan))</p>"))
        _ = try ParsedHTML(with)

        // No plan, no section for it and no letter: the appendices close up.
        let noPlan = ReportFormat.html.render(try hostileAssessment())
        #expect(!noPlan.contains("<figure class=\"timeline\">") && !noPlan.contains("plan: timeline"))
        #expect(noPlan.contains(">Appendix C: evidence relied on<"))
    }

    /// Printed, the cover's key-figure tiles stay in one row, but a rule's charts wrap two
    /// to a row, a lone chart at the left, with their text enlarged to print at about 8pt;
    /// the timeline keeps its own size on screen. (.ci/print-check.py measures the PDF.)
    @Test func printKeepsTheTilesInOneRowAndSetsChartsTwoToARow() throws {
        let css = HTMLStyle.css(footer: "\"x\"")
        let print = String(css[try #require(css.range(of: "@media print {")).upperBound...])
        let rules = print.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for rule in rules where rule.contains("nowrap") {
            #expect(!rule.hasPrefix(".figures") && !rule.hasPrefix("section.figures"), "\(rule)")
        }
        #expect(rules.contains { $0.hasPrefix("ul.figures {") && $0.contains("flex-wrap: nowrap") })
        #expect(rules.contains { $0.hasPrefix("section.figures {") && $0.contains("grid-template-columns: repeat(2, minmax(0, 1fr))") })
        #expect(rules.contains("section.figures h5 { grid-column: 1 / -1; }"))
        #expect(rules.contains(".measure-chart text { font-size: 12px; }"))
        #expect(css.contains(".timeline svg { max-width: \(TimelineSVG.width)px; }"))
    }

    @Test func theSameAssessmentGivesTheSameBytes() throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-02-01"))
        #expect(ReportFormat.html.render(assessment) == ReportFormat.html.render(assessment))
        let filtered = assessment.filtered(owners: ["HR/OD"])
        let html = ReportFormat.html.render(filtered)
        _ = try ParsedHTML(html)
        #expect(html.contains("<caption>HR/OD ("))
    }

    @Test func anEmptyReportStillReads() throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15")).filtered(packs: ["no-such-pack"])
        let html = ReportFormat.html.render(assessment)
        _ = try ParsedHTML(html)
        #expect(html.contains("No expectation is rated red."))
        #expect(html.contains("No gaps are open."))
        #expect(html.contains("No assurance: the repository shows too little to rely on"))
    }

    // MARK: Pieces

    @Test func chartTitlesWrapToTwoLines() {
        #expect(RAGChart.wrap("short title", width: 20, lines: 2) == ["short title"])
        #expect(RAGChart.wrap("one two three four five six", width: 9, lines: 2) == ["one two", "three…"])
        #expect(RAGChart.wrap(String(repeating: "x", count: 25), width: 10, lines: 2) == ["xxxxxxxxxx", "xxxxxxxxx…"])
        #expect(RAGChart.number(12.5) == "12.5")
        #expect(RAGChart.number(3.14159) == "3.14")
        #expect(RAGChart.number(7.0) == "7")
        #expect(RAGChart.number(0.05) == "0.05")
    }
}

/// A pack whose every string is hostile.
private let hostilePack = """
    version: 1
    id: hostile
    title: "<script>alert(pack)</script> & Co"
    revision: "\\"><img src=x onerror=alert(1)>"
    source: "&amp; <b>source</b>"
    owners: ["<script>alert(1)</script>", "\\"><img src=x onerror=alert(1)>"]
    kinds: [policy]
    rules:
      - id: H.1
        title: "<script>alert(1)</script>"
        desired_state: "\\"><img src=x onerror=alert(1)>"
        owners: ["<script>alert(1)</script>"]
        deadline: 2024-03-31
        severity: high
        source: "&amp;"
        evidence:
          evidence: { kind: policy, claims: true }
          status: approved
        remediation: "<script>alert(1)</script>"
      - id: H.2
        title: "'single' & \\"double\\""
        desired_state: An approved policy.
        owners: ["\\"><img src=x onerror=alert(1)>"]
        deadline: 2024-01-15
        severity: medium
        source: test
        evidence:
          evidence: { kind: policy, claims: true }
          status: approved
        remediation: "<script>alert(1)</script>"
      - id: H.3
        title: Not for us
        desired_state: Something.
        owners: ["<script>alert(1)</script>"]
        deadline: ongoing
        severity: low
        source: test
        evidence:
          evidence: { kind: policy, claims: true }
          status: approved
        remediation: Nothing.

    """

/// An HTML file read back with Foundation's XML parser: it fails on anything that is not
/// well-formed (an unclosed element, an unquoted attribute, a bare `&`).
struct ParsedHTML {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: String?
    }

    var root: String?
    var elements: [Element]
    var text: String
    var tablesWithoutCaption: Int

    init(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        if !ok {
            let error = parser.parserError.map { "\($0)" } ?? "unknown error"
            Issue.record("not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(error)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        root = collector.elements.first?.name
        elements = collector.elements
        text = collector.text
        tablesWithoutCaption = collector.tablesWithoutCaption
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [String] = []
        var text = ""
        var tablesWithoutCaption = 0
        var tableHasCaption: [Bool] = []
        var justOpenedTable = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if justOpenedTable {
                tableHasCaption[tableHasCaption.count - 1] = name == "caption"
                justOpenedTable = false
            }
            elements.append(Element(name: name, attributes: attributes, parent: stack.last))
            stack.append(name)
            if name == "table" {
                tableHasCaption.append(false)
                justOpenedTable = true
            }
            text += " "
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            if name == "table", let hasCaption = tableHasCaption.popLast(), !hasCaption {
                tablesWithoutCaption += 1
            }
            text += " "
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }
    }
}
