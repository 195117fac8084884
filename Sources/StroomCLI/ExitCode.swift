import StroomModel

/// The exit codes of every `stroom` command (documented in `--help` and the README).
public enum ExitCode: Int32, Sendable {
    /// Nothing wrong (warnings and hints may have been printed).
    case success = 0
    /// The files have errors (or warnings, with `--werror`).
    case errorsFound = 1
    /// The command line was wrong, or a file or folder could not be read or written.
    case usageOrIOError = 2
}

/// The version printed by `--version` (kept in `ProjectInfo`, StroomModel).
public enum StroomVersion {
    public static var current: String { ProjectInfo.version }
    /// What `--version`, `-V` and `stroom version` print: the version, and the commit in builds
    /// made by the packaging scripts.
    public static var line: String { ProjectInfo.versionLine + "\n" }
}
