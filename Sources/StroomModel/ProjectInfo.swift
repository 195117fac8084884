/// Facts about the project that outputs link to (SARIF `helpUri`, the JSON `$schema`).
public enum ProjectInfo {
    public static let homeURL = "https://github.com/stroom-lang/stroom"
}
