import Foundation
import Testing

/// Golden files: the expected output of a test, kept next to it and reviewed by eye. With
/// `STROOM_UPDATE_GOLDEN=1` the file is rewritten and the test still fails, so that a changed
/// golden is always looked at before it is committed.
public enum Golden {
    public static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["STROOM_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("rewrote \(url.lastPathComponent); review it and run again without STROOM_UPDATE_GOLDEN", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing \(url.lastPathComponent); run with STROOM_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == golden, "\(url.lastPathComponent) differs", sourceLocation: sourceLocation)
    }
}
