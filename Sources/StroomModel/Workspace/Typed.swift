import StroomSyntax

/// How often something happens: `count` times per `period`.
public struct Frequency: Hashable, Sendable {
    public enum Period: String, Hashable, Sendable, CaseIterable {
        case day = "dag"
        case week
        case month = "maand"
        case year = "jaar"
    }

    public let count: Int
    public let period: Period

    /// Occurrences in a school year of 40 weeks, for comparisons.
    public var perYear: Double {
        switch period {
        case .day: Double(count) * 200
        case .week: Double(count) * 40
        case .month: Double(count) * 10
        case .year: Double(count)
        }
    }

    /// The word for the matrix column: the period it repeats in (`dagelijks` … `jaarlijks`).
    public var category: String {
        switch period {
        case .day: "dagelijks"
        case .week: "wekelijks"
        case .month: "maandelijks"
        case .year: "jaarlijks"
        }
    }
}

/// A value that fits its attribute's type.
public enum Typed: Hashable, Sendable {
    case text(String)
    case number(Double)
    /// A duration in minutes, working days and weeks already converted with the map's
    /// `werkdag` and `werkweek`.
    case minutes(Double)
    case date(DayDate)
    /// Minutes since midnight.
    case clock(Int)
    /// 0…100.
    case percent(Double)
    case frequency(Frequency)
    /// The canonical (Dutch) word.
    case enumValue(String)
    case reference(DeclarationID)
    case sign(Int)

    public var reference: DeclarationID? { if case .reference(let id) = self { id } else { nil } }
    public var minutes: Double? { if case .minutes(let m) = self { m } else { nil } }
    public var enumValue: String? { if case .enumValue(let v) = self { v } else { nil } }
    public var text: String? { if case .text(let t) = self { t } else { nil } }
    public var percent: Double? { if case .percent(let p) = self { p } else { nil } }
    public var date: DayDate? { if case .date(let d) = self { d } else { nil } }
    public var clock: Int? { if case .clock(let c) = self { c } else { nil } }
    public var frequency: Frequency? { if case .frequency(let f) = self { f } else { nil } }
    public var sign: Int? { if case .sign(let s) = self { s } else { nil } }
}

/// A value that does not fit, found while typing (reported by the N102, N103, A203–A206 and
/// W602 rules, each in its own file).
/// The kinds of value `ValueLimits` bounds.
public enum LimitedValue: Sendable {
    case duration
    case frequency
}

public struct ValueFinding: Sendable {
    public enum Problem: Sendable {
        /// A203: the value has the wrong type; `hint` says how to write it.
        case wrongType(expected: ValueType, hint: LocalizedText?)
        /// A203: a list where one value is expected.
        case listNotAllowed
        /// A204: a word the enumeration does not know.
        case notAllowed(word: String, expected: [EnumSet], suggestion: String?)
        /// A205: `1,5u` (the value is still used, as 1.5).
        case decimalComma
        /// A206.
        case percentOutOfRange(Double)
        /// A208: a duration or a frequency too large to compute with (`ValueLimits`).
        case tooLarge(LimitedValue)
        /// N102: nothing of that name; `suggestion` is the nearest name, written as it should be;
        /// `expected` the kinds that would fit (empty for an edge end).
        case undefined(Reference, suggestion: String?, expected: [DeclarationKind])
        /// N103: the name exists but is of a kind that does not fit here.
        case wrongKind(Reference, found: DeclarationID, expected: [DeclarationKind])
        /// W602: `map.id` where no map of that name is in the workspace.
        case unknownMap(Reference)
    }

    public let fileIndex: Int
    public let range: TextRange
    /// The attribute as written (`door`), or `->` for an edge end.
    public let attributeWord: String
    /// The declaration that carries the attribute (nil for edges).
    public let owner: DeclarationID?
    public let problem: Problem
}

/// The typed attributes of one declaration, by name.
///
/// A declaration has a handful of attributes, and the checks ask for them tens of thousands of
/// times per keystroke in a large file; a short list searched in order answers without the
/// hashing a dictionary needs per question (and costs one array, not a hash table, per
/// declaration). Reads like a dictionary: `attributes[.time]` is nil when absent.
public struct TypedAttributes: Sendable {
    /// Each name once, in the order the typer added them.
    public private(set) var entries: [(name: AttributeName, values: [Typed])] = []

    public init() {}

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    public subscript(name: AttributeName) -> [Typed]? {
        get { position(of: name).map { entries[$0].values } }
        set {
            let position = position(of: name)
            switch (position, newValue) {
            case (let position?, let values?): entries[position].values = values
            case (let position?, nil): entries.remove(at: position)
            case (nil, let values?): entries.append((name, values))
            case (nil, nil): break
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Where the entry of a name is (each name has one at most).
    private func position(of name: AttributeName) -> Int? {
        for index in entries.indices where entries[index].name == name { return index }
        return nil
    }

    // Asked without copying the values out: `self[name]` retains and releases the array, on
    // objects every core's rules share, tens of thousands of times per keystroke.

    /// Whether `self[name]` holds a value.
    func hasValues(for name: AttributeName) -> Bool {
        position(of: name).map { !entries[$0].values.isEmpty } ?? false
    }

    /// `self[name]?.first`.
    func first(_ name: AttributeName) -> Typed? {
        position(of: name).flatMap { entries[$0].values.first }
    }

    /// Whether `self[name]` names `target`.
    func refers(to target: DeclarationID, via name: AttributeName) -> Bool {
        position(of: name).map { entries[$0].values.contains { $0.reference == target } } ?? false
    }
}
