import Foundation
import ZIPFoundation

/// Reads the parts of a Word template the paper takes: its styles (required), theme, font
/// table, and first header and footer with what they link to, as pandoc's reference
/// document is used. A file that is not a Word document is refused with its name.
public enum WordTemplateReader {
    public static func read(_ path: String) throws -> WordTemplate {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ParityError("cannot read the template \(path): no such file")
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ParityError("the template \(path) is not a Word document (.docx): it is not a ZIP package")
        }
        func data(_ entry: Entry) throws -> Data {
            guard entry.uncompressedSize <= 20_000_000 else {
                throw ParityError("the template \(path) holds \(entry.path), larger than the 20 MB parity reads")
            }
            var out = Data()
            _ = try archive.extract(entry) { out.append($0) }
            return out
        }
        let names = archive.map(\.path).sorted()
        guard let styles = archive["word/styles.xml"] else {
            throw ParityError("the template \(path) is not a Word document (.docx): it has no word/styles.xml")
        }
        var parts = ["word/styles.xml": try data(styles)]
        for name in ["word/theme/theme1.xml", "word/fontTable.xml"] {
            if let entry = archive[name] { parts[name] = try data(entry) }
        }
        // The first header and footer become the paper's, renamed to its part names, with
        // their relationships and the pictures those name.
        for kind in ["header", "footer"] {
            guard let name = names.first(where: { $0.hasPrefix("word/\(kind)") && $0.hasSuffix(".xml") && !$0.contains("/_rels/") }),
                  let entry = archive[name] else { continue }
            parts["word/\(kind)1.xml"] = try data(entry)
            let file = String(name.dropFirst("word/".count))
            if let rels = archive["word/_rels/\(file).rels"] {
                parts["word/_rels/\(kind)1.xml.rels"] = try data(rels)
            }
        }
        for name in names where name.hasPrefix("word/media/") {
            if let entry = archive[name] { parts[name] = try data(entry) }
        }
        return WordTemplate(parts: parts)
    }
}
