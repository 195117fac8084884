import Foundation
import StroomModel
import StroomSyntax

/// The whole `Samples/` folder as one workspace, as `stroom check Samples` sees it, with paths
/// relative to `Samples/` (`akkrum/groepsplannen.vsm`).
public enum SampleWorkspace {
    public static let paths: [String] = {
        let root = RepositoryPaths.samples.path + "/"
        return RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"]).map { String($0.path.dropFirst(root.count)) }
    }()

    /// A fresh analysis of every sample (a new one each call, for determinism tests).
    public static func analyze() -> Analysis {
        let sources = paths.map { SourceFile(path: $0, bytes: RepositoryPaths.read(RepositoryPaths.samples.appendingPathComponent($0))) }
        return Analysis(sources: sources, options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
    }

    /// The sample's name without folder and extension (`groepsplannen`).
    public static func name(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
