import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// How many threads `concurrentMap` may use: every core, unless the environment variable
/// `STROOM_THREADS=1` asks for one (the fuzzer runs one worker per core, and a benchmark
/// compares with peers on one thread). Read once, at first use.
enum Parallelism {
    static let serial: Bool = {
        guard let value = getenv("STROOM_THREADS") else { return false }
        return String(cString: value) == "1"
    }()
}

extension Array where Element: Sendable {
    /// `map` on every core; the results come back in order. For work whose pieces read shared
    /// immutable values and write only their own result: parsing files, running rules.
    func concurrentMap<Result: Sendable>(_ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, !Parallelism.serial else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(elements[index]), at: index)
        }
        return slots.results
    }
}

/// One slot per element, each written by exactly one iteration of `concurrentPerform` and read
/// only after it returned; that is why unchecked `Sendable` is sound here.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let count: Int
    private let base: UnsafeMutablePointer<Result?>

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<Result?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    func store(_ result: Result, at index: Int) {
        base[index] = result
    }

    var results: [Result] {
        (0..<count).map { base[$0]! }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
