import StroomLSP
import StroomSyntax

/// The kind an editor shows for each Stroom kind, in the outline, the symbol search and the
/// completion list. LSP has programming words only, so each is chosen for what its name says
/// in plain English (Neovim and Emacs print the name, `[Method] verzamelen`) and for the icon
/// VS Code draws. The table and the reasons are in docs/language-server.md.
extension DeclarationKind {
    var symbolKind: SymbolKind {
        switch self {
        // A map is a unit with names of its own (`map.id`).
        case .process, .study, .benefitLogic: .module
        // One party, a who, not a kind of things (which is what Class says).
        case .person, .external, .supplier, .customer, .stakeholder: .object
        // A system people work through.
        case .ict: .interface
        // What is done: a way of working.
        case .step, .activity: .method
        // What happens in time: waiting, an interruption, a point in time.
        case .wait, .disruption, .moment: .event
        // A study's field note, and a row of the SHRM table current | desired.
        case .observation, .situation: .field
        // What is wrong with the work (VS Code draws a wrench).
        case .problem, .cause, .workload: .property
        // What builds a better process.
        case .idea, .action, .initiative, .opportunity: .constructor
        // What stays: aims and rules.
        case .purpose, .benefit, .principle, .goal: .constant
        // Information on paper or on screen.
        case .data: .file
        // A key finding of a study.
        case .finding: .key
        // A bundle of benefits.
        case .theme: .package
        }
    }

    /// The same choice where completion has that kind (it has no Object, Key or Package).
    var completionItemKind: CompletionItemKind {
        switch symbolKind {
        case .module: .module
        case .object: .value
        case .interface: .interface
        case .method: .method
        case .event: .event
        case .field: .field
        case .property: .property
        case .constructor: .constructor
        case .constant: .constant
        case .file: .file
        case .key: .text
        case .package: .folder
        default: .reference
        }
    }
}
