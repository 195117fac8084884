/// A refresh of the diagnostics that was put off: a request that is answered from a document
/// alone (an outline) was waiting, or arrived while the analysis ran and stopped it. The
/// server refreshes after answering it (`Server.handle`), the edited document first.
struct RefreshOwed: Sendable, Equatable {
    /// The document that was edited, published before the others.
    var first: DocumentKey?
}

/// How many analyses of a workspace the server started, finished and gave up, for the tests
/// that check that an edit storm is analysed once and not once per edit.
struct AnalysisCount: Sendable, Hashable, Codable {
    var started = 0
    var finished = 0
    var cancelled = 0
}
