/// The plan timeline as one self-contained SVG: a bar per phase across twelve months and
/// "later", a dashed line at the as-of date, and every status written as text, with
/// patterns rather than colour alone so it reads when printed in black and white.
struct TimelineSVG {
    static let labelWidth = 340
    static let monthWidth = 44
    static let statusWidth = 190
    static let rowHeight = 34
    static let top = 74
    static var width: Int { labelWidth + 13 * monthWidth + statusWidth }

    func render(_ progress: PlanProgress) -> String {
        let calendar = PlanCalendar(start: progress.planStart)
        let height = Self.top + progress.phases.count * Self.rowHeight + 40
        let title = "One-year plan timeline, \(progress.organisation), as of \(ReportText.long(progress.asOf))"
        var svg: [String] = []
        svg.append("""
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(height)" viewBox="0 0 \(Self.width) \(height)" role="img" aria-labelledby="timeline-title timeline-desc" font-family="Helvetica, Arial, sans-serif" font-size="13">
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
            <text x="8" y="22" font-size="16" font-weight="bold" fill="#000000">\(XML.escape(title))</text>
            <text x="8" y="42" fill="#000000">\(XML.escape(PhaseWords.headline(progress)))</text>
            """)
        for month in 1...13 {
            let x = Self.labelWidth + (month - 1) * Self.monthWidth
            let label: String
            if month == 13 {
                label = "later"
            } else {
                let first = calendar.firstDay(ofMonth: month)
                label = ReportText.monthNames[first.month - 1].prefix(3) + (month == 1 || first.month == 1 ? " \(first.year % 100)" : "")
            }
            svg.append("<line x1=\"\(x)\" y1=\"\(Self.top - 8)\" x2=\"\(x)\" y2=\"\(Self.top + progress.phases.count * Self.rowHeight)\" stroke=\"#bfbfbf\" stroke-width=\"1\"/>")
            svg.append("<text x=\"\(x + 4)\" y=\"\(Self.top - 12)\" fill=\"#000000\" font-size=\"11\">\(XML.escape(label))</text>")
        }
        for (row, phase) in progress.phases.enumerated() {
            let y = Self.top + row * Self.rowHeight
            let from = x(of: phase.windowStart, calendar: calendar)
            let to = phase.openEnded ? Self.labelWidth + 13 * Self.monthWidth : x(of: phase.due.adding(days: 1), calendar: calendar)
            svg.append("<text x=\"8\" y=\"\(y + 21)\" fill=\"#000000\">\(XML.escape(clip("\(phase.id) \(phase.title)", 46)))</text>")
            svg.append("<rect x=\"\(from)\" y=\"\(y + 6)\" width=\"\(max(4, to - from))\" height=\"\(Self.rowHeight - 12)\" fill=\"url(#p-\(phase.status.rawValue))\" stroke=\"#000000\" stroke-width=\"1\"><title>\(XML.escape("\(phase.id): \(PhaseWords.status(phase.status)), \(PhaseWords.counts(phase)); \(PhaseWords.window(phase))"))</title></rect>")
            svg.append("<text x=\"\(Self.labelWidth + 13 * Self.monthWidth + 8)\" y=\"\(y + 21)\" fill=\"#000000\"><tspan font-weight=\"bold\">\(XML.escape(PhaseWords.status(phase.status)))</tspan> \(XML.escape("\(phase.done)/\(phase.total) done"))</text>")
        }
        if progress.planMonth > 0 {
            let marker = x(of: progress.asOf, calendar: calendar)
            let bottom = Self.top + progress.phases.count * Self.rowHeight
            svg.append("<line x1=\"\(marker)\" y1=\"\(Self.top - 6)\" x2=\"\(marker)\" y2=\"\(bottom + 6)\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
            svg.append("<text x=\"\(marker)\" y=\"\(bottom + 22)\" text-anchor=\"middle\" fill=\"#000000\" font-weight=\"bold\">\(XML.escape("as of \(ReportText.long(progress.asOf))"))</text>")
        }
        let legendY = Self.top + progress.phases.count * Self.rowHeight + 22
        svg.append("<text x=\"8\" y=\"\(legendY)\" fill=\"#000000\" font-size=\"11\">Fill: solid complete, lined on track, hatched behind, dotted not started, blank upcoming.</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// The x position of a date: months are equal widths, days spread within them.
    private func x(of date: CivilDate, calendar: PlanCalendar) -> Int {
        let month = calendar.month(of: date)
        guard month > 0 else { return Self.labelWidth }
        if month > 12 { return Self.labelWidth + 12 * Self.monthWidth + Self.monthWidth / 2 }
        let first = calendar.firstDay(ofMonth: month)
        let length = first.days(until: calendar.lastDay(ofMonth: month)) + 1
        return Self.labelWidth + (month - 1) * Self.monthWidth + first.days(until: date) * Self.monthWidth / length
    }

    private func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func description(_ progress: PlanProgress) -> String {
        progress.phases.map { "\($0.id) \($0.title): \(PhaseWords.status($0.status)), \(PhaseWords.counts($0))" }
            .joined(separator: ". ") + "."
    }
}
