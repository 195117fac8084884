import StroomSyntax

/// W607 — a file larger than the workspace's size limit, which Stroom did not read.
///
/// Reading a file of gigabytes would exhaust memory and stop every other check. The CLI and the
/// language server look at a file's size first; a file above the limit (64 MB, or
/// `"maxBestandsgrootte"` in `stroom.json`) is left unread, and this diagnostic at its start
/// says so. The other files are checked as usual.
enum FileTooLarge {
    static let info = RuleInfo(
        code: "W607", severity: .error,
        title: LocalizedText(nl: "Bestand te groot", en: "File too large"),
        explanation: LocalizedText(
            nl: "Stroom leest geen bestand dat groter is dan de grens: standaard 64 MB, in stroom.json in te stellen met \"maxBestandsgrootte\" (in megabytes). Een kaart is nooit zo groot; meestal is het een ander bestand dat per ongeluk .vsm of .batenlogica heet. De andere bestanden worden gewoon gecontroleerd.",
            en: "Stroom does not read a file larger than the limit: 64 MB by default, set in stroom.json with \"maxFileSize\" (in megabytes). A map is never that large; usually it is another file that happens to be called .vsm or .batenlogica. The other files are checked as usual."),
        example: "{ \"maxBestandsgrootte\": 100 }   # stroom.json: tot 100 MB",
        canBeSilenced: false)

    static func diagnostic(_ notRead: SourceFile.SizeLimit) -> Diagnostic {
        Diagnostic(code: info.code, severity: info.severity, range: .empty(at: 0), message: LocalizedText(
            nl: "Dit bestand is niet gelezen: het is \(notRead.size) bytes, groter dan de grens van \(notRead.limit) bytes (\"maxBestandsgrootte\" in stroom.json).",
            en: "This file was not read: it is \(notRead.size) bytes, larger than the limit of \(notRead.limit) bytes (\"maxFileSize\" in stroom.json)."))
    }
}
