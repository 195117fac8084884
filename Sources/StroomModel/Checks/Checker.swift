import StroomSyntax

/// Runs every rule of the registry, adds the syntax diagnostics, and applies the severity
/// overrides of `stroom.json` and `# stroom:` directives.
enum Checker {
    /// The diagnostics per file, and per file the raw findings of the ``RuleScope/map`` rules
    /// (kept for the next analysis). With `previous`, a file whose text is the same as
    /// there takes those findings from it when no file's names changed (``ExportedNames``) and
    /// the date is the same; the `.map` rules then look only at the maps of the other files.
    static func run(_ analysis: Analysis, reusing previous: Analysis? = nil,
                    cancellation: AnalysisCancellation = .never) throws(AnalysisCancelled) -> (byFile: [[Diagnostic]], mapFindings: [[Diagnostic]]) {
        var perFile: [[Diagnostic]] = analysis.files.map { file in
            var syntax = file.syntaxDiagnostics
            if let offset = file.source.firstInvalidUTF8Offset {
                syntax.append(InvalidUTF8.diagnostic(at: offset, in: file.source))
            }
            if let notRead = file.source.notRead {
                syntax.append(FileTooLarge.diagnostic(notRead))
            }
            return syntax
        }
        let reused = reusedMapFindings(analysis, previous)
        let changed = Set(reused.indices.filter { reused[$0] == nil })
        // Each rule reads the analysis and writes only its own findings, so the rules run on
        // every core; their findings are put together in rule order, as running them one after
        // the other would.
        let methods = MethodIndex(analysis)
        typealias Findings = [(fileIndex: Int, diagnostic: Diagnostic)]
        let produced = Array(Registry.rules.indices).concurrentMap { index -> (own: Findings, acrossFiles: Findings)? in
            guard !cancellation.isCancelled() else { return nil }
            let rule = Registry.rules[index]
            var acrossFiles: Findings = []
            if rule.scope == .map {
                var context = CheckContext(analysis: analysis, info: rule.info, methods: methods)
                rule.checkAcrossFiles(&context)
                acrossFiles = context.produced
            }
            if rule.scope == .map, changed.isEmpty { return ([], acrossFiles) }
            let onlyFiles = rule.scope == .map && changed.count < analysis.files.count ? changed : nil
            var context = CheckContext(analysis: analysis, info: rule.info, methods: methods, onlyFiles: onlyFiles)
            rule.check(&context)
            return (context.produced, acrossFiles)
        }
        try cancellation.check()
        var mapFindings = reused.map { $0 ?? [] }
        for (index, findings) in produced.enumerated() {
            let isMapRule = Registry.rules[index].scope == .map
            for (fileIndex, diagnostic) in findings?.own ?? [] {
                if isMapRule {
                    mapFindings[fileIndex].append(diagnostic)
                } else {
                    perFile[fileIndex].append(diagnostic)
                }
            }
            for (fileIndex, diagnostic) in findings?.acrossFiles ?? [] { perFile[fileIndex].append(diagnostic) }
        }
        for index in perFile.indices {
            let overrides = SeverityOverrides(configuration: analysis.options.configuration, directives: analysis.files[index].directives)
            let kept = overrides.apply(to: perFile[index] + mapFindings[index])
            // The positions are sorted, not the diagnostics: moving a diagnostic copies its
            // message, notes and fixes, and a sort moves each many times.
            perFile[index] = kept.indices.sorted { Checker.order(kept[$0], kept[$1]) }.map { kept[$0] }
        }
        return (perFile, mapFindings)
    }

    /// Per file, the earlier findings of the `.map` rules when they still hold; nil where the
    /// rules must look again.
    static func reusedMapFindings(_ analysis: Analysis, _ previous: Analysis?) -> [[Diagnostic]?] {
        guard let previous, previous.options.today == analysis.options.today,
              previous.mapFindings.count == previous.files.count,
              previous.exportedNames.sameNames(as: analysis.exportedNames) else {
            return Array(repeating: nil, count: analysis.files.count)
        }
        // Equal names mean the same paths at the same positions: a file is matched by position
        // (and its id, which follows its path along the chain).
        return analysis.files.indices.map { index in
            let old = previous.files[index]
            guard old.id == analysis.files[index].id, old.source.isSameText(as: analysis.files[index].source) else { return nil }
            // Kept findings are read on every analysis: their texts are built once, here.
            return previous.mapFindings[index].resolved()
        }
    }

    /// By position, then by code, so output is stable.
    static func order(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message.en < rhs.message.en
    }
}

/// The overrides that apply to one file: the workspace's, then the file's, then a statement's.
struct SeverityOverrides {
    let configuration: Configuration
    let directives: [Directive]

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            let info = CodeCatalog.info(for: diagnostic.code)
            var action: Directive.Action? = configuration.severities[diagnostic.code]
            for directive in directives where directive.scope == nil && directive.codes.contains(where: { $0.code == diagnostic.code }) {
                action = directive.action
            }
            for directive in directives {
                guard let scope = directive.scope, scope.touches(diagnostic.range.utf8Start),
                      directive.codes.contains(where: { $0.code == diagnostic.code }) else { continue }
                action = directive.action
            }
            let enabled = info?.enabledByDefault ?? true
            guard let action, info?.canBeSilenced ?? false else {
                return enabled ? diagnostic : nil
            }
            switch action {
            case .ignore:
                return nil
            case .setSeverity(let severity):
                var changed = diagnostic
                changed.severity = severity
                return changed
            }
        }
    }
}
