// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "DecisionIntegrity",
  // Linux only (README, "Platforms"): no Apple platform is claimed, since none is built or tested.
  products: [
    .executable(name: "integrity", targets: ["integrity"]),
    .library(name: "RubricEngine", targets: ["RubricEngine"]),
  ],
  targets: [
    // MARK: Core (pure: values in, values out)
    .target(name: "RubricEngine"),
    // RFC 4180 read a piece at a time: answer sheets and the programme's exports.
    .target(name: "CSVParsing"),
    // The work as evidence: backlogs, roadmaps and OKR sheets read into items and measures.
    .target(name: "ArtefactReading", dependencies: ["RubricEngine", "CSVParsing"]),

    // MARK: Data shipped with the package
    // `Rubrics/` is the single source of the standard rubric; SwiftPM copies it beside the binary.
    .target(
      name: "RubricResources",
      path: "Rubrics",
      exclude: ["README.md"],
      resources: [.copy("decision-integrity.json")]
    ),
    // The example review `integrity demo` reports on.
    .target(
      name: "ExampleReview", dependencies: ["RubricResources"], resources: [.copy("northwind-claimsnext")]),

    // MARK: Edges (disk, terminal, command line)
    .target(name: "ReviewStore", dependencies: ["RubricEngine", "CSVParsing", "ArtefactReading"]),
    .target(name: "TerminalInterview", dependencies: ["RubricEngine"]),
    .target(name: "MarkdownReport", dependencies: ["RubricEngine", "ArtefactReading"]),
    .target(
      name: "IntegrityCLI",
      dependencies: [
        "RubricEngine", "ReviewStore", "TerminalInterview", "MarkdownReport", "RubricResources",
        "ExampleReview", "ArtefactReading",
      ]),
    // main.swift builds the real effects (terminal, disk, clock, environment) the CLI library is given.
    .executableTarget(
      name: "integrity",
      dependencies: ["IntegrityCLI", "ReviewStore", "TerminalInterview", "RubricResources", "ExampleReview"]),

    // MARK: Benchmark (swift run -c release integrity-bench)
    .target(
      name: "IntegrityBenchmark",
      dependencies: ["MarkdownReport", "ReviewStore", "RubricResources", "TestSupport"]),
    .executableTarget(name: "integrity-bench", dependencies: ["IntegrityBenchmark"]),

    // MARK: Tests
    .target(
      name: "TestSupport",
      dependencies: ["IntegrityCLI", "ReviewStore", "TerminalInterview", "MarkdownReport"]),
    .testTarget(
      name: "RubricEngineTests", dependencies: ["RubricEngine", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "IntegrityCLITests", dependencies: ["IntegrityCLI", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "ReviewStoreTests", dependencies: ["ReviewStore", "TestSupport", "CSVParsing"]),
    .testTarget(
      name: "ArtefactReadingTests", dependencies: ["ArtefactReading", "TestSupport"], exclude: ["Samples"]),
    .testTarget(name: "TerminalInterviewTests", dependencies: ["TerminalInterview", "TestSupport"]),
    .testTarget(name: "MarkdownReportTests", dependencies: ["MarkdownReport", "TestSupport"]),
    // Depends on the executable so that `swift test` builds the binary these tests run.
    .testTarget(
      name: "EndToEndTests", dependencies: ["integrity", "TestSupport", "RubricEngine", "TerminalInterview"],
      exclude: ["Fixtures"]),
  ]
)
