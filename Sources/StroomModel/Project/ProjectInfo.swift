/// Facts about the Stroom project itself, in one place for every module and script.
///
/// `Packaging/*.sh` read `version` and `homeURL` from this file with `sed`, so the archives, the
/// Python wheel's metadata and the README links follow it. Keep each on one line of the form
/// `public static let name = "…"`. Outputs link to it too (SARIF `helpUri`, the JSON `$schema`).
public enum ProjectInfo {
    /// The release version (semantic versioning). A release tag is `v` plus this; the release
    /// workflow refuses a tag that differs.
    public static let version = "0.1.0"

    /// The project's home page. THE place to change it: SARIF `helpUri`s and the wheel's
    /// `Home-page` are built on it; README.md and docs/install.md spell it out (a test checks
    /// that they name this one), and so does editors/vscode/package.json's `repository`.
    /// (A placeholder until the project has its public home.)
    public static let homeURL = "https://github.com/stroom-lang/stroom"

    /// The version line of `stroom --version`: the commit is there in builds made by the
    /// packaging scripts, absent in a plain `swift build`.
    public static var versionLine: String {
        if let commit = BuildInfo.commit { "stroom \(version) (commit \(commit))" } else { "stroom \(version)" }
    }
}
