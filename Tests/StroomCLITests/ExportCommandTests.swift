import Foundation
import StroomTestSupport
import Testing

/// `stroom dot` and `stroom render`, in process and as the built binary.
@Suite struct ExportCommandTests {
    @Test func dotWritesTheDefaultViewOfASample() {
        let output = CommandRunner.run(["dot", "--lang", "nl", "Samples/akkrum/speciale_aandacht.vsm"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(output.stdout.hasPrefix("// stroom dot --view flow --lang nl speciale_aandacht.vsm\ndigraph \"speciale_aandacht\" {"))
        #expect(output.stdout.contains("Doorlooptijd"))
        let benefits = CommandRunner.run(["dot", "Samples/sws-balans/sws_balans.batenlogica"])
        #expect(benefits.stdout.contains("--view benefits"))
        #expect(benefits.stdout.contains("Lead time") == false)
    }

    /// A reference to another file (`uit: groepsplannen.koppeling`) resolves: the workspace is
    /// the folder with stroom.json, not the file alone.
    @Test func theFileIsReadInItsWorkspace() {
        let output = CommandRunner.run(["dot", "--lang", "en", "Samples/sws-balans/sws_balans.batenlogica"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout.contains("from: Koppelingen tussen<BR/>systemen (groepsplannen)"))
    }

    @Test func mermaidMapAndViewOptions() {
        let mermaid = CommandRunner.run(["dot", "--format", "mermaid", "--view", "causes", "Samples/borgstee/rapportage.vsm"])
        #expect(mermaid.exitCode == 0)
        #expect(mermaid.stdout.contains("flowchart LR\n"))
        let one = CommandRunner.run(["dot", "--map", "leesdossier_nieuw", "Samples/blokhuus/leesdossiers.vsm"])
        #expect(one.exitCode == 0)
        #expect(!one.stdout.contains("leesdossier_oud__"))
        #expect(!one.stdout.contains("cluster_map_"))
        let both = CommandRunner.run(["dot", "Samples/blokhuus/leesdossiers.vsm"])
        #expect(both.stdout.contains(#"subgraph "cluster_map_leesdossier_oud""#))
        #expect(both.stdout.contains(#"subgraph "cluster_map_leesdossier_nieuw""#))
    }

    @Test func usageErrorsExitWithTwo() {
        let cases: [([String], String)] = [
            (["dot"], "give exactly one .vsm or .batenlogica file."),
            (["dot", "Samples/nope.vsm"], "‘Samples/nope.vsm’ does not exist."),
            (["dot", "Samples/README.md"], "is not a .vsm or .batenlogica file."),
            (["dot", "--view", "board", "Samples/borgstee/borgstee.batenlogica"], "has no ‘board’ view; choose from: benefits, causes, stakeholders."),
            (["dot", "--format", "mermaid", "--view", "board", "Samples/akkrum/groepsplannen.vsm"], "exists only as DOT"),
            (["dot", "--map", "groepsplan", "Samples/akkrum/groepsplannen.vsm"], "Did you mean ‘groepsplannen’?"),
            (["dot", "--view", "flows", "Samples/akkrum/groepsplannen.vsm"], "choose from: flow, causes, board, benefits"),
            (["render", "-o", "plaat.gif", "Samples/akkrum/groepsplannen.vsm"], "choose a name ending in .svg, .png or .pdf."),
        ]
        for (arguments, message) in cases {
            let output = CommandRunner.run(arguments)
            #expect(output.exitCode == 2, "\(arguments)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
    }

    /// Warnings are fine; errors are listed like `stroom check` does and stop the picture, unless --force.
    @Test func errorsStopThePictureUnlessForced() throws {
        let folder = try CommandRunner.folder([
            "kapot.vsm": "proces p \"P\" {\n  stap a \"A\" { door: niemand }\n  stap a \"Dubbel\"\n}\n",
            "goed.vsm": "proces q \"Q\" {\n  stap a \"A\"\n}\n",
        ])
        let refused = CommandRunner.run(["dot", "kapot.vsm"], in: folder.path)
        #expect(refused.exitCode == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("kapot.vsm:2:22: error: "))
        #expect(refused.stderr.contains("[N102]"))
        #expect(refused.stderr.contains("kapot.vsm:3:8: error: "))
        #expect(refused.stderr.contains("stroom dot: kapot.vsm has 2 errors; fix them first, or draw anyway with --force."))
        let forced = CommandRunner.run(["dot", "--force", "kapot.vsm"], in: folder.path)
        #expect(forced.exitCode == 0)
        #expect(forced.stdout.contains(#""p__a""#))
        #expect(forced.stdout.contains(#""p__a_2""#))
        let warningsOnly = CommandRunner.run(["dot", "goed.vsm"], in: folder.path)
        #expect(warningsOnly.exitCode == 0)
        let dutch = CommandRunner.run(["dot", "--lang", "nl", "kapot.vsm"], in: folder.path)
        #expect(dutch.stderr.contains("kapot.vsm heeft 2 fouten; verbeter ze eerst, of teken toch met --force."))
    }

    /// A view the map has not is a wrong command line, said before the file's errors.
    @Test func aViewThatDoesNotFitComesBeforeTheErrors() throws {
        let folder = try CommandRunner.folder(["kapot.vsm": "proces p \"P\" {\n  stap a \"A\" { door: niemand }\n}\n"])
        let output = CommandRunner.run(["dot", "--view", "stakeholders", "kapot.vsm"], in: folder.path)
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("has no ‘stakeholders’ view; choose from: flow"), "\(output.stderr)")
        #expect(!output.stderr.contains("[N102]"), "\(output.stderr)")
    }

    @Test func renderWithoutGraphvizSaysHowToInstallIt() throws {
        let empty = try CommandRunner.folder(["leeg/.keep": ""])
        let output = CommandRunner.run(["render", "Samples/akkrum/groepsplannen.vsm"],
                                       environment: ["LANG": "en_US.UTF-8", "PATH": empty.appendingPathComponent("leeg").path])
        #expect(output.exitCode == 2)
        #if os(Linux)
        #expect(output.stderr.contains("sudo apt-get install graphviz"))
        #elseif os(macOS)
        #expect(output.stderr.contains("brew install graphviz"))
        #endif
        #expect(output.stderr.contains("https://graphviz.org/download/"))
    }

    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
    func renderWritesSVGPNGAndPDF() throws {
        let folder = try CommandRunner.folder(["uit/.keep": ""])
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for (name, magic) in [("plaat.svg", "<?xml"), ("plaat.png", "\u{89}PNG"), ("plaat.pdf", "%PDF")] {
            let target = folder.appendingPathComponent("uit/\(name)").path
            let output = CommandRunner.run(["render", "Samples/akkrum/speciale_aandacht.vsm", "-o", target, "--view", "causes"],
                                           environment: ["LANG": "en_US.UTF-8", "PATH": path])
            #expect(output.exitCode == 0, "\(output.stderr)")
            #expect(output.stderr.isEmpty, "\(output.stderr)")
            #expect(output.stdout == "Wrote \(target).\n")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
            #expect(String(decoding: bytes.prefix(5), as: UTF8.self).hasPrefix(String(magic.prefix(4))) || bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        }
        let defaultName = CommandRunner.run(["render", RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm").path],
                                            in: folder.path, environment: ["LANG": "nl_NL.UTF-8", "PATH": path])
        #expect(defaultName.exitCode == 0, "\(defaultName.stderr)")
        #expect(defaultName.stdout == "groepsplannen-flow.svg geschreven.\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("groepsplannen-flow.svg").path))
    }

    @Test func theBinaryDrawsToo() throws {
        let output = try CommandRunner.execute(["dot", "--view", "board", "Samples/akkrum/speciale_aandacht.vsm"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.contains("Problems per phase"))
        for command in ["dot"] {
            let help = try CommandRunner.execute([command, "--help"])
            #expect(help.exitCode == 0)
            #expect(help.stdout.contains("USAGE: stroom \(command)"))
            #expect(try CommandRunner.execute([command, "--version"]).stdout == "stroom 0.1.0\n")
        }
    }
}
