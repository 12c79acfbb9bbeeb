/// What a rollup paper (docx, HTML, Markdown) says of itself beyond the rollup: its title.
public struct RollupPaper: Sendable {
    /// The paper's title (`rollup --title`); nil for one made from the rollup.
    public var title: String?

    public init(title: String? = nil) {
        self.title = title
    }
}
