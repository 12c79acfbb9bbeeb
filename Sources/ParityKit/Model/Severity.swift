/// How much a rule matters to the board: it orders gaps and sets check severities.
public enum Severity: String, CaseIterable, Codable, Sendable {
    case high, medium, low
}
