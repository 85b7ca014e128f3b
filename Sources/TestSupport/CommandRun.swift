import Foundation
import IntegrityCLI
import ReviewStore

/// The result of running `integrity` in-process: its exit code and everything it wrote.
public struct CommandRun {
  public var exitCode: ExitCode
  public var standardOutput: String
  public var standardError: String

  /// Runs `integrity arguments` against `fileSystem`, with `standardInput` as its input and, unless told
  /// otherwise, the repository's standard rubric as the bundled one.
  public init(
    _ arguments: [String], fileSystem: any FileSystem = LocalFileSystem(), standardInput: String = "",
    environment: [String: String] = [:], standardRubricPath: String? = RepositoryPaths.standardRubric.path
  ) {
    let output = BufferSink()
    let error = BufferSink()
    let context = CommandContext(
      standardOutput: output, standardError: error, readStandardInput: { Array(standardInput.utf8) },
      fileSystem: fileSystem, environment: environment, locateStandardRubric: { standardRubricPath })
    exitCode = CommandLineInterface.run(arguments: arguments, context: context)
    standardOutput = output.text
    standardError = error.text
  }
}
