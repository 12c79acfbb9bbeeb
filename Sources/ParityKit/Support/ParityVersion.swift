/// parity's own version, as `--version`, SARIF and JUnit give it.
public enum ParityVersion {
    public static let current = "0.1.0"
}
