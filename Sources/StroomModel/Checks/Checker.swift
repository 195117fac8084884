import StroomSyntax

/// Runs every rule of the registry, adds the syntax diagnostics, and applies the severity
/// overrides of `stroom.json` and `# stroom:` directives.
enum Checker {
    static func run(_ analysis: Analysis) -> [[Diagnostic]] {
        var perFile: [[Diagnostic]] = analysis.files.map { file in
            var syntax = file.tree.diagnostics
            if let offset = file.source.firstInvalidUTF8Offset {
                syntax.append(InvalidUTF8.diagnostic(at: offset, in: file.source))
            }
            if let notRead = file.source.notRead {
                syntax.append(FileTooLarge.diagnostic(notRead))
            }
            return syntax
        }
        // Each rule reads the analysis and writes only its own findings, so the rules run on
        // every core; their findings are put together in rule order, as running them one after
        // the other would.
        let methods = MethodIndex(analysis)
        let produced = Array(Registry.rules.indices).concurrentMap { index in
            let rule = Registry.rules[index]
            var context = CheckContext(analysis: analysis, info: rule.info, methods: methods)
            rule.check(&context)
            return context.produced
        }
        for findings in produced {
            for (fileIndex, diagnostic) in findings {
                perFile[fileIndex].append(diagnostic)
            }
        }
        for index in perFile.indices {
            let overrides = SeverityOverrides(configuration: analysis.options.configuration, directives: analysis.files[index].directives)
            let kept = overrides.apply(to: perFile[index])
            // The positions are sorted, not the diagnostics: moving a diagnostic copies its
            // message, notes and fixes, and a sort moves each many times.
            perFile[index] = kept.indices.sorted { Checker.order(kept[$0], kept[$1]) }.map { kept[$0] }
        }
        return perFile
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
