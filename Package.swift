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
                "StroomExport",
                "StroomModel",
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

        // MARK: - StroomExport (DOT and Mermaid pictures of the maps)
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
                "StroomTestSupport",
            ],
            exclude: [
                "Fixtures",
                "Golden",
            ]
        ),

        // MARK: - StroomModel
        .target(
            name: "StroomModel",
            dependencies: [
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

        // MARK: - StroomTestSupport (test-only helpers: markers, fixtures, goldens)
        .target(
            name: "StroomTestSupport",
            dependencies: [
                "StroomModel",
                "StroomSyntax",
            ],
            path: "Tests/StroomTestSupport"
        ),
    ],
    swiftLanguageModes: [.v6]
)
