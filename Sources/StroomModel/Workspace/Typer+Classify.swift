import StroomSyntax

/// Matching one written value against a type.
extension Typer {
    /// The typed value, or nil after recording why it does not fit.
    mutating func classify(_ value: RawValue, as type: ValueType, map: DeclarationID, fileIndex: Int, word: String, owner: DeclarationID?) -> Typed? {
        if case .invalid = value.content { return nil } // the syntax check reported it
        if let typed = fit(value, type, map: map) {
            if value.decimalComma {
                record(fileIndex, value.range, word, owner, .decimalComma)
            }
            return typed
        }
        record(fileIndex, value.range, word, owner, mismatch(value, type, map: map))
        return nil
    }

    /// The value if it fits the type (trying each alternative of `oneOf` in order).
    func fit(_ value: RawValue, _ type: ValueType, map: DeclarationID) -> Typed? {
        switch (type, value.content) {
        case (.oneOf(let types), _):
            for alternative in types {
                if let typed = fit(value, alternative, map: map) { return typed }
            }
            return nil
        case (.text, .text(let text)), (.word, .text(let text)):
            return .text(text)
        case (.word, .word(let reference)):
            return .text(reference.name)
        case (.word, .number(let number)):
            return .text(number.formatted)
        case (.number, .number(let number)):
            return .number(number)
        case (.duration, .duration(let amount, let unit)):
            let minutes = (calendars[map] ?? WorkingCalendar()).minutes(amount, unit)
            return ValueLimits.fits(minutes: minutes) ? .minutes(minutes) : nil
        case (.date, .date(let date)):
            return .date(date)
        case (.clockTime, .clock(let minutes)):
            return .clock(minutes)
        case (.percent, .percent(let percent)) where (0...100).contains(percent):
            return .percent(percent)
        case (.frequency, .word(let reference)):
            guard let canonical = EnumSets.frequencyWord.canonical(reference.name) else { return nil }
            return .frequency(Frequency.fromWord(canonical))
        case (.frequency, .frequency(let count, let period)):
            guard count > 0, count <= ValueLimits.maxCount, let period, let word = EnumSets.period.canonical(period),
                  let unit = Frequency.Period(rawValue: word) else { return nil }
            return .frequency(Frequency(count: count, period: unit))
        case (.sign, .sign(let sign)):
            return .sign(sign)
        case (.enumeration(let set), .word(let reference)):
            return set.canonical(reference.name).map(Typed.enumValue)
        case (.reference(let kinds), .word(let reference)), (.reference(let kinds), .qualified(let reference)):
            guard case .found(let id) = symbols.resolve(reference, from: map),
                  let kind = declarations[id].kind, kinds.contains(kind) else { return nil }
            return .reference(id)
        default:
            return nil
        }
    }

    /// Why a value does not fit: the most helpful of the possible reasons.
    func mismatch(_ value: RawValue, _ type: ValueType, map: DeclarationID) -> ValueFinding.Problem {
        let kinds = type.referenceKinds
        let sets = type.enumSets
        switch value.content {
        case .word(let reference), .qualified(let reference):
            if !kinds.isEmpty {
                switch symbols.resolve(reference, from: map) {
                case .found(let id):
                    return .wrongKind(reference, found: id, expected: kinds)
                case .unknownMap:
                    return .unknownMap(reference)
                case .undefined(let suggestion):
                    // A near miss of an allowed word beats "undefined name".
                    if reference.map == nil, let enumSuggestion = sets.lazy.compactMap({ $0.suggestion(for: reference.name) }).first {
                        return .notAllowed(word: reference.name, expected: sets, suggestion: enumSuggestion)
                    }
                    return .undefined(reference, suggestion: suggestion, expected: kinds)
                }
            }
            if !sets.isEmpty, reference.map == nil {
                return .notAllowed(word: reference.name, expected: sets,
                                   suggestion: sets.lazy.compactMap { $0.suggestion(for: reference.name) }.first)
            }
            if case .frequency = type, reference.map == nil {
                return .notAllowed(word: reference.name, expected: [EnumSets.frequencyWord],
                                   suggestion: EnumSets.frequencyWord.suggestion(for: reference.name))
            }
            return .wrongType(expected: type, hint: ValueHints.quoteText(reference.written, type: type))
        case .percent(let percent) where type == .percent || type.containsPercent:
            return .percentOutOfRange(percent)
        case .duration where type.admits(.duration):
            return .tooLarge(.duration)
        case .frequency(let count, _) where count > ValueLimits.maxCount && type.admits(.frequency):
            return .tooLarge(.frequency)
        case .frequency(_, let period?):
            return .notAllowed(word: period, expected: [EnumSets.period], suggestion: EnumSets.period.suggestion(for: period))
        default:
            return .wrongType(expected: type, hint: ValueHints.hint(for: value, expected: type))
        }
    }
}

extension ValueType {
    /// Whether a value of `type` fits here (the type itself or one alternative of `oneOf`).
    func admits(_ type: ValueType) -> Bool {
        if self == type { return true }
        if case .oneOf(let types) = self { return types.contains { $0.admits(type) } }
        return false
    }

    var containsPercent: Bool {
        if case .oneOf(let types) = self { return types.contains { $0 == .percent || $0.containsPercent } }
        return false
    }
}

extension Frequency {
    static func fromWord(_ canonical: String) -> Frequency {
        switch canonical {
        case "dagelijks": Frequency(count: 1, period: .day)
        case "wekelijks": Frequency(count: 1, period: .week)
        case "maandelijks": Frequency(count: 1, period: .month)
        default: Frequency(count: 1, period: .year)
        }
    }
}

extension Double {
    /// `1.5`, `2` (no trailing `.0`), for messages and fixes.
    var formatted: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
