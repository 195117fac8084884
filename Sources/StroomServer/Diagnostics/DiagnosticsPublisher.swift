import StroomLSP
import StroomModel
import StroomSyntax

/// Push or pull: how open documents get their diagnostics.
enum DiagnosticsMode: String, Sendable {
    /// `textDocument/publishDiagnostics` for every document.
    case push
    /// `textDocument/diagnostic` for open documents (files that are not open are still pushed).
    case pull
}

/// Decides what to publish after an analysis, and remembers what was published, so that
/// nothing stale replaces something newer and nothing unchanged is sent twice.
struct DiagnosticsPublisher: Sendable {
    /// What the client last got pushed for a document.
    struct Pushed: Equatable, Sendable {
        let version: Int?
        let diagnostics: [StroomLSP.Diagnostic]
    }

    var mode = DiagnosticsMode.push
    private(set) var pushed: [DocumentKey: Pushed] = [:]
    /// The latest diagnostics of every document, for pull requests.
    private(set) var latest: [DocumentKey: [StroomLSP.Diagnostic]] = [:]
    /// Grows when a document's latest diagnostics change; the pull `resultId`.
    private(set) var generation: [DocumentKey: Int] = [:]

    /// Records the latest diagnostics of a document; returns whether they changed.
    @discardableResult
    mutating func record(_ diagnostics: [StroomLSP.Diagnostic], for key: DocumentKey) -> Bool {
        guard latest[key] != diagnostics else { return false }
        latest[key] = diagnostics
        generation[key, default: 0] += 1
        return true
    }

    mutating func forget(_ key: DocumentKey) {
        latest[key] = nil
        generation[key] = nil
    }

    func resultID(for key: DocumentKey) -> String { String(generation[key] ?? 0) }

    /// Whether a push for `version` of a document may go out: never one older than what the
    /// client has, never one for a version the editor has already replaced (`currentVersion`
    /// is the open document's version now, nil when it is not open), and never a repeat
    /// unless `force` (the edited document itself gets its diagnostics for every version).
    func shouldPush(_ diagnostics: [StroomLSP.Diagnostic], version: Int?, currentVersion: Int?, for key: DocumentKey, force: Bool) -> Bool {
        if let version {
            if let currentVersion, version != currentVersion { return false }
            if let last = pushed[key]?.version, last > version { return false }
        }
        if force { return true }
        return pushed[key] != Pushed(version: version, diagnostics: diagnostics) && !(pushed[key] == nil && diagnostics.isEmpty && version == nil)
    }

    mutating func didPush(_ diagnostics: [StroomLSP.Diagnostic], version: Int?, for key: DocumentKey) {
        pushed[key] = Pushed(version: version, diagnostics: diagnostics)
    }

    /// The client cleared or will clear its copy (a document opened in pull mode).
    mutating func forgetPushed(_ key: DocumentKey) {
        pushed[key] = nil
    }

    func lastPushed(_ key: DocumentKey) -> Pushed? { pushed[key] }
}
