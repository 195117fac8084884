import StroomSyntax

/// The language reference as Markdown tables, generated from the schema so that
/// `docs/language.md` cannot drift from what the checker accepts (a test compares them).
extension Schema {
    public static func referenceMarkdown() -> String {
        var text = ""
        let groups: [(String, [DeclarationKind])] = [
            ("Maps", DeclarationKind.allCases.filter(\.isMap)),
            ("Value stream map (.vsm)", [.supplier, .customer, .person, .ict, .external, .step, .wait, .disruption, .data,
                                         .problem, .cause, .idea, .action, .finding, .observation, .moment]),
            ("Benefit logic (.batenlogica)", [.stakeholder, .purpose, .benefit, .theme, .activity, .initiative, .principle,
                                              .workload, .opportunity, .goal, .situation]),
        ]
        for (title, kinds) in groups {
            text += "### \(title)\n\n"
            for kind in kinds {
                text += kindSection(kind)
            }
        }
        text += "### Edges (`a -> b { … }`)\n\n"
        text += attributeTable(edgeAttributes)
        return text
    }

    static func kindSection(_ kind: DeclarationKind) -> String {
        let keywords = kind.dutch == kind.english ? "`\(kind.dutch)`" : "`\(kind.dutch)` / `\(kind.english)`"
        var text = "#### \(keywords)\n\n"
        if kind.isMap {
            text += "A map; lives at the top of a `.\(fileType(ofMap: kind)!.rawValue)` file.\n"
        } else {
            let parents = parents(of: kind).map { "`\($0.dutch)`" }.joined(separator: ", ")
            text += "Lives in: \(parents).\n"
        }
        let children = DeclarationKind.allCases.filter { Schema.children(of: kind).contains($0) }
        if !children.isEmpty {
            text += "Holds: " + children.map { "`\($0.dutch)`" }.joined(separator: ", ") + ".\n"
        }
        let methods = methods(ofKind: kind, inMapOfKind: nil)
        if !methods.isEmpty {
            text += "Method: " + methodNote(methods).dropFirst(2).dropLast() + ".\n"
        }
        return text + "\n" + attributeTable(attributes(of: kind))
    }

    /// " (method: `shrm` only)" for a kind or attribute of some methods (A210), "" for a general one.
    static func methodNote(_ methods: Set<Method>) -> String {
        guard !methods.isEmpty else { return "" }
        return " (" + Method.allCases.filter(methods.contains).map { "`\($0.word)`" }.joined(separator: ", ") + " only)"
    }

    static func attributeTable(_ specs: [AttributeSpec]) -> String {
        var text = "| attribute (nl / en) | value | list |\n| --- | --- | --- |\n"
        for spec in specs {
            let name = spec.name.dutch == spec.name.english ? "`\(spec.name.dutch)`" : "`\(spec.name.dutch)` / `\(spec.name.english)`"
            text += "| \(name) | \(describe(spec.type))\(methodNote(spec.methods)) | \(spec.allowsList ? "yes" : "") |\n"
        }
        return text + "\n"
    }

    /// The type for the reference: enumerations list Dutch / English words.
    static func describe(_ type: ValueType) -> String {
        switch type {
        case .enumeration(let set):
            return set.values.map { value in
                let aliases = value.aliases.isEmpty ? "" : " (also " + value.aliases.map { "`\($0)`" }.joined(separator: ", ") + ")"
                return (value.dutch == value.english ? "`\(value.dutch)`" : "`\(value.dutch)` / `\(value.english)`") + aliases
            }.joined(separator: ", ")
        case .reference(let kinds):
            return "name of " + kinds.map { "`\($0.dutch)`" }.joined(separator: " or ")
        case .oneOf(let types):
            return types.map(describe).joined(separator: "; or ")
        default:
            return type.describe(.en)
        }
    }
}
