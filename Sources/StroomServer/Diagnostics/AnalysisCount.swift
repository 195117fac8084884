/// How many analyses of a workspace the server started, finished and gave up, for the tests
/// that check that an edit storm is analysed once and not once per edit.
struct AnalysisCount: Sendable, Hashable, Codable {
    var started = 0
    var finished = 0
    var cancelled = 0
}
