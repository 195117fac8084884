import StroomSyntax

/// A starter map for each method: what `stroom new METHOD NAME` writes and what the language
/// server's "Begin een kaart volgens methode …" action inserts into an empty file. Each one has
/// the method's step plan as comments, the kinds the method uses with placeholders, and
/// `methode:` set, in the reader's language; checking it gives only hints, which say what to
/// fill in next. The templates are in `StarterMap+<Method>.swift`, one file per method.
public enum StarterMap {
    /// The extension of the file a method's map lives in, without the dot.
    public static func fileExtension(for method: Method) -> String {
        switch method {
        case .vsm, .werkobservatie, .designThinking: "vsm"
        case .vernieuwendWerken, .shrm: "batenlogica"
        }
    }

    /// The methods whose maps live in files with this extension (`vsm`, `batenlogica`).
    public static func methods(forExtension fileExtension: String) -> [Method] {
        Method.allCases.filter { self.fileExtension(for: $0) == fileExtension.lowercased() }
    }

    /// The method a word names: its `methode:` word (`vsm`, `design_thinking`), also with a
    /// hyphen (`design-thinking`), or its English spelling (`work_observation`).
    public static func method(named word: String) -> Method? {
        let key = String(word.lowercased().map { $0 == "-" ? "_" : $0 })
        if let method = Method(rawValue: key) { return method }
        return EnumSets.method.values.first { $0.english == key }.flatMap { Method(rawValue: $0.dutch) }
    }

    /// The starter map of a method for a map named `name` (made a valid id first).
    public static func text(for method: Method, name: String, language: Language) -> String {
        let id = validID(name, language)
        let label = StarterMap.label(name, fallback: id)
        switch method {
        case .vsm: return vsm(id: id, label: label, language)
        case .werkobservatie: return workObservation(id: id, label: label, language)
        case .designThinking: return designThinking(id: id, label: label, language)
        case .vernieuwendWerken: return vernieuwendWerken(id: id, label: label, language)
        case .shrm: return shrm(id: id, label: label, language)
        }
    }

    /// A valid id from what the user typed: letters, digits and `_` kept, anything else
    /// becomes `_` (`mijn-proces` → `mijn_proces`), never starting with a digit; `kaart` / `map`
    /// when nothing is left.
    public static func validID(_ name: String, _ language: Language) -> String {
        var id = ""
        for scalar in name.unicodeScalars {
            let keep = scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
            if keep { id.unicodeScalars.append(scalar) } else if !id.hasSuffix("_") { id += "_" }
        }
        while id.hasSuffix("_") { id.removeLast() }
        while id.hasPrefix("_") { id.removeFirst() }
        let fallback = language == .nl ? "kaart" : "map"
        if let first = id.unicodeScalars.first, first.properties.generalCategory == .decimalNumber { id = fallback + "_" + id }
        if id.isEmpty || DeclarationKind(keyword: id) != nil || !Analysis.isValidName(id) { return fallback + (id.isEmpty ? "" : "_" + id) }
        return id
    }

    /// The map's label: the name with spaces for `-` and `_`, with a capital.
    static func label(_ name: String, fallback: String) -> String {
        let words = name.map { $0 == "-" || $0 == "_" ? " " : $0 }.filter { $0 != "\"" && $0 != "\\" && !$0.isNewline }
        let trimmed = String(words).trimmingSpaces
        guard let first = trimmed.first else { return fallback }
        return first.uppercased() + trimmed.dropFirst()
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
