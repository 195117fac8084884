import StroomSyntax

/// The values of one attribute, as written: a collection like an array.
///
/// Nearly every attribute has exactly one value, and it is kept inline. An array per attribute
/// was a fifth of the memory of a large workspace: for one value, the array's header and its
/// allocation outweighed the value.
public struct RawValues: RandomAccessCollection, Hashable, Sendable {
    /// One value inline; none or several in an array (never an array of one, so that equal
    /// values are stored alike).
    private enum Storage: Hashable, Sendable {
        case one(RawValue)
        case array([RawValue])
    }

    private var storage: Storage

    public init() {
        storage = .array([])
    }

    public init(_ values: [RawValue]) {
        storage = values.count == 1 ? .one(values[0]) : .array(values)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .one: 1
        case .array(let values): values.count
        }
    }

    public subscript(position: Int) -> RawValue {
        switch storage {
        case .one(let value):
            precondition(position == 0, "index out of range")
            return value
        case .array(let values):
            return values[position]
        }
    }

    /// Each value changed by `transform`, stored as these are (one value stays inline: no
    /// array made and let go for it, as `map` would).
    func mapped(_ transform: (RawValue) -> RawValue) -> RawValues {
        switch storage {
        case .one(let value): RawValues(storage: .one(transform(value)))
        case .array(let values): RawValues(storage: .array(values.map(transform)))
        }
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    mutating func append(_ value: RawValue) {
        switch storage {
        case .one(let first):
            storage = .array([first, value])
        case .array(var values):
            guard !values.isEmpty else {
                storage = .one(value)
                return
            }
            storage = .array([])  // let go of the array's other reference, so that it grows in place
            values.append(value)
            storage = .array(values)
        }
    }

    /// Puts `value` in the place of the last one (there must be one).
    mutating func replaceLast(with value: RawValue) {
        switch storage {
        case .one:
            storage = .one(value)
        case .array(var values):
            storage = .array([])
            values[values.count - 1] = value
            storage = .array(values)
        }
    }
}
