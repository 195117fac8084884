/// The nearest Mermaid shape and a `classDef` with the element's colours.
extension Element {
    var mermaidShape: (open: String, close: String) {
        switch self {
        case .supplier, .customer: (">", "]")
        case .person: ("((", "))")
        case .ict: ("[(", ")]")
        case .external, .action, .actionWithoutOwner: ("[[", "]]")
        case .step, .moment, .ictMoment, .benefit, .activity: ("(", ")")
        case .wait: ("[\\", "/]")
        case .disruption, .problem, .workload: ("{{", "}}")
        case .idea: ("([", "])")
        case .data, .opportunity, .situation: ("[/", "/]")
        case .cause, .initiative, .selectedInitiative, .purpose, .notContributing, .goal: ("[", "]")
        }
    }

    var mermaidClass: String { "\(self)" }

    /// `classDef name fill:…,stroke:…`.
    var mermaidClassDefinition: String {
        var parts: [String] = []
        for attribute in look {
            guard case .plain(let value) = attribute.value else { continue }
            switch attribute.name {
            case "fillcolor": parts.append("fill:\(value)")
            case "color": parts.append("stroke:\(value)")
            case "penwidth": parts.append("stroke-width:\(value)px")
            case "style" where value.contains("dashed"): parts.append("stroke-dasharray:5 3")
            case "style" where value.contains("bold"): parts.append("stroke-width:3px")
            default: break
            }
        }
        parts.append("color:\(Palette.ink)")
        return "classDef \(mermaidClass) \(parts.joined(separator: ","))"
    }
}

extension Link {
    /// The Mermaid arrow for the link.
    var mermaidArrow: String {
        switch self {
        case .flow: "==>"
        case .performs, .belongsTo: "---"
        case .usesICT, .workloadAt: "-.-"
        case .leadsToLess, .solves, .reduces: "-.->"
        case .leadsTo, .becomesAction, .feedbackLoop, .contributes: "-->"
        }
    }
}
