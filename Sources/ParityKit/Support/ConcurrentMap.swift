import Dispatch
import Foundation

/// `map` over independent elements on every core, results in the input's order.
enum ConcurrentMap {
    /// - Parameter progress: called with the number done so far, from any thread, one call at a time.
    static func map<Element: Sendable, Output: Sendable>(
        _ elements: [Element], progress: (@Sendable (Int) -> Void)? = nil, _ transform: @Sendable (Element) -> Output
    ) -> [Output] {
        guard elements.count > 1 else { return elements.map(transform) }
        let lock = NSLock()
        nonisolated(unsafe) var done = 0
        let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        // Each index is written by exactly one iteration, so the writes never overlap.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots[index] = transform(elements[index])
            if let progress {
                lock.lock()
                done += 1
                progress(done)
                lock.unlock()
            }
        }
        return results.map { $0! }
    }
}
