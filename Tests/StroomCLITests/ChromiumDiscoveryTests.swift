import Foundation
@testable import StroomCLI
import StroomSyntax
import Testing

/// Where `stroom report --format pdf` looks for a browser: STROOM_CHROMIUM first, then the
/// usual names on PATH, then the standard install folders of macOS and Windows.
@Suite struct ChromiumDiscoveryTests {
    static func executable(_ folder: URL, _ name: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        return file.path
    }

    @Test func overrideThenPathInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let chrome = try Self.executable(folder.appendingPathComponent("a"), "google-chrome")
        let chromium = try Self.executable(folder.appendingPathComponent("b"), "chromium")
        let mine = try Self.executable(folder.appendingPathComponent("c"), "my-browser")
        let path = folder.appendingPathComponent("a").path + ":" + folder.appendingPathComponent("b").path
        // `chromium` comes before `google-chrome` in the list of names, wherever it is on PATH.
        #expect(Chromium.find(environment: ["PATH": path], platform: .linux) == chromium)
        #expect(Chromium.find(environment: ["PATH": folder.appendingPathComponent("a").path], platform: .linux) == chrome)
        #expect(Chromium.find(environment: ["PATH": path, "STROOM_CHROMIUM": mine], platform: .linux) == mine)
        // An override that is not there is passed over.
        #expect(Chromium.find(environment: ["PATH": path, "STROOM_CHROMIUM": "/nonexistent/x"], platform: .linux) == chromium)
        #expect(Chromium.find(environment: ["PATH": "/nonexistent"], platform: .linux) == nil)
    }

    @Test func standardFoldersOfMacOSAndWindows() {
        #expect(Chromium.standardPaths(.macOS, environment: [:]).contains("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"))
        let windows = Chromium.standardPaths(.windows, environment: ["ProgramFiles(x86)": #"D:\P86"#])
        #expect(windows.contains(#"D:\P86\Microsoft\Edge\Application\msedge.exe"#))
        #expect(windows.contains(#"C:\Program Files\Google\Chrome\Application\chrome.exe"#))
        #expect(Chromium.standardPaths(.linux, environment: [:]).isEmpty)
        for platform in [HostPlatform.linux, .macOS, .windows] {
            let message = Chromium.notInstalled(on: platform)
            #expect(message[.nl].contains("STROOM_CHROMIUM") && message[.en].contains("STROOM_CHROMIUM"))
        }
    }
}
