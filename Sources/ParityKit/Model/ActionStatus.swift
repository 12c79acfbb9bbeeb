/// Whether an action-plan action is still to do.
public enum ActionStatus: String, CaseIterable, Codable, Sendable {
    case open, done

    /// The status as the action log writes it and owners choose it: Open, Done.
    public var word: String { self == .open ? "Open" : "Done" }
}
