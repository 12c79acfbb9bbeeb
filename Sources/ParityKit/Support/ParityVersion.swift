/// parity's own version, as `--version`, SARIF and JUnit give it.
public enum ParityVersion {
    public static let current = "0.1.0"
    /// Where parity is published: SARIF's `informationUri`, and the base of each built-in
    /// rule's `helpUri` (its page in docs/rules, at this version's tag).
    public static let homepage = "https://github.com/parity-edi/parity"

    /// A page of parity's docs at this version, as a browser opens it.
    public static func docs(_ page: String) -> String {
        "\(homepage)/blob/v\(current)/docs/\(page)"
    }
}
