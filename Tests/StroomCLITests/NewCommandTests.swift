import Foundation
import StroomCLI
import StroomModel
import StroomTestSupport
import Testing

/// `stroom new METHOD NAME`: a starter map per method, in the user's language, that
/// `stroom check` passes with hints only and `stroom fmt` leaves as it is; never over an
/// existing file.
@Suite struct NewCommandTests {
    static let methods = Method.allCases.map(\.word)

    @Test(arguments: ["nl", "en"])
    func everyMethodsStarterChecksWithHintsOnly(_ language: String) throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for method in Self.methods {
            let output = CommandRunner.run(["new", "--lang", language, method, "start-\(method)"], in: folder.path)
            #expect(output.exitCode == 0, "\(method): \(output.stderr)")
            let ext = StarterMap.fileExtension(for: StarterMap.method(named: method)!)
            let file = "start_\(method).\(ext)"
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(method)")
            #expect(output.stdout.contains(file))
            let check = CommandRunner.run(["check", "--lang", language, "--format", "json", file], in: folder.path)
            #expect(check.exitCode == 0, "\(method): \(check.stdout)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
            let diagnostics = (json["diagnostics"] as? [[String: Any]]) ?? []
            let severities = Set(diagnostics.compactMap { $0["severity"] as? String })
            #expect(severities.isSubset(of: ["hint"]), "\(method) \(language): \(severities)")
            if method != "shrm" { #expect(!diagnostics.isEmpty, "\(method) \(language) says nothing to do next") }
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains(language == "nl" ? "methode: \(method)" : "method: \(method)"))
        }
        // Already formatted as `stroom fmt` would write them.
        let fmt = CommandRunner.run(["fmt", "--check", "."], in: folder.path)
        #expect(fmt.exitCode == 0, "\(fmt.stdout)\(fmt.stderr)")
    }

    @Test func refusesToOverwriteAnExistingFile() throws {
        let folder = try CommandRunner.folder(["mijn_proces.vsm": "# mijn eigen werk\n"])
        let dutch = CommandRunner.run(["new", "--lang", "nl", "vsm", "mijn-proces"], in: folder.path)
        #expect(dutch.exitCode == 2)
        #expect(dutch.stderr == "stroom new: ‘mijn_proces.vsm’ bestaat al; Stroom overschrijft het niet. Kies een andere naam of een andere plek (-o).\n")
        let english = CommandRunner.run(["new", "--lang", "en", "vsm", "mijn_proces"], in: folder.path)
        #expect(english.exitCode == 2)
        #expect(english.stderr == "stroom new: ‘mijn_proces.vsm’ exists already; Stroom does not overwrite it. Choose another name or another place (-o).\n")
        let explicit = CommandRunner.run(["new", "vsm", "x", "-o", "mijn_proces.vsm"], in: folder.path)
        #expect(explicit.exitCode == 2)
        let kept = try String(contentsOf: folder.appendingPathComponent("mijn_proces.vsm"), encoding: .utf8)
        #expect(kept == "# mijn eigen werk\n")
    }

    @Test func outputIntoAFolderAFileOrStandardOutput() throws {
        let folder = try CommandRunner.folder(["kaarten/.keep": ""])
        let intoFolder = CommandRunner.run(["new", "--lang", "nl", "shrm", "Stanislas College", "-o", "kaarten"], in: folder.path)
        #expect(intoFolder.exitCode == 0, "\(intoFolder.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("kaarten/Stanislas_College.batenlogica"), encoding: .utf8)
        #expect(written.contains("batenlogica Stanislas_College \"Stanislas College\" {"))
        #expect(written.contains("methode: shrm"))
        let asFile = CommandRunner.run(["new", "--lang", "en", "design-thinking", "rapport", "-o", "kaarten/anders.vsm"], in: folder.path)
        #expect(asFile.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("kaarten/anders.vsm").path))
        let stdout = CommandRunner.run(["new", "--lang", "en", "werkobservatie", "dag", "-o", "-"], in: folder.path)
        #expect(stdout.exitCode == 0)
        #expect(stdout.stdout.contains("study dag \"Dag\" {"))
    }

    @Test func unknownMethodsAndMissingNamesAreUsageErrors() throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let unknown = CommandRunner.run(["new", "--lang", "nl", "lean", "x"], in: folder.path)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr == "stroom new: ‘lean’ is geen methode van Stroom. Kies uit: vsm, werkobservatie, design_thinking, vernieuwend_werken, shrm.\n")
        let missing = CommandRunner.run(["new", "--lang", "en", "vsm"], in: folder.path)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("give a method and a name, for example: stroom new vsm my-process."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// Listed in `stroom --help`, completed by the shells (the methods as its words), and in
    /// the manual page, all generated from the command table.
    @Test func listedInHelpCompletionsAndTheManualPage() {
        #expect(CommandRunner.run(["--help"]).stdout.contains("new "))
        let bash = CommandRunner.run(["completions", "bash"]).stdout
        #expect(bash.contains("new"))
        #expect(bash.contains("vernieuwend_werken"))
        #expect(CommandRunner.run(["man"]).stdout.contains("new"))
    }
}
