import Foundation
import StroomSyntax

/// The Stroom files a command line names, for commands that treat files one by one (`fmt`):
/// files as given, folders walked recursively (hidden folders such as `.git` skipped), each
/// file once, in a stable order.
struct FileCollector {
    struct File: Hashable {
        let absolutePath: String
        /// Relative to the current directory when below it (as `check` prints paths).
        let displayPath: String
    }

    private(set) var files: [File] = []
    /// Paths that do not exist, cannot be read or are not Stroom files.
    private(set) var errors: [LocalizedText] = []

    init(paths: [String], currentDirectory: String) {
        var loader = WorkspaceLoader(currentDirectory: currentDirectory)
        var seen: Set<String> = []
        for path in paths {
            let absolute = loader.absolutePath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                errors.append(LocalizedText(nl: "‘\(path)’ bestaat niet.", en: "‘\(path)’ does not exist."))
                continue
            }
            let found: [String]
            if isDirectory.boolValue {
                found = loader.stroomFiles(under: absolute).sorted()
            } else if FileType(path: absolute) == .other {
                errors.append(LocalizedText(
                    nl: "‘\(path)’ is geen Stroom-bestand; stroom fmt maakt alleen .vsm- en .batenlogica-bestanden op.",
                    en: "‘\(path)’ is not a Stroom file; stroom fmt formats .vsm and .batenlogica files only."))
                continue
            } else {
                found = [absolute]
            }
            for file in found where seen.insert(file).inserted {
                files.append(File(absolutePath: file, displayPath: loader.displayPath(file)))
            }
        }
        errors += loader.ioErrors
    }
}
