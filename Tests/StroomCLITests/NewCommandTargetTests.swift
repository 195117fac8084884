import Foundation
import StroomCLI
import Testing

/// `stroom new`: a name of several words, an `-o` file that fits the method, no second map
/// with the same id in the workspace, and the language of the folder it writes into.
@Suite struct NewCommandTargetTests {
    @Test func theWordsAfterTheMethodAreTheName() throws {
        let folder = try CommandRunner.folder(["a/.keep": ""])
        let output = CommandRunner.run(["new", "--lang", "nl", "vsm", "Rapportage", "groep", "8"], in: folder.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("Rapportage_groep_8.vsm"), encoding: .utf8)
        #expect(text.contains("\"Rapportage groep 8\""), "\(text)")
        #expect(text.contains("Rapportage_groep_8 "))
    }

    @Test(arguments: [("shrm", "x.vsm", ".batenlogica"), ("vsm", "x.txt", ".vsm"), ("werkobservatie", "x.batenlogica", ".vsm"),
                      ("vernieuwend_werken", "plan", ".batenlogica")])
    func refusesAnOutputFileThatDoesNotFitTheMethod(_ method: String, _ file: String, _ wanted: String) throws {
        let folder = try CommandRunner.folder(["a/.keep": ""])
        for language in ["nl", "en"] {
            let output = CommandRunner.run(["new", "--lang", language, method, "x", "-o", file], in: folder.path)
            #expect(output.exitCode == 2)
            #expect(output.stderr.contains(wanted), "\(output.stderr)")
            #expect(output.stderr.contains(language == "nl" ? "eindig" : "end"), "\(output.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path))
        }
        let right = CommandRunner.run(["new", method, "x", "-o", "X" + wanted.uppercased()], in: folder.path)
        #expect(right.exitCode == 0, "\(right.stderr)")
    }

    @Test func refusesAMapIdTheWorkspaceHasAlready() throws {
        let folder = try CommandRunner.folder(["stroom.json": "{}\n", "nieuw/.keep": ""])
        #expect(CommandRunner.run(["new", "vsm", "groepsplannen"], in: folder.path).exitCode == 0)
        for (arguments, language) in [(["-o", "nieuw"], "nl"), (["-o", "ander.vsm"], "en")] {
            let output = CommandRunner.run(["new", "--lang", language, "vsm", "groepsplannen"] + arguments, in: folder.path)
            #expect(output.exitCode == 2)
            #expect(output.stderr.contains("groepsplannen.vsm"), "\(output.stderr)")
            #expect(output.stderr.contains(language == "nl" ? "andere naam" : "another name"), "\(output.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nieuw/groepsplannen.vsm").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ander.vsm").path))
        #expect(CommandRunner.run(["new", "vsm", "groepsplannen", "-o", "nieuw"], in: folder.appendingPathComponent("nieuw").path).exitCode == 2)
        let check = CommandRunner.run(["check", "."], in: folder.path)
        #expect(check.exitCode == 0, "\(check.stdout)")
    }

    @Test func writesInTheLanguageOfTheTargetsWorkspace() throws {
        let folder = try CommandRunner.folder(["nl/stroom.json": "{\"taal\": \"nl\"}\n", "en/.keep": ""])
        let environment = ["LANG": "C.UTF-8"]
        let here = CommandRunner.run(["new", "vsm", "proef"], in: folder.appendingPathComponent("nl").path, environment: environment)
        #expect(here.exitCode == 0)
        #expect(here.stdout.contains("geschreven"), "\(here.stdout)")
        let text = try String(contentsOf: folder.appendingPathComponent("nl/proef.vsm"), encoding: .utf8)
        #expect(text.contains("methode: vsm"))
        let there = CommandRunner.run(["new", "vsm", "tweede", "-o", "../nl/tweede.vsm"], in: folder.appendingPathComponent("en").path,
                                      environment: environment)
        #expect(there.stdout.contains("geschreven"), "\(there.stdout) \(there.stderr)")
    }
}
