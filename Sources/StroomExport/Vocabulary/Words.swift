import StroomModel
import StroomSyntax

/// Every word Stroom itself writes into a picture, in Dutch and English. The user's own labels
/// are drawn as written.
enum Words {
    static let legend = LocalizedText(nl: "Legenda", en: "Legend")

    // Time ladder.
    /// The figures in the totals under the ladder (names and values from StroomModel's
    /// `FigureText`, as in the report and the hover).
    static let ladderFigures: [ProcessFigures.Figure] = [.leadTime, .processTime, .activityRatio]
    /// A single step or wait without a time (a figure that is not known says why instead).
    static let unknownTime = "?"
    static let waitTime = LocalizedText(nl: "wachten", en: "waiting")
    static let replaces = LocalizedText(nl: "vervangt", en: "replaces")
    static let aboutWholeProcess = LocalizedText(nl: "Over het hele proces", en: "About the whole process")

    // Observations.
    static let observed = LocalizedText(nl: "Geobserveerd", en: "Observed")
    static let withICT = LocalizedText(nl: "met ICT", en: "with ICT")

    // Board.
    static let problemsPerPhase = LocalizedText(nl: "Problemen per fase", en: "Problems per phase")
    static let ideasPerQuadrant = LocalizedText(nl: "Ideeën per kwadrant", en: "Ideas per quadrant")
    static let noPhase = LocalizedText(nl: "Zonder fase", en: "No phase")
    static let noCategory = LocalizedText(nl: "Zonder kwadrant", en: "No quadrant")
    static let none = LocalizedText(nl: "(geen)", en: "(none)")
    static let also = LocalizedText(nl: "ook", en: "also")
    static let becameAction = LocalizedText(nl: "actiepunt", en: "action point")

    // Causes.
    static func loop(reinforcing: Bool, number: Int) -> LocalizedText {
        reinforcing
            ? LocalizedText(nl: "R\(number) · versterkende lus", en: "R\(number) · reinforcing loop")
            : LocalizedText(nl: "B\(number) · balancerende lus", en: "B\(number) · balancing loop")
    }
    static let noOwner = LocalizedText(nl: "geen eigenaar", en: "no owner")
    static let owner = LocalizedText(nl: "eigenaar", en: "owner")
    static let due = LocalizedText(nl: "gereed", en: "due")

    // Benefits.
    static let doesNotContribute = LocalizedText(nl: "draagt niet bij", en: "does not contribute")
    static let nothingReachesThis = LocalizedText(nl: "nog niets draagt hieraan bij", en: "nothing leads here yet")
    static let selected = LocalizedText(nl: "gekozen", en: "selected")
    static func actions(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "1 actie", en: "1 action") : LocalizedText(nl: "\(count) acties", en: "\(count) actions")
    }
    static let source = LocalizedText(nl: "bron", en: "source")
    static let noSource = LocalizedText(nl: "bron onbekend", en: "source unknown")
    static let happyWhen = LocalizedText(nl: "blij als …", en: "happy when …")
    static let from = LocalizedText(nl: "uit", en: "from")
    // Strategic HRM.
    static let current = LocalizedText(nl: "nu", en: "now")
    static let desired = LocalizedText(nl: "gewenst", en: "desired")
    static let gap = LocalizedText(nl: "verschil", en: "gap")
    static let actionNeeded = LocalizedText(nl: "actie nodig", en: "action needed")
    static let term = LocalizedText(nl: "termijn", en: "term")
    static let measure = LocalizedText(nl: "meting", en: "measure")

    /// The spelling of an enumeration value in the language (`uitvoering` → `execution`).
    static func value(_ canonical: String, in set: EnumSet, _ language: Language) -> String {
        set.values.first { $0.dutch == canonical }?.spelling(language) ?? canonical
    }

    /// A column or quadrant head: the value with a capital (`Voorbereiding`, `ICT`).
    static func heading(_ canonical: String, in set: EnumSet, _ language: Language) -> String {
        let word = value(canonical, in: set, language).replacingAll("_", with: " ")
        if word == "ict" { return "ICT" }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
