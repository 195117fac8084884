import StroomSyntax

/// Words the messages share: how to call each kind in plain language, and quoting.
public enum MessageParts {
    /// `‘name’`.
    public static func q(_ text: String) -> String { "‘\(text)’" }

    /// The plain noun for a kind, as a teacher would say it ("actiepunt", not "actie").
    public static func noun(_ kind: DeclarationKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.process, .nl): "proces"
        case (.process, .en): "process"
        case (.study, .nl): "onderzoek"
        case (.study, .en): "study"
        case (.benefitLogic, .nl): "batenlogica"
        case (.benefitLogic, .en): "benefit logic"
        case (.supplier, .nl): "leverancier"
        case (.supplier, .en): "supplier"
        case (.customer, .nl): "klant"
        case (.customer, .en): "customer"
        case (.person, .nl): "persoon"
        case (.person, .en): "person"
        case (.ict, .nl): "ICT-systeem"
        case (.ict, .en): "ICT system"
        case (.external, .nl): "externe partij"
        case (.external, .en): "external party"
        case (.step, .nl): "stap"
        case (.step, .en): "step"
        case (.wait, .nl): "wachttijd"
        case (.wait, .en): "wait"
        case (.disruption, .nl): "verstoring"
        case (.disruption, .en): "disruption"
        case (.data, .nl): "gegeven"
        case (.data, .en): "data item"
        case (.problem, .nl): "probleem"
        case (.problem, .en): "problem"
        case (.cause, .nl): "oorzaak"
        case (.cause, .en): "cause"
        case (.idea, .nl): "idee"
        case (.idea, .en): "idea"
        case (.action, .nl): "actiepunt"
        case (.action, .en): "action point"
        case (.finding, .nl): "conclusie"
        case (.finding, .en): "finding"
        case (.observation, .nl): "observatie"
        case (.observation, .en): "observation"
        case (.moment, _): "moment"
        case (.stakeholder, _): "stakeholder"
        case (.purpose, .nl): "bedoeling"
        case (.purpose, .en): "purpose"
        case (.benefit, .nl): "baat"
        case (.benefit, .en): "benefit"
        case (.theme, .nl): "thema"
        case (.theme, .en): "theme"
        case (.activity, .nl): "activiteit"
        case (.activity, .en): "activity"
        case (.initiative, .nl): "initiatief"
        case (.initiative, .en): "initiative"
        case (.principle, .nl): "principe"
        case (.principle, .en): "principle"
        case (.goal, .nl): "doel"
        case (.goal, .en): "goal"
        case (.situation, .nl): "situatie"
        case (.situation, .en): "situation"
        case (.workload, .nl): "werkdrukpunt"
        case (.workload, .en): "workload item"
        case (.opportunity, .nl): "kans"
        case (.opportunity, .en): "opportunity"
        }
    }

    /// How a message names a declaration: by its label, with the id after it —
    /// `‘Groepsplan schrijven’ (schrijven)` — or by its id alone when it has no label (or the
    /// label is the id).
    public static func named(_ declaration: Declaration) -> String {
        guard let label = declaration.label, !label.isEmpty, label != declaration.quotedName else {
            return q(declaration.quotedName)
        }
        return "\(q(label)) (\(declaration.quotedName))"
    }

    /// "Stap ‘Groepsplan schrijven’ (schrijven)" / "Step ‘Groepsplan schrijven’ (schrijven)":
    /// a kind and a name at the start of a sentence.
    public static func subject(_ declaration: Declaration) -> LocalizedText {
        guard let kind = declaration.kind else {
            return LocalizedText(nl: named(declaration), en: named(declaration))
        }
        return LocalizedText(nl: noun(kind, .nl).capitalizedFirst + " " + named(declaration),
                             en: noun(kind, .en).capitalizedFirst + " " + named(declaration))
    }

    /// "1 stap", "2 stappen" / "1 step", "2 steps".
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    /// "een persoon of een externe partij" / "a person or an external party".
    public static func kindList(_ kinds: [DeclarationKind], _ language: Language) -> String {
        let words = kinds.map { kind -> String in
            let word = noun(kind, language)
            if language == .nl { return "een \(word)" }
            return (word.first.map { "aeiouAEIOU".contains($0) } ?? false ? "an " : "a ") + word
        }
        guard words.count > 2 else { return words.joined(separator: language == .nl ? " of " : " or ") }
        // "een persoon, een externe partij of een klant" rather than "… of … of …".
        return words.dropLast().joined(separator: ", ") + (language == .nl ? " of " : " or ") + words[words.count - 1]
    }

    /// Whether a map is written with English keywords (`process`, `study`, `benefits`): fixes
    /// then write English words.
    public static func isEnglish(_ map: Declaration) -> Bool {
        map.kind.map { $0.english == map.keyword && $0.english != $0.dutch } ?? false
    }

    /// The keyword a fix should write: Dutch when the map is written in Dutch.
    public static func keyword(_ kind: DeclarationKind, like map: Declaration) -> String {
        isEnglish(map) ? kind.english : kind.dutch
    }

    /// The attribute name a fix should write, in the map's language.
    public static func attribute(_ name: AttributeName, like map: Declaration) -> String {
        isEnglish(map) ? name.english : name.dutch
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
