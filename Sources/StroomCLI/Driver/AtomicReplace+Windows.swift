#if os(Windows)
import StroomPlatform
import StroomSyntax
import WinSDK

/// `AtomicFile` on Windows (the POSIX one is `AtomicFile.swift`): the new bytes go to a
/// temporary file in the same folder, are flushed to disk, and `ReplaceFileW` puts them in place
/// of the old file in one step, keeping its attributes and access rights. `MoveFileExW` with
/// MOVEFILE_REPLACE_EXISTING is the fallback where `ReplaceFileW` cannot work (some network
/// shares, FAT drives).
enum AtomicFile {
    /// Writes `bytes` to the file at `path` (absolute). Returns what went wrong, or nil.
    static func replace(_ path: String, with bytes: [UInt8]) -> LocalizedText? {
        let folder = PathStyle.native.parent(of: path) ?? ""
        let name = PathStyle.native.fileName(of: path)
        // Without a Stroom extension, so no other run picks it up.
        let temporary = PathStyle.native.appending(".\(name).stroom-fmt-\(UUID().uuidString).tmp", to: folder)
        if let error = write(bytes, toNewFile: temporary) { return failure(error) }
        let replaced = path.withCString(encodedAs: UTF16.self) { target in
            temporary.withCString(encodedAs: UTF16.self) { source in
                ReplaceFileW(target, source, nil, DWORD(REPLACEFILE_IGNORE_MERGE_ERRORS), nil, nil).boolValue
                    || MoveFileExW(source, target, DWORD(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)).boolValue
            }
        }
        guard replaced else {
            let error = GetLastError()
            _ = temporary.withCString(encodedAs: UTF16.self) { DeleteFileW($0) }
            return failure(error)
        }
        return nil
    }

    /// Creates the file (it must not exist), writes all bytes and flushes them; the error code or nil.
    private static func write(_ bytes: [UInt8], toNewFile path: String) -> DWORD? {
        let handle = path.withCString(encodedAs: UTF16.self) {
            CreateFileW($0, DWORD(GENERIC_WRITE), 0, nil, DWORD(CREATE_NEW), DWORD(FILE_ATTRIBUTE_NORMAL), nil)
        }
        guard let handle, handle != INVALID_HANDLE_VALUE else { return GetLastError() }
        var offset = 0
        var error: DWORD?
        while offset < bytes.count, error == nil {
            var written: DWORD = 0
            let chunk = DWORD(min(bytes.count - offset, 1 << 30))
            let ok = bytes.withUnsafeBytes { WriteFile(handle, $0.baseAddress! + offset, chunk, &written, nil).boolValue }
            if ok, written > 0 { offset += Int(written) } else { error = GetLastError() }
        }
        if error == nil, !FlushFileBuffers(handle).boolValue { error = GetLastError() }
        CloseHandle(handle)
        if error != nil { _ = path.withCString(encodedAs: UTF16.self) { DeleteFileW($0) } }
        return error
    }

    private static func failure(_ code: DWORD) -> LocalizedText {
        LocalizedText(nl: "Windows-fout \(code) bij het vervangen van het bestand.",
                      en: "Windows error \(code) while replacing the file.")
    }
}
#endif
