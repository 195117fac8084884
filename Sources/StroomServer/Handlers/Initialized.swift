import StroomLSP

/// `initialized`: read the workspace folders from disk, ask the client to watch the Stroom
/// files (when it can register watchers), and publish the diagnostics of every file.
enum InitializedHandler: NotificationHandler {
    static let watchedFilesRegistrationID = "stroom-watched-files"

    static func handle(_ notification: InitializedNotification, context: NotificationContext) throws {
        let state = context.state
        state.loadInitialFolders()
        if state.client.workspace?.didChangeWatchedFiles?.dynamicRegistration == true {
            let options = DidChangeWatchedFilesRegistrationOptions(watchers: [
                FileSystemWatcher(globPattern: "**/*.vsm"),
                FileSystemWatcher(globPattern: "**/*.batenlogica"),
                FileSystemWatcher(globPattern: "**/stroom.json"),
            ])
            state.outgoing.request(RegisterCapabilityRequest(registrations: [
                Registration(id: watchedFilesRegistrationID, method: DidChangeWatchedFilesNotification.method,
                             registerOptions: try LSPAny(encoding: options)),
            ]))
        }
        state.refreshDiagnostics()
    }
}
