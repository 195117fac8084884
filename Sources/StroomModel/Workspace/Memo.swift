import StroomPlatform

/// A value an analysis derives only when it is first asked for, then keeps: the reference
/// index, which hover, definition, references, rename and semantic tokens share. Every copy of
/// an analysis shares the one memo (an analysis never changes after it is built), so a rename
/// that asks twice, or a burst of requests between two edits, builds the index once.
final class Memo<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var value: Value?

    init() {}

    /// The kept value, or `make()`'s, kept from now on. Callers that ask at the same time wait
    /// for the one that builds it.
    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// The same for values derived per key (the suggestion index of each large map): each made
/// when first asked for, then kept; copies of the owner share them.
final class MemoTable<Key: Hashable, Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var values: [Key: Value] = [:]

    init() {}

    func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let made = make()
        values[key] = made
        return made
    }
}
