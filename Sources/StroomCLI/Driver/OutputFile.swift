import Foundation
import StroomSyntax

/// `-o FILE` of the commands that write a text (`dot`, `report`): the file, or stdout for `-`.
enum OutputFile {
    static let option = OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(
        nl: "Schrijf naar dit bestand in plaats van naar de uitvoer (- is de uitvoer).",
        en: "Write to this file instead of standard output (- is standard output)."))

    /// Writes `text` where `-o` says; returns the exit code, having said what went wrong.
    static func deliver(_ text: String, arguments: ParsedArguments, command: String, context: CommandContext,
                        language: Language) -> ExitCode {
        guard let path = arguments.value("output"), path != "-" else {
            context.writeOut(text)
            return .success
        }
        return write(Array(text.utf8), to: path, command: command, context: context, language: language)
    }

    /// Writes `bytes` to the file `path` (relative to the current folder): a file that exists is
    /// replaced whole or left as it was.
    static func write(_ bytes: [UInt8], to path: String, command: String, context: CommandContext, language: Language) -> ExitCode {
        let absolute = WorkspaceLoader(currentDirectory: context.currentDirectory).absolutePath(path)
        var failure: LocalizedText?
        if FileManager.default.fileExists(atPath: absolute) {
            failure = AtomicFile.replace(absolute, with: bytes)
        } else {
            do { try Data(bytes).write(to: URL(fileURLWithPath: absolute), options: .atomic) } catch {
                failure = LocalizedText(nl: error.localizedDescription, en: error.localizedDescription)
            }
        }
        if let failure {
            context.writeError("stroom \(command): " + (LocalizedText(nl: "Kan ‘\(TerminalText.escaped(path))’ niet schrijven: ", en: "Cannot write ‘\(TerminalText.escaped(path))’: ") + failure)[language] + "\n")
            return .usageOrIOError
        }
        return .success
    }
}
