/// What `parity check FILE…` reports: the files given (with every problem that stops the
/// repository loading, and one line for the rest), or everything.
public enum CheckScope: String, CaseIterable, Sendable {
    case files
    case all
}
