import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// `stroom check` follows the one workspace rule and the one language rule it shares with the
/// language server (`WorkspaceDiscovery`, `LanguageChoice`).
@Suite struct WorkspaceRuleCommandTests {
    static let wrong = "proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n"
    static let dutch = "fout: ‘niemand’ komt nergens voor als naam van iets"
    static let english = "error: ‘niemand’ is not the name of anything"

    /// `--lang` > `stroom.json` > `LC_ALL` > `LC_MESSAGES` > `LANG` > the system's languages.
    @Test func theLanguageOrder() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.wrong])
        func check(_ flag: String? = nil, env environment: [String: String] = [:], system: [String] = []) -> String {
            CommandRunner.run(["check"] + (flag.map { ["--lang", $0] } ?? []) + ["."], in: folder.path,
                              environment: environment, systemLanguages: system).stdout
        }
        #expect(check().contains(Self.english))
        #expect(check(system: ["de-DE", "nl-NL"]).contains(Self.dutch))
        #expect(check(env: ["LANG": "C.UTF-8"], system: ["nl-NL"]).contains(Self.dutch))
        #expect(check(env: ["LANG": "en_US.UTF-8"], system: ["nl-NL"]).contains(Self.english))
        #expect(check(env: ["LANG": "nl_NL.UTF-8"], system: ["en-US"]).contains(Self.dutch))
        #expect(check(env: ["LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]).contains(Self.english))
        #expect(check(env: ["LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]).contains(Self.dutch))
        try Data(#"{ "taal": "nl" }"#.utf8).write(to: folder.appendingPathComponent("stroom.json"))
        #expect(check(env: ["LC_ALL": "en_US.UTF-8"], system: ["en-US"]).contains(Self.dutch))
        #expect(check("en", env: ["LC_ALL": "nl_NL.UTF-8"], system: ["nl-NL"]).contains(Self.english))
    }

    static let lone = "proces a \"A\" {\n  stap s \"S\" { door: c.x  tijd: 1u }\n  stap t \"T\" { door: d.y  tijd: 1u }\n}\n"

    /// A file without a `stroom.json` above it is read with its neighbours, not its subfolders.
    @Test func aLoneFileReadsItsFolderWithoutSubfolders() throws {
        let folder = try CommandRunner.folder(["lone/a.vsm": Self.lone, "lone/c.vsm": "proces c \"C\" {\n  persoon x \"X\"\n}\n",
                                               "lone/sub/d.vsm": "proces d \"D\" {\n  persoon y \"Y\"\n}\n"])
        let output = CommandRunner.run(["check", "lone/a.vsm"], in: folder.path).stdout
        let unknown = output.split(separator: "\n").filter { $0.contains("[W602]") }
        #expect(unknown.count == 1 && unknown.first?.hasPrefix("lone/a.vsm:3:") == true, "\(output)")
        #expect(!output.contains("‘c’"))
        // The folder named on the command line reads its subfolders.
        #expect(!CommandRunner.run(["check", "lone"], in: folder.path).stdout.contains("W602"))
    }

    /// A folder below the `stroom.json` is checked in the team's workspace.
    @Test func aFolderBelowTheStroomJSONIsCheckedInTheTeamsWorkspace() throws {
        let folder = try CommandRunner.folder(["stroom.json": "{}", "lone/a.vsm": Self.lone,
                                               "c.vsm": "proces c \"C\" {\n  persoon x \"X\"\n}\n",
                                               "other/d.vsm": "proces d \"D\" {\n  persoon y \"Y\"\n}\n"])
        let output = CommandRunner.run(["check", "lone"], in: folder.path).stdout
        #expect(!output.contains("W602"), "\(output)")
        #expect(output.hasSuffix(" in 1 file.\n"), "\(output)")
    }

    /// A subfolder with a `stroom.json` of its own is a workspace of its own: its map `p` does
    /// not clash with the outer `p`, and it is still checked when the outer folder is named.
    @Test func aNestedStroomJSONIsAWorkspaceOfItsOwn() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.wrong, "team/stroom.json": "{}", "team/p.vsm": Self.wrong])
        let output = CommandRunner.run(["check", "."], in: folder.path).stdout
        #expect(!output.contains("N104"), "\(output)")
        let lines = output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("team/p.vsm:2:") } && lines.contains { $0.hasPrefix("p.vsm:2:") }, "\(output)")
    }

    /// The nested workspace is reported whole even when a file of it was named first.
    @Test func aNestedWorkspaceNamedFirstByAFileIsStillReportedWhole() throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.wrong, "team/stroom.json": "{}", "team/p.vsm": Self.wrong,
                                               "team/sub/q.vsm": Self.wrong.replacingOccurrences(of: "proces p", with: "proces q")])
        let output = CommandRunner.run(["check", "team/p.vsm", "."], in: folder.path).stdout
        let lines = output.split(separator: "\n")
        for file in ["p.vsm", "team/p.vsm", "team/sub/q.vsm"] {
            #expect(lines.contains { $0.hasPrefix("\(file):2:") }, "\(file) in \(output)")
        }
        #expect(!output.contains("N104"), "\(output)")
    }
}
