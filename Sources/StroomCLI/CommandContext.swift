import Foundation
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

    public init(
        writeOut: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void,
        currentDirectory: String,
        environment: [String: String],
        today: DayDate,
        outputIsTerminal: Bool = false,
        readInput: @escaping () -> [UInt8] = { [] }
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.currentDirectory = currentDirectory
        self.environment = environment
        self.today = today
        self.outputIsTerminal = outputIsTerminal
        self.readInput = readInput
    }

    /// The real process: stdout, stderr, the working directory, the environment, the date.
    public static func process() -> CommandContext {
        let stdout = FileHandle.standardOutput
        let stderr = FileHandle.standardError
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CommandContext(
            writeOut: { stdout.write(Data($0.utf8)) },
            writeError: { stderr.write(Data($0.utf8)) },
            currentDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment,
            today: DayDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1),
            outputIsTerminal: standardOutputIsTerminal,
            readInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) })
    }

    /// `isatty(1)`; on Windows colour stays off unless asked for (`--color always`, `FORCE_COLOR`).
    static var standardOutputIsTerminal: Bool {
        #if os(Windows)
        return false
        #else
        return isatty(1) == 1
        #endif
    }

    /// The language for messages: `--lang`, else the workspace's `stroom.json`, else `LANG`.
    public func language(flag: String?, configuration: Configuration? = nil) -> Language {
        if let flag, let language = Language(rawValue: flag) { return language }
        if let language = configuration?.language { return language }
        return Language.fromEnvironment(environment)
    }
}
