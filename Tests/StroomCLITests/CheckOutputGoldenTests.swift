import Foundation
import StroomCLI
import Testing

/// The text, gcc, github and statistics outputs of `stroom check` on one fixture, whole.
/// The goldens were checked by eye: carets under `leeraar` after CJK and an emoji (two cells
/// each), under `lerar` after a tab (four cells), and the ANSI codes of rustc's palette.
@Suite struct CheckOutputGoldenTests {
    static let map = """
    proces p "Ideeën 💡" { methode: vsm  frequentie: maandelijks
      leverancier l "L"
      klant k "K"
      persoon leraar "Leraar"
      stap s "数据 💡" { door: leeraar  tijd: 5min }
    \tstap t "Tab" { door: lerar  tijd: 5seizoen }
      probleem q "Q" { bij: s  fase: uitvoering }
      idee i "I" { lost_op: q  categorie: organisatie  haalbaar: ja }
      actie a "A" { uit: i  eigenaar: leraar  termijn: kort  werkbelasting: lichter }
    }

    """
    static let s007 = "‘seizoen’ is not a unit of time. Use one of: s, sec, min, u, h, uur, d, dag, dagen, w, wk, week, weken, mnd, maand (no space, for example 45min)."

    static func check(_ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"], terminal: Bool = false) throws -> CommandRunner.Output {
        let folder = try CommandRunner.folder(["kaart.vsm": map])
        return CommandRunner.run(["check"] + arguments + ["kaart.vsm"], in: folder.path, environment: environment, terminal: terminal)
    }

    @Test func textWithCaretsUnderWideCharactersAndTabs() throws {
        let output = try Self.check([])
        #expect(output.exitCode == 1)
        #expect(output.stdout == """
        kaart.vsm:4:11: hint: Person ‘Leraar’ (leraar) takes part in no step. Name this person at the steps they work on (by: leraar). [V319]
            |
          4 |   persoon leraar "Leraar"
            |           ^^^^^^
          kaart.vsm:9:9: note: named here
        kaart.vsm:5:25: error: ‘leeraar’ is not the name of anything. Did you mean ‘leraar’? [N102]
            |
          5 |   stap s "数据 💡" { door: leeraar  tijd: 5min }
            |                            ^^^^^^^
        kaart.vsm:6:23: error: ‘lerar’ is not the name of anything. Did you mean ‘leraar’? [N102]
            |
          6 |     stap t "Tab" { door: lerar  tijd: 5seizoen }
            |                          ^^^^^
        kaart.vsm:6:36: error: \(Self.s007) [S007]
            |
          6 |     stap t "Tab" { door: lerar  tijd: 5seizoen }
            |                                       ^^^^^^^^
        3 errors, 0 warnings, 1 hint in 1 file.

        """)
    }

    @Test func colourAtATerminalOnly() throws {
        let e = "\u{1B}["
        let coloured = try Self.check([], terminal: true).stdout.split(separator: "\n").map(String.init)
        #expect(coloured[5] == "\(e)1mkaart.vsm:5:25\(e)0m: \(e)1;31merror:\(e)0m ‘leeraar’ is not the name of anything. Did you mean ‘leraar’? \(e)1m[N102]\(e)0m")
        #expect(coloured[6] == "\(e)1;34m    |\(e)0m")
        #expect(coloured[7] == "\(e)1;34m  5 |\(e)0m   stap s \"数据 💡\" { door: leeraar  tijd: 5min }")
        #expect(coloured[8] == "\(e)1;34m    |\(e)0m " + String(repeating: " ", count: 27) + "\(e)1;31m^^^^^^^\(e)0m")
        #expect(coloured[0].hasPrefix("\(e)1mkaart.vsm:4:11\(e)0m: \(e)1;36mhint:\(e)0m "))
        #expect(coloured[4] == "  \(e)1mkaart.vsm:9:9\(e)0m: \(e)1;36mnote:\(e)0m named here")
        // The summary stays plain.
        #expect(coloured.last == "3 errors, 0 warnings, 1 hint in 1 file.")
        // Piped: no escape codes. NO_COLOR (any non-empty value) and --color never switch it off;
        // --color always, FORCE_COLOR and CLICOLOR_FORCE switch it on.
        #expect(!(try Self.check([]).stdout.contains(e)))
        #expect(!(try Self.check([], environment: ["NO_COLOR": "1"], terminal: true).stdout.contains(e)))
        #expect(try Self.check([], environment: ["NO_COLOR": ""], terminal: true).stdout.contains(e))
        #expect(!(try Self.check(["--color", "never"], terminal: true).stdout.contains(e)))
        #expect(try Self.check(["--color", "always"]).stdout.contains(e))
        #expect(try Self.check([], environment: ["FORCE_COLOR": "1"]).stdout.contains(e))
        #expect(try Self.check([], environment: ["CLICOLOR_FORCE": "1"]).stdout.contains(e))
        #expect(!(try Self.check(["--color", "always", "--format", "gcc"]).stdout.contains(e)))
    }

    @Test func statisticsCountPerCodeInTheUsersLanguage() throws {
        #expect(try Self.check(["--statistics"]).stdout == """
        2  N102  Undefined name
        1  S007  Invalid duration unit
        1  V319  Person or ICT system without a step
        3 errors, 0 warnings, 1 hint in 1 file.

        """)
        #expect(try Self.check(["--statistics", "--lang", "nl"]).stdout == """
        2  N102  Onbekende naam
        1  S007  Onbekende tijdseenheid
        1  V319  Persoon of ICT-systeem zonder stap
        3 fouten, 0 waarschuwingen, 1 hint in 1 bestand.

        """)
    }

    @Test func quietAndSilent() throws {
        let quiet = try Self.check(["--quiet"])
        #expect(quiet.stdout == "3 errors, 0 warnings, 1 hint in 1 file.\n")
        #expect(quiet.exitCode == 1)
        let silent = try Self.check(["--silent"])
        #expect(silent.stdout.isEmpty && silent.stderr.isEmpty)
        #expect(silent.exitCode == 1)
        #expect(try Self.check(["-q", "--silent"]).exitCode == 2)
    }

    @Test func gccFormatIsOneEnglishLinePerFinding() throws {
        let expected = """
        kaart.vsm:4:11: note: Persoon ‘Leraar’ (leraar) doet bij geen enkele stap mee. Noem deze persoon bij de stappen waar die aan werkt (door: leraar). [V319]
        kaart.vsm:5:25: error: ‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’? [N102]
        kaart.vsm:6:23: error: ‘lerar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’? [N102]
        """
        let dutch = try Self.check(["--format", "gcc", "--lang", "nl"])
        #expect(dutch.stdout.hasPrefix(expected + "\n"))
        #expect(dutch.stdout.split(separator: "\n").count == 4)
        #expect(dutch.stdout.split(separator: "\n").last?.hasPrefix("kaart.vsm:6:36: error: ") == true)
        #expect(try Self.check(["--format", "gcc"]).stdout.split(separator: "\n").last == "kaart.vsm:6:36: error: \(Self.s007) [S007]")
    }

    @Test func githubAnnotations() throws {
        #expect(try Self.check(["--format", "github"]).stdout == """
        ::notice file=kaart.vsm,line=4,col=11,endLine=4,endColumn=17,title=V319::Person ‘Leraar’ (leraar) takes part in no step. Name this person at the steps they work on (by: leraar).
        ::error file=kaart.vsm,line=5,col=25,endLine=5,endColumn=32,title=N102::‘leeraar’ is not the name of anything. Did you mean ‘leraar’?
        ::error file=kaart.vsm,line=6,col=23,endLine=6,endColumn=28,title=N102::‘lerar’ is not the name of anything. Did you mean ‘leraar’?
        ::error file=kaart.vsm,line=6,col=36,endLine=6,endColumn=44,title=S007::\(Self.s007)

        """)
    }

    @Test func githubEscapesPathsAndMessages() throws {
        let folder = try CommandRunner.folder(["50%, deel: 1/kaart.vsm": Self.map])
        let output = CommandRunner.run(["check", "--format", "github", "."], in: folder.path)
        #expect(output.stdout.contains("::error file=50%25%2C deel%3A 1/kaart.vsm,line=5,col=25,"))
    }
}
