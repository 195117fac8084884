import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// `stroom report`: refuses files with errors (unless --force), works on files with warnings,
/// and prints what the golden reports in `Tests/StroomExportTests/Report/Golden` hold.
@Suite struct ReportCommandTests {
    static let golden = RepositoryPaths.tests.appendingPathComponent("StroomExportTests/Report/Golden")

    static let warningsOnly = "proces p \"P\" {\n  stap s \"Schrijven\" { tijd: 5min }\n}\n"
    static let withError = "proces p \"P\" {\n  stap s \"Schrijven\" { door: niemand  tijd: 5min }\n}\n"

    @Test func refusesFilesWithErrorsAndListsThem() throws {
        let folder = try CommandRunner.folder(["p.vsm": ReportCommandTests.withError])
        let output = CommandRunner.run(["report", "p.vsm"], in: folder.path)
        #expect(output.exitCode == 1)
        #expect(output.stdout.isEmpty)
        let check = CommandRunner.run(["check", "p.vsm"], in: folder.path)
        let errorLines = check.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errorLines.isEmpty)
        for line in errorLines {
            #expect(output.stderr.contains(line), "the refusal lists the error as stroom check does: \(line)")
        }
        #expect(!output.stderr.contains(": warning: "), "only the errors are listed")
        #expect(output.stderr.contains("no report: fix the errors above first, or make it anyway with --force."))
    }

    @Test func forceMakesTheReportAnyway() throws {
        let folder = try CommandRunner.folder(["p.vsm": ReportCommandTests.withError])
        let output = CommandRunner.run(["report", "--force", "--lang", "nl", "p.vsm"], in: folder.path)
        #expect(output.exitCode == 0)
        #expect(output.stderr.contains(": fout: "))
        #expect(output.stdout.hasPrefix("# Stroom-rapport\n"))
        #expect(output.stdout.contains("Dit bestand heeft fouten en het rapport is toch gemaakt (--force)"))
    }

    @Test func warningsAreNoReasonToRefuse() throws {
        let folder = try CommandRunner.folder(["p.vsm": ReportCommandTests.warningsOnly])
        let output = CommandRunner.run(["report", "--format", "json"], in: folder.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "stroom-report")
        #expect((document["maps"] as? [Any])?.count == 1)
    }

    /// The command prints exactly the golden reports (same date, same workspace).
    @Test func printsTheGoldenReports() throws {
        let cases: [([String], String)] = [
            (["report", "Samples/akkrum/speciale_aandacht.vsm"], "akkrum/speciale_aandacht.vsm.en.md"),
            (["report", "--lang", "nl", "--format", "md", "Samples/blokhuus/leesdossiers.vsm"], "blokhuus/leesdossiers.vsm.nl.md"),
            (["report", "--format", "html", "--lang", "nl", "Samples/sws-balans/sws_balans.batenlogica"], "sws-balans/sws_balans.batenlogica.nl.html"),
            (["report", "--format", "json", "Samples/blokhuus/werkobservaties.vsm"], "blokhuus/werkobservaties.vsm.json"),
        ]
        for (arguments, golden) in cases {
            let output = CommandRunner.run(arguments)
            #expect(output.exitCode == 0, "\(arguments): \(output.stderr)")
            let expected = try String(contentsOf: ReportCommandTests.golden.appendingPathComponent(golden), encoding: .utf8)
            #expect(output.stdout == expected, "\(arguments) differs from \(golden)")
        }
    }

    @Test func wholeFoldersAndUsageErrors() throws {
        let samples = CommandRunner.run(["report", "Samples"])
        #expect(samples.exitCode == 0)
        #expect(samples.stdout.contains("## Contents"))
        #expect(samples.stdout.components(separatedBy: "<a id=\"map-").count - 1 == 10) // 10 maps in 9 files
        let missing = CommandRunner.run(["report", "nergens"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("‘nergens’ does not exist"))
        #expect(CommandRunner.run(["report", "--format", "pdf", "Samples"]).exitCode == 2)
        for language in ["nl", "en"] {
            // `-o -` was given: the message says a PDF cannot go to the screen, not "give -o".
            let screen = CommandRunner.run(["report", "--lang", language, "--format", "pdf", "-o", "-", "Samples"])
            #expect(screen.exitCode == 2)
            #expect(screen.stderr.contains(language == "nl" ? "niet naar het scherm" : "cannot be written to the screen"), "\(screen.stderr)")
            #expect(!screen.stderr.contains(language == "nl" ? "geef er een" : "name one"))
        }
        let folder = try CommandRunner.folder(["notes.txt": "hallo"])
        let other = CommandRunner.run(["report", "notes.txt"], in: folder.path)
        #expect(other.exitCode == 1)
        #expect(other.stderr.contains("[W601]"))
        let help = CommandRunner.run(["report", "--help"])
        #expect(help.stdout.contains("USAGE: stroom report [--format md|html|json|pdf] [--lang nl|en] [--force] [-o FILE] [PATH...]"))
        #expect(CommandRunner.run(["--help"]).stdout.contains("  report"))
    }

    /// The built binary, as a user runs it.
    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz (see .ci/run)"))
    func htmlEmbedsADiagramPerMapWhenGraphvizIsThere() throws {
        let dot = try #require(ExternalTools.dot, "Graphviz is required (STROOM_REQUIRE_TOOLS=1)")
        let folder = (dot as NSString).deletingLastPathComponent
        let withGraphviz = CommandRunner.run(["report", "--format", "html", "Samples/blokhuus/leesdossiers.vsm"],
                                             environment: ["LANG": "en_US.UTF-8", "PATH": folder])
        #expect(withGraphviz.exitCode == 0)
        // Two maps in the file, two pictures, each inside its map's figure, named by its text alternative.
        #expect(withGraphviz.stdout.components(separatedBy: "<figure class=\"diagram").count - 1 == 2)
        #expect(withGraphviz.stdout.components(separatedBy: "<svg role=\"img\" aria-label=\"Flow of ").count - 1 == 2)
        #expect(withGraphviz.stdout.components(separatedBy: "<figcaption>Flow view of ‘Leesdossiers bijhouden").count - 1 == 2)
        #expect(!withGraphviz.stdout.contains("<?xml"))
        let without = CommandRunner.run(["report", "--format", "html", "Samples/blokhuus/leesdossiers.vsm"],
                                        environment: ["LANG": "en_US.UTF-8", "PATH": "/nonexistent"])
        #expect(without.exitCode == 0)
        #expect(!without.stdout.contains("<svg"))
        let markdown = CommandRunner.run(["report", "Samples/blokhuus/leesdossiers.vsm"],
                                         environment: ["LANG": "en_US.UTF-8", "PATH": folder])
        #expect(!markdown.stdout.contains("<svg"))
    }

    @Test func endToEnd() throws {
        let output = try CommandRunner.execute(["report", "--format", "html", "Samples"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(output.stdout.hasSuffix("</html>\n"))
    }
}
