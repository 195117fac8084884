import Foundation
import StroomCLI
import StroomTestSupport
import Testing

@Suite struct CheckCommandTests {
    static let clean = """
    proces p "P" {
      leverancier l "L"
      klant k "K"
      persoon leraar "Leraar"
      stap s "Schrijven" { door: leraar  tijd: 5min }
      probleem q "Q" { bij: s  fase: uitvoering }
      idee i "I" { lost_op: q  categorie: ict  haalbaar: ja }
      actie a "A" { uit: i  eigenaar: leraar  termijn: kort  werkbelasting: lichter }
    }
    """

    @Test func lineFormatWithCharacterColumnsAndSummary() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": "proces p \"Ideeën\" {\n  stap één \"Één\" { tijd: 5seizoen }\n}\n"])
        let output = CommandRunner.run(["check", "kaart.vsm"], in: folder.path)
        #expect(output.exitCode == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.contains("[S007]") } == "kaart.vsm:2:26: error: ‘seizoen’ is not a unit of time. Use one of: s, sec, min, u, h, uur, d, dag, dagen, w, wk, week, weken, mnd, maand (no space, for example 45min). [S007]")
        #expect(lines.last?.hasPrefix("1 error, ") == true)
        #expect(lines.last?.hasSuffix(" in 1 file.") == true)
    }

    @Test func exitCodes() throws {
        let folder = try CommandRunner.folder([
            "clean/p.vsm": CheckCommandTests.clean,
            "warn/p.vsm": "proces p \"P\" {\n  stap s \"S\" { tijd: 5min }\n}\n",
            "error/p.vsm": "proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n",
        ])
        #expect(CommandRunner.run(["check", "clean"], in: folder.path).exitCode == 0)
        #expect(CommandRunner.run(["check", "warn"], in: folder.path).exitCode == 0)
        #expect(CommandRunner.run(["check", "--werror", "warn"], in: folder.path).exitCode == 1)
        #expect(CommandRunner.run(["check", "error"], in: folder.path).exitCode == 1)
        let missing = CommandRunner.run(["check", "nergens"], in: folder.path)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("‘nergens’ does not exist"))
        let usage = CommandRunner.run(["check", "--formaat", "json"], in: folder.path)
        #expect(usage.exitCode == 2)
        #expect(usage.stderr.contains("Unknown option ‘--formaat’. Did you mean --format?"))
        #expect(CommandRunner.run(["check", "--format", "xml"], in: folder.path).exitCode == 2)
    }

    @Test func defaultPathIsTheCurrentFolder() throws {
        let folder = try CommandRunner.folder(["a/p.vsm": CheckCommandTests.clean])
        let output = CommandRunner.run(["check"], in: folder.path)
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasSuffix(" in 1 file.\n"))
    }

    @Test func otherFilesGivenByNameAreW601() throws {
        let folder = try CommandRunner.folder(["notes.txt": "hallo"])
        let output = CommandRunner.run(["check", "notes.txt"], in: folder.path)
        #expect(output.exitCode == 1)
        #expect(output.stdout.contains("notes.txt:1:1: error: Stroom reads .vsm and .batenlogica files only"))
        #expect(output.stdout.contains("1 error, 0 warnings, 0 hints in 1 file."), "\(output.stdout)")
        // The file named is counted next to the Stroom files checked.
        try Data("proces p \"P\" {\n}\n".utf8).write(to: folder.appendingPathComponent("p.vsm"))
        let both = CommandRunner.run(["check", "--lang", "nl", "p.vsm", "notes.txt"], in: folder.path)
        #expect(both.stdout.hasSuffix("in 2 bestanden.\n"), "\(both.stdout)")
    }

    @Test func languageFromFlagConfigurationAndLANG() throws {
        let folder = try CommandRunner.folder(["p.vsm": "proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n"])
        let english = CommandRunner.run(["check", "."], in: folder.path)
        #expect(english.stdout.contains("error: ‘niemand’ is not the name of anything"))
        let dutch = CommandRunner.run(["check", "."], in: folder.path, environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("fout: ‘niemand’ komt nergens voor als naam van iets"))
        #expect(dutch.stdout.contains("1 fout, "))
        let flag = CommandRunner.run(["check", "--lang", "en", "."], in: folder.path, environment: ["LANG": "nl_NL.UTF-8"])
        #expect(flag.stdout.contains("error: ‘niemand’ is not the name of anything"))
        try Data("{ \"taal\": \"nl\" }".utf8).write(to: folder.appendingPathComponent("stroom.json"))
        let configured = CommandRunner.run(["check", "."], in: folder.path)
        #expect(configured.stdout.contains("fout: ‘niemand’"))
    }

    @Test func aFileGivenByNameIsCheckedInItsWorkspace() throws {
        let folder = try CommandRunner.folder([
            "stroom.json": "{}",
            "akkrum/groepsplannen.vsm": "proces groepsplannen \"G\" {\n  probleem d \"D\"\n  idee koppeling \"K\" { lost_op: d }\n}\n",
            "sws/sws.batenlogica": """
            batenlogica sws "SWS" {
              stakeholder leraren "Leraren"
              bedoeling b "B" { wie: leraren }
              thema t "T" {
                initiatief i "I" { uit: groepsplannen.koppeling }
              }
              i -> b
            }
            """,
        ])
        let output = CommandRunner.run(["check", "sws/sws.batenlogica"], in: folder.path)
        #expect(!output.stdout.contains("W602"))
        #expect(!output.stdout.contains("groepsplannen.vsm:"), "only the file asked for is reported")
        #expect(output.stdout.hasSuffix(" in 1 file.\n"))
    }

    @Test func checkNeverWritesToTheFiles() throws {
        let folder = try CommandRunner.folder(["p.vsm": "proces p \"P\" {\n  stap s \"S\" { tijd: 1,5u  door: x }\n}\n"])
        let file = folder.appendingPathComponent("p.vsm")
        let before = try Data(contentsOf: file)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        _ = CommandRunner.run(["check", "--format", "json", "."], in: folder.path)
        _ = CommandRunner.run(["check", "--format", "sarif", "."], in: folder.path)
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == attributes[.modificationDate] as? Date)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(entries == ["p.vsm"])
    }

    @Test func jsonOutputCarriesPositionsNotesAndFixes() throws {
        let folder = try CommandRunner.folder(["p.vsm": "proces p \"P\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: leeraar }\n}\n"])
        let output = CommandRunner.run(["check", "--format", "json", "."], in: folder.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let n102 = try #require(diagnostics.first { $0["code"] as? String == "N102" })
        let range = try #require(n102["range"] as? [String: Any])
        let start = try #require(range["start"] as? [String: Any])
        #expect(start["line"] as? Int == 3)
        #expect(start["column"] as? Int == 22)
        let fixes = try #require(n102["fixes"] as? [[String: Any]])
        #expect(fixes.count == 2)
        #expect((json["summary"] as? [String: Any])?["errors"] as? Int == 1)
    }
}
