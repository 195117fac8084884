import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

@Suite struct WorkspaceTests {
    @Test func crossFileReferencesResolve() throws {
        let vsm = SourceFile(path: "groepsplannen.vsm", text: """
        proces groepsplannen "Groepsplannen" {
          probleem dubbel "Dubbel werk"
          idee koppeling "Koppeling" { lost_op: dubbel }
        }
        """)
        let logic = SourceFile(path: "sws.batenlogica", text: """
        batenlogica sws "SWS" {
          stakeholder leraren "Leraren"
          bedoeling b "B" { wie: leraren }
          thema d "D" {
            initiatief i "I" { uit: groepsplannen.koppeling }
          }
          i -> b
        }
        """)
        let analysis = Analysis(sources: [vsm, logic])
        let initiative = try #require(analysis.declarations.first { $0.name == "i" })
        let target = try #require(analysis.references(initiative.id, .from).first)
        #expect(analysis[target].name == "koppeling")
        #expect(analysis.path(of: target) == "groepsplannen.vsm")
        let codes = analysis.diagnosticsByFile.flatMap { $0 }.map(\.code.rawValue)
        #expect(!codes.contains("N102") && !codes.contains("W602"))
    }

    @Test func declarationsAfterAMissingBraceAreStillChecked() throws {
        let url = RepositoryPaths.tests.appendingPathComponent("StroomSyntaxTests/Golden/err/after_missing_brace.vsm")
        let analysis = Analysis(sources: [SourceFile(path: "after.vsm", bytes: RepositoryPaths.read(url))])
        let diagnostics = analysis.diagnosticsByFile[0]
        #expect(diagnostics.filter { $0.code == "S003" }.count == 1)
        // `door: leeraar` of step b, after the missing brace, is still resolved and reported.
        let n102 = try #require(diagnostics.first { $0.code == "N102" })
        #expect(analysis.files[0].source.text(in: n102.range) == "leeraar")
        #expect(n102.fixes.first?.edits.first?.newText == "leraar")
        // b is a member of the process (not nested in a), so no misplaced-declaration warning.
        #expect(!diagnostics.contains { $0.code == "A207" })
    }

    @Test func fiveMistakesGiveFiveDiagnosticsInTheWholeCheck() {
        let url = RepositoryPaths.tests.appendingPathComponent("StroomSyntaxTests/Golden/err/five_mistakes.vsm")
        let analysis = Analysis(sources: [SourceFile(path: "five.vsm", bytes: RepositoryPaths.read(url))],
                                options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
        // Plus A209 on the process: it names no method, so VSM is assumed.
        #expect(analysis.diagnosticsByFile[0].map(\.code.rawValue) == ["A209", "S001", "S002", "S003", "S006", "S009"])
    }

    @Test func invalidUTF8IsReportedOnceWithItsOffset() throws {
        let bytes = Array("proces p \"P\" {\n  stap s \"Ide".utf8) + [0xEB] + Array("n\"\n}\n".utf8) + [0xC0, 0xAF]
        let analysis = Analysis(sources: [SourceFile(path: "latin1.vsm", bytes: bytes)])
        let diagnostics = analysis.diagnosticsByFile[0].filter { $0.severity == .error }
        #expect(diagnostics.map(\.code) == ["W603"])
        #expect(diagnostics[0].range.utf8Start == 28)
        #expect(diagnostics[0].message.en.contains("offset 28"))
    }

    @Test func directivesChangeSeveritiesForAFileOrAStatement() {
        let text = """
        # stroom: negeer N105
        proces p "P" {
          ict digibord "Digibord"
          stap a "A" { door: x  door: y }
          # stroom: hint A202
          stap b "B" { door: x  door: y }
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "p.vsm", text: text)])
        let diagnostics = analysis.diagnosticsByFile[0]
        #expect(!diagnostics.contains { $0.code == "N105" })
        let a202 = diagnostics.filter { $0.code == "A202" }.map(\.severity)
        #expect(a202 == [.warning, .hint])
        // Names cannot be silenced: N102 for x and y stays.
        #expect(diagnostics.filter { $0.code == "N102" }.count == 2) // the second door: of each step is ignored (A202)
    }

    @Test func workspaceConfigurationOverridesAndReportsItsOwnMistakes() {
        let json = SourceFile(path: "stroom.json", text: """
        {
          "taal": "nl",
          "ernst": { "N105": "negeer", "X999": "negeer", "N102": "negeer", "A202": "soms" },
          "kleur": "rood"
        }
        """)
        let (configuration, problems) = Configuration.parse(json)
        #expect(configuration.language == .nl)
        #expect(configuration.severities.keys.map(\.rawValue) == ["N105"])
        #expect(problems.map(\.code.rawValue) == ["W606", "W606", "W606", "W606"])
        let flagged = Set(problems.map { json.text(in: $0.range) })
        #expect(flagged == ["\"X999\"", "\"N102\"", "\"A202\"", "\"kleur\""])
        let analysis = Analysis(sources: [SourceFile(path: "p.vsm", text: "proces p \"P\" {\n  ict bord \"Bord\"\n}\n")],
                                options: AnalysisOptions(configuration: configuration))
        #expect(!analysis.diagnosticsByFile[0].contains { $0.code == "N105" })
        let (_, broken) = Configuration.parse(SourceFile(path: "stroom.json", text: "{ taal: nl"))
        #expect(broken.map(\.code.rawValue) == ["W606"])
    }

    @Test func everyDiagnosticOfEverySampleLiesInsideItsFile() {
        let urls = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        let analysis = Analysis(sources: urls.map { SourceFile(path: $0.path, bytes: RepositoryPaths.read($0)) })
        for (index, file) in analysis.files.enumerated() {
            for diagnostic in analysis.diagnosticsByFile[index] {
                #expect(diagnostic.range.utf8End <= file.source.utf8Length)
                #expect(!diagnostic.message.nl.isEmpty && !diagnostic.message.en.isEmpty)
            }
        }
    }
}
