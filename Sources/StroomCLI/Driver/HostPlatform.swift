import StroomSyntax

/// The operating system `stroom` runs on, as far as commands care: how `PATH` is written, what
/// an executable is called, and how a user installs a missing tool.
enum HostPlatform: Sendable {
    case linux
    case macOS
    case windows

    static var current: HostPlatform {
        #if os(Windows)
        .windows
        #elseif os(macOS)
        .macOS
        #else
        .linux
        #endif
    }

    /// The separator between the folders of `PATH`.
    var searchPathSeparator: Character { self == .windows ? ";" : ":" }

    var pathStyle: PathStyle { self == .windows ? .windows : .posix }

    /// The separator between folders in a path (Windows also takes `/`).
    var pathSeparator: String { pathStyle == .windows ? "\\" : "/" }

    /// The file names a command `name` may have: on Windows one per extension of `PATHEXT`
    /// (`dot.exe`, `dot.bat`…, `.EXE` when unset), elsewhere the name itself.
    func executableNames(_ name: String, environment: [String: String]) -> [String] {
        guard self == .windows else { return [name] }
        let pathExt = environment.first { $0.key.uppercased() == "PATHEXT" }?.value ?? ".COM;.EXE;.BAT;.CMD"
        let extensions = pathExt.split(separator: ";").map { $0.lowercased() }.filter { $0.hasPrefix(".") }
        return (extensions.isEmpty ? [".exe"] : extensions).map { name + $0 }
    }

    /// The value of `PATH` (Windows spells it `Path`; environment names there ignore case).
    func searchPath(_ environment: [String: String]) -> String {
        if let exact = environment["PATH"] { return exact }
        guard self == .windows else { return "" }
        return environment.first { $0.key.uppercased() == "PATH" }?.value ?? ""
    }

    /// Where installers put programs that a `PATH` may lack: an editor started from the macOS
    /// Dock does not see Homebrew's folder, and a Windows window opened before `winget install`
    /// does not see the new `Path`. Searched after `PATH`.
    func usualFolders(for name: String, environment: [String: String]) -> [String] {
        switch self {
        case .linux:
            return []
        case .macOS:
            return ["/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"]
        case .windows:
            guard name == "dot" else { return [] }
            let programFiles = environment.first { $0.key.uppercased() == "PROGRAMFILES" }?.value ?? #"C:\Program Files"#
            return [programFiles + #"\Graphviz\bin"#]
        }
    }

    /// The first of `names` in the folders of `PATH`, then in the usual folders, for which
    /// `isExecutable` holds.
    func findExecutable(_ name: String, environment: [String: String], isExecutable: (String) -> Bool) -> String? {
        let names = executableNames(name, environment: environment)
        let folders = searchPath(environment).split(separator: searchPathSeparator) + usualFolders(for: name, environment: environment).map { Substring($0) }
        for folder in folders where !folder.isEmpty {
            // Windows allows quotes around a folder of PATH.
            let trimmed = self == .windows ? folder.trimmingCharacters(in: "\"") : folder
            let base = trimmed.hasSuffix(pathSeparator) || trimmed.hasSuffix("/") ? String(trimmed) : String(trimmed) + pathSeparator
            for candidate in names.map({ base + $0 }) where isExecutable(candidate) {
                return candidate
            }
        }
        return nil
    }
}

private extension Substring {
    func trimmingCharacters(in character: Character) -> Substring {
        var result = self
        while result.first == character { result = result.dropFirst() }
        while result.last == character { result = result.dropLast() }
        return result
    }
}
