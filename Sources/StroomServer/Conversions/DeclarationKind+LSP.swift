import StroomLSP
import StroomSyntax

/// The icons an editor shows for Stroom's kinds, in the outline, the symbol search and the
/// completion list. The groups follow the semantic token types (`SemanticTokenType`), so a
/// step looks like a step everywhere: people are classes, systems interfaces, what is done
/// functions, what goes wrong events, what is done about it methods.
extension DeclarationKind {
    var symbolKind: SymbolKind {
        switch self {
        case .process, .study, .benefitLogic: .module
        case .person, .external, .supplier, .customer, .stakeholder: .class
        case .ict: .interface
        case .step, .wait, .disruption, .observation, .moment, .activity: .function
        case .problem, .cause, .workload: .event
        case .idea, .action, .initiative, .opportunity: .method
        case .purpose, .benefit: .constant
        case .data, .finding, .theme, .principle: .struct
        }
    }

    var completionItemKind: CompletionItemKind {
        switch self {
        case .process, .study, .benefitLogic: .module
        case .person, .external, .supplier, .customer, .stakeholder: .class
        case .ict: .interface
        case .step, .wait, .disruption, .observation, .moment, .activity: .function
        case .problem, .cause, .workload: .event
        case .idea, .action, .initiative, .opportunity: .method
        case .purpose, .benefit: .constant
        case .data, .finding, .theme, .principle: .struct
        }
    }
}
