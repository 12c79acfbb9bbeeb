/// Every format `parity diff` writes.
public enum DiffFormat: String, CaseIterable, Sendable {
    case text
    /// The "since the last board" paragraph and lists, for a board paper.
    case markdown
    case json

    public func render(_ diff: RepositoryDiff) -> String {
        switch self {
        case .text: return DiffTextReport().render(diff)
        case .markdown: return DiffMarkdownReport().render(diff)
        case .json: return JSONOutput.render(diff)
        }
    }
}
