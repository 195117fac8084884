import Foundation
import StroomTestSupport
import Testing

/// Issue 12 end to end, with the built binary: a file nested far too deep, a duration too large
/// to compute with and a file too large to read each give a diagnostic, never a crash, and the
/// normal file beside them is still checked.
@Suite struct HostileInputCommandTests {
    static func expectNoCrash(_ output: CommandRunner.Output, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect((0...2).contains(output.exitCode), "\(what) exited with \(output.exitCode): \(output.stderr.prefix(400))",
                sourceLocation: sourceLocation)
    }

    @Test func aFileNestedFarTooDeepBesideANormalFile() throws {
        let folder = try CommandRunner.folder(["diep.vsm": HostileInput.nestedDeclarations(), "haken.vsm": HostileInput.strayBraces(),
                                               "gewoon.vsm": HostileInput.normalMap])
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try CommandRunner.execute(["check", "."], in: folder.path)
        #expect(check.exitCode == 1)
        #expect(check.stdout.contains("gewoon.vsm:3:"), "the normal file's findings: \(check.stdout.suffix(300))")
        #expect(check.stdout.contains("[N102]"))
        #expect(check.stdout.components(separatedBy: "[S014]").count == 3, "one S014 in each deep file")
        for arguments in [["dot", "diep.vsm"], ["dot", "--format", "mermaid", "diep.vsm"], ["report", "--format", "json", "diep.vsm"],
                          ["dump-tree", "haken.vsm"], ["fmt", "--check", "diep.vsm"]] {
            Self.expectNoCrash(try CommandRunner.execute(arguments, in: folder.path), arguments.joined(separator: " "))
        }
    }

    @Test func aDurationTooLargeIsA208NotATrap() throws {
        let text = "proces p \"P\" {\n  stap a \"A\" { tijd: 9999999999999999999999d }\n  stap b \"B\" { tijd: 5min }\n  a -> b\n}\n"
        let folder = try CommandRunner.folder(["groot.vsm": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try CommandRunner.execute(["check", "groot.vsm"], in: folder.path)
        #expect(check.stdout.contains("groot.vsm:2:22: error: ‘9999999999999999999999d’ is too large to compute with"))
        for arguments in [["dot", "groot.vsm"], ["dot", "--format", "mermaid", "groot.vsm"], ["report", "groot.vsm"],
                          ["report", "--format", "json", "groot.vsm"]] {
            let output = try CommandRunner.execute(arguments, in: folder.path)
            Self.expectNoCrash(output, arguments.joined(separator: " "))
        }
    }

    /// A sparse file of 3 GB (nothing written to disk) and a small file above a configured limit.
    @Test func filesAboveTheSizeLimitAreNotRead() throws {
        let folder = try CommandRunner.folder(["gewoon.vsm": HostileInput.normalMap, "klein/stroom.json": #"{ "maxFileSize": 0.001 }"#,
                                               "klein/groot.vsm": HostileInput.normalMap + String(repeating: "# opvulling\n", count: 100),
                                               "klein/gewoon.vsm": HostileInput.normalMap])
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("enorm.vsm")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 3_000_000_000)
        try handle.close()
        let check = try CommandRunner.execute(["check", "enorm.vsm", "gewoon.vsm"], in: folder.path)
        #expect(check.exitCode == 1)
        #expect(check.stdout.contains("enorm.vsm:1:1: error: This file was not read: it is 3000000000 bytes, larger than the limit of 64000000 bytes"))
        #expect(check.stdout.contains("gewoon.vsm:3:"))
        let small = try CommandRunner.execute(["check", "."], in: folder.appendingPathComponent("klein").path)
        #expect(small.stdout.contains("groot.vsm:1:1: error: This file was not read: it is \(HostileInput.normalMap.utf8.count + 1200) bytes, larger than the limit of 1000 bytes"))
        #expect(small.stdout.contains("gewoon.vsm:3:"))
        // The option overrides stroom.json and the default.
        let option = try CommandRunner.execute(["check", "--max-file-size", "0.0001", "gewoon.vsm"], in: folder.path)
        #expect(option.stdout.contains("gewoon.vsm:1:1: error: This file was not read: it is \(HostileInput.normalMap.utf8.count) bytes, larger than the limit of 100 bytes"))
        let wide = try CommandRunner.execute(["check", "--max-file-size", "1", "."], in: folder.appendingPathComponent("klein").path)
        #expect(!wide.stdout.contains("[W607]"))
        let wrong = try CommandRunner.execute(["check", "--max-file-size", "nul", "gewoon.vsm"], in: folder.path)
        #expect(wrong.exitCode == 2)
        #expect(wrong.stderr.contains("--max-file-size is a number of megabytes above 0"))
    }
}
