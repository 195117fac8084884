/// Building every text of a diagnostic now, for a diagnostic that is kept and read again.
///
/// A `LocalizedText` is built when it is read (see there), each time it is read. Most
/// diagnostics are read once, in one language, or never; a diagnostic kept from one analysis
/// to the next (the map findings of a file that did not change) is read on every keystroke,
/// so it is resolved once when it is first kept.
extension Diagnostic {
    /// Whether the message, the notes and the fix titles are all strings already.
    public var isResolved: Bool {
        message.isBuilt && notes.allSatisfy(\.message.isBuilt) && fixes.allSatisfy(\.title.isBuilt)
    }

    /// The same diagnostic with its message, notes and fix titles built in both languages.
    public func resolved() -> Diagnostic {
        guard !isResolved else { return self }
        var copy = self
        copy.message = message.resolved()
        copy.notes = notes.map { note in
            var note = note
            note.message = note.message.resolved()
            return note
        }
        copy.fixes = fixes.map { fix in
            var fix = fix
            fix.title = fix.title.resolved()
            return fix
        }
        return copy
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics resolved (see `Diagnostic.resolved()`); the same array when they are.
    public func resolved() -> [Diagnostic] {
        allSatisfy(\.isResolved) ? self : map { $0.resolved() }
    }
}
