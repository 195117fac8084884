import StroomLSP
import StroomTestSupport
import Testing

/// Completion and hover offer strategic HRM's kinds, attributes and words (`methode: shrm`):
/// they come from the schema and the keyword help, so these cases fail when either forgets one.
@Suite struct StrategicHRMEditorTests {
    static let map = """
        batenlogica stanislas "Stanislas" {
          methode: shrm
          fase: 1️⃣
          stakeholder docenten "Docenten" { 2️⃣ }
          3️⃣
          probleem moeite "Moeite" { amo: 4️⃣ }
          thema ict "ICT" {
            initiatief nascholing "Nascholing" { bouwsteen: 5️⃣ }
            initiatief gesprekken "Gesprekken" { gekozen: ja  6️⃣ }
          }
          7️⃣situatie coaching "Coaching" { verschil: groot  8️⃣actie_nodig: ja }
        }

        """

    func labels(_ session: FeatureSession, _ document: OpenDocument, _ marker: String) async throws -> [String] {
        let list = try #require(try await session.send(CompletionRequest(
            textDocument: document.id, position: document[marker], context: CompletionContext(triggerKind: 2, triggerCharacter: " "))))
        return list.items.map(\.label)
    }

    @Test func completionOffersTheKindsAttributesAndWords() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("stanislas.batenlogica", Self.map)
        let phases = try await labels(session, document, "1️⃣")
        #expect(["ontdek", "kies", "doe", "ga_door"].allSatisfy(phases.contains), "\(phases)")
        #expect(!phases.contains("sessie1"), "only the phases of the map's method: \(phases)")
        let stakeholder = try await labels(session, document, "2️⃣")
        #expect(["belang", "invloed", "doel"].allSatisfy(stakeholder.contains), "\(stakeholder)")
        let kinds = try await labels(session, document, "3️⃣")
        #expect(["doel", "situatie", "probleem", "goal", "situation"].allSatisfy(kinds.contains), "\(kinds)")
        let amo = try await labels(session, document, "4️⃣")
        #expect(["kunnen", "willen", "mogen"].allSatisfy(amo.contains), "\(amo)")
        let blocks = try await labels(session, document, "5️⃣")
        #expect(["visie", "deskundigheid", "inhoud", "infrastructuur"].allSatisfy(blocks.contains), "\(blocks)")
        let initiative = try await labels(session, document, "6️⃣")
        #expect(["amo", "bouwsteen", "impact", "slagingskans", "lost_op"].allSatisfy(initiative.contains), "\(initiative)")
        try await session.finish()
    }

    @Test func anotherMethodGetsItsOwnPhases() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("sws.batenlogica", """
            batenlogica sws "SWS" {
              methode: vernieuwend_werken
              fase: 1️⃣
            }

            """)
        let phases = try await labels(session, document, "1️⃣")
        #expect(phases.contains("sessie1") && !phases.contains("ontdek"), "\(phases)")
        try await session.finish()
    }

    @Test func hoverExplainsTheKindAndTheAttribute() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("stanislas.batenlogica", Self.map)
        let kind = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["7️⃣"])))
        #expect(kind.contents.value.hasPrefix("**situatie** · *situation*"), "\(kind.contents.value)")
        #expect(kind.contents.value.contains("huidige en de gewenste situatie"), "\(kind.contents.value)")
        let attribute = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["8️⃣"])))
        #expect(attribute.contents.value.hasPrefix("**actie_nodig** · *action_needed*"), "\(attribute.contents.value)")
        try await session.finish()
    }
}
