import Foundation
import StroomModel
import StroomSyntax

/// One workspace as the CLI found it on disk: every Stroom file under its root, and its
/// configuration. Only the files the user asked about are reported.
struct LoadedWorkspace {
    /// The folder with the `stroom.json`, or the folder that was given.
    let root: String
    let sources: [SourceFile]
    let configuration: Configuration
    /// The `stroom.json` and what was wrong with it, if there is one.
    let configurationSource: SourceFile?
    let configurationDiagnostics: [Diagnostic]
    /// Display paths whose diagnostics are printed.
    let requested: Set<String>
}

/// Finds workspaces for the paths of a command line and reads their files.
struct WorkspaceLoader {
    let currentDirectory: String
    var ioErrors: [LocalizedText] = []
    /// Files given by name that are not Stroom files (W601).
    var otherFiles: [String] = []

    init(currentDirectory: String) {
        self.currentDirectory = currentDirectory
    }

    /// The workspaces for these paths (absolute or relative to the current directory).
    mutating func load(_ paths: [String]) -> [LoadedWorkspace] {
        var requestedByRoot: [String: [String]] = [:]
        var rootOrder: [String] = []
        for path in paths {
            let absolute = absolutePath(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                ioErrors.append(LocalizedText(nl: "‘\(path)’ bestaat niet.", en: "‘\(path)’ does not exist."))
                continue
            }
            if !isDirectory.boolValue, FileType(path: absolute) == .other {
                otherFiles.append(displayPath(absolute))
                continue
            }
            let start = isDirectory.boolValue ? absolute : (absolute as NSString).deletingLastPathComponent
            let root = WorkspaceLoader.findRoot(from: start) ?? start
            if requestedByRoot[root] == nil { rootOrder.append(root) }
            requestedByRoot[root, default: []].append(absolute)
        }
        return rootOrder.map { root in loadWorkspace(root: root, requested: requestedByRoot[root] ?? []) }
    }

    /// The nearest folder at or above `folder` that holds a `stroom.json`.
    static func findRoot(from folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(Configuration.fileName).path) {
                return current.path
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    mutating func loadWorkspace(root: String, requested: [String]) -> LoadedWorkspace {
        var files = stroomFiles(under: root)
        // A file given by name counts even where a walk would not look (a hidden folder).
        for path in requested where FileType(path: path) != .other && !files.contains(path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        var sources: [SourceFile] = []
        for file in files.sorted() {
            guard let data = FileManager.default.contents(atPath: file) else {
                ioErrors.append(LocalizedText(nl: "Kan ‘\(displayPath(file))’ niet lezen.", en: "Cannot read ‘\(displayPath(file))’."))
                continue
            }
            sources.append(SourceFile(path: displayPath(file), bytes: Array(data)))
        }
        var configuration = Configuration()
        var configurationSource: SourceFile?
        var configurationDiagnostics: [Diagnostic] = []
        let configPath = (root as NSString).appendingPathComponent(Configuration.fileName)
        if let data = FileManager.default.contents(atPath: configPath) {
            let source = SourceFile(path: displayPath(configPath), bytes: Array(data))
            (configuration, configurationDiagnostics) = Configuration.parse(source)
            configurationSource = source
        }
        let requestedDisplay = Set(sources.map(\.path).filter { path in
            let absolute = absolutePath(path)
            return requested.contains { absolute == $0 || absolute.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        })
        return LoadedWorkspace(root: root, sources: sources, configuration: configuration,
                               configurationSource: configurationSource, configurationDiagnostics: configurationDiagnostics,
                               requested: requestedDisplay)
    }

    /// Every `.vsm` and `.batenlogica` under a folder, hidden folders (`.git`, `.build`) skipped.
    mutating func stroomFiles(under folder: String) -> [String] {
        var result: [String] = []
        var failures: [String] = []
        let url = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles],
            errorHandler: { failed, _ in failures.append(failed.path); return true }) else {
            ioErrors.append(LocalizedText(nl: "Kan de map ‘\(displayPath(folder))’ niet lezen.", en: "Cannot read the folder ‘\(displayPath(folder))’."))
            return []
        }
        for case let file as URL in enumerator {
            if FileType(path: file.path) != .other {
                result.append(file.standardizedFileURL.path)
            }
        }
        for failure in failures {
            ioErrors.append(LocalizedText(nl: "Kan ‘\(displayPath(failure))’ niet lezen.", en: "Cannot read ‘\(displayPath(failure))’."))
        }
        return result
    }

    func absolutePath(_ path: String) -> String {
        // `C:\Maps` and `\\server\share` are absolute on Windows too.
        let url = PathStyle.native.isAbsolute(path) ? URL(fileURLWithPath: path) : URL(fileURLWithPath: currentDirectory).appendingPathComponent(path)
        var standardized = url.standardizedFileURL.path
        if standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }

    /// Relative to the current directory when the file is below it, else absolute.
    func displayPath(_ absolute: String) -> String {
        let base = URL(fileURLWithPath: currentDirectory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
