// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "parity",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parity", targets: ["parity"]),
        .library(name: "ParityKit", targets: ["ParityKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Yams is here for CYaml, the copy of libyaml (0.2.5) it compiles: ParityKit's
        // YAMLReader imports CYaml and reads libyaml's events itself; no Yams type is used.
        // Chosen over a system library target for `yaml-0.1` because a fresh machine then
        // builds with `swift build` alone: the pre-commit hook's `language: swift` builds
        // parity on each user's machine, where nobody has installed libyaml-dev, and every
        // platform parses with the same libyaml version. CYaml is not a product of Yams,
        // so it is reached as the module Yams brings along, not named below.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Word and Excel files are ZIP packages; ZIPFoundation writes them (and reads a
        // trust's Word template) with the timestamps parity fixes, so output is reproducible.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Turns rules/*.yaml into Swift string literals at build time, so the
        // binary carries the built-in packs and rules/ stays their only copy.
        .executableTarget(name: "EmbedRules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRules"],
            path: "Sources/EmbedRulesPlugin"
        ),
        .target(
            name: "ParityKit",
            dependencies: ["Yams", "ZIPFoundation"],
            plugins: ["EmbedRulesPlugin"]
        ),
        .executableTarget(
            name: "parity",
            dependencies: [
                "ParityKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ParityKitTests",
            // The executable is a dependency so that end-to-end tests can run the real binary.
            dependencies: [
                "ParityKit", "parity", "ZIPFoundation",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
