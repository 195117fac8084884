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
}

/// One check: a code, what the catalog says of it, and a function over the model.
///
/// Each rule lives in its own file under `Checks/`, named for the problem it finds, and is
/// listed in `Checks/Registry.swift`.
public protocol CheckRule: Sendable {
    static var info: RuleInfo { get }
    static func check(_ context: inout CheckContext)
}
