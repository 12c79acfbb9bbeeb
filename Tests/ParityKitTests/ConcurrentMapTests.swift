import Foundation
import Testing
@testable import ParityKit

@Suite struct ConcurrentMapTests {
    final class Counter: @unchecked Sendable {
        var calls: [Int] = []
    }

    @Test func keepsOrderAndReportsEveryElement() {
        let counter = Counter()
        let output = ConcurrentMap.map(Array(0..<5_000), progress: { counter.calls.append($0) }) { $0 * 2 }
        #expect(output == (0..<5_000).map { $0 * 2 })
        // Progress calls are serialised, so the counts arrive as 1, 2, … in order.
        #expect(counter.calls == Array(1...5_000))
    }

    @Test func loadingReportsProgressOfTheDocuments() throws {
        let counter = Counter()
        _ = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"), progress: { done, total in
            counter.calls.append(done * 1_000 + total)
        })
        let total = try #require(counter.calls.last).quotientAndRemainder(dividingBy: 1_000)
        #expect(total.quotient == total.remainder)
        #expect(counter.calls.count == total.remainder)
    }
}
