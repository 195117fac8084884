import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// The command line itself: help per command, usage errors, version aliases, `-o`.
@Suite struct CommandLineTests {
    /// Every option long name, by command, as `--help` must show them.
    static var optionsByCommand: [String: [String]] {
        Dictionary(uniqueKeysWithValues: StroomCommand.commands.map { ($0.name, $0.options.map(\.long)) })
    }

    @Test func helpOfEachCommandListsItsOwnOptionsAndExitCodesOnly() throws {
        let all = Set(Self.optionsByCommand.values.joined())
        var exitCodeBlocks: Set<String> = []
        for command in StroomCommand.commands {
            for language in ["en", "nl"] {
                let help = CommandRunner.run([command.name, "--help"], environment: ["LANG": language == "nl" ? "nl_NL.UTF-8" : "en_US.UTF-8"])
                #expect(help.exitCode == 0)
                let optionLines = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.drop { $0 == " " }.hasPrefix("-") }
                let shown = Set(optionLines.compactMap { line in
                    line.split(separator: " ").first { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) }
                })
                #expect(shown == Set(command.options.map(\.long) + ["help", "version"]), "\(command.name): \(shown)")
                for other in all.subtracting(command.options.map(\.long)) {
                    #expect(!optionLines.contains { $0.contains("--\(other) ") || $0.hasSuffix("--\(other)") }, "\(command.name) shows --\(other)")
                }
                let marker = language == "nl" ? "AFSLUITCODES:\n" : "EXIT CODES:\n"
                let codes = try #require(help.stdout.components(separatedBy: marker).last)
                if language == "en" { exitCodeBlocks.insert(codes) }
            }
        }
        // Each command has its own exit codes (only dump-tree, completions and man share the plain ones).
        #expect(exitCodeBlocks.count >= StroomCommand.commands.count - 2)
        #expect(CommandRunner.run(["dot", "--help"]).stdout.contains("1  the file has errors (without --force)"))
        #expect(!CommandRunner.run(["lsp", "--help"]).stdout.contains("--werror"))
    }

    @Test func docsDescribeEveryCommandAndOption() throws {
        let docs = try String(decoding: Data(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/cli.md")), as: UTF8.self)
        for command in StroomCommand.commands where !command.isHidden {
            #expect(docs.contains("stroom \(command.name)") || docs.contains("`\(command.name)"), "docs/cli.md lacks \(command.name)")
            for option in command.options { #expect(docs.contains("--\(option.long)"), "docs/cli.md lacks \(command.name) --\(option.long)") }
        }
    }

    @Test func usageErrorsAreOneLineWithExitCode2() {
        let cases: [([String], String, String)] = [
            (["check", "--format", "json", "--format", "sarif"], "--format is given twice; give it once.", "--format staat er twee keer; geef het één keer."),
            (["fmt", "--stdin-filename", "a.vsm", "--stdin-filename", "b.vsm", "-"], "--stdin-filename is given twice", "--stdin-filename staat er twee keer"),
            (["check", "--werror=yes"], "--werror takes no value.", "--werror neemt geen waarde."),
            (["check", "--format"], "--format needs a value (FORMAT).", "--format heeft een waarde nodig (FORMAT)."),
            (["check", "--wat"], "Unknown option ‘--wat’.", "Onbekende optie ‘--wat’."),
            (["dot", "-x", "a.vsm"], "Unknown option ‘-x’.", "Onbekende optie ‘-x’."),
        ]
        for (arguments, english, dutch) in cases {
            let en = CommandRunner.run(arguments)
            #expect(en.exitCode == 2)
            #expect(en.stderr.split(separator: "\n").count == 1 && en.stderr.hasSuffix("\n"), "\(arguments): \(en.stderr)")
            #expect(en.stderr.contains(english), "\(en.stderr)")
            #expect(en.stdout.isEmpty)
            let nl = CommandRunner.run(arguments, environment: ["LANG": "nl_NL.UTF-8"])
            #expect(nl.exitCode == 2)
            #expect(nl.stderr.split(separator: "\n").count == 1)
            #expect(nl.stderr.contains(dutch), "\(nl.stderr)")
        }
    }

    @Test func versionAliases() throws {
        for arguments in [["--version"], ["-V"], ["version"], ["check", "-V"], ["fmt", "--version"]] {
            let output = CommandRunner.run(arguments)
            #expect(output.stdout == "stroom \(StroomVersion.current)\n", "\(arguments)")
            #expect(output.exitCode == 0)
        }
        #expect(try CommandRunner.execute(["-V"]).stdout == "stroom \(StroomVersion.current)\n")
    }

    @Test func outputFileForDotAndReport() throws {
        let folder = try CommandRunner.folder(["p.vsm": CheckCommandTests.clean])
        let dot = CommandRunner.run(["dot", "-o", "p.dot", "p.vsm"], in: folder.path)
        #expect(dot.exitCode == 0)
        #expect(dot.stdout.isEmpty)
        let written = try String(decoding: Data(contentsOf: folder.appendingPathComponent("p.dot")), as: UTF8.self)
        #expect(written == CommandRunner.run(["dot", "p.vsm"], in: folder.path).stdout)
        #expect(CommandRunner.run(["dot", "-o", "-", "p.vsm"], in: folder.path).stdout == written)
        let report = CommandRunner.run(["report", "--output", "rapport.md", "."], in: folder.path)
        #expect(report.exitCode == 0)
        let markdown = try String(decoding: Data(contentsOf: folder.appendingPathComponent("rapport.md")), as: UTF8.self)
        #expect(markdown == CommandRunner.run(["report", "."], in: folder.path).stdout)
        // Writing over an existing file works too; a folder that does not exist is exit 2.
        #expect(CommandRunner.run(["report", "-o", "rapport.md", "."], in: folder.path).exitCode == 0)
        let missing = CommandRunner.run(["report", "-o", "nergens/rapport.md", "."], in: folder.path)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.hasPrefix("stroom report: cannot write ‘nergens/rapport.md’"))
    }

    @Test func aFolderWithoutStroomFilesIsWarnedAbout() throws {
        let folder = try CommandRunner.folder(["leeg/notities.txt": "x", "vol/p.vsm": CheckCommandTests.clean])
        let output = CommandRunner.run(["check", "leeg", "vol"], in: folder.path)
        #expect(output.exitCode == 0)
        #expect(output.stderr == "stroom check: warning: ‘leeg’ holds no .vsm or .batenlogica files.\n")
        let dutch = CommandRunner.run(["check", "leeg"], in: folder.path, environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stderr == "stroom check: waarschuwing: in ‘leeg’ staan geen .vsm- of .batenlogica-bestanden.\n")
    }
}
