import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomSyntax

/// The path from a changed text to the client's screen: analyse what changed, then publish the
/// changed document first, the files that depend on it next, and any other file whose
/// diagnostics changed last.
extension ServerState {
    /// Analyses every workspace that changed and publishes its diagnostics. Skipped while more
    /// edits wait in the queue: the last of them refreshes, so no work goes into a text that is
    /// already out of date. Put off while a request that is answered from a document alone
    /// waits (``RefreshOwed``): the server refreshes after answering it.
    func refreshDiagnostics(first: DocumentKey? = nil) {
        let first = first ?? refreshOwed?.first
        refreshOwed = nil
        guard !hasQueuedEdits() else { return }
        guard !hasQueuedDocumentRequests() else {
            refreshOwed = RefreshOwed(first: first)
            return
        }
        var order = Array(workspaces.indices)
        if let first, let index = workspaces.index(of: first) {
            order.removeAll { $0 == index }
            order.insert(index, at: 0)
        }
        var openDocumentsChanged = false
        for index in order where workspaces[index].needsPublish {
            openDocumentsChanged = publishWorkspace(index, first: first, yieldingToRequests: true) || openDocumentsChanged
            if refreshOwed != nil { break }
        }
        if openDocumentsChanged, publisher.mode == .pull, client.workspace?.diagnostics?.refreshSupport == true {
            outgoing.request(DiagnosticRefreshRequest())
        }
        for index in workspaces.indices where !workspaces[index].retired.isEmpty {
            retired += workspaces[index].retired
            workspaces[index].retired.removeAll()
        }
    }

    /// Analyses one workspace if needed and publishes what it owes the client. Returns whether
    /// an open document other than `first` changed while the client pulls. An analysis that a
    /// newer edit makes useless stops early and publishes nothing: that edit's refresh does.
    /// With `yieldingToRequests`, a request that is answered from a document alone stops it
    /// too, and the refresh is owed (``RefreshOwed``).
    @discardableResult
    func publishWorkspace(_ index: Int, first: DocumentKey? = nil, yieldingToRequests: Bool = false) -> Bool {
        let hasQueuedEdits = hasQueuedEdits
        let hasQueuedDocumentRequests = hasQueuedDocumentRequests
        let cancellation = yieldingToRequests ? AnalysisCancellation { hasQueuedEdits() || hasQueuedDocumentRequests() }
                                              : AnalysisCancellation(hasQueuedEdits)
        guard let analyzed = analyze(index, cancellation: cancellation) else {
            if hasQueuedEdits() {
                log.info("analysis of workspace \(index) given up: a newer edit is queued")
            } else {
                log.info("analysis of workspace \(index) put off: a request waits")
                refreshOwed = RefreshOwed(first: first)
            }
            return false
        }
        workspaces[index].needsPublish = false
        return publish(analyzed, of: workspaces[index], first: first)
    }

    /// The analysis of a workspace, computed now if something changed.
    @discardableResult
    func analyze(_ index: Int) -> AnalyzedWorkspace {
        // Never cancelled, so never nil.
        analyze(index, cancellation: .never)!
    }

    /// The same, or nil when `cancellation` stopped it.
    func analyze(_ index: Int, cancellation: AnalysisCancellation) -> AnalyzedWorkspace? {
        if let analyzed = workspaces[index].analyzed { return analyzed }
        let workspace = workspaces[index]
        analysisCount.started += 1
        guard let analyzed = AnalyzedWorkspace(workspace: workspace, documents: documents, options: analysisOptions(for: workspace),
                                               cancellation: cancellation) else {
            analysisCount.cancelled += 1
            return nil
        }
        analysisCount.finished += 1
        workspaces[index].analyzed = analyzed
        return analyzed
    }

    /// Publishes one analysed workspace; returns whether an open document other than `first`
    /// changed while the client pulls (then it is asked to pull again).
    private func publish(_ analyzed: AnalyzedWorkspace, of workspace: Workspace, first: DocumentKey?) -> Bool {
        let language = language(for: workspace)
        let resolver = NoteResolver(analyzed: analyzed, uri: { [unowned self] in uri(for: $0) })
        var order: [Int] = []
        if let first, let index = analyzed.indexByKey[first] {
            order = [index] + analyzed.dependants(of: index)
        }
        let rest = analyzed.keys.indices.filter { !order.contains($0) }
        var openDocumentsChanged = false
        for index in order + rest {
            let key = analyzed.keys[index]
            let source = analyzed.analysis.files[index].source
            let uri = uri(for: key)
            let diagnostics = analyzed.analysis.diagnosticsByFile[index].map {
                $0.lspDiagnostic(in: source, uri: uri, encoding: encoding, language: language, features: features, notes: resolver)
            }
            let changed = publisher.record(diagnostics, for: key)
            if publisher.mode == .pull, documents.isOpen(key) {
                if changed, key != first { openDocumentsChanged = true }
                continue
            }
            push(diagnostics, for: key, version: analyzed.versions[key], force: key == first)
        }
        if let key = workspace.configurationKey, let source = workspace.configurationSource {
            let diagnostics = workspace.configurationDiagnostics.map {
                $0.lspDiagnostic(in: source, uri: key.uriForDisk, encoding: encoding, language: language, features: features, notes: nil)
            }
            push(diagnostics, for: key, version: nil, force: false)
        }
        return openDocumentsChanged
    }

    /// Pushes diagnostics unless they are stale or unchanged (see `DiagnosticsPublisher`).
    func push(_ diagnostics: [StroomLSP.Diagnostic], for key: DocumentKey, version: Int?, force: Bool) {
        let current = documents.snapshot(key)?.version
        guard publisher.shouldPush(diagnostics, version: version, currentVersion: current, for: key, force: force) else {
            if let version, let current, version != current {
                log.info("dropped diagnostics of \(key) version \(version): the document is at version \(current)")
            }
            return
        }
        outgoing.notify(PublishDiagnosticsNotification(uri: uri(for: key), version: version, diagnostics: diagnostics))
        publisher.didPush(diagnostics, version: version, for: key)
    }

    /// Clears what the client shows for a document that left the workspace.
    func clearDiagnostics(for key: DocumentKey) {
        publisher.forget(key)
        clearPushedDiagnostics(for: key)
    }

    /// Clears what was pushed for a document (it is pulled from now on, or it is gone).
    func clearPushedDiagnostics(for key: DocumentKey) {
        if let last = publisher.lastPushed(key), !last.diagnostics.isEmpty {
            outgoing.notify(PublishDiagnosticsNotification(uri: uri(for: key), diagnostics: []))
        }
        publisher.forgetPushed(key)
    }
}
