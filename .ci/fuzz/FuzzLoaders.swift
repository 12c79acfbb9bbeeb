// libFuzzer target for parity's readers (every file a repository holds). Built and run by .ci/fuzz/run.sh; not part of
// the package. Every input is one byte that picks a loader, then the file's bytes.
//
// Thrown errors are the loaders doing their job: a bug is a crash (trap, precondition,
// force unwrap, out-of-range index), a sanitizer report, a hang or unbounded memory.
import Foundation
@testable import ParityKit

/// What the first byte of an input selects (modulo the number of cases).
enum Target: UInt8, CaseIterable {
    /// `RulePackLoader.load(text:)` and the cross-pack checks `parity validate` runs.
    case rulePack = 0
    /// `TrustConfigLoader.load(text:)`: parity.yaml.
    case config = 1
    /// `FrontMatter.extract`, `YAMLDocument.parse`, `EvidenceItemReader.read`.
    case frontMatter = 2
    /// A manifest's YAML through the same readers `readManifest` uses, without the files.
    case manifestText = 3
    /// `RepositoryLoader.readDocument(at:)` on the raw bytes: reading, UTF-8, BOM, CRLF.
    case documentFile = 4
    /// `RepositoryLoader.readManifest` on the raw bytes, in a scratch repository.
    case manifestFile = 5
    /// A measures CSV as a data team exports it: `CSVTable`, `MeasureFileReader.csv`, and
    /// the checks of its figures against the built-in packs' indicators.
    case measuresCSV = 6
    /// A measures YAML file (figures and reduction targets): `MeasureFileReader.yaml` and
    /// the same checks.
    case measuresYAML = 7
    /// A trust's `parity gap --format json` report as `parity rollup` reads it:
    /// `RollupReader.member` (its JSON checks, version and JSON paths in errors).
    case gapReport = 8
    /// An Excel workbook: `XlsxReader` on every sheet, and `TrackerSheet.read` as
    /// `parity import tracker` reads an owner's action log.
    case workbook = 9
}

/// The built-in packs, loaded once: rule packs are checked alongside them, as in `validate`.
nonisolated(unsafe) private var builtins: [RulePack] = {
    do {
        return try BuiltinPacks.loadAll()
    } catch {
        FileHandle.standardError.write(Data("warning: the built-in packs do not load, so packs are checked alone: \(error)\n".utf8))
        return []
    }
}()

/// A scratch repository, made once per process, with a file for manifest paths to name.
nonisolated(unsafe) private var scratch: URL = {
    let base = URL(fileURLWithPath: NSTemporaryDirectory())
        .appending(path: "parity-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    let repository = base.appending(path: "repo")
    try? FileManager.default.createDirectory(at: repository.appending(path: "policies"), withIntermediateDirectories: true)
    try? Data("# A policy\n".utf8).write(to: repository.appending(path: "policies/equality.md"))
    return base
}()

private let config = TrustConfig(organisation: "Fuzz", planStart: CivilDate(year: 2024, month: 1, day: 1),
                                 packs: [], location: .file("parity.yaml"))

/// Runs once before the first input, so the one-time set-up is not charged to an input
/// (libFuzzer's per-input leak check would see its allocations as new).
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    // These globals live for the whole run, and Swift keeps spare-bit tags in pointers
    // (indirect enum boxes, string storage) that LeakSanitizer cannot follow, so it would
    // call them leaks. Allocations between __lsan_disable and __lsan_enable are never leaks.
    withLeakChecksOff {
        _ = builtins.count
        _ = scratch.path
    }
    return 0
}

private func withLeakChecksOff(_ body: () -> Void) {
    typealias Toggle = @convention(c) () -> Void
    let handle = dlopen(nil, RTLD_NOW)
    let disable = dlsym(handle, "__lsan_disable").map { unsafeBitCast($0, to: Toggle.self) }
    let enable = dlsym(handle, "__lsan_enable").map { unsafeBitCast($0, to: Toggle.self) }
    if disable == nil || enable == nil {
        FileHandle.standardError.write(Data("warning: no __lsan_disable/__lsan_enable; expect false leak reports\n".utf8))
    }
    disable?()
    body()
    enable?()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let target = Target(rawValue: data[0] % UInt8(Target.allCases.count))!
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    do {
        switch target {
        case .rulePack, .config, .frontMatter, .manifestText, .measuresCSV, .measuresYAML:
            // The text loaders take a String; invalid UTF-8 never reaches them (readText
            // refuses it), so such inputs are skipped and kept out of the corpus.
            guard let text = String(validating: body, as: UTF8.self) else { return -1 }
            try loadText(text, as: target)
        case .gapReport:
            _ = try RollupReader.member(Data(body), file: "reports/trust.json")
        case .documentFile:
            let url = scratch.appending(path: "document.md")
            try Data(body).write(to: url)
            _ = try RepositoryLoader.readDocument(at: url, displayPath: "policies/document.md")
        case .workbook:
            let url = scratch.appending(path: "workbook.xlsx")
            try Data(body).write(to: url)
            var reader = try XlsxReader(path: url.path)
            for sheet in try reader.sheetNames() { _ = try reader.sheet(named: sheet.name) }
            _ = try TrackerSheet.read(url.path)
        case .manifestFile:
            let root = scratch.appending(path: "repo")
            let url = root.appending(path: Inventory.manifestFileName)
            try Data(body).write(to: url)
            _ = try RepositoryLoader.readManifest(url, root: root)
        }
    } catch {
        // Expected: every malformed input ends here, as a ParityError or ParityErrors.
        _ = "\(error)"
    }
    return 0
}

private func loadText(_ text: String, as target: Target) throws {
    switch target {
    case .rulePack:
        let pack = try RulePackLoader.load(text: text, file: "rules/fuzz.yaml", isBuiltin: false)
        try PackChecks.check(packs: builtins.filter { $0.id != pack.id } + [pack], config: config)
        _ = EvaluationOrder.order(pack.rules)
    case .config:
        _ = try TrustConfigLoader.load(text: text, file: "parity.yaml")
    case .frontMatter:
        guard let (yaml, lineOffset) = try FrontMatter.extract(from: text, file: "policies/fuzz.md") else { return }
        guard let node = try YAMLDocument.parse(yaml, file: "policies/fuzz.md", lineOffset: lineOffset) else { return }
        let item = try EvidenceItemReader.read(try node.mapping("front matter"), path: "policies/fuzz.md")
        _ = InventoryChecks.check(items: [item], packs: builtins)
    case .manifestText:
        guard let node = try YAMLDocument.parse(text, file: "inventory.yaml") else { return }
        let map = try node.mapping("the manifest")
        try map.checkKeys(["version", "items"])
        _ = try map.required("version").int("version", range: 1...Int.max)
        var items: [EvidenceItem] = []
        for entry in try map.required("items").list("items") {
            do {
                let entryMap = try entry.mapping("a manifest item")
                let path = try entryMap.required("path").string("path")
                items.append(try EvidenceItemReader.read(entryMap, path: path, extraKeys: ["path"]))
            } catch let error as ParityError {
                _ = error.description
            }
        }
        _ = InventoryChecks.check(items: items, packs: builtins)
    case .measuresCSV:
        let contents = try MeasureFileReader.csv(text: text, file: "data/fuzz.csv")
        _ = MeasureChecks.check(contents.observations, targets: contents.targets, packs: builtins)
    case .measuresYAML:
        let contents = try MeasureFileReader.yaml(text: text, file: "data/fuzz.yaml")
        _ = MeasureChecks.check(contents.observations, targets: contents.targets, packs: builtins)
    case .documentFile, .manifestFile, .gapReport, .workbook:
        preconditionFailure("file targets are not text targets")
    }
}
