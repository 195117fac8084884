import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/foldingRange`: blocks (their closing brace stays visible) and comment runs.
@Suite struct FoldingRangeHandlerTests {
    @Test func blocksAndCommentRuns() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", """
            # Groepsplannen 📋
            # van groep 5
            proces p "P" {
              persoon jan "Jan"
              probleem dubbel "Dubbel" {
                omschrijving: "Twee keer 😩"
              }
            }

            """)
        let ranges = try await session.send(FoldingRangeRequest(textDocument: document.id))
        #expect(ranges == [
            FoldingRange(startLine: 0, endLine: 1, kind: .comment),
            FoldingRange(startLine: 2, endLine: 6),
            FoldingRange(startLine: 4, endLine: 5),
        ])
        try await session.finish()
    }
}
