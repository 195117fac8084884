import StroomPlatform
import StroomDisk
import StroomModel
import StroomSyntax

/// Everything a command touches outside itself, so that tests can run commands in-process.
public struct CommandContext {
    public var writeOut: (String) -> Void
    public var writeError: (String) -> Void
    public var currentDirectory: String
    public var environment: [String: String]
    public var today: DayDate
    /// Whether standard output is a terminal (`isatty(1)`), for colour with `--color auto`.
    public var outputIsTerminal: Bool
    /// All of standard input, for `stroom check -` and `stroom fmt -`.
    public var readInput: () -> [UInt8]
    /// The system's preferred languages (`Locale.preferredLanguages`), the last word on the
    /// language when nothing else says it; empty in tests.
    public var systemLanguages: [String]
    /// Takes a value the command no longer needs but the process does not have to free: the
    /// real process ends right after the command, and freeing a workspace's trees and
    /// analysis (millions of small objects) would only cost time. In tests it does nothing,
    /// so the value is freed as usual.
    var keepUntilExit: (Any) -> Void = { _ in }

    public init(
        writeOut: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void,
        currentDirectory: String,
        environment: [String: String],
        today: DayDate,
        outputIsTerminal: Bool = false,
        readInput: @escaping () -> [UInt8] = { [] },
        systemLanguages: [String] = []
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.currentDirectory = currentDirectory
        self.environment = environment
        self.today = today
        self.outputIsTerminal = outputIsTerminal
        self.readInput = readInput
        self.systemLanguages = systemLanguages
    }

    /// The real process: stdout, stderr, the working directory, the environment, the date.
    public static func process() -> CommandContext {
        process(output: StandardStream(STDOUT_FILENO), errors: StandardStream(STDERR_FILENO))
    }

    /// The real process, writing through these streams (which remember a failed write).
    static func process(output stdout: StandardStream, errors stderr: StandardStream) -> CommandContext {
        var context = CommandContext(
            writeOut: { stdout.write($0) },
            writeError: { stderr.write($0) },
            currentDirectory: FileManager.default.currentDirectoryPath,
            environment: processEnvironment(),
            today: DayDate.today(),
            outputIsTerminal: standardOutputIsTerminal,
            readInput: { Descriptors.readAll(0) },
            systemLanguages: Locale.preferredLanguages)
        context.keepUntilExit = { ProcessLifetime.keep($0) }
        return context
    }

    /// The process's environment. On Linux read from `environ` directly: building
    /// `ProcessInfo` costs about a million instructions at start-up.
    static func processEnvironment() -> [String: String] {
        #if !os(Linux)
        return ProcessInfo.processInfo.environment
        #else
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            // By bytes: `NAME=value`, split at the first `=`.
            let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                if result[name] == nil { result[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self) }
            }
            entry += 1
        }
        return result
        #endif
    }

    /// `isatty(1)`; on Windows colour stays off unless asked for (`--color always`, `FORCE_COLOR`).
    static var standardOutputIsTerminal: Bool {
        #if os(Windows)
        return false
        #else
        return isatty(1) == 1
        #endif
    }

    /// The language for messages (``LanguageChoice``): `--lang`, else the workspace's
    /// `stroom.json` (`configuration`, or else the one found at or above `folder`, by default
    /// the current folder), else `LC_ALL` / `LC_MESSAGES` / `LANG`, else the system's languages.
    /// The one place where a command learns its language.
    public func language(flag: String?, configuration: Configuration? = nil, near folder: String? = nil) -> Language {
        let setting = flag.flatMap(Language.init(rawValue:))
        let configured = setting != nil ? nil
            : (configuration?.language ?? Self.configuration(near: PathStyle.native.absolute(folder ?? currentDirectory, currentDirectory: currentDirectory))?.language)
        return LanguageChoice(setting: setting, configuration: configured,
                              environment: environment, systemLanguages: systemLanguages).language
    }

    /// The `stroom.json` at or above a folder (an absolute path), when there is one that can be read.
    static func configuration(near folder: String) -> Configuration? {
        let style = PathStyle.native
        guard let root = WorkspaceDiscovery.configurationFolder(atOrAbove: folder) else { return nil }
        let path = style.appending(Configuration.fileName, to: root)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Configuration.parse(SourceFile(path: path, bytes: Array(data))).0
    }
}

/// Values kept alive until the process exits (see ``CommandContext/keepUntilExit``).
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = Lock()

    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}
