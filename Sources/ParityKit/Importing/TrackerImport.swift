import Foundation

/// Owners' updates from the action log, turned into edits of the repository's front
/// matter: Status (owner) Done with Done on (owner) sets `status: done` and `done_on`
/// (Open reopens a done action); Revised due sets `due` and keeps the first due date as
/// `was_due`; an Update is added to `updates:` with the day of the import and Updated by;
/// a BAF reference sets `baf_reference`. A row that asks for nothing the repository does
/// not already hold changes nothing, so a second import of the same log is a no-op.
///
/// Every problem in the log is found in one pass and named by row and column, and then
/// nothing is written: an unknown action id, a date that is not a date, a status off the
/// list, or a row whose action changed in the repository since the log was written (its
/// fingerprint differs), which only `force` lets through.
public struct TrackerImport {
    /// One document's text before and after.
    public struct FileChange: Sendable {
        public var path: String
        public var url: URL
        public var before: String
        public var after: String
    }

    /// What one row changes, in words for the summary.
    public struct ActionChange: Sendable {
        public var row: Int
        public var action: String
        public var path: String
        public var words: [String]
    }

    public var files: [FileChange]
    public var actions: [ActionChange]

    public var isEmpty: Bool { actions.isEmpty }

    /// The changes `sheet` asks of the repository at `root`, with updates dated `on`.
    public static func plan(_ sheet: TrackerSheet, repository: LoadedRepository, root: URL, on day: CivilDate,
                            force: Bool = false) throws -> TrackerImport {
        var places: [String: (item: EvidenceItem, index: Int)] = [:]
        for item in repository.inventory.items {
            for (index, action) in item.actions.enumerated() { places[action.id] = (item, index) }
        }
        var errors: [ParityError] = []
        var seen: [String: Int] = [:]
        var planned: [(row: Int, item: EvidenceItem, index: Int, edits: [FrontMatterEditor.Edit], updated: ActionItem, words: [String])] = []
        for row in sheet.rows {
            let idPlace = sheet.location(row: row.number, header: ActionLog.Header.id)
            guard let id = row.id else {
                if row.hasOwnerInput {
                    errors.append(ParityError("row \(row.number) holds an owner's update but no action id in column '\(ActionLog.Header.id)'", at: idPlace))
                }
                continue
            }
            guard let place = places[id] else {
                let known = places.keys.sorted()
                errors.append(ParityError("row \(row.number), column '\(ActionLog.Header.id)': no action in the repository has the id '\(id)'\(Suggestion.didYouMean(id, among: known))", at: idPlace))
                continue
            }
            if let earlier = seen[id] {
                errors.append(ParityError("row \(row.number), column '\(ActionLog.Header.id)': action '\(id)' is already on row \(earlier); give each action one row", at: idPlace))
                continue
            }
            seen[id] = row.number
            guard row.hasOwnerInput else { continue }
            do {
                let action = place.item.actions[place.index]
                let (edits, updated, words) = try changes(row, to: action, sheet: sheet, on: day)
                guard !edits.isEmpty else { continue }
                guard action.location.file == place.item.path else {
                    throw ParityError("row \(row.number): action '\(id)' is written in \(action.location.file), not in its document's front matter; parity import tracker edits front matter only, so enter this update there by hand", at: idPlace)
                }
                if !force, sheet.fingerprints[id] != action.writtenFingerprint {
                    throw ParityError("row \(row.number), column '\(ActionLog.Header.id)': action '\(id)' has changed in the repository (\(action.location)) since this log was written as of \(sheet.asOf); compare the row with the repository, then import with --force to apply it anyway", at: idPlace)
                }
                planned.append((row.number, place.item, place.index, edits, updated, words))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw ParityErrors(errors) }

        var files: [FileChange] = []
        let byPath = Dictionary(grouping: planned, by: { $0.item.path })
        for path in byPath.keys.sorted() {
            let edits = byPath[path]!
            let url = root.appending(path: path)
            let before = try SourceFile.text(at: url.path, displayPath: path)
            var editor = FrontMatterEditor(before, file: path)
            // From the bottom up, so that lines added below an action move no action above it.
            for edit in edits.sorted(by: { $0.item.actions[$0.index].location > $1.item.actions[$1.index].location }) {
                try editor.apply(edit.edits, toActionAt: edit.item.actions[edit.index].location)
            }
            var expected = edits[0].item.actions
            for edit in edits { expected[edit.index] = edit.updated }
            try verify(editor.text, path: path, item: edits[0].item, actions: expected)
            files.append(FileChange(path: path, url: url, before: before, after: editor.text))
        }
        let actions = planned.sorted { $0.row < $1.row }.map {
            ActionChange(row: $0.row, action: $0.updated.id, path: $0.item.path, words: $0.words)
        }
        return TrackerImport(files: files, actions: actions)
    }

    /// The edits one row asks of its action, the action as they leave it, and the change in words.
    static func changes(_ row: TrackerSheet.Row, to action: ActionItem, sheet: TrackerSheet, on day: CivilDate) throws
        -> ([FrontMatterEditor.Edit], ActionItem, [String]) {
        typealias Header = ActionLog.Header
        func place(_ header: String) -> SourceLocation { sheet.location(row: row.number, header: header) }
        func cell(_ header: String) -> String { "row \(row.number), column '\(header)'" }
        let status = try row.ownerStatus.map { try Self.status($0, at: place(Header.ownerStatus), cell(Header.ownerStatus)) }
        let doneOn = try row.ownerDoneOn.map { try Self.date($0, at: place(Header.ownerDoneOn), cell(Header.ownerDoneOn)) }
        let revisedDue = try row.revisedDue.map { try Self.date($0, at: place(Header.revisedDue), cell(Header.revisedDue)) }
        let note = try row.update.map { try Self.text($0, at: place(Header.update), cell(Header.update)) }
        let by = try row.updatedBy.map { try Self.text($0, at: place(Header.updatedBy), cell(Header.updatedBy)) }
        let baf = try row.baf.map { try Self.text($0, at: place(Header.baf), cell(Header.baf)) }

        var edits: [FrontMatterEditor.Edit] = []
        var updated = action
        var words: [String] = []
        switch status {
        case .done?:
            guard let doneOn else {
                throw ParityError("\(cell(Header.ownerDoneOn)): Status (owner) is Done, so give the day it was done here", at: place(Header.ownerDoneOn))
            }
            guard doneOn <= day else {
                throw ParityError("\(cell(Header.ownerDoneOn)): \(doneOn) is after \(day), the day of this import; an action is done on a day that has come", at: place(Header.ownerDoneOn))
            }
            if action.status != .done || action.doneOn != doneOn {
                edits += [.set("status", "done"), .set("done_on", doneOn.description)]
                updated.status = .done
                updated.doneOn = doneOn
                words.append("done on \(doneOn)")
            }
        case .open?:
            if doneOn != nil {
                throw ParityError("\(cell(Header.ownerDoneOn)): a day it was done is given, but Status (owner) is Open", at: place(Header.ownerDoneOn))
            }
            if action.status == .done {
                edits += [.set("status", "open"), .remove("done_on")]
                updated.status = .open
                updated.doneOn = nil
                words.append("reopened")
            }
        case nil:
            if doneOn != nil {
                throw ParityError("\(cell(Header.ownerDoneOn)): a day it was done is given, but Status (owner) is not Done", at: place(Header.ownerStatus))
            }
        }
        if let revisedDue, revisedDue != action.due {
            edits.append(.set("due", revisedDue.description))
            if action.wasDue == nil, let old = action.due {
                edits.append(.set("was_due", old.description))
                updated.wasDue = old
            }
            updated.due = revisedDue
            words.append("due \(action.due?.description ?? "(none)") → \(revisedDue)")
        }
        if let baf, baf != action.bafReference {
            edits.append(.set("baf_reference", YAMLScalar.text(baf)))
            updated.bafReference = baf
            words.append("BAF reference \(baf)")
        }
        if let note, !action.updates.contains(where: { $0.note == note && $0.by == by }) {
            let update = ActionUpdate(date: day, by: by, note: note)
            edits.append(.appendUpdate(update))
            updated.updates.append(update)
            words.append("update added")
        }
        return (edits, updated, words)
    }

    static func status(_ value: XlsxValue, at place: SourceLocation, _ cell: String) throws -> ActionStatus {
        if case .text(let text) = value,
           let status = ActionStatus.allCases.first(where: { $0.word.lowercased() == text.trimmingCharacters(in: .whitespaces).lowercased() }) {
            return status
        }
        throw ParityError("\(cell): '\(value.text)' is not on the list; choose \(ActionStatus.allCases.map(\.word).joined(separator: " or "))", at: place)
    }

    /// A date cell, or text written as 2024-05-31 or 31/05/2024 (day first, as in the UK).
    static func date(_ value: XlsxValue, at place: SourceLocation, _ cell: String) throws -> CivilDate {
        switch value {
        case .date(let date):
            return date
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let date = CivilDate(iso: trimmed) { return date }
            let parts = trimmed.split(separator: "/").map { Int($0) }
            if parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year >= 1000,
               let date = CivilDate(year: year, month: month, day: day) {
                return date
            }
            throw ParityError("\(cell): '\(text)' is not a date; type a date such as 31/05/2024", at: place)
        case .number:
            throw ParityError("\(cell): \(value.text) is a number in a cell not formatted as a date; format the cell as a date, or type a date such as 31/05/2024", at: place)
        case .bool, .error:
            throw ParityError("\(cell): '\(value.text)' is not a date; type a date such as 31/05/2024", at: place)
        }
    }

    static func text(_ value: XlsxValue, at place: SourceLocation, _ cell: String) throws -> String {
        if case .error(let code) = value {
            throw ParityError("\(cell): the cell holds the error \(code), not text", at: place)
        }
        return value.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads the edited document again and checks that its item is the one it was, with
    /// each action exactly as planned: the editor's work is never taken on trust.
    static func verify(_ text: String, path: String, item: EvidenceItem, actions: [ActionItem]) throws {
        func failed(_ why: String) -> ParityError {
            ParityError("parity could not edit the front matter of \(path) safely (\(why)); nothing was written. Enter the update by hand", at: .file(path))
        }
        guard let (yaml, offset) = try FrontMatter.extract(from: text, file: path),
              let node = try YAMLDocument.parse(yaml, file: path, lineOffset: offset) else { throw failed("no front matter after the edit") }
        let read: EvidenceItem
        do {
            read = try EvidenceItemReader.read(try node.mapping("front matter"), path: path)
        } catch let error as ParityError {
            throw failed(error.message)
        }
        var same = read
        same.actions = item.actions
        same.fieldLocations = item.fieldLocations
        same.location = item.location
        guard same == item else { throw failed("the document's other keys changed") }
        guard read.actions.map(\.writtenFingerprint) == actions.map(\.fingerprint) else { throw failed("an action did not read back as planned") }
    }
}

extension TrackerImport {
    /// What would change, as a unified diff of each document (`--dry-run`).
    public var diff: String {
        files.map { UnifiedDiff.of($0.before, $0.after, path: $0.path) }.joined()
    }

    /// What the import did, a line per action, for the person running it.
    public func summary(file: String) -> String {
        guard !actions.isEmpty else { return "Nothing to import: the repository already holds every update in \(file).\n" }
        var out = "\(actions.count) action\(actions.count == 1 ? "" : "s") updated in \(files.count) document\(files.count == 1 ? "" : "s") from \(file):\n"
        for action in actions {
            out += "  row \(action.row): \(action.action) (\(action.path)): \(action.words.joined(separator: "; "))\n"
        }
        return out
    }

    /// Writes every edited document, each atomically; the plan was checked whole before.
    public func write() throws {
        for file in files { try AtomicFile.write(file.after, to: file.url.path) }
    }

    /// The rows of an action log at `path` whose owners' updates the repository does not
    /// hold yet, or that cannot be imported as they stand; empty when `path` is not an
    /// action log parity wrote (nothing of an owner's to lose), or holds nothing new.
    public static func pendingRows(in path: String, repository: LoadedRepository, root: URL) -> [Int] {
        guard let sheet = try? TrackerSheet.read(path) else { return [] }
        do {
            return try plan(sheet, repository: repository, root: root, on: sheet.asOf, force: true).actions.map(\.row)
        } catch let errors as ParityErrors {
            return errors.errors.map(\.location).compactMap { $0?.line }
        } catch let error as ParityError {
            return [error.location?.line ?? 1]
        } catch {
            return [1]
        }
    }
}
