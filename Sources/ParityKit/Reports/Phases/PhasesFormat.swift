import Foundation

/// Every format `parity phases` writes.
public enum PhasesFormat: String, CaseIterable, Sendable {
    /// A terminal timeline with one bar per phase.
    case text
    case markdown
    case json
    /// A self-contained SVG timeline, for board packs.
    case svg

    public func render(_ progress: PlanProgress) -> String {
        switch self {
        case .text: return PhasesTextReport().render(progress)
        case .markdown: return PhasesMarkdownReport().render(progress)
        case .json: return PhasesJSONReport().render(progress)
        case .svg: return TimelineSVG().render(progress)
        }
    }
}
