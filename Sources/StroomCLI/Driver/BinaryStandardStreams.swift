#if os(Windows)
import ucrt
#endif

/// Standard input and output carry bytes, on every platform. The C runtime of Windows opens
/// them in text mode, turning `\n` into `\r\n` on the way out and `\r\n` into `\n` (and Ctrl-Z
/// into the end) on the way in: that would break `stroom lsp` (`Content-Length` counts bytes)
/// and make `stroom fmt -` change a file's line ends. POSIX streams are binary already.
enum BinaryStandardStreams {
    /// Called first thing in `StroomCommand.main`, for every command.
    static func enable() {
        #if os(Windows)
        _ = _setmode(0, _O_BINARY)  // stdin
        _ = _setmode(1, _O_BINARY)  // stdout
        #endif
    }
}
