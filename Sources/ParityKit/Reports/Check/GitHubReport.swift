/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, which
/// the Actions runner turns into annotations. Files are named from the git top level, as
/// GitHub reads them. GitHub shows only the first ten annotations of each level per step,
/// so findings in files come first, errors before warnings before notices, and
/// repository-wide ones (a rule's lapsed deadline) after them.
struct GitHubReport {
    var paths: ReportPaths = .repository

    func render(_ result: CheckResult) -> String {
        let ordered = result.diagnostics.enumerated().sorted { a, b in
            (a.element.repositoryWide ? 1 : 0, -rank(a.element.severity), a.offset)
                < (b.element.repositoryWide ? 1 : 0, -rank(b.element.severity), b.offset)
        }.map(\.element)
        var lines = ordered.map { diagnostic in
            let location = diagnostic.location
            let properties = [
                "file=\(property(paths.forTools(location.file)))", "line=\(location.line)", "col=\(location.column)",
                "title=\(property("parity " + diagnostic.code.id))",
            ]
            return "::\(command(diagnostic.severity)) \(properties.joined(separator: ","))::\(data(diagnostic.message))"
        }
        if !result.elsewhere.isEmpty {
            lines.append("::notice title=parity::\(data(CheckWords.elsewhere(result.elsewhere) + "; parity check --show all lists them."))")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func command(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    private func rank(_ severity: Diagnostic.Severity) -> Int {
        Diagnostic.Severity.allCases.firstIndex(of: severity)!
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
