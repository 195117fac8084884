import StroomPlatform
import StroomSyntax

/// What the catalog knows of a code: its default severity and the long explanation that
/// `stroom explain` prints.
public struct RuleInfo: Sendable {
    public let code: DiagnosticCode
    public let severity: Severity
    /// A one-line title (nl/en).
    public let title: LocalizedText
    /// Why the rule exists and what to do, in the method's words (nl/en).
    public let explanation: LocalizedText
    /// A short example that triggers the rule, and how to fix it.
    public let example: String
    /// Rules marked ¹ in the design: hints until the map reaches the change stage of its method.
    public let stageDependent: Bool
    /// Errors of syntax and names cannot be turned off.
    public let canBeSilenced: Bool
    /// C503 is off unless a workspace turns it on.
    public let enabledByDefault: Bool
    /// Strategic HRM's rules: a hint before this phase (`EnumSets.shrmPhase`, canonical word).
    public let hintBeforePhase: String?

    public init(
        code: DiagnosticCode,
        severity: Severity,
        title: LocalizedText,
        explanation: LocalizedText,
        example: String,
        stageDependent: Bool = false,
        canBeSilenced: Bool = true,
        enabledByDefault: Bool = true,
        hintBeforePhase: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.title = title
        self.explanation = explanation
        self.example = example
        self.stageDependent = stageDependent
        self.canBeSilenced = canBeSilenced
        self.enabledByDefault = enabledByDefault
        self.hintBeforePhase = hintBeforePhase
    }

    /// The example in a language: the code is the same in both, the comment that marks the good
    /// form (`# zo wel`) follows the language.
    public func example(_ language: Language) -> String {
        language == .nl ? example : example.replacingEvery("# zo wel", with: "# like this")
    }

    /// "een hint vóór de fase kies" / "a hint before the phase choose", for a rule of strategic HRM.
    public func phaseNote(_ language: Language) -> String? {
        guard let phase = hintBeforePhase else { return nil }
        let word = EnumSets.shrmPhase.values.first { $0.dutch == phase }?.spelling(language) ?? phase
        return language == .nl ? "een hint vóór de fase \(word)" : "a hint before the phase \(word)"
    }
}

/// One check: a code, what the catalog says of it, and a function over the model.
///
/// Each rule lives in its own file under `Checks/`, named for the problem it finds, and is
/// listed in `Checks/Registry.swift`.
public protocol CheckRule: Sendable {
    static var info: RuleInfo { get }
    /// What the rule's findings depend on; `.workspace` unless the rule says otherwise.
    static var scope: RuleScope { get }
    static func check(_ context: inout CheckContext)
    /// For a ``RuleScope/map`` rule whose findings can also depend on another file (an idea
    /// in another map that makes an action point about ICT): the findings that do, looked for
    /// on every analysis and never taken from an earlier one. `check` then reports only what
    /// its own file shows. Nothing by default.
    static func checkAcrossFiles(_ context: inout CheckContext)
}

extension CheckRule {
    public static var scope: RuleScope { .workspace }
    public static func checkAcrossFiles(_ context: inout CheckContext) {}
}

/// What a rule's findings in a file depend on, so that an analysis after an edit knows which
/// findings it may take from the analysis before.
public enum RuleScope: Sendable {
    /// Only the maps of the file itself: their declarations, typed values, edges and figures,
    /// and of other maps no more than the names they declare (what a reference resolves to,
    /// and its kind). No `referrers` (they come from other files), no references followed into
    /// another map, no notes there. Such a rule reaches its maps through `analysis.maps`,
    /// which lists only the maps to check; its findings in a file whose tree and the
    /// workspace's names did not change are taken from the earlier analysis.
    case map
    /// Anything in the workspace: computed again on every analysis.
    case workspace
}
