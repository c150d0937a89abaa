// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "claimcheck",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimcheck", targets: ["claimcheck"]),
    .library(name: "ClaimCheckFacts", targets: ["TextModel", "Facts", "Inputs"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
  ],
  targets: [
    // text → facts → rules → checks → findings → reporters; the CLI sits on top.
    .target(name: "TextModel", swiftSettings: strict),
    .target(
      name: "Facts", dependencies: ["TextModel"], swiftSettings: strict,
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
    .target(name: "Inputs", dependencies: ["TextModel"], swiftSettings: strict),
    .target(
      name: "Rules", dependencies: ["TextModel", "Facts", "Expressions", "YAMLSupport"], swiftSettings: strict),
    .target(name: "Checks", dependencies: ["TextModel", "Facts", "Expressions", "Rules"], swiftSettings: strict),
    .target(
      name: "Reporters", dependencies: ["TextModel", "Facts", "Expressions", "Rules", "Checks"],
      swiftSettings: strict),
    // Batch audits: parallel, ordered, resumable; the CLI's `audit` and the benchmark run it.
    .target(
      name: "Audit", dependencies: ["TextModel", "Facts", "Inputs", "Rules", "Checks", "Reporters"],
      swiftSettings: strict),
    // Rule language foundations: the assert/where expression language and safe YAML loading.
    .target(name: "Expressions", dependencies: ["Facts"], swiftSettings: strict),
    .target(
      name: "YAMLSupport", dependencies: ["TextModel", .product(name: "Yams", package: "Yams")],
      swiftSettings: strict),
    .executableTarget(
      name: "claimcheck",
      dependencies: [
        "TextModel", "Facts", "Inputs", "Expressions", "Rules", "Checks", "Reporters", "YAMLSupport", "Audit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict),
    // Release-mode throughput benchmark: swift run -c release claimcheck-bench FILE.jsonl…
    .executableTarget(
      name: "claimcheck-bench", dependencies: ["Facts", "Inputs", "TextModel", "Rules", "Checks", "Reporters", "Audit", "YAMLSupport"],
      path: "Sources/Benchmarks",
      swiftSettings: strict),
    .testTarget(name: "TextModelTests", dependencies: ["TextModel"], swiftSettings: strict),
    .testTarget(name: "FactsTests", dependencies: ["Facts", "TextModel"], swiftSettings: strict),
    .testTarget(name: "InputsTests", dependencies: ["Inputs", "TextModel"], swiftSettings: strict),
    .testTarget(
      name: "RulesTests", dependencies: ["Rules", "Checks", "Facts", "TextModel", "Expressions", "YAMLSupport"],
      exclude: ["Fixtures"], swiftSettings: strict),
    .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Facts", "TextModel"], swiftSettings: strict),
    .testTarget(
      name: "ExpressionsTests", dependencies: ["Expressions", "Facts"], swiftSettings: strict),
    .testTarget(name: "YAMLSupportTests", dependencies: ["YAMLSupport"], swiftSettings: strict),
    .testTarget(
      name: "AuditTests", dependencies: ["Audit", "Reporters", "Inputs", "Facts", "Rules", "Checks", "TextModel"],
      swiftSettings: strict),
    .testTarget(name: "CLITests", dependencies: ["claimcheck"], swiftSettings: strict),
  ],
  swiftLanguageModes: [.v6]
)
