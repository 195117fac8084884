import StroomSyntax

/// Small questions the checks, the metrics and the editor features ask of the model.
extension Analysis {
    /// The typed values of an attribute (implied ones included); empty when absent. Read in
    /// place: a slice of the file's values.
    public func values(_ id: DeclarationID, _ name: AttributeName) -> ArraySlice<Typed> {
        self[typingOf: id][id.local, name] ?? []
    }

    /// The declarations an attribute names.
    public func references(_ id: DeclarationID, _ name: AttributeName) -> [DeclarationID] {
        values(id, name).compactMap(\.reference)
    }

    /// Whether the author wrote the attribute (even with a broken value) or nesting implies it.
    public func has(_ id: DeclarationID, _ name: AttributeName) -> Bool {
        self[id].attributes.contains { $0.name == name } || self[typingOf: id].hasValues(id.local, name)
    }

    public func enumValue(_ id: DeclarationID, _ name: AttributeName) -> String? {
        self[typingOf: id].first(id.local, name)?.enumValue
    }

    public func minutes(_ id: DeclarationID, _ name: AttributeName) -> Double? {
        self[typingOf: id].first(id.local, name)?.minutes
    }

    /// The first typed value of an attribute.
    public func firstValue(_ id: DeclarationID, _ name: AttributeName) -> Typed? {
        self[typingOf: id].first(id.local, name)
    }

    /// Whether a declaration of a kind names `id` in an attribute: ``referrers(of:kind:via:)``
    /// without building the list.
    public func hasReferrer(of id: DeclarationID, kind: DeclarationKind, via name: AttributeName) -> Bool {
        referrers(of: id).contains { names(id, from: $0, kind: kind, via: name) }
    }

    /// Whether `referrer` is of `kind` and names `id` in its attribute `name`.
    private func names(_ id: DeclarationID, from referrer: DeclarationID, kind: DeclarationKind, via name: AttributeName) -> Bool {
        self[referrer].kind == kind && self[typingOf: referrer].refers(referrer.local, to: id, via: name)
    }

    /// The typed values of a declaration's file, yielded in place (a copy would retain and
    /// release its four arrays, on objects every core's rules share, tens of thousands of
    /// times per keystroke).
    private subscript(typingOf id: DeclarationID) -> FileTyping {
        _read { yield typed[table.position(of: id.file)] }
    }

    /// The map's members of some kinds, in declaration order.
    public func members(of map: DeclarationID, _ kinds: DeclarationKind...) -> [DeclarationID] {
        guard let byKind = index.membersByKind[map] else { return [] }
        if kinds.count == 1 { return byKind[kinds[0]] ?? [] }
        // A map's members are all in its file, where ids grow in declaration order: sorting the
        // kinds' lists by that merges them in that order.
        var seenKinds: [DeclarationKind] = []
        var result: [DeclarationID] = []
        for kind in kinds where !seenKinds.contains(kind) {
            seenKinds.append(kind)
            result.append(contentsOf: byKind[kind] ?? [])
        }
        return result.sorted { $0.local < $1.local }
    }

    /// Every map of the workspace, in file and declaration order. (Inside a rule of scope
    /// ``RuleScope/map`` after an edit: the maps of the files that changed.)
    public var maps: [DeclarationID] { mapsInScope ?? index.maps }

    /// The maps of some kinds.
    public func maps(_ kinds: DeclarationKind...) -> [DeclarationID] {
        maps.filter { self[$0].kind.map(kinds.contains) ?? false }
    }

    /// The edges written inside a map, with both ends resolved.
    public func edges(in map: DeclarationID) -> [ResolvedEdge] {
        index.edgesByMap[map] ?? []
    }

    /// The declarations that name this one, in attributes or edges.
    public func referrers(of id: DeclarationID) -> ArraySlice<DeclarationID> {
        referrerIndex[id]
    }

    /// Who names a declaration in another file (in an attribute or with an arrow), as pairs:
    /// the declaration named, and the one that names it.
    public var referencesAcrossFiles: [(target: DeclarationID, referrer: DeclarationID)] {
        referrerIndex.acrossFiles
    }

    /// Declarations of a kind that name `id` in an attribute.
    public func referrers(of id: DeclarationID, kind: DeclarationKind, via name: AttributeName) -> [DeclarationID] {
        referrers(of: id).filter { names(id, from: $0, kind: kind, via: name) }.uniqued()
    }

    public func kind(_ id: DeclarationID) -> DeclarationKind? { self[id].kind }

    /// The path of the file a declaration lives in.
    public func path(of id: DeclarationID) -> String { files[self[id].fileIndex].source.path }

    /// The method a map follows: its `methode:`, else its kind's default (`proces` → `vsm`,
    /// `onderzoek` → `werkobservatie`, `batenlogica` → `vernieuwend_werken`).
    public func method(of map: DeclarationID) -> String {
        enumValue(map, .method) ?? Method.assumed(for: self[map].kind)?.word ?? Method.vsm.word
    }

    /// `method(of:)` as a `Method`; nil for a map of no known kind.
    public func followedMethod(of map: DeclarationID) -> Method? {
        enumValue(map, .method).flatMap(Method.init(rawValue:)) ?? Method.assumed(for: self[map].kind)
    }

    /// Whether the map reached the step of its method where problems become ideas and action
    /// points (`verandering` for VSM, `uitvoering` for design thinking). Maps without a stage,
    /// and methods without stages, get the default severities.
    public func hasReachedChangeStage(_ map: DeclarationID) -> Bool {
        guard let stage = enumValue(map, .stage) else { return true }
        switch method(of: map) {
        case "vsm":
            return stage == "verandering"
        case "design_thinking":
            return stage == "uitvoering" || stage == "afronding"
        default:
            return true
        }
    }

    /// Minutes in a working day of a map (`werkdag`, default 8 hours).
    public func minutesPerDay(of map: DeclarationID) -> Double {
        WorkingCalendar(map: self[map]).minutesPerDay
    }

    /// The position of a benefit logic’s `fase` in the trajectory (0 = stap1), if set.
    public func benefitPhaseIndex(_ map: DeclarationID) -> Int? {
        guard let phase = enumValue(map, .phase) else { return nil }
        return EnumSets.benefitPhase.values.firstIndex { $0.dutch == phase }
    }
}

extension Collection where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        if count < 2 { return Array(self) }
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
