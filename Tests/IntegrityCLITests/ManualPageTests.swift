import Foundation
import IntegrityCLI
import TestSupport
import Testing

@Suite("The manual page made from the command table")
struct ManualPageTests {
  static func installed(_ name: String) -> String? {
    ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + name }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  @Test("groff -ww -man -Tutf8 renders the page with no warning, every command and option on it")
  func rendersWithoutWarnings() throws {
    let page = CommandRun(["manual"])
    #expect(page.exitCode == .success)
    #expect(page.standardOutput.hasPrefix(".\\\" The manual of integrity"))
    #expect(page.standardOutput.contains("\n.TH INTEGRITY 1 "))
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "FILES", "EXAMPLES"] {
      #expect(page.standardOutput.contains("\n.SH \(section)\n"), "\(section)")
    }
    guard let groff = Self.installed("groff") else {
      print("skipped: groff is not installed here (CI installs groff-base); the page was not rendered")
      return
    }
    let folder = try Fixtures.TemporaryFolder()
    let file = folder.path + "/integrity.1"
    try page.standardOutput.write(toFile: file, atomically: true, encoding: .utf8)
    let run = try ProcessRun(
      URL(fileURLWithPath: groff), ["-ww", "-man", "-Tutf8", "-P-cbou", file],
      environment: ["PATH": "/usr/bin:/bin", "MANWIDTH": "80"])
    #expect(run.status == 0)
    #expect(run.standardError == "", "groff warned: \(run.standardError)")
    let text = run.standardOutput
    // The words as a reader reads them: hyphenation at line ends undone, every run of spaces one space.
    let words = text.replacingOccurrences(of: "\u{2010}\n *", with: "", options: .regularExpression)
      .split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    for command in CommandLineInterface.commands {
      guard !command.hidden else {
        #expect(!text.contains(command.name))
        continue
      }
      #expect(words.contains(command.summary), "\(command.name)")
      for option in command.options {
        #expect(text.contains("--" + option.name), "\(command.name) --\(option.name)")
      }
    }
    for code in ExitCode.allCases {
      #expect(words.contains(" \(code.rawValue) \(code.meaning)"), "exit code \(code.rawValue)")
    }
    #expect(text.contains("£38 million"))
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }
}
