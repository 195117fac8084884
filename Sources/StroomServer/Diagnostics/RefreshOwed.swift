/// A refresh of the diagnostics that was put off: a request that is answered from a document
/// alone (an outline) was waiting, or arrived while the analysis ran and stopped it. The
/// server refreshes after answering it (`Server.handle`), the edited document first.
struct RefreshOwed: Sendable, Equatable {
    /// The document that was edited, published before the others.
    var first: DocumentKey?
}
