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

    public init(
        writeOut: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void,
        currentDirectory: String,
        environment: [String: String],
        today: DayDate
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.currentDirectory = currentDirectory
        self.environment = environment
        self.today = today
    }

    /// The real process: stdout, stderr, the working directory, the environment, the date.
    public static func process() -> CommandContext {
        process(output: StandardStream(STDOUT_FILENO), errors: StandardStream(STDERR_FILENO))
    }

    /// The real process, writing through these streams (which remember a failed write).
    static func process(output stdout: StandardStream, errors stderr: StandardStream) -> CommandContext {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CommandContext(
            writeOut: { stdout.write($0) },
            writeError: { stderr.write($0) },
            currentDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment,
            today: DayDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1))
    }

    /// The language for messages: `--lang`, else the workspace's `stroom.json`, else `LANG`.
    public func language(flag: String?, configuration: Configuration? = nil) -> Language {
        if let flag, let language = Language(rawValue: flag) { return language }
        if let language = configuration?.language { return language }
        return Language.fromEnvironment(environment)
    }
}
