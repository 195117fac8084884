import Foundation
import StroomCLI
import Testing

/// `stroom check --fix` applies the preferred fixes (the editor's "did you mean"), and
/// `--fix --diff` shows them without writing.
@Suite struct CheckFixTests {
    static let typos = "proces p \"P\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: leeraar  tijd: 5min }\n  stap t \"T\" { door: lerar  tijd: 5min }\n  stap u \"U\" { door: niemand  tijd: 5seizoen }\n}\n"
    /// Two "did you mean"s; the unknown name with no near match stays (declaring it is offered
    /// in an editor, never applied without asking), and the bad unit has no fix.
    static let fixed = "proces p \"P\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: leraar  tijd: 5min }\n  stap t \"T\" { door: leraar  tijd: 5min }\n  stap u \"U\" { door: niemand  tijd: 5seizoen }\n}\n"

    static func read(_ folder: URL) throws -> String {
        try String(decoding: Data(contentsOf: folder.appendingPathComponent("p.vsm")), as: UTF8.self)
    }

    @Test func fixWritesTheSafeFixesAndIsIdempotent() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.typos])
        let first = CommandRunner.run(["check", "--fix", "--format", "gcc", "."], in: folder.path)
        #expect(try Self.read(folder) == Self.fixed)
        // What is left is reported: the unit has no fix, so it is still an error.
        #expect(first.exitCode == 1)
        #expect(first.stdout.contains("p.vsm:5:37: error: ‘seizoen’ is not a unit of time"), "\(first.stdout)")
        #expect(first.stdout.contains("p.vsm:5:22: error: ‘niemand’"), "\(first.stdout)")
        #expect(!first.stdout.contains("leeraar"))
        let text = CommandRunner.run(["check", "--fix", "."], in: folder.path)
        #expect(try Self.read(folder) == Self.fixed, "a second run changes nothing")
        #expect(!text.stdout.contains("applied"))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0 != "p.vsm" }), "no temporary file is left")
    }

    @Test func fixSaysWhatItDid() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.typos])
        let output = CommandRunner.run(["check", "--fix", "."], in: folder.path)
        #expect(output.stdout.contains("2 fixes applied in 1 file.\n2 errors, "), "\(output.stdout)")
    }

    @Test func fixDiffShowsWithoutWriting() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.typos])
        let output = CommandRunner.run(["check", "--fix", "--diff", "."], in: folder.path)
        #expect(output.exitCode == 1)
        #expect(output.stdout == """
        --- a/p.vsm
        +++ b/p.vsm
        @@ -1,6 +1,6 @@
         proces p "P" {
           persoon leraar "L"
        -  stap s "S" { door: leeraar  tijd: 5min }
        -  stap t "T" { door: lerar  tijd: 5min }
        +  stap s "S" { door: leraar  tijd: 5min }
        +  stap t "T" { door: leraar  tijd: 5min }
           stap u "U" { door: niemand  tijd: 5seizoen }
         }

        """)
        #expect(output.stderr == "2 fixes in 1 file; stroom check --fix applies them.\n")
        #expect(try Self.read(folder) == Self.typos)
        let silent = CommandRunner.run(["check", "--fix", "--diff", "--silent", "."], in: folder.path)
        #expect(silent.exitCode == 1 && silent.stdout.isEmpty && silent.stderr.isEmpty)
        let clean = try CommandRunner.folder(["p.vsm": Self.fixed])
        #expect(CommandRunner.run(["check", "--fix", "--diff", "."], in: clean.path).exitCode == 0)
        #expect(CommandRunner.run(["check", "--diff", "."], in: clean.path).exitCode == 2, "--diff goes with --fix")
    }

    /// `tijd: 1 week` and `tijd: 45 min`: the error covers number and unit, so its fix (1w, 45min)
    /// lies within it and `--fix` applies it.
    @Test func fixGluesASpacedDuration() throws {
        let spaced = "proces p \"P\" {\n  stap s \"S\" { tijd: 1 week }\n  stap t \"T\" { tijd: 45 min }\n}\n"
        let folder = try CommandRunner.folder(["p.vsm": spaced])
        let diff = CommandRunner.run(["check", "--fix", "--diff", "."], in: folder.path)
        #expect(diff.stdout.contains("+  stap s \"S\" { tijd: 1w }\n+  stap t \"T\" { tijd: 45min }\n"), "\(diff.stdout)")
        #expect(diff.stderr == "2 fixes in 1 file; stroom check --fix applies them.\n", "\(diff.stderr)")
        let fixed = CommandRunner.run(["check", "--fix", "."], in: folder.path)
        #expect(fixed.exitCode == 0, "\(fixed.stdout)")
        #expect(try Self.read(folder) == "proces p \"P\" {\n  stap s \"S\" { tijd: 1w }\n  stap t \"T\" { tijd: 45min }\n}\n")
    }
}
