/// Where a document stands in its approval: only approved items count as evidence.
public enum ItemStatus: String, CaseIterable, Codable, Sendable {
    case draft, approved, retired
}
