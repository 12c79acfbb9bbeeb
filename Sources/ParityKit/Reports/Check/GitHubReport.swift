/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, which
/// the Actions runner turns into annotations on the changed lines.
struct GitHubReport {
    func render(_ result: CheckResult) -> String {
        result.diagnostics.map { diagnostic in
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let location = diagnostic.location
            let properties = [
                "file=\(property(location.file))", "line=\(location.line)", "col=\(location.column)",
                "title=\(property("parity " + diagnostic.code.id))",
            ]
            return "::\(command) \(properties.joined(separator: ","))::\(data(diagnostic.message))"
        }.joined(separator: "\n") + (result.diagnostics.isEmpty ? "" : "\n")
    }

    /// Escapes a command's message, as the Actions toolkit does.
    private func data(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a property value, which also may not hold `:` or `,`.
    private func property(_ text: String) -> String {
        var out = ""
        for character in data(text) {
            switch character {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.append(character)
            }
        }
        return out
    }
}
