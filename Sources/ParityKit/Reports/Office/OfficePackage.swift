import Foundation
import ZIPFoundation

/// An Office Open XML package (a .docx or .xlsx): named parts zipped with ZIPFoundation.
/// Every entry carries the as-of date at midnight UTC as its time, in a fixed order, so
/// the same repository and date give byte-identical files, as the text reports do.
struct OfficePackage {
    private(set) var parts: [(path: String, data: Data)] = []

    mutating func add(_ path: String, xml: String) {
        add(path, data: Data(xml.utf8))
    }

    mutating func add(_ path: String, data: Data) {
        if let index = parts.firstIndex(where: { $0.path == path }) {
            parts[index].data = data
        } else {
            parts.append((path, data))
        }
    }

    /// The XML of the parts whose path starts with `prefix`, in order: what golden files
    /// compare, since XML diffs where a ZIP does not.
    func text(of prefix: String) -> String {
        parts.filter { $0.path.hasPrefix(prefix) && $0.path.hasSuffix(".xml") }
            .map { "<!-- \($0.path) -->\n" + String(decoding: $0.data, as: UTF8.self) }
            .joined(separator: "\n") + "\n"
    }

    func zipped(on date: CivilDate) -> Data {
        let time = Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400)
        // An in-memory archive only fails on a programming error (it has no file to lose).
        let archive = try! Archive(data: Data(), accessMode: .create)
        // [Content_Types].xml first, as readers that stream the package expect.
        let ordered = parts.filter { $0.path == "[Content_Types].xml" } + parts.filter { $0.path != "[Content_Types].xml" }
        for part in ordered {
            let data = part.data
            try! archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                  modificationDate: time, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// The XML declaration every part starts with.
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
}
