/// The classes of tokens the editor grammars tell apart, with their TextMate scope (also used
/// by Sublime Text and bat) and their Kate item and default style. One list, so that the three
/// grammar files have the same classes.
enum TokenClass: String, CaseIterable {
    case comment, commentPunctuation, directive, directiveAction, diagnosticCode
    case mapKind, kind, mapName, declaredName
    case attribute, unknownAttribute, colon, comma
    case valueWord, reference, mapPart, accessor
    case string, stringTriple, stringTypographic, escape, invalidEscape
    case number, duration, durationNumber, unit, invalidUnit, date, time, percent, count, per, period
    case arrow, sign, blockBegin, blockEnd

    /// The TextMate scope, without the `.stroom` suffix.
    var scopeStem: String {
        switch self {
        case .comment: "comment.line.number-sign"
        case .commentPunctuation: "punctuation.definition.comment"
        case .directive: "keyword.other.directive"
        case .directiveAction: "keyword.control.directive"
        case .diagnosticCode: "constant.other.diagnostic-code"
        case .mapKind: "keyword.control.map"
        case .kind: "storage.type.kind"
        case .mapName: "entity.name.namespace.map"
        case .declaredName: "entity.name.function.declaration"
        case .attribute: "support.type.property-name"
        case .unknownAttribute: "variable.other.property"
        case .colon: "punctuation.separator.key-value"
        case .comma: "punctuation.separator.comma"
        case .valueWord: "constant.language.value"
        case .reference: "variable.other.reference"
        case .mapPart: "entity.name.namespace"
        case .accessor: "punctuation.accessor.dot"
        case .string: "string.quoted.double"
        case .stringTriple: "string.quoted.triple"
        case .stringTypographic: "string.quoted.other.typographic"
        case .escape: "constant.character.escape"
        case .invalidEscape: "invalid.illegal.escape"
        case .number: "constant.numeric"
        case .duration: "constant.other.duration"
        case .durationNumber: "constant.numeric.duration"
        case .unit: "keyword.other.unit"
        case .invalidUnit: "invalid.illegal.unit"
        case .date: "constant.other.date"
        case .time: "constant.other.time"
        case .percent: "constant.numeric.percentage"
        case .count: "constant.numeric.count"
        case .per: "keyword.operator.word.per"
        case .period: "constant.language.period"
        case .arrow: "keyword.operator.arrow"
        case .sign: "keyword.operator.sign"
        case .blockBegin: "punctuation.section.block.begin"
        case .blockEnd: "punctuation.section.block.end"
        }
    }

    var scope: String { scopeStem + ".stroom" }

    /// The Kate item name and its default style (KSyntaxHighlighting's `dsXxx`). Classes Kate
    /// does not tell apart (a duration's parts, the two quotes) share an item.
    var kate: (item: String, style: String) {
        switch self {
        case .comment, .commentPunctuation: ("Comment", "dsComment")
        case .directive, .directiveAction: ("Directive", "dsPreprocessor")
        case .diagnosticCode: ("Diagnostic Code", "dsCommentVar")
        case .mapKind: ("Map Kind", "dsControlFlow")
        case .kind: ("Kind", "dsKeyword")
        case .mapName: ("Map Name", "dsDataType")
        case .declaredName: ("Declared Name", "dsFunction")
        case .attribute: ("Attribute", "dsAttribute")
        case .unknownAttribute: ("Unknown Attribute", "dsVariable")
        case .colon, .comma, .accessor, .blockBegin, .blockEnd: ("Punctuation", "dsNormal")
        case .valueWord, .period: ("Value Word", "dsConstant")
        case .reference: ("Reference", "dsVariable")
        case .mapPart: ("Map Name", "dsDataType")
        case .string, .stringTriple, .stringTypographic: ("String", "dsString")
        case .escape: ("Escape", "dsSpecialChar")
        case .invalidEscape, .invalidUnit: ("Error", "dsError")
        case .number, .durationNumber, .percent, .count: ("Number", "dsDecVal")
        case .duration, .unit: ("Duration", "dsFloat")
        case .date, .time: ("Date", "dsSpecialString")
        case .per, .arrow, .sign: ("Operator", "dsOperator")
        }
    }

    /// The Kate items, each once, in a stable order.
    static var kateItems: [(item: String, style: String)] {
        var seen: Set<String> = ["Normal Text"]
        var items = [(item: "Normal Text", style: "dsNormal")]
        for token in allCases where seen.insert(token.kate.item).inserted { items.append(token.kate) }
        return items
    }
}

/// The regular expressions the three grammars share (Oniguruma, PCRE and Sublime's engine all
/// read them alike: no variable-length look-behind, Unicode classes as `\p{…}`).
enum GrammarRegex {
    static let idChar = #"[\p{L}\p{M}0-9_]"#
    static let id = #"[\p{L}_][\p{L}\p{M}0-9_]*"#
    /// Not in the middle of a name (a fixed-width look-behind).
    static let wordStart = #"(?<![\p{L}\p{M}0-9_])"#
    static let wordEnd = #"(?![\p{L}\p{M}0-9_])"#
    static let number = #"[0-9]+(?:[.,][0-9]+)?"#
    static let date = #"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])"#
    static let time = #"[0-9]{1,2}:[0-9]{2}(?![0-9])"#
    /// What a declaration's keyword must be followed by: a name, a label or a block.
    static let declarationFollows = #"(?=[ \t]+[\p{L}_"“{]|[ \t]*["“{])"#
    /// A key and its colon start here (a clock time starts with a digit, a name never does).
    static let keyAhead = #"(?=\#(id)[ \t]*:)"#
    static let arrow = "(?:->|→)"
    static let escape = #"\\(?:["\\nt]|u\{[0-9A-Fa-f]{1,6}\})"#
    static let diagnosticCode = #"[A-Za-z][0-9]{3}"#

    /// `(?:a|b|c)`, longest first; the words are names, so nothing needs escaping.
    static func alternation(_ words: [String]) -> String {
        precondition(words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
        let ordered = words.uniqueSorted().sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        return "(?:" + ordered.joined(separator: "|") + ")"
    }

    /// A whole word of a list.
    static func word(_ words: [String]) -> String { wordStart + alternation(words) + wordEnd }
}
