import Foundation
import IntegrityCLI
import ReviewStore
import TerminalInterview

extension CommandContext {
  /// A context that touches nothing real unless told to: empty standard input, an in-memory folder, no
  /// environment, the fixed test time, a scripted terminal with nothing to type, 80 columns, no bundled files,
  /// and no program ever started (the editor "could not be started").
  public static func testing(
    standardOutput: any TextSink = BufferSink(), standardError: any TextSink = BufferSink(),
    readStandardInputBytes: @escaping () -> [UInt8] = { [] }, standardInputIsTerminal: Bool = false,
    fileSystem: any FileSystem = InMemoryFileSystem(), environment: [String: String] = [:],
    now: @escaping () -> Date = { CommandRun.testTime },
    makeTerminal: @escaping () -> any Terminal = { ScriptedTerminal(lines: []) },
    standardOutputIsTerminal: Bool = false, screenWidth: Int = ScreenText.defaultWidth,
    locateStandardRubric: @escaping () -> String? = { nil },
    locateExampleReview: @escaping () -> String? = { nil },
    standardErrorIsTerminal: Bool = false, writeProgress: @escaping (String) -> Void = { _ in },
    runInForeground: @escaping (String, [String], [String: String]) -> ForegroundProcess.Outcome = {
      _, _, _ in
      .notStarted("tests start no programs")
    }
  ) -> CommandContext {
    CommandContext(
      standardOutput: standardOutput, standardError: standardError,
      readStandardInputBytes: readStandardInputBytes, standardInputIsTerminal: standardInputIsTerminal,
      fileSystem: fileSystem, environment: environment, now: now, makeTerminal: makeTerminal,
      standardOutputIsTerminal: standardOutputIsTerminal, screenWidth: screenWidth,
      locateStandardRubric: locateStandardRubric, locateExampleReview: locateExampleReview,
      standardErrorIsTerminal: standardErrorIsTerminal, writeProgress: writeProgress,
      runInForeground: runInForeground)
  }
}
