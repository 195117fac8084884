import StroomPlatform
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
                failure = writeFailure(error, path: absolute)
            }
        }
        if let failure {
            context.writeError("stroom \(command): " + (LocalizedText(nl: "kan ‘\(TerminalText.escaped(path))’ niet schrijven: ", en: "cannot write ‘\(TerminalText.escaped(path))’: ") + failure)[language] + "\n")
            return .usageOrIOError
        }
        return .success
    }

    /// Why a new file could not be written, in words (Foundation's own text is English only):
    /// a folder that does not exist, no permission, a read-only or full disk; else the system's text.
    static func writeFailure(_ error: Error, path: String) -> LocalizedText {
        let style = PathStyle.native
        if let folder = style.parent(of: path) {
            if FileManager.default.itemKind(atPath: folder) != .folder {
                let name = TerminalText.escaped(PathStyle.native.fileName(of: folder))
                return LocalizedText(nl: "de map ‘\(name)’ bestaat niet", en: "the folder ‘\(name)’ does not exist")
            }
        }
        let cocoa = (error as? CocoaError)?.code.rawValue
        let posix = (error as? POSIXError)?.code.rawValue ?? ((error as? CocoaError)?.underlying as? POSIXError)?.code.rawValue
        switch (cocoa, posix.map(Int.init)) {
        case (CocoaError.fileWriteVolumeReadOnly.rawValue, _), (_, Int(EROFS)):
            return LocalizedText(nl: "de schijf is alleen-lezen", en: "the disk is read-only")
        case (CocoaError.fileWriteNoPermission.rawValue, _), (_, Int(EACCES)), (_, Int(EPERM)):
            return LocalizedText(nl: "geen toestemming om daar te schrijven", en: "no permission to write there")
        case (CocoaError.fileWriteOutOfSpace.rawValue, _), (_, Int(ENOSPC)):
            return LocalizedText(nl: "de schijf is vol", en: "the disk is full")
        default:
            // The system's own words for the reason when there is one (English), never the
            // error value itself, which reads like code.
            guard let posix else { return LocalizedText(nl: "het schrijven lukte niet", en: "writing failed") }
            let reason = String(cString: strerror(posix))
            return LocalizedText(nl: "het schrijven lukte niet (\(reason))", en: "writing failed (\(reason))")
        }
    }
}
