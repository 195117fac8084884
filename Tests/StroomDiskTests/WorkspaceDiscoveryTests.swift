import Foundation
import StroomDisk
import Testing

/// The one workspace rule, on real folders: `stroom.json` first, then the user's folders,
/// then the file's own folder without its subfolders.
@Suite struct WorkspaceDiscoveryTests {
    /// A tree of empty files in a fresh temporary folder.
    final class Tree {
        let root: String
        init(_ files: [String]) throws {
            root = WorkspaceDiscovery.standardized(FileManager.default.temporaryDirectory
                .appendingPathComponent("stroom-disk-\(UUID().uuidString)").path)
            for file in files {
                let path = (root as NSString).appendingPathComponent(file)
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
            }
        }
        func path(_ relative: String) -> String { relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative) }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func theNearestStroomJSONAboveWinsOverTheUsersFolder() throws {
        let tree = try Tree(["team/stroom.json", "team/a.vsm", "team/sub/b.vsm", "team/sub/deeper/c.vsm"])
        let discovery = WorkspaceDiscovery(folders: [tree.path("team/sub")])
        let root = discovery.root(ofFile: tree.path("team/sub/deeper/c.vsm"))
        #expect(root == WorkspaceRoot(folder: tree.path("team"), scope: .tree, hasConfiguration: true))
        #expect(discovery.root(ofFolder: tree.path("team/sub")) == root)
        #expect(discovery.listing(of: root).files == ["team/a.vsm", "team/sub/b.vsm", "team/sub/deeper/c.vsm"].map(tree.path))
    }

    @Test func withoutStroomJSONTheDeepestUsersFolderHoldingTheFile() throws {
        let tree = try Tree(["work/a.vsm", "work/inner/b.vsm", "work/inner/more/c.batenlogica"])
        let discovery = WorkspaceDiscovery(folders: [tree.path("work"), tree.path("work/inner")])
        #expect(discovery.root(ofFile: tree.path("work/a.vsm")).folder == tree.path("work"))
        let inner = discovery.root(ofFile: tree.path("work/inner/more/c.batenlogica"))
        #expect(inner == WorkspaceRoot(folder: tree.path("work/inner"), scope: .tree, hasConfiguration: false))
        // The outer folder does not walk into the inner one: each file is read once.
        let outer = discovery.listing(of: discovery.root(ofFolder: tree.path("work")))
        #expect(outer.files == [tree.path("work/a.vsm")])
        #expect(outer.nestedRoots == [inner])
        #expect(discovery.listing(of: inner).files == ["work/inner/b.vsm", "work/inner/more/c.batenlogica"].map(tree.path))
    }

    @Test func aLoneFileGetsItsOwnFolderWithoutSubfolders() throws {
        let tree = try Tree(["loose/a.vsm", "loose/b.batenlogica", "loose/notes.txt", "loose/sub/c.vsm", "loose/.hidden.vsm"])
        let discovery = WorkspaceDiscovery(folders: [tree.path("elsewhere")])
        let root = discovery.root(ofFile: tree.path("loose/a.vsm"))
        #expect(root == WorkspaceRoot(folder: tree.path("loose"), scope: .folderOnly, hasConfiguration: false))
        #expect(discovery.listing(of: root).files == [tree.path("loose/a.vsm"), tree.path("loose/b.batenlogica")])
        #expect(root.reaches(tree.path("loose/b.batenlogica")))
        #expect(!root.reaches(tree.path("loose/sub/c.vsm")))
    }

    @Test func aSubfolderWithItsOwnStroomJSONIsItsOwnWorkspace() throws {
        let tree = try Tree(["stroom.json", "a.vsm", "team/stroom.json", "team/b.vsm", ".git/c.vsm", "other/d.vsm"])
        let discovery = WorkspaceDiscovery(folders: [])
        let outer = discovery.root(ofFile: tree.path("a.vsm"))
        let inner = discovery.root(ofFile: tree.path("team/b.vsm"))
        #expect(outer.folder == tree.path("") && inner.folder == tree.path("team"))
        let listing = discovery.listing(of: outer)
        #expect(listing.files == [tree.path("a.vsm"), tree.path("other/d.vsm")])
        #expect(listing.nestedRoots == [inner])
        #expect(discovery.listing(of: inner).files == [tree.path("team/b.vsm")])
    }

    @Test func aFolderNamedStroomJSONIsNoConfiguration() throws {
        let tree = try Tree(["x/stroom.json/inside.txt", "x/a.vsm"])
        #expect(WorkspaceDiscovery(folders: []).root(ofFile: tree.path("x/a.vsm")).scope == .folderOnly)
    }

    @Test func pathsAreStandardised() {
        #expect(WorkspaceDiscovery.standardized("/a/b/../c/./") == "/a/c")
        #expect(WorkspaceDiscovery.isInside("/a/bc/x.vsm", folder: "/a/b") == false)
        #expect(WorkspaceDiscovery.isInside("/a/b/x.vsm", folder: "/a/b"))
        #expect(WorkspaceDiscovery.isInside("/x.vsm", folder: "/"))
    }

    /// Windows-shaped paths, whatever platform the tests run on.
    @Test func windowsPathsAreStandardisedAndContained() {
        #expect(WorkspaceDiscovery.standardized(#"C:\Maps\sub\..\"#, style: .windows) == #"C:\Maps"#)
        #expect(WorkspaceDiscovery.standardized("C:/Maps/", style: .windows) == #"C:\Maps"#)
        #expect(WorkspaceDiscovery.standardized(#"C:\"#, style: .windows) == #"C:\"#)
        #expect(WorkspaceDiscovery.isInside(#"c:\maps\a.vsm"#, folder: #"C:\maps"#, style: .windows))
        #expect(WorkspaceDiscovery.isInside(#"C:\a.vsm"#, folder: #"C:\"#, style: .windows))
        #expect(WorkspaceDiscovery.isInside(#"\\server\share\a.vsm"#, folder: #"\\server\share"#, style: .windows))
        #expect(!WorkspaceDiscovery.isInside(#"C:\Maps2\a.vsm"#, folder: #"C:\Maps"#, style: .windows))
    }

    /// The walk up for a `stroom.json` ends at the root: `/`, `C:\` or `\\server\share`.
    @Test func theWalkUpwardsEndsAtTheRoot() throws {
        let tree = try Tree(["top/stroom.json", "top/a/b/c.vsm"])
        #expect(WorkspaceDiscovery.configurationFolder(atOrAbove: tree.path("top/a/b")) == tree.path("top"))
        // No such folders exist here, so the walk visits every level and ends without one.
        #expect(WorkspaceDiscovery.configurationFolder(atOrAbove: #"C:\Users\Anja\Maps"#, style: .windows) == nil)
        #expect(WorkspaceDiscovery.configurationFolder(atOrAbove: #"\\server\share\maps"#, style: .windows) == nil)
    }
}
