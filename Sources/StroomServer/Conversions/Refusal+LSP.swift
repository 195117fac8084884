import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomSyntax

/// A reason the server will not do what was asked, as the error an editor shows to the user:
/// `RequestFailed` with the reason alone as the message, in the reader's language.
extension JSONRPCError {
    static func refused(_ reason: LocalizedText, language: Language) -> JSONRPCError {
        JSONRPCError(code: requestFailedCode, message: reason[language])
    }
}

extension ServerState {
    /// A short message for the user in the editor's message area (`window/showMessage`), and
    /// in the log.
    func show(_ text: String, type: MessageType = .warning, file: String = #fileID, line: Int = #line) {
        log.info("showMessage: \(text)", file: file, line: line)
        outgoing.notify(ShowMessageNotification(type: type, message: text))
    }
}
