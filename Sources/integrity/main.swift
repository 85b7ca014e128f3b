import ExampleReview
import Foundation
import IntegrityCLI
import ReviewStore
import RubricResources
import TerminalInterview

/// The real world, built once: the standard streams, the local disk, the clock, the environment (read here
/// and nowhere else), the editor in the terminal's foreground, and the files shipped beside the binary.
func liveContext() -> CommandContext {
  let environment = ProcessInfo.processInfo.environment
  let executablePath = Bundle.main.executablePath
  let input = TerminalPlatform.standardInput
  let output = TerminalPlatform.standardOutput
  let errors = TerminalPlatform.standardError
  let inputIsTerminal = TerminalPlatform.isTerminal(input)
  let outputIsTerminal = TerminalPlatform.isTerminal(output)
  return CommandContext(
    standardOutput: FileDescriptorSink(descriptor: output),
    standardError: FileDescriptorSink(descriptor: errors),
    readStandardInputBytes: { TerminalPlatform.readAvailable(input) },
    standardInputIsTerminal: inputIsTerminal,
    fileSystem: LocalFileSystem(),
    environment: environment,
    now: Date.init,
    makeTerminal: {
      // A dumb terminal cannot move the cursor, so it gets the plain line-by-line terminal.
      inputIsTerminal && outputIsTerminal && environment["TERM"] != "dumb"
        ? RawTerminal(input: input, output: output) as any Terminal
        : PipedTerminal(input: input, output: output)
    },
    standardOutputIsTerminal: outputIsTerminal,
    screenWidth: CommandContext.screenWidth(
      terminalColumns: outputIsTerminal ? TerminalPlatform.columns(of: output) : nil, environment: environment
    ),
    locateStandardRubric: { BundledRubric.standardRubricPath(executablePath: executablePath) },
    locateExampleReview: { BundledExample.folderPath(executablePath: executablePath) },
    standardErrorIsTerminal: TerminalPlatform.isTerminal(errors),
    writeProgress: { TerminalPlatform.write($0, to: errors) },
    runInForeground: { ForegroundProcess.runShell($0, arguments: $1, environment: $2) })
}

exit(
  CommandLineInterface.run(arguments: Array(CommandLine.arguments.dropFirst()), context: liveContext())
    .rawValue)
