import StroomLSP

/// `workspace/didChangeConfiguration`: the user changed the editor's settings. Only
/// `stroom.language` is read (as `{ "stroom": { "language": "nl" } }` or
/// `{ "stroom.language": "nl" }`; `""` follows the rest again); the messages are sent again in
/// the new language. Settings that do not name it change nothing.
enum DidChangeConfigurationHandler: NotificationHandler {
    static func handle(_ notification: DidChangeConfigurationNotification, context: NotificationContext) throws {
        let state = context.state
        guard let settings = notification.settings,
              let value = settings["stroom"]?["language"] ?? settings["stroom.language"] else { return }
        guard case .success(let language) = InitializationOptions.language(value) else {
            state.warn("stroom.language must be \"nl\", \"en\" or \"\"")
            return
        }
        guard language != state.userLanguage else { return }
        state.userLanguage = language
        state.log.info("language setting: \(language?.rawValue ?? "none"), now \(InitializeHandler.languageDescription(state))")
        for index in state.workspaces.indices { state.workspaces[index].needsPublish = true }
        state.refreshDiagnostics()
    }
}
