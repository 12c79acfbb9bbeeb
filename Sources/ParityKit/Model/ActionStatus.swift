/// Whether an action-plan action is still to do.
public enum ActionStatus: String, CaseIterable, Codable, Sendable {
    case open, done
}
