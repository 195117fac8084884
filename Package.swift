// swift-tools-version: 6.0
// Stroom: a language toolchain for value stream maps (.vsm) and benefit logics (.batenlogica).
// No package dependencies: the Swift toolchain only. Each arrow between modules is a target
// dependency here, so nothing can point back (see ARCHITECTURE.md).

import PackageDescription

let package = Package(
    name: "Stroom",
    products: [
        .executable(name: "stroom", targets: ["stroom"]),
        .library(name: "StroomSyntax", targets: ["StroomSyntax"]),
        .library(name: "StroomModel", targets: ["StroomModel"]),
        .library(name: "StroomExport", targets: ["StroomExport"]),
    ],
    targets: [
        // Full against incremental parsing (Benchmarks/parse_incremental.py); never run by `swift test`.
        .executableTarget(
            name: "stroom-parse-bench",
            dependencies: ["StroomSyntax"],
            path: "Benchmarks/ParseBench"
        ),
        // MARK: - stroom (the executable: main.swift is one call)
        .executableTarget(
            name: "stroom",
            dependencies: [
                "StroomCLI",
            ]
        ),

        // MARK: - StroomCLI
        .target(
            name: "StroomCLI",
            dependencies: [
                "StroomDisk",
                "StroomExport",
                "StroomFormat",
                "StroomModel",
                "StroomPlatform",
                "StroomServer",
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomCLITests",
            dependencies: [
                "StroomCLI",
                "StroomTestSupport",
            ]
        ),

        // MARK: - StroomDisk (the one workspace discovery: which files on disk are read together)
        .target(
            name: "StroomDisk",
            dependencies: [
                "StroomModel",
                "StroomPlatform",
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomDiskTests",
            dependencies: [
                "StroomDisk",
            ]
        ),

        // MARK: - StroomExport (DOT, Mermaid and the report: pure functions from model to text)
        .target(
            name: "StroomExport",
            dependencies: [
                "StroomModel",
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomExportTests",
            dependencies: [
                "StroomExport",
                "StroomModel",
                "StroomTestSupport",
            ],
            exclude: [
                "Fixtures",
                "Golden",
                "Report/Golden",
            ]
        ),

        // MARK: - StroomFormat (the canonical formatter: changes whitespace only)
        .target(
            name: "StroomFormat",
            dependencies: [
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomFormatTests",
            dependencies: [
                "StroomFormat",
                "StroomTestSupport",
            ]
        ),

        // MARK: - StroomPlatform (leaf: a lock and threads without Foundation's, see docs/platform.md)
        .target(
            name: "StroomPlatform",
            dependencies: []
        ),
        .testTarget(
            name: "StroomPlatformTests",
            dependencies: [
                "StroomPlatform",
            ]
        ),

        // MARK: - StroomJSONRPC (leaf: framing and JSON-RPC 2.0, knows nothing of LSP or Stroom)
        .target(
            name: "StroomJSONRPC",
            dependencies: ["StroomPlatform"]
        ),
        .testTarget(
            name: "StroomJSONRPCTests",
            dependencies: [
                "StroomJSONRPC",
            ]
        ),

        // MARK: - StroomLSP (leaf: LSP 3.17 types, knows nothing of JSON-RPC or Stroom)
        .target(
            name: "StroomLSP",
            dependencies: ["StroomPlatform"]
        ),
        .testTarget(
            name: "StroomLSPTests",
            dependencies: [
                "StroomLSP",
            ]
        ),

        // MARK: - StroomModel
        .target(
            name: "StroomModel",
            dependencies: [
                "StroomPlatform",
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomModelTests",
            dependencies: [
                "StroomModel",
                "StroomTestSupport",
            ],
            exclude: [
                "Fixtures",
            ]
        ),

        // MARK: - StroomServer (the language server: the only module that knows both LSP and Stroom)
        .target(
            name: "StroomServer",
            dependencies: [
                "StroomDisk",
                "StroomExport",
                "StroomFormat",
                "StroomJSONRPC",
                "StroomLSP",
                "StroomModel",
                "StroomPlatform",
                "StroomSyntax",
            ]
        ),
        .testTarget(
            name: "StroomServerTests",
            dependencies: [
                "StroomJSONRPC",
                "StroomLSP",
                "StroomServer",
                "StroomTestSupport",
            ]
        ),

        // MARK: - StroomSyntax
        .target(
            name: "StroomSyntax",
            dependencies: []
        ),
        .testTarget(
            name: "StroomSyntaxTests",
            dependencies: [
                "StroomSyntax",
                "StroomTestSupport",
            ],
            exclude: [
                "Golden",
            ]
        ),

        // MARK: - StroomTestSupport (test-only helpers: markers, fixtures, goldens, TestLSPClient)
        .target(
            name: "StroomTestSupport",
            dependencies: [
                "StroomJSONRPC",
                "StroomLSP",
                "StroomModel",
                "StroomServer",
                "StroomSyntax",
            ],
            path: "Tests/StroomTestSupport"
        ),
    ],
    swiftLanguageModes: [.v6]
)
