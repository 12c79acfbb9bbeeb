/// The key of an anonymised rollup: which organisation each letter stands for, as CSV.
/// Kept apart from the report, so the report can be shared and the key kept back.
struct RollupKeyReport {
    func render(_ key: [Rollup.KeyEntry]) -> String {
        var lines = [["label", "organisation", "source"].map(CSVReport.cell).joined(separator: ",")]
        for entry in key {
            lines.append([entry.label, entry.organisation, entry.source].map(CSVReport.cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
