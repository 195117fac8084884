import StroomSyntax

/// Gives every attribute value its type, resolves references, and records what does not fit
/// as ``ValueFinding``s. The rules that report those findings live in `Checks/`.
struct Typer {
    let declarations: DeclarationTable
    let symbols: SymbolTable
    /// Per file position, the typed values of its declarations.
    var typed: [FileTyping]
    var findings: [ValueFinding] = []
    /// Minutes in a working day and days in a working week, per map.
    var calendars: [DeclarationID: WorkingCalendar] = [:]

    init(declarations: DeclarationTable, symbols: SymbolTable) {
        self.declarations = declarations
        self.symbols = symbols
        typed = Array(repeating: FileTyping(), count: declarations.byFile.count)
    }

    /// With `reuse`, the declarations of its files take their typed values and findings from
    /// the earlier analysis (each file's findings in one block, where typing them would put them).
    mutating func run(reusing reuse: TypingReuse? = nil) {
        for map in symbols.maps {
            calendars[map] = WorkingCalendar(map: declarations[map])
        }
        for (position, fileDeclarations) in declarations.byFile.enumerated() {
            if let reuse, reuse.files.contains(position) {
                typed[position] = reuse.previous.typed[position]
                findings.append(contentsOf: reuse.findings[position] ?? [])
                continue
            }
            // Room for every value written and every one implied (at most: some are left out).
            var attributeCount = 0
            var valueCount = 0
            for declaration in fileDeclarations where declaration.kind != nil {
                let implied = impliedAttribute(of: declaration) == nil ? 0 : 1
                attributeCount += declaration.attributes.count + implied
                valueCount += implied
                for attribute in declaration.attributes { valueCount += attribute.values.count }
            }
            var file = FileTyping(declarations: fileDeclarations.count, attributes: attributeCount, values: valueCount)
            for declaration in fileDeclarations {
                file.append(declaration.kind == nil ? TypedAttributes(capacity: 0) : attributes(of: declaration))
            }
            typed[position] = file
        }
    }

    /// The typed attributes of a declaration, implied ones included, recording what does not fit.
    mutating func attributes(of declaration: Declaration) -> TypedAttributes {
        var attributes = typeAttributes(of: declaration)
        addImpliedAttribute(of: declaration, to: &attributes)
        return attributes
    }

    private mutating func typeAttributes(of declaration: Declaration) -> TypedAttributes {
        // Built here and stored once: no set of seen names, no copy of the array's element.
        var attributes = TypedAttributes(capacity: declaration.attributes.count + 1)
        guard !declaration.attributes.isEmpty else { return attributes }
        let map = declaration.map ?? declaration.id
        for attribute in declaration.attributes {
            guard let spec = attribute.spec, attributes[spec.name] == nil else { continue }
            var values: [Typed] = []
            for (position, value) in attribute.values.enumerated() {
                if position > 0, !spec.allowsList {
                    record(declaration.fileIndex, value.range, attribute.word, declaration.id, .listNotAllowed)
                    break
                }
                if let result = classify(value, as: spec.type, map: map, fileIndex: declaration.fileIndex,
                                         word: attribute.word, owner: declaration.id) {
                    values.append(result)
                }
            }
            attributes[spec.name] = values
        }
        return attributes
    }

    /// Nesting implies a relation: a problem inside a step is attached to it (`bij:`), a
    /// purpose inside a stakeholder is theirs (`wie:`), and so on.
    private func addImpliedAttribute(of declaration: Declaration, to attributes: inout TypedAttributes) {
        guard let parent = declaration.parent, let implied = impliedAttribute(of: declaration) else { return }
        var values = attributes[implied] ?? []
        if !values.contains(.reference(parent)) { values.insert(.reference(parent), at: 0) }
        attributes[implied] = values
    }

    /// The attribute nesting implies for a declaration, if any.
    private func impliedAttribute(of declaration: Declaration) -> AttributeName? {
        guard let kind = declaration.kind, let parent = declaration.parent, let parentKind = declarations[parent].kind else { return nil }
        return Schema.impliedAttribute(child: kind, parent: parentKind)
    }

    mutating func record(_ fileIndex: Int, _ range: TextRange, _ word: String, _ owner: DeclarationID?, _ problem: ValueFinding.Problem) {
        findings.append(ValueFinding(fileIndex: fileIndex, range: range, attributeWord: word, owner: owner, problem: problem))
    }

    /// Resolves both ends of every edge and reads its polarity; the edges of the files in
    /// `reuse` are taken as they were resolved before, with their findings.
    mutating func resolve(_ files: [FileAnalysis], reusing reuse: TypingReuse? = nil) -> [ResolvedEdge] {
        var resolved: [ResolvedEdge] = []
        resolved.reserveCapacity(files.last?.edgeRange.upperBound ?? 0)
        for (position, file) in files.enumerated() {
            if let reuse, reuse.files.contains(position) {
                resolved.append(contentsOf: reuse.previous.edges[reuse.previous.files[position].edgeRange])
                findings.append(contentsOf: reuse.edgeFindings[position] ?? [])
                continue
            }
            for edge in file.loweredEdges { resolved.append(resolve(edge)) }
        }
        return resolved
    }

    mutating func resolve(_ edge: Edge) -> ResolvedEdge {
        let from = resolveEnd(edge.from, edge: edge)
        let to = resolveEnd(edge.to, edge: edge)
        var polarity = 1
        var hasPolarity = false
        for attribute in edge.attributes {
            guard let spec = attribute.spec, let value = attribute.values.first else { continue }
            if spec.name == .polarity, case .sign(let sign)? = classify(value, as: spec.type, map: edge.map, fileIndex: edge.fileIndex, word: attribute.word, owner: nil) {
                polarity = sign
                hasPolarity = true
            }
        }
        return ResolvedEdge(edge: edge, from: from, to: to, polarity: polarity, hasPolarity: hasPolarity)
    }

    mutating func resolveEnd(_ reference: Reference, edge: Edge) -> DeclarationID? {
        switch symbols.resolve(reference, from: edge.map) {
        case .found(let id):
            return id
        case .undefined(let suggestion):
            record(edge.fileIndex, reference.range, "->", nil, .undefined(reference, suggestion: suggestion, expected: []))
        case .unknownMap:
            record(edge.fileIndex, reference.range, "->", nil, .unknownMap(reference))
        }
        return nil
    }
}

/// The typing of files that did not change (`Analysis.unchangedFiles`: every name means what
/// it meant, at the same file positions), from an earlier analysis: a declaration's typed values depend only on its file, its
/// map's calendar and what the names it writes resolve to.
struct TypingReuse {
    let previous: Analysis
    let files: Set<Int>
    /// Per file, the findings of typing its declarations (those with an owner), in order.
    let findings: [Int: [ValueFinding]]
    /// Per file, the findings of resolving its arrows (those without an owner), in order.
    let edgeFindings: [Int: [ValueFinding]]

    init(previous: Analysis, files: Set<Int>) {
        self.previous = previous
        self.files = files
        var findings: [Int: [ValueFinding]] = [:]
        var edgeFindings: [Int: [ValueFinding]] = [:]
        for finding in previous.valueFindings where files.contains(finding.fileIndex) {
            if finding.owner != nil {
                findings[finding.fileIndex, default: []].append(finding)
            } else {
                edgeFindings[finding.fileIndex, default: []].append(finding)
            }
        }
        self.findings = findings
        self.edgeFindings = edgeFindings
    }
}

/// Working time of one map: `werkdag` (default 8 hours) and `werkweek` (default 5 days).
struct WorkingCalendar {
    var minutesPerDay: Double = 480
    var daysPerWeek: Double = 5

    init(map: Declaration) {
        for attribute in map.attributes {
            guard let name = attribute.spec?.name, let value = attribute.values.first,
                  case .duration(let amount, let unit) = value.content, amount > 0 else { continue }
            // A value too large to compute with (A208) keeps the default.
            if name == .workday, unit == .hour || unit == .minute, ValueLimits.fits(minutes: unit == .hour ? amount * 60 : amount) {
                minutesPerDay = unit == .hour ? amount * 60 : amount
            } else if name == .workweek, unit == .day, ValueLimits.fits(minutes: amount) {
                daysPerWeek = amount
            }
        }
    }

    init() {}

    func minutes(_ amount: Double, _ unit: DurationUnit) -> Double {
        switch unit {
        case .second: amount / 60
        case .minute: amount
        case .hour: amount * 60
        case .day: amount * minutesPerDay
        case .week: amount * minutesPerDay * daysPerWeek
        case .month: amount * minutesPerDay * daysPerWeek * 4
        }
    }
}
