import StroomPlatform
import StroomSyntax

/// The Stroom files a command line names, for commands that treat files one by one (`fmt`):
/// files as given, folders walked recursively (hidden folders such as `.git` skipped), each
/// file once, in a stable order.
///
/// Symbolic links never lead out of what was given: a link (or a path through a linked
/// folder) is followed only when the file it ends at lies inside the folder given (for a file
/// given by name: the folder that holds it) and is a Stroom file; otherwise it is skipped with
/// a note. `absolutePath` is the real path, without links, so writing never follows one.
struct FileCollector {
    struct File: Hashable {
        let absolutePath: String
        /// Relative to the current directory when below it (as `check` prints paths).
        let displayPath: String
    }

    private(set) var files: [File] = []
    /// Paths that do not exist, cannot be read or are not Stroom files.
    private(set) var errors: [LocalizedText] = []
    /// Links that were skipped.
    private(set) var notes: [LocalizedText] = []

    init(paths: [String], currentDirectory: String) {
        var loader = WorkspaceLoader(currentDirectory: currentDirectory)
        var seen: Set<String> = []
        for path in paths {
            let absolute = loader.absolutePath(path)
            guard let kind = FileManager.default.itemKind(atPath: absolute) else {
                errors.append(LocalizedText(nl: "‘\(path)’ bestaat niet.", en: "‘\(path)’ does not exist."))
                continue
            }
            let found: [String]
            if kind == .folder {
                found = loader.stroomFiles(under: absolute).sorted()
            } else if FileType(path: absolute) == .other {
                errors.append(LocalizedText(
                    nl: "‘\(path)’ is geen Stroom-bestand; stroom fmt maakt alleen .vsm- en .batenlogica-bestanden op.",
                    en: "‘\(path)’ is not a Stroom file; stroom fmt formats .vsm and .batenlogica files only."))
                continue
            } else {
                found = [absolute]
            }
            let folder = kind == .folder ? absolute : (PathStyle.native.parent(of: absolute) ?? absolute)
            for file in found {
                guard let real = resolve(file, inside: folder, display: loader.displayPath(file)) else { continue }
                if seen.insert(real).inserted {
                    files.append(File(absolutePath: real, displayPath: loader.displayPath(file)))
                }
            }
        }
        errors += loader.ioErrors
    }

    /// The real path of `file` when it may be written: it ends inside the real `folder`, at a
    /// regular Stroom file. Otherwise nil, with a note.
    private mutating func resolve(_ file: String, inside folder: String, display: String) -> String? {
        guard let real = FileCollector.realPath(file), let realFolder = FileCollector.realPath(folder) else {
            errors.append(LocalizedText(nl: "kan ‘\(display)’ niet lezen.", en: "cannot read ‘\(display)’."))
            return nil
        }
        
        if real != file, !PathStyle.native.isInside(real, folder: realFolder) {
            notes.append(LocalizedText(
                nl: "‘\(display)’ is een symbolische link naar een plek buiten ‘\(folder)’; overgeslagen.",
                en: "‘\(display)’ is a symbolic link to a place outside ‘\(folder)’; skipped."))
            return nil
        }
        if real != file, FileType(path: real) == .other {
            notes.append(LocalizedText(nl: "‘\(display)’ is een symbolische link naar een bestand dat geen Stroom-bestand is; overgeslagen.",
                                       en: "‘\(display)’ is a symbolic link to a file that is not a Stroom file; skipped."))
            return nil
        }
        return real
    }

    /// The path without symbolic links, `.` or `..`; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
