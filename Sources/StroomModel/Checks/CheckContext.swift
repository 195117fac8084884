import StroomSyntax

/// What a rule sees (the analysis) and where it reports (one diagnostic list per file).
public struct CheckContext {
    public let analysis: Analysis
    let info: RuleInfo
    var produced: [(fileIndex: Int, diagnostic: Diagnostic)] = []
    /// The rule's methods (empty: general) and every map's, to drop findings on maps of another method.
    let ruleMethods: Set<Method>
    let methods: MethodIndex?
    /// For a `.map` rule after an edit: the files whose findings are computed again (the
    /// others' come from the earlier analysis); nil for all files.
    var onlyFiles: Set<Int>?

    init(analysis: Analysis, info: RuleInfo, methods: MethodIndex? = nil, onlyFiles: Set<Int>? = nil) {
        self.analysis = onlyFiles.map { analysis.restricted(toFiles: $0) } ?? analysis
        self.onlyFiles = onlyFiles
        self.info = info
        self.ruleMethods = RuleMethods.methods(of: info.code)
        self.methods = methods
    }

    /// Reports a finding with the rule's code. `severity` defaults to the rule's (or, for a
    /// stage-dependent rule, to what the map's stage says, via `map`).
    public mutating func report(
        fileIndex: Int,
        range: TextRange,
        message: LocalizedText,
        map: DeclarationID? = nil,
        severity: Severity? = nil,
        notes: [Note] = [],
        fixes: [Fix] = [],
        tags: Set<DiagnosticTag> = []
    ) {
        if let onlyFiles, !onlyFiles.contains(fileIndex) { return }
        // A rule of some methods says nothing about a map that follows another one.
        if !ruleMethods.isEmpty, let methods,
           let method = methods.method(map: map, fileIndex: fileIndex, range: range), !ruleMethods.contains(method) {
            return
        }
        var level = severity ?? info.severity
        if severity == nil, info.stageDependent, let map, !analysis.hasReachedChangeStage(map) {
            level = .hint
        }
        if severity == nil, let phase = info.hintBeforePhase, let map, analysis.isBeforeSHRMPhase(map, phase) {
            level = .hint
        }
        produced.append((fileIndex, Diagnostic(code: info.code, severity: level, range: range, message: message,
                                               notes: notes, fixes: fixes, tags: tags)))
    }

    /// Reports on a declaration's name (the usual place for a squiggle).
    public mutating func report(
        on id: DeclarationID,
        message: LocalizedText,
        severity: Severity? = nil,
        notes: [Note] = [],
        fixes: [Fix] = [],
        tags: Set<DiagnosticTag> = []
    ) {
        let declaration = analysis[id]
        report(fileIndex: declaration.fileIndex, range: declaration.nameRange, message: message,
               map: declaration.map ?? declaration.id, severity: severity, notes: notes, fixes: fixes, tags: tags)
    }

    /// A related location at a declaration's name, in whatever file it lives.
    public func note(at id: DeclarationID, _ message: LocalizedText) -> Note {
        let declaration = analysis[id]
        return Note(path: analysis.files[declaration.fileIndex].source.path, range: declaration.nameRange, message: message)
    }
}
