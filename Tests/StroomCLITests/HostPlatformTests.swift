@testable import StroomCLI
import Testing

/// Finding `dot` and saying how to install it, for each platform, on whatever platform runs the tests.
@Suite struct HostPlatformTests {
    @Test func windowsSplitsPathOnSemicolonsAndTriesPathExt() {
        let files: Set<String> = [#"C:\Program Files\Graphviz\bin\dot.exe"#, #"C:\Tools\dot"#]
        let environment = ["Path": #"C:\Tools;"C:\Program Files\Graphviz\bin";C:\Windows"#, "PATHEXT": ".COM;.EXE;.BAT"]
        let found = HostPlatform.windows.findExecutable("dot", environment: environment) { files.contains($0) }
        // `C:\Tools\dot` has no extension of PATHEXT, so Windows would not run it.
        #expect(found == #"C:\Program Files\Graphviz\bin\dot.exe"#)
        #expect(HostPlatform.windows.executableNames("dot", environment: [:]) == ["dot.com", "dot.exe", "dot.bat", "dot.cmd"])
        #expect(HostPlatform.windows.findExecutable("dot", environment: ["PATH": #"C:\Tools\"#]) { $0 == #"C:\Tools\dot.exe"# } == #"C:\Tools\dot.exe"#)
    }

    @Test func posixSplitsPathOnColons() {
        let environment = ["PATH": "/opt/a:/usr/local/bin::/usr/bin", "PATHEXT": ".EXE"]
        var tried: [String] = []
        let found = HostPlatform.linux.findExecutable("dot", environment: environment) { tried.append($0); return $0 == "/usr/bin/dot" }
        #expect(found == "/usr/bin/dot")
        #expect(tried == ["/opt/a/dot", "/usr/local/bin/dot", "/usr/bin/dot"])
        #expect(HostPlatform.linux.findExecutable("dot", environment: [:]) { _ in true } == nil)
    }

    @Test func theUsualFoldersComeAfterPath() {
        // Homebrew's dot, for an editor started from the Dock without /opt/homebrew/bin on PATH.
        let mac = HostPlatform.macOS.findExecutable("dot", environment: ["PATH": "/usr/bin:/bin"]) { $0 == "/opt/homebrew/bin/dot" }
        #expect(mac == "/opt/homebrew/bin/dot")
        #expect(HostPlatform.macOS.findExecutable("dot", environment: ["PATH": "/x"]) { $0.hasSuffix("/dot") } == "/x/dot")
        // winget's Graphviz, in a window opened before it was installed.
        let windows = HostPlatform.windows.findExecutable("dot", environment: ["Path": #"C:\Windows"#, "ProgramFiles": #"D:\Programma's"#]) {
            $0 == #"D:\Programma's\Graphviz\bin\dot.exe"#
        }
        #expect(windows == #"D:\Programma's\Graphviz\bin\dot.exe"#)
        #expect(HostPlatform.linux.usualFolders(for: "dot", environment: [:]).isEmpty)
    }

    @Test func installAdviceFitsThePlatform() {
        let linux = Graphviz.notInstalled(on: .linux)
        #expect(linux.en.contains("sudo apt-get install graphviz") && linux.nl.contains("sudo apt-get install graphviz"))
        #expect(!linux.en.contains("brew") && !linux.en.contains("winget"))
        let mac = Graphviz.notInstalled(on: .macOS)
        #expect(mac.en.contains("brew install graphviz") && mac.nl.contains("brew install graphviz") && !mac.en.contains("apt-get"))
        let windows = Graphviz.notInstalled(on: .windows)
        #expect(windows.en.contains("winget install Graphviz.Graphviz") && windows.nl.contains("winget install Graphviz.Graphviz"))
        #expect(windows.nl.hasPrefix("Graphviz (het programma dot) is niet gevonden.") && windows.en.hasPrefix("Graphviz (the dot program) was not found."))
    }
}
