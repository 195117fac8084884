import Foundation

/// Where things are in the repository, found from this file's path so tests run from any
/// working directory.
public enum RepositoryPaths {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // StroomTestSupport
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // root

    public static var samples: URL { root.appendingPathComponent("Samples") }
    public static var tests: URL { root.appendingPathComponent("Tests") }

    /// Every file under a folder with one of the extensions, sorted by path.
    public static func files(under folder: URL, extensions: Set<String>) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { extensions.contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }

    public static func read(_ url: URL) -> [UInt8] {
        (try? Array(Data(contentsOf: url))) ?? []
    }
}
