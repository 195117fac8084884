import StroomSyntax

/// Colours of the pictures, named for what they mean (the Akkrum symbols, `docs/exports.md`).
enum Palette {
    static let ink = "#343a40"
    static let muted = "#868e96"
    static let step = "#ffffff"
    static let wait = "#dee2e6"
    static let disruption = "#e8590c"
    static let disruptionFill = "#ffd8a8"
    static let person = "#d0ebff"
    static let ict = "#e5dbff"
    static let ictInk = "#6741d9"
    static let external = "#ffffff"
    static let supplier = "#f3e5c8"
    static let problem = "#ffc9c9"
    static let problemInk = "#c92a2a"
    static let idea = "#fff3bf"
    static let ideaInk = "#e67700"
    static let data = "#f1f3f5"
    static let action = "#d3f9d8"
    static let actionInk = "#2b8a3e"
    static let missing = "#e03131"
    static let cause = "#fcc2d7"
    static let causeInk = "#a61e4d"
    static let negative = "#1971c2"
    static let loop = "#f76707"
    static let purpose = "#a5d8ff"
    static let purposeInk = "#1864ab"
    static let benefit = "#c3fae8"
    static let opportunity = "#e3fafc"
    static let opportunityInk = "#0c8599"
    static let workload = "#ffe8cc"
    static let workloadInk = "#d9480f"
    static let notContributing = "#f1f3f5"
    static let cluster = "#f8f9fa"
    static let ladder = "#495057"
}

/// One kind of thing a picture draws, with its look: the shape, fill and outline of its node
/// in DOT, its word in the legend, and its nearest Mermaid shape. The order of the cases is
/// the order of the legend.
enum Element: Int, CaseIterable, Comparable {
    case supplier, customer, person, ict, external, step, wait, disruption, data
    case moment, ictMoment
    case cause, problem, idea, action, actionWithoutOwner
    case opportunity, activity, initiative, selectedInitiative, benefit, purpose, workload, notContributing
    // Strategic HRM (methode: shrm).
    case situation, goal

    static func < (lhs: Element, rhs: Element) -> Bool { lhs.rawValue < rhs.rawValue }

    var word: LocalizedText {
        switch self {
        case .supplier: LocalizedText(nl: "leverancier", en: "supplier")
        case .customer: LocalizedText(nl: "klant", en: "customer")
        case .person: LocalizedText(nl: "persoon", en: "person")
        case .ict: LocalizedText(nl: "ict-systeem", en: "ICT system")
        case .external: LocalizedText(nl: "extern", en: "external party")
        case .step: LocalizedText(nl: "processtap", en: "process step")
        case .wait: LocalizedText(nl: "wachten", en: "wait")
        case .disruption: LocalizedText(nl: "⚡ verstoring", en: "⚡ disruption")
        case .data: LocalizedText(nl: "data", en: "data")
        case .moment: LocalizedText(nl: "moment", en: "moment")
        case .ictMoment: LocalizedText(nl: "moment met ICT", en: "moment with ICT")
        case .cause: LocalizedText(nl: "oorzaak", en: "cause")
        case .problem: LocalizedText(nl: "probleem", en: "problem")
        case .idea: LocalizedText(nl: "idee", en: "idea")
        case .action: LocalizedText(nl: "actiepunt", en: "action point")
        case .actionWithoutOwner: LocalizedText(nl: "actiepunt zonder eigenaar", en: "action point without owner")
        case .opportunity: LocalizedText(nl: "kans", en: "opportunity")
        case .activity: LocalizedText(nl: "activiteit", en: "activity")
        case .initiative: LocalizedText(nl: "initiatief", en: "initiative")
        case .selectedInitiative: LocalizedText(nl: "gekozen initiatief", en: "selected initiative")
        case .benefit: LocalizedText(nl: "baat", en: "benefit")
        case .purpose: LocalizedText(nl: "bedoeling: blij als …", en: "purpose: happy when …")
        case .workload: LocalizedText(nl: "werkdruk", en: "workload")
        case .notContributing: LocalizedText(nl: "draagt niet bij", en: "does not contribute")
        case .situation: LocalizedText(nl: "situatie: huidig → gewenst", en: "situation: current → desired")
        case .goal: LocalizedText(nl: "doel", en: "goal")
        }
    }

    /// The DOT attributes of its node (shape, style, colours).
    var look: [DotAttribute] {
        func attributes(_ shape: String, _ style: String, fill: String, line: String = Palette.ink, width: String? = nil) -> [DotAttribute] {
            var result: [DotAttribute] = [.plain("shape", shape), .plain("style", style), .plain("fillcolor", fill), .plain("color", line)]
            if let width { result.append(.plain("penwidth", width)) }
            return result
        }
        switch self {
        case .supplier, .customer: return attributes("cds", "filled", fill: Palette.supplier) + [.plain("margin", "0.3,0.08")]
        case .person: return attributes("ellipse", "filled", fill: Palette.person, line: Palette.purposeInk)
        case .ict: return attributes("cylinder", "filled", fill: Palette.ict, line: Palette.ictInk)
        case .external: return attributes("house", "filled", fill: Palette.external)
        case .step: return attributes("box", "rounded,filled", fill: Palette.step, width: "1.5")
        case .wait: return attributes("invtriangle", "filled", fill: Palette.wait, line: Palette.muted)
        case .disruption: return attributes("octagon", "filled", fill: Palette.disruptionFill, line: Palette.disruption)
        case .data: return attributes("note", "filled", fill: Palette.data, line: Palette.muted)
        case .moment: return attributes("box", "rounded,filled", fill: Palette.step)
        case .ictMoment: return attributes("box", "rounded,filled", fill: Palette.ict, line: Palette.ictInk, width: "2")
        case .cause: return attributes("box", "dashed,filled", fill: Palette.cause, line: Palette.causeInk)
        // A star shape grows to three times its text: a red box with a ★ before the text.
        case .problem: return attributes("box", "rounded,filled", fill: Palette.problem, line: Palette.problemInk)
        case .idea: return attributes("ellipse", "dashed,filled", fill: Palette.idea, line: Palette.ideaInk)
        case .action: return attributes("component", "filled", fill: Palette.action, line: Palette.actionInk)
        case .actionWithoutOwner: return attributes("component", "filled", fill: Palette.action, line: Palette.missing, width: "2.5")
        case .opportunity: return attributes("parallelogram", "filled", fill: Palette.opportunity, line: Palette.opportunityInk)
        case .activity: return attributes("box", "rounded,filled", fill: Palette.step)
        case .initiative: return attributes("box", "filled", fill: Palette.step)
        case .selectedInitiative: return attributes("box", "filled", fill: Palette.action, line: Palette.actionInk, width: "2.5")
        case .benefit: return attributes("box", "rounded,filled", fill: Palette.benefit, line: Palette.opportunityInk)
        case .purpose: return attributes("box", "bold,filled", fill: Palette.purpose, line: Palette.purposeInk)
        case .workload: return attributes("hexagon", "filled", fill: Palette.workload, line: Palette.workloadInk)
        case .notContributing: return attributes("box", "dashed,filled", fill: Palette.notContributing, line: Palette.muted)
        case .situation: return attributes("box", "filled", fill: Palette.data, line: Palette.purposeInk)
        case .goal: return attributes("box", "bold,filled", fill: Palette.purpose, line: Palette.purposeInk)
        }
    }

    /// Characters a Mermaid label may show: a hexagon grows fast with its text, so a
    /// problem's label is cut sooner there (DOT draws every label whole).
    var characterLimit: Int { self == .problem ? 80 : TextLayout.maximumCharacters }

    /// What a DOT label starts with: the ★ of a problem, in the problem's ink.
    var mark: HTMLText {
        self == .problem ? HTMLText.text("★ ").font(color: Palette.problemInk) : HTMLText()
    }

    /// Characters per line of a label.
    var wrapWidth: Int {
        switch self {
        case .problem: 16
        case .wait, .disruption: 16
        case .purpose, .cause, .workload, .goal, .situation: 30
        case .idea: 20
        default: 24
        }
    }
}

/// One kind of arrow, with its look and its word in the legend. The order of the cases is
/// the order of the legend.
enum Link: Int, CaseIterable, Comparable {
    case flow, performs, usesICT, belongsTo
    case leadsTo, leadsToLess, solves, becomesAction, feedbackLoop
    case contributes, reduces, workloadAt

    static func < (lhs: Link, rhs: Link) -> Bool { lhs.rawValue < rhs.rawValue }

    var word: LocalizedText {
        switch self {
        case .flow: LocalizedText(nl: "volgorde van het werk", en: "order of the work")
        case .performs: LocalizedText(nl: "doet", en: "does")
        case .usesICT: LocalizedText(nl: "gebruikt", en: "uses")
        case .belongsTo: LocalizedText(nl: "hoort bij", en: "belongs to")
        case .leadsTo: LocalizedText(nl: "leidt tot", en: "leads to")
        case .leadsToLess: LocalizedText(nl: "− leidt tot minder", en: "− leads to less")
        case .solves: LocalizedText(nl: "lost op", en: "solves")
        case .becomesAction: LocalizedText(nl: "wordt actiepunt", en: "becomes action point")
        case .feedbackLoop: LocalizedText(nl: "lus (R versterkend, B balancerend)", en: "loop (R reinforcing, B balancing)")
        case .contributes: LocalizedText(nl: "draagt bij aan", en: "contributes to")
        case .reduces: LocalizedText(nl: "vermindert", en: "reduces")
        case .workloadAt: LocalizedText(nl: "werkdruk bij", en: "workload at")
        }
    }

    var look: [DotAttribute] {
        switch self {
        case .flow: [.plain("color", Palette.ink), .plain("penwidth", "2")]
        case .performs: [.plain("color", Palette.purposeInk), .plain("arrowhead", "none")]
        case .usesICT: [.plain("color", Palette.ictInk), .plain("style", "dashed"), .plain("arrowhead", "none")]
        case .belongsTo: [.plain("color", Palette.problemInk), .plain("style", "dotted"), .plain("arrowhead", "none")]
        case .leadsTo: [.plain("color", Palette.causeInk)]
        case .leadsToLess: [.plain("color", Palette.negative), .plain("style", "dashed")]
        case .solves: [.plain("color", Palette.ideaInk), .plain("style", "dashed")]
        case .becomesAction: [.plain("color", Palette.actionInk)]
        case .feedbackLoop: [.plain("color", Palette.loop), .plain("penwidth", "3")]
        case .contributes: [.plain("color", Palette.purposeInk)]
        case .reduces: [.plain("color", Palette.opportunityInk), .plain("style", "dashed")]
        case .workloadAt: [.plain("color", Palette.workloadInk), .plain("style", "dotted")]
        }
    }
}
