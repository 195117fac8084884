import StroomSyntax

/// What an attribute's value must be.
public indirect enum ValueType: Hashable, Sendable {
    /// A quoted text.
    case text
    /// A plain number.
    case number
    /// A duration with a unit (`45min`).
    case duration
    case date
    /// A clock time (`08:45`).
    case clockTime
    case percent
    /// `dagelijks` … or `3x per week`.
    case frequency
    /// `+` or `-`.
    case sign
    case enumeration(EnumSet)
    /// A reference to a declaration of one of these kinds.
    case reference([DeclarationKind])
    /// One of several types: the first that fits is taken.
    case oneOf([ValueType])
    /// A bare word or a text (`letter: A`).
    case word

    /// A short description for messages: "een duur (zoals 45min)".
    public func describe(_ language: Language) -> String {
        switch self {
        case .text: language == .nl ? "een tekst tussen aanhalingstekens" : "a text in quotes"
        case .number: language == .nl ? "een getal" : "a number"
        case .duration: language == .nl ? "een duur (zoals 45min of 2u)" : "a duration (such as 45min or 2h)"
        case .date: language == .nl ? "een datum (zoals 2026-03-01)" : "a date (such as 2026-03-01)"
        case .clockTime: language == .nl ? "een kloktijd (zoals 08:45)" : "a clock time (such as 08:45)"
        case .percent: language == .nl ? "een percentage (zoals 80%)" : "a percentage (such as 80%)"
        case .frequency: language == .nl ? "een frequentie (dagelijks, wekelijks, maandelijks, jaarlijks of 3x per week)" : "a frequency (daily, weekly, monthly, yearly or 3x per week)"
        case .sign: language == .nl ? "+ of -" : "+ or -"
        case .enumeration(let set): (language == .nl ? "een van: " : "one of: ") + set.listing(language)
        case .reference(let kinds):
            (language == .nl ? "de naam van " : "the name of ") + MessageParts.kindList(kinds, language)
        case .oneOf(let types): types.map { $0.describe(language) }.joined(separator: language == .nl ? ", of " : ", or ")
        case .word: language == .nl ? "een woord of tekst" : "a word or text"
        }
    }

    /// The kinds a reference of this type may point at.
    public var referenceKinds: [DeclarationKind] {
        switch self {
        case .reference(let kinds): kinds
        case .oneOf(let types): types.flatMap(\.referenceKinds)
        default: []
        }
    }

    /// The enumerations this type accepts.
    public var enumSets: [EnumSet] {
        switch self {
        case .enumeration(let set): [set]
        case .oneOf(let types): types.flatMap(\.enumSets)
        default: []
        }
    }
}

/// One attribute a kind accepts.
public struct AttributeSpec: Hashable, Sendable {
    public let name: AttributeName
    public let type: ValueType
    /// Whether `a, b, c` is allowed.
    public let allowsList: Bool
    /// The methods the attribute belongs to on this kind; empty means general (A210).
    public let methods: Set<Method>

    public init(_ name: AttributeName, _ type: ValueType, list: Bool = false, methods: Set<Method> = []) {
        self.name = name
        self.type = type
        self.allowsList = list
        self.methods = methods
    }
}
