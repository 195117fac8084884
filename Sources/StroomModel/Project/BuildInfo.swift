/// What the build knows about its source. `Packaging/build-binary.sh` (and `.ps1`) replace
/// `nil` below with the commit for the duration of a release build and restore this file
/// afterwards; a plain `swift build` leaves it nil. Keep the declaration on one line.
public enum BuildInfo {
    public static let commit: String? = nil
}
