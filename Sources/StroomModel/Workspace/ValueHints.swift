import StroomSyntax

/// How to write a value that has the wrong type: the second sentence of A203.
enum ValueHints {
    static func hint(for value: RawValue, expected: ValueType) -> LocalizedText? {
        switch (value.content, expected) {
        case (.number(let number), .duration):
            let n = number.formatted
            return LocalizedText(nl: "Zet er een eenheid achter, zonder spatie: \(n)min of \(n)u.",
                                 en: "Add a unit, without a space: \(n)min or \(n)h.")
        case (.number(let number), .clockTime) where number >= 0 && number < 2400:
            let hours = Int(number)
            let minutes = Int(((number - Double(hours)) * 100).rounded())
            let text = String(format2: hours) + ":" + String(format2: minutes)
            return LocalizedText(nl: "Schrijf een kloktijd met een dubbele punt: \(text).",
                                 en: "Write a clock time with a colon: \(text).")
        case (.number(let number), .percent):
            return LocalizedText(nl: "Zet er een procentteken achter: \(number.formatted)%.",
                                 en: "Add a percent sign: \(number.formatted)%.")
        case (.text, .enumeration(let set)):
            return LocalizedText(nl: "Schrijf het woord zonder aanhalingstekens: \(set.listing(.nl)).",
                                 en: "Write the word without quotes: \(set.listing(.en)).")
        case (.text(let text), .reference(let kinds)):
            // A quoted label where a name is expected: declare it first, then name it.
            let name = SyntaxMessages.idLike(text).isEmpty ? "naam" : SyntaxMessages.idLike(text)
            let label = "\"\(text.isEmpty ? "…" : text)\""
            guard let kind = kinds.first else {
                return LocalizedText(nl: "Noem het bij zijn naam, zonder aanhalingstekens: \(name).",
                                     en: "Refer to it by its name, without quotes: \(name).")
            }
            return LocalizedText(
                nl: "Zet het eerst in de kaart (\(kind.dutch) \(name) \(label)) en noem het daarna bij die naam, zonder aanhalingstekens: \(name).",
                en: "Declare it first (\(kind.english) \(name) \(label)), then refer to it by that name, without quotes: \(name).")
        default:
            return nil
        }
    }

    /// A bare word where text is expected: put it in quotes.
    static func quoteText(_ word: String, type: ValueType) -> LocalizedText? {
        guard type == .text || type.alternatives.contains(.text) else { return nil }
        return LocalizedText(nl: "Schrijf het zo: \"\(word)\".",
                             en: "Write it like this: \"\(word)\".")
    }
}

extension ValueType {
    var alternatives: [ValueType] {
        if case .oneOf(let types) = self { return types }
        return [self]
    }
}

extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
