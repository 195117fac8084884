import StroomPlatform
import StroomSyntax

/// Graphviz's `dot`, found on the `PATH` of the command's environment and run with the DOT on
/// its standard input.
enum Graphviz {
    /// The first executable `dot` (`dot.exe` on Windows) on `PATH`, or nil.
    static func find(environment: [String: String], platform: HostPlatform = .current) -> String? {
        platform.findExecutable("dot", environment: environment) { candidate in
            return FileManager.default.itemKind(atPath: candidate) == .file
                && FileManager.default.isExecutableFile(atPath: candidate)
        }
    }

    /// What to say when `dot` is missing: how to install Graphviz on the user's system.
    static func notInstalled(on platform: HostPlatform = .current) -> LocalizedText {
        let (nl, en): (String, String)
        switch platform {
        case .linux:
            nl = "bijvoorbeeld met ‘sudo apt-get install graphviz’ (Debian, Ubuntu) of ‘sudo dnf install graphviz’ (Fedora)"
            en = "for example with ‘sudo apt-get install graphviz’ (Debian, Ubuntu) or ‘sudo dnf install graphviz’ (Fedora)"
        case .macOS:
            nl = "bijvoorbeeld met ‘brew install graphviz’ (Homebrew)"
            en = "for example with ‘brew install graphviz’ (Homebrew)"
        case .windows:
            nl = "bijvoorbeeld met ‘winget install Graphviz.Graphviz’ en open daarna een nieuw venster, zodat dot op het PATH staat"
            en = "for example with ‘winget install Graphviz.Graphviz’, then open a new window so that dot is on the PATH"
        }
        return LocalizedText(
            nl: "Graphviz (het programma dot) is niet gevonden. Installeer het, \(nl), of zie https://graphviz.org/download/. Zonder Graphviz kan stroom dot de DOT-tekst wel schrijven.",
            en: "Graphviz (the dot program) was not found. Install it, \(en), or see https://graphviz.org/download/. Without Graphviz, stroom dot can still write the DOT text.")
    }

    struct Outcome {
        let status: Int32
        let standardError: String
    }

    /// Runs `dot -T<format> [arguments] -o <output>` on the text; nil when it could not be started.
    static func run(_ executable: String, dot text: String, format: String, arguments: [String] = [], output: String) -> Outcome? {
        let arguments = ["-T\(format)"] + arguments + ["-o", output]
        guard case .success(let ran) = ChildProcess.run(executable, arguments: arguments, input: Array(text.utf8)) else { return nil }
        return Outcome(status: ran.status, standardError: String(decoding: ran.standardError, as: UTF8.self))
    }
}
