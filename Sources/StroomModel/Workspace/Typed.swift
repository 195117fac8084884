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

/// The typed attributes of one declaration, by name, as the typer builds them (they are then
/// kept in their file's ``FileTyping``). Reads like a dictionary: `attributes[.time]` is nil
/// when absent.
struct TypedAttributes: Sendable {
    /// Each name once, in the order the typer added them.
    private(set) var entries: [(name: AttributeName, values: [Typed])] = []

    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    subscript(name: AttributeName) -> [Typed]? {
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

    /// Where the entry of a name is (each name has one at most).
    private func position(of name: AttributeName) -> Int? {
        for index in entries.indices where entries[index].name == name { return index }
        return nil
    }
}

/// The typed attribute values of one file's declarations (implied ones included), in four
/// flat arrays: every value of the file, the name of each declaration's attributes, where
/// each attribute's values start, and where each declaration's attributes start.
///
/// One array per declaration and one more per attribute was about a quarter of the memory of
/// a large workspace, most of it array headers. A declaration has a handful of attributes, and
/// the checks ask for them tens of thousands of times per keystroke in a large file: its
/// names are searched in order, without the hashing a dictionary needs per question.
struct FileTyping: Sendable {
    private var values: [Typed] = []
    private var names: [AttributeName] = []
    /// Per attribute, where its values start in `values`; one more at the end.
    private var valueStarts: [UInt32] = [0]
    /// Per declaration (indexed like the file's declarations), where its attributes start in
    /// `names`; one more at the end.
    private var entryStarts: [UInt32] = [0]

    init() {}

    /// Room for a file whose declarations write about this many attributes and values.
    init(declarations: Int, attributes: Int, values: Int) {
        self.values.reserveCapacity(values)
        names.reserveCapacity(attributes)
        valueStarts.reserveCapacity(attributes + 1)
        entryStarts.reserveCapacity(declarations + 1)
    }

    /// Adds the attributes of the file's next declaration.
    mutating func append(_ attributes: TypedAttributes) {
        for entry in attributes.entries {
            names.append(entry.name)
            values.append(contentsOf: entry.values)
            valueStarts.append(UInt32(values.count))
        }
        entryStarts.append(UInt32(names.count))
    }

    /// How many declarations it holds.
    var count: Int { entryStarts.count - 1 }

    /// The values of an attribute of the declaration at `local`; nil when it has none of that name.
    subscript(local: Int, name: AttributeName) -> ArraySlice<Typed>? {
        position(local, name).map(valuesOfEntry)
    }

    /// Whether the declaration at `local` has a value for `name`.
    func hasValues(_ local: Int, _ name: AttributeName) -> Bool {
        position(local, name).map { valueStarts[$0] < valueStarts[$0 + 1] } ?? false
    }

    /// The first value of an attribute.
    func first(_ local: Int, _ name: AttributeName) -> Typed? {
        position(local, name).flatMap { valueStarts[$0] < valueStarts[$0 + 1] ? values[Int(valueStarts[$0])] : nil }
    }

    /// Whether an attribute of the declaration names `target`.
    func refers(_ local: Int, to target: DeclarationID, via name: AttributeName) -> Bool {
        position(local, name).map { valuesOfEntry($0).contains { $0.reference == target } } ?? false
    }

    /// Calls `body` with every value of the file and the position of its declaration, in
    /// order (declaration by declaration, each one's attributes in turn).
    func forEachValue(_ body: (_ local: Int, _ value: Typed) -> Void) {
        for local in 0..<count {
            for index in Int(valueStarts[Int(entryStarts[local])])..<Int(valueStarts[Int(entryStarts[local + 1])]) {
                body(local, values[index])
            }
        }
    }

    private func valuesOfEntry(_ entry: Int) -> ArraySlice<Typed> {
        values[Int(valueStarts[entry])..<Int(valueStarts[entry + 1])]
    }

    /// Where the attribute of a name of the declaration at `local` is (each name once at most).
    private func position(_ local: Int, _ name: AttributeName) -> Int? {
        guard local < count else { return nil }
        for entry in Int(entryStarts[local])..<Int(entryStarts[local + 1]) where names[entry] == name { return entry }
        return nil
    }
}
