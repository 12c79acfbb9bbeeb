/// The plan timeline as one self-contained SVG: a bar per phase across twelve months and
/// "later", a dashed line at the as-of date, and every status written as text, with
/// patterns rather than colour alone so it reads when printed in black and white.
///
/// Each phase's name stands whole on the line above its bar (wrapped, never cut short),
/// so the drawing is narrow enough to print across an A4 portrait page at nearly its own
/// size: the 13-unit text prints at about 9pt and the 12-unit month labels and legend at
/// about 8.5pt. Lines of the title, headline and legend are wrapped by an estimate of
/// their width in Helvetica.
struct TimelineSVG {
    static let margin = 8
    static let monthWidth = 42
    static let statusWidth = 150
    static var gridLeft: Int { margin }
    static var gridRight: Int { gridLeft + 13 * monthWidth }
    static var width: Int { gridRight + statusWidth }
    /// Font sizes: the drawing's text, the title, and the month labels and legend.
    static let text = 13.0, titleSize = 16.0, small = 12.0
    /// Each phase: its name's lines, then the bar.
    static let nameLine = 16, barGap = 5, barHeight = 18, rowGap = 10

    func render(_ progress: PlanProgress) -> String {
        let calendar = PlanCalendar(start: progress.planStart)
        let title = "One-year plan timeline, \(progress.organisation), as of \(ReportText.long(progress.asOf))"
        let usable = Double(Self.width - 2 * Self.margin)
        let titleLines = Self.wrap(title, size: Self.titleSize, width: usable, bold: true)
        let headlineLines = Self.wrap(PhaseWords.headline(progress), size: Self.text, width: usable)
        let names = progress.phases.map { Self.wrap("\($0.id) \($0.title)", size: Self.text, width: usable) }
        let legend = Self.wrap("Fill: solid complete, lined on track, hatched behind, dotted not started, blank upcoming.",
                               size: Self.small, width: usable)

        var body: [String] = []
        var y = 22
        for line in titleLines {
            body.append("<text x=\"\(Self.margin)\" y=\"\(y)\" font-size=\"\(Self.number(Self.titleSize))\" font-weight=\"bold\" fill=\"#000000\">\(XML.escape(line))</text>")
            y += 20
        }
        for line in headlineLines {
            body.append("<text x=\"\(Self.margin)\" y=\"\(y)\" fill=\"#000000\">\(XML.escape(line))</text>")
            y += 17
        }
        // The year over its first month, the months, then the rows; the grid lines run
        // through each bar's band only, so no line crosses a phase's name.
        let monthsBaseline = y + 26
        for month in 1...13 {
            let x = Self.gridLeft + (month - 1) * Self.monthWidth
            let label: String
            if month == 13 {
                label = "later"
            } else {
                let first = calendar.firstDay(ofMonth: month)
                label = String(ReportText.monthNames[first.month - 1].prefix(3))
                if month == 1 || first.month == 1 {
                    body.append("<text x=\"\(x + 3)\" y=\"\(monthsBaseline - 15)\" fill=\"#000000\" font-size=\"\(Self.number(Self.small))\" font-weight=\"bold\">\(first.year)</text>")
                }
            }
            body.append("<text x=\"\(x + 3)\" y=\"\(monthsBaseline)\" fill=\"#000000\" font-size=\"\(Self.number(Self.small))\">\(XML.escape(label))</text>")
        }
        var rowTop = monthsBaseline + 6
        var bands: [(top: Int, bottom: Int)] = []
        for (phase, lines) in zip(progress.phases, names) {
            for (index, line) in lines.enumerated() {
                body.append("<text x=\"\(Self.margin)\" y=\"\(rowTop + 12 + index * Self.nameLine)\" fill=\"#000000\">\(XML.escape(line))</text>")
            }
            let barTop = rowTop + lines.count * Self.nameLine + Self.barGap
            bands.append((barTop - 3, barTop + Self.barHeight + 3))
            for month in 1...14 {
                let x = Self.gridLeft + (month - 1) * Self.monthWidth
                body.append("<line x1=\"\(x)\" y1=\"\(barTop - 3)\" x2=\"\(x)\" y2=\"\(barTop + Self.barHeight + 3)\" stroke=\"#bfbfbf\" stroke-width=\"1\"/>")
            }
            let from = x(of: phase.windowStart, calendar: calendar)
            let to = phase.openEnded ? Self.gridRight : x(of: phase.due.adding(days: 1), calendar: calendar)
            body.append("<rect x=\"\(from)\" y=\"\(barTop)\" width=\"\(max(4, to - from))\" height=\"\(Self.barHeight)\" fill=\"url(#p-\(phase.status.rawValue))\" stroke=\"#000000\" stroke-width=\"1\"><title>\(XML.escape("\(phase.id): \(PhaseWords.status(phase.status)), \(PhaseWords.counts(phase)); \(PhaseWords.window(phase))"))</title></rect>")
            body.append("<text x=\"\(Self.gridRight + 8)\" y=\"\(barTop + 14)\" fill=\"#000000\"><tspan font-weight=\"bold\">\(XML.escape(PhaseWords.status(phase.status)))</tspan> \(XML.escape("\(phase.done)/\(phase.total) done"))</text>")
            rowTop = barTop + Self.barHeight + Self.rowGap
        }
        let gridBottom = rowTop - Self.rowGap
        y = gridBottom
        if progress.planMonth > 0 {
            let marker = x(of: progress.asOf, calendar: calendar)
            // Dashed through each bar's band, not across the names.
            for band in bands {
                body.append("<line x1=\"\(marker)\" y1=\"\(band.top - 2)\" x2=\"\(marker)\" y2=\"\(band.bottom + 2)\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
            }
            let words = "as of \(ReportText.long(progress.asOf))"
            let half = Self.ems(words, bold: true) * Self.text / 2
            let centre = min(max(Double(marker), Double(Self.margin) + half), Double(Self.width - Self.margin) - half)
            body.append("<text x=\"\(Int(centre.rounded()))\" y=\"\(gridBottom + 20)\" text-anchor=\"middle\" fill=\"#000000\" font-weight=\"bold\">\(XML.escape(words))</text>")
            y += 20
        }
        y += 20
        for line in legend {
            body.append("<text x=\"\(Self.margin)\" y=\"\(y)\" fill=\"#000000\" font-size=\"\(Self.number(Self.small))\">\(XML.escape(line))</text>")
            y += 16
        }
        let height = y - 16 + 10

        var svg: [String] = []
        svg.append("""
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(height)" viewBox="0 0 \(Self.width) \(height)" role="img" aria-labelledby="timeline-title timeline-desc" font-family="Helvetica, Arial, sans-serif" font-size="\(Self.number(Self.text))">
            <title id="timeline-title">\(XML.escape(title))</title>
            <desc id="timeline-desc">\(XML.escape(description(progress)))</desc>
            <defs>
            <pattern id="p-complete" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#3a3a3a"/></pattern>
            <pattern id="p-on_track" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#d9d9d9"/><path d="M0 3h6" stroke="#3a3a3a" stroke-width="1"/></pattern>
            <pattern id="p-behind" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><path d="M0 0v6" stroke="#000000" stroke-width="2.5"/></pattern>
            <pattern id="p-not_started" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1" fill="#3a3a3a"/></pattern>
            <pattern id="p-upcoming" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/></pattern>
            </defs>
            <rect width="\(Self.width)" height="\(height)" fill="#ffffff"/>
            """)
        svg += body
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// The x position of a date: months are equal widths, days spread within them.
    private func x(of date: CivilDate, calendar: PlanCalendar) -> Int {
        let month = calendar.month(of: date)
        guard month > 0 else { return Self.gridLeft }
        if month > 12 { return Self.gridLeft + 12 * Self.monthWidth + Self.monthWidth / 2 }
        let first = calendar.firstDay(ofMonth: month)
        let length = first.days(until: calendar.lastDay(ofMonth: month)) + 1
        return Self.gridLeft + (month - 1) * Self.monthWidth + first.days(until: date) * Self.monthWidth / length
    }

    private func description(_ progress: PlanProgress) -> String {
        progress.phases.map { "\($0.id) \($0.title): \(PhaseWords.status($0.status)), \(PhaseWords.counts($0))" }
            .joined(separator: ". ") + "."
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// Text broken into lines at spaces so that each fits `width` at `size` (a word longer
    /// than a line stands alone on its line rather than being cut).
    static func wrap(_ text: String, size: Double, width: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty, ems(candidate, bold: bold) * size > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Roughly how wide text is in Helvetica or Arial, in ems, erring wide: enough to wrap
    /// lines and keep a label inside the drawing.
    static func ems(_ text: String, bold: Bool = false) -> Double {
        var total = 0.0
        for character in text {
            switch character {
            case "i", "j", "l", ".", ",", ":", ";", "'", "|", "!", "I", " ": total += 0.29
            case "f", "t", "r", "(", ")", "/", "-", "[", "]": total += 0.37
            case "m", "w", "M", "W": total += 0.9
            case "A"..."Z", "–", "—": total += 0.72
            default: total += 0.58
            }
        }
        return total * (bold ? 1.08 : 1.0)
    }
}
