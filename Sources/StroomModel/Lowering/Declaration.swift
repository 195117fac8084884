import StroomSyntax

/// Identifies a file along a chain of analyses: an analysis that reuses an earlier one keeps
/// the earlier id of every path (so ids of a file's declarations never change when another
/// file does) and gives new paths fresh ones. Not an order: files are ordered by their
/// position in the workspace (``Analysis/files``).
public struct FileID: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt32
    public init(_ value: UInt32) { self.value = value }
    public var description: String { "f\(value)" }
}

/// Identifies a declaration: its file and its position among that file's declarations (in
/// source order, parents before their children). Stable as long as its file does not change.
/// Ids are not ordered by themselves; ``Analysis/precedes(_:_:)`` gives workspace order.
public struct DeclarationID: Hashable, Sendable, CustomStringConvertible {
    public let file: FileID
    let localIndex: UInt32
    public init(file: FileID, local: Int) {
        self.file = file
        self.localIndex = UInt32(truncatingIfNeeded: local)
    }
    /// The position among the declarations of its file.
    public var local: Int { Int(localIndex) }
    public var description: String { "#\(file.value).\(localIndex)" }

    /// Both halves as one number.
    private var bits: UInt64 { UInt64(file.value) << 32 | UInt64(localIndex) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bits)
    }

    /// What dictionaries and sets of ids (the model's main lookups: referrers, members, kinds)
    /// hash by: the two halves mixed with the table's seed (SplitMix64's finaliser) instead of
    /// a `Hasher` per lookup, whose set-up and finish were a sixth of a keystroke in a large
    /// workspace. The ids are Stroom's own numbers, never text from outside, so a quick mix is
    /// enough.
    public func _rawHashValue(seed: Int) -> Int {
        var x = bits &+ UInt64(bitPattern: Int64(seed)) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: x ^ (x >> 31))
    }
}

/// A name written in the text: `id` or `map.id`.
public struct Reference: Hashable, Sendable {
    /// The map part of `map.id`, if written.
    public let map: String?
    public let name: String
    public let range: TextRange

    public var written: String { map.map { "\($0).\(name)" } ?? name }
}

/// A value as written, before it is given a type by the attribute it belongs to.
public struct RawValue: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case text(String)
        case number(Double)
        case duration(amount: Double, unit: DurationUnit)
        case percent(Double)
        /// `YYYY-MM-DD`, already known to be a real date (or the syntax check said otherwise).
        case date(DayDate)
        /// Minutes since midnight.
        case clock(Int)
        /// `3x per week`; `period` is nil when the author left it out.
        case frequency(count: Int, period: String?)
        /// A bare word: a reference or an enumeration value, depending on the attribute.
        case word(Reference)
        /// `map.id`: always a reference.
        case qualified(Reference)
        case sign(Int)
        /// Something the syntax check already reported (an invalid unit or date).
        case invalid
    }

    public let range: TextRange
    public let content: Content
    /// Written with a Dutch decimal comma (`1,5u`).
    public let decimalComma: Bool
}

/// `key: value, value` as written on a declaration or an edge.
public struct Attribute: Hashable, Sendable {
    public let word: String
    public let nameRange: TextRange
    public let range: TextRange
    public let values: RawValues
    /// Its spec's number (``Schema/SpecNumber``): the spec itself is read through `spec`.
    let specNumber: Schema.SpecNumber
    /// `spec?.name`, kept apart: reading it through `spec` copies the whole spec (its type and
    /// enumeration words), and the checks ask for attributes by name thousands of times per
    /// keystroke.
    public let name: AttributeName?

    /// What the word means on the owner's kind; nil when the kind has no such attribute (A201).
    public var spec: AttributeSpec? { Schema.spec(number: specNumber) }

    init(word: String, nameRange: TextRange, range: TextRange, values: RawValues, specNumber: Schema.SpecNumber) {
        self.word = word
        self.nameRange = nameRange
        self.range = range
        self.values = values
        self.specNumber = specNumber
        self.name = Schema.spec(number: specNumber)?.name
    }
}

/// One declared thing: a map, a step, a problem, a theme …
public struct Declaration: Sendable {
    public let id: DeclarationID
    /// Nil when the keyword is unknown (S006 was given).
    public let kind: DeclarationKind?
    public let keyword: String
    public let keywordRange: TextRange
    /// Nil when the author left the id out (S004 was given).
    public let name: String?
    /// The id's range, or the keyword's when there is no id.
    public let nameRange: TextRange
    public let label: String?
    public let labelRange: TextRange?
    /// The whole declaration, from the keyword to its closing brace.
    public let range: TextRange
    public let fileIndex: Int
    /// The map this declaration belongs to; nil for maps themselves.
    public let map: DeclarationID?
    public let parent: DeclarationID?
    public internal(set) var children: [DeclarationID]
    public let attributes: [Attribute]
    /// The comment lines directly above the declaration, without `#`.
    public let documentation: String?

    public var isMap: Bool { map == nil }

    /// The label if there is one, else the id, else the keyword: what a person calls it.
    public var displayName: String { label ?? name ?? keyword }
    /// The id, or the keyword when the id is missing.
    public var quotedName: String { name ?? keyword }

    /// The first attribute with this name (later ones are A202 duplicates).
    public func attribute(_ name: AttributeName) -> Attribute? {
        attributes.first { $0.name == name }
    }
}

/// An arrow `a -> b`, one per pair in a chain.
public struct Edge: Sendable {
    public let from: Reference
    public let to: Reference
    public let attributes: [Attribute]
    /// From the first reference to the second.
    public let range: TextRange
    public let fileIndex: Int
    public let map: DeclarationID
}

/// A calendar day.
public struct DayDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in four bytes (a typed value of every attribute is as large as its largest case,
    // and this was it). Out of range parts are clamped (a year to 0…65535, a month and a day
    // to 0…255): dates in the text have four, two and two digits and are checked
    // (``isCalendarDay``), and so is the server's `today` option; the clock gives real ones.
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init(year: Int, month: Int, day: Int) {
        storedYear = UInt16(clamping: year)
        storedMonth = UInt8(clamping: month)
        storedDay = UInt8(clamping: day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Whether it is a day of the calendar, in the years 1 to 9999.
    public var isCalendarDay: Bool {
        (1...9999).contains(year) && LexicalDates.isReal(self)
    }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
