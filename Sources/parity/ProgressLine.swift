import Foundation
import ParityKit

/// "Reading documents: 4000 of 100000" on standard error while a large repository loads,
/// only for a person at a terminal: never when stderr is redirected, and never for
/// machine formats, whose readers want nothing but the output.
enum ProgressLine {
    static func forHumans(_ humanFormat: Bool) -> RepositoryLoader.Progress? {
        guard humanFormat, isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            guard total >= 2_000 else { return }
            let step = max(1, total / 50)
            if done % step == 0 || done == total {
                let line = done == total ? "\r\u{1B}[K" : "\rReading documents: \(done) of \(total)"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
    }
}
