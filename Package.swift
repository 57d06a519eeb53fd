// swift-tools-version:6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "zicha",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zicha-server", targets: ["Server"]),
        .executable(name: "zicha", targets: ["Client"]),
        .executable(name: "zicha-bench", targets: ["Bench"]),
        // libFuzzer targets, built by scripts/fuzz with --sanitize=fuzzer.
        .executable(name: "zicha-fuzz", targets: ["Fuzz"]),
        .library(name: "Shared", targets: ["Shared"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        // Already under Hummingbird; named for the server's connection deadlines (NIOCore, NIOHTTPTypes).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.24.0"),
        // Already under Hummingbird; named for the notice scheduler, a service of the server's group.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // OpenSSL's libcrypto (HMAC-SHA256, SHA-256, secure random, constant-time compare).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // libxlsxwriter: writes workbooks.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // libedit: line editing with wide characters for `zicha fill`.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // libcurl: its SMTP client mails the notices (STARTTLS when the relay offers it).
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "Shared",
            dependencies: ["COpenSSL"],
            swiftSettings: swiftSettings
        ),
        // The argument parser's usage errors as both binaries print them (exit 2, Chinese and English).
        .target(
            name: "UsageErrors",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        // The filer's workbook, for the client and the reviewer pages.
        .target(
            name: "Workbook",
            dependencies: [
                "Shared", "CXlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "Server",
            dependencies: [
                "Shared",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                "Workbook", "UsageErrors", "CCurl",
            ],
            // The OpenAPI document, the page templates and stylesheet, and the frozen SQL migrations.
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "Client",
            dependencies: [
                "Shared", "Workbook", "CLibEdit", "UsageErrors",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "Bench",
            // GRDB for the SQLite floor and the 10,000-filer seed; the server itself runs as a subprocess.
            // Workbook for the export and import of a large workbook, measured in process.
            dependencies: ["Shared", "Workbook", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "Fuzz", dependencies: ["Shared"], swiftSettings: swiftSettings),
        // Report builders, binary locator, process runner, real-server launcher and temporary
        // workspaces shared by the test targets; no Server dependency, so EndToEndTests can use it.
        .target(
            name: "TestSupport",
            dependencies: ["Shared"],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SharedTests",
            dependencies: ["Shared", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Shared", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Read by path: a database made by the released binary, upgraded in SchemaTests.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["Shared", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        // The workbook: round trips, refusals by cell, files saved by openpyxl, the real `zicha`.
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["Workbook", "Shared", "TestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
