/// Every kind of declaration in both file types, with its Dutch and English keyword.
///
/// Keywords are contextual, never reserved: a word is a kind only where it starts a declaration
/// (`stap verzamelen …`). The parser uses this table to tell a misspelt kind (S006) from a
/// missing colon (S005); what may nest where is the model's business.
public enum DeclarationKind: String, Sendable, CaseIterable, Hashable, Codable {
    // Maps (top level).
    case process = "proces"
    case study = "onderzoek"
    case benefitLogic = "batenlogica"
    // Value stream map.
    case supplier = "leverancier"
    case customer = "klant"
    case person = "persoon"
    case ict = "ict"
    case external = "extern"
    case step = "stap"
    case wait = "wacht"
    case disruption = "verstoring"
    case data = "data"
    case problem = "probleem"
    case cause = "oorzaak"
    case idea = "idee"
    case action = "actie"
    case finding = "conclusie"
    case observation = "observatie"
    case moment = "moment"
    // Benefit logic.
    case stakeholder = "stakeholder"
    case purpose = "bedoeling"
    case benefit = "baat"
    case theme = "thema"
    case activity = "activiteit"
    case initiative = "initiatief"
    case principle = "principe"
    case workload = "werkdruk"
    case opportunity = "kans"
    // Strategic HRM (methode: shrm), in a benefit logic.
    case goal = "doel"
    case situation = "situatie"

    /// The Dutch keyword (the canonical spelling).
    public var dutch: String { rawValue }

    /// The English keyword.
    public var english: String {
        switch self {
        case .process: "process"
        case .study: "study"
        case .benefitLogic: "benefits"
        case .supplier: "supplier"
        case .customer: "customer"
        case .person: "person"
        case .ict: "ict"
        case .external: "external"
        case .step: "step"
        case .wait: "wait"
        case .disruption: "disruption"
        case .data: "data"
        case .problem: "problem"
        case .cause: "cause"
        case .idea: "idea"
        case .action: "action"
        case .finding: "finding"
        case .observation: "observation"
        case .moment: "moment"
        case .stakeholder: "stakeholder"
        case .purpose: "purpose"
        case .benefit: "benefit"
        case .theme: "theme"
        case .activity: "activity"
        case .initiative: "initiative"
        case .principle: "principle"
        case .workload: "workload"
        case .opportunity: "opportunity"
        case .goal: "goal"
        case .situation: "situation"
        }
    }

    public func keyword(_ language: Language) -> String { language == .nl ? dutch : english }

    /// True for the three kinds that open a map at the top of a file.
    public var isMap: Bool { self == .process || self == .study || self == .benefitLogic }

    /// The kind a keyword names, in either language.
    public init?(keyword: String) {
        guard let kind = DeclarationKind.byKeyword[keyword] else { return nil }
        self = kind
    }

    private static let byKeyword: [String: DeclarationKind] = {
        var table: [String: DeclarationKind] = [:]
        for kind in DeclarationKind.allCases {
            table[kind.dutch] = kind
            table[kind.english] = kind
        }
        return table
    }()

    /// Every keyword of every kind, both languages, sorted.
    public static let allKeywords: [String] = Array(byKeyword.keys).sorted()
    /// The keywords that open a map.
    public static let mapKeywords: [String] = allCases.filter(\.isMap).flatMap { [$0.dutch, $0.english] }
}
