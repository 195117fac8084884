// The one place that says which Foundation Stroom uses. Where the toolchain has
// `FoundationEssentials` (Linux, Windows), only that: `Foundation` itself would bring
// CoreFoundation and ICU into the statically linked executable (about 70 of its 94 MB), and
// their relocations and conformance records into the start-up of every command. On macOS
// Foundation is part of the system and costs nothing to link. See docs/platform.md.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif

// The C library, which `Foundation` re-exports and `FoundationEssentials` does not.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#elseif os(Windows)
@_exported import ucrt
@_exported import WinSDK
#endif

/// What a path names on disk.
public enum ItemKind: Sendable {
    case file
    case folder
}

extension FileManager {
    /// What is at `path`, following symbolic links; nil when nothing is. (`fileExists(atPath:
    /// isDirectory:)` takes an `ObjCBool` on macOS and a `Bool` elsewhere.)
    public func itemKind(atPath path: String) -> ItemKind? {
        #if canImport(FoundationEssentials)
        var isFolder = false
        guard fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return isFolder ? .folder : .file
        #else
        var isFolder: ObjCBool = false
        guard fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? .folder : .file
        #endif
    }

    /// The size in bytes of the file at `path` (not following a symbolic link), nil when it
    /// cannot be told.
    public func sizeOfItem(atPath path: String) -> Int? {
        Self.integer((try? attributesOfItem(atPath: path))?[.size])
    }

    /// An integer file attribute, whatever type the platform gives it (an `NSNumber` on macOS,
    /// `UInt` or `UInt64` elsewhere).
    public static func integer(_ attribute: Any?) -> Int? {
        switch attribute {
        case let value as Int: value
        case let value as UInt: Int(exactly: value)
        case let value as UInt64: Int(exactly: value)
        case let value as Int64: Int(exactly: value)
        default: nil
        }
    }
}
