/// The manual page of `integrity manual` (roff, section 1), made from the command table: every command
/// with its arguments and options, then the exit status from `ExitCode`.
public enum ManualPage {
  /// The page for `commands` (hidden ones are left out) of `integrity` `version`.
  public static func page(commands: [Command], version: String) -> String {
    var lines: [String] = [
      ".\\\" The manual of integrity, made by 'integrity manual' from its command table.",
      ".TH INTEGRITY 1 \"\" \"integrity \(version)\" \"User Commands\"",
      ".SH NAME",
      "integrity \\- the Decision Integrity Workbench",
      ".SH SYNOPSIS",
      ".B integrity",
      ".I COMMAND",
      "[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]",
      ".br",
      ".B integrity help",
      "[\\fICOMMAND\\fR]",
      ".br",
      ".B integrity",
      "\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR",
      ".SH DESCRIPTION",
      text(
        "integrity judges whether a client is ready to commit to a major program of work, from stakeholder "
          + "interviews, through seven lenses: outcome clarity, decision basis integrity, decision rights, "
          + "operating-model fit, lock-in points, risk and cost allocation, and governance readiness."),
      ".PP",
      text(
        "A review lives in a folder (DIR below): the review, a snapshot of its rubric, and one file for each "
          + "person interviewed. It works offline; nothing is sent over a network, and nothing is written "
          + "outside the review folder except where an option such as \u{2011}o says."),
      ".PP",
      text(
        "Options go after the command. Long options take their value as \u{2011}\u{2011}name value or "
          + "\u{2011}\u{2011}name=value; \u{2011}\u{2011} ends the options. Wherever a lens is named, its id, "
          + "its title in any case, or the start of either is accepted."),
      ".SH COMMANDS",
    ]
    for command in commands where !command.hidden {
      lines += section(command)
    }
    lines += [
      ".SH OPTIONS",
      ".TP",
      "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
      "Show the list of commands; after a command, that command's help.",
      ".TP",
      "\\fB\\-\\-version\\fR",
      "Print the version.",
      ".SH EXIT STATUS",
    ]
    for code in ExitCode.allCases {
      lines += [".TP", ".B \(code.rawValue)", text(code.meaning)]
    }
    lines += [
      ".SH ENVIRONMENT",
      ".TP",
      ".B EDITOR",
      text("The editor the interview opens for evidence (the e key): VISUAL, else EDITOR, else vi."),
      ".SH FILES",
    ]
    for (file, meaning) in files {
      lines += [".TP", "\\fI\(escaped(file))\\fR", text(meaning)]
    }
    lines += [
      ".SH EXAMPLES",
      ".PP",
      "A review from start to report:",
      ".PP",
      ".RS 2",
      ".nf",
    ]
    lines += examples.map(preformatted)
    lines += [
      ".fi",
      ".RE",
      ".SH SEE ALSO",
      text("integrity help COMMAND; the README of the workbench, which describes every JSON output."),
      "",
    ]
    return lines.joined(separator: "\n")
  }

  /// The review folder's files, for FILES.
  static let files: [(String, String)] = [
    (
      "DIR/review.json",
      "The review: client, program, decision, consultants, the rubric used, and adjustments."
    ),
    (
      "DIR/rubric.json",
      "The snapshot of the rubric the review was created with; later edits to the rubric never change it."
    ),
    (
      "DIR/interviews/NAME.json", "One interview: the person, their role, and every answer with its evidence."
    ),
    (
      "DIR/outputs.json",
      "What report and export wrote, so that a file edited since is never replaced without \u{2011}\u{2011}force."
    ),
    ("DIR/report.md, DIR/report-lenses.svg", "The client report and its lens chart, written by report."),
  ]

  /// The commands of EXAMPLES.
  static let examples = [
    "integrity init acme-review --client \"Acme Insurance\" \\",
    "  --program \"Claims platform\" --decision \"Sign the platform contract\"",
    "integrity interview acme-review --name \"Dana Whitfield\" --role sponsor",
    "integrity status acme-review",
    "integrity score acme-review --explain lock",
    "integrity report acme-review",
    "integrity completions fish > ~/.config/fish/completions/integrity.fish",
    "integrity manual > ~/.local/share/man/man1/integrity.1",
  ]

  /// The section of one command: its synopsis, summary, arguments, options, then its rules and examples.
  static func section(_ command: Command) -> [String] {
    var lines = [".SS \"\(quotedArgument(command.usage))\"", text(command.summary + ".")]
    for argument in command.arguments {
      lines += [
        ".TP", "\\fI\(escaped(argument.name))\\fR" + (argument.repeats ? "..." : ""), text(argument.help),
      ]
    }
    for option in command.options + [Command.helpOption] {
      var tag = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
      tag += "\\fB\\-\\-\(escaped(option.name))\\fR"
      if let valueName = option.valueName { tag += " \\fI\(escaped(valueName))\\fR" }
      if option.repeats { tag += "..." }
      lines += [".TP", tag, text(option.fullHelp)]
    }
    lines += details(command.details)
    return lines
  }

  /// The prose of a command's details as paragraphs, and its indented lines (examples) as they are.
  static func details(_ details: String) -> [String] {
    var lines: [String] = []
    var prose: [String] = []
    var block: [String] = []
    func flush() {
      if !prose.isEmpty { lines += [".PP", text(prose.joined(separator: " "))] }
      if !block.isEmpty { lines += [".PP", ".RS 2", ".nf"] + block + [".fi", ".RE"] }
      prose = []
      block = []
    }
    for line in details.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy(\.isWhitespace) {
        flush()
      } else if line.hasPrefix(" ") {
        if !prose.isEmpty { flush() }
        block.append(preformatted(String(line.dropFirst(2))))
      } else {
        if !block.isEmpty { flush() }
        prose.append(String(line))
      }
    }
    flush()
    return lines
  }

  /// A line of a no-fill block: escaped, with its spaces kept.
  static func preformatted(_ line: String) -> String {
    let text = escaped(line)
    return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
  }

  /// Running text as roff input lines: escaped, one sentence a line where it can, no line starting
  /// with a control character.
  static func text(_ prose: String) -> String {
    var sentences: [String] = []
    var current = ""
    let words = prose.split(separator: " ", omittingEmptySubsequences: true)
    for (index, word) in words.enumerated() {
      current += current.isEmpty ? String(word) : " " + word
      let next = index + 1 < words.count ? words[index + 1] : nil
      if word.hasSuffix(".") || word.hasSuffix(":") && current.count > 60, let next,
        next.first?.isUppercase == true
      {
        sentences.append(current)
        current = ""
      }
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences.map { line in
      let text = escaped(line)
      return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }.joined(separator: "\n")
  }

  /// `text` escaped for roff: backslashes, hyphens meant as minus signs (the dashes of options), and
  /// every character outside ASCII written as a named Unicode glyph.
  static func escaped(_ text: String) -> String {
    var result = ""
    var previous: Character = " "
    for character in text {
      switch character {
      case "\\": result += "\\e"
      case "-"
      where previous == " " || previous == "-" || previous == "(" || previous == "[" || previous == "|":
        result += "\\-"
      case "\u{2011}": result += "\\-"
      default:
        if character.isASCII {
          result.append(character)
        } else {
          for scalar in character.unicodeScalars {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
          }
        }
      }
      previous = character == "\u{2011}" ? "-" : character
    }
    return result
  }

  /// `text` escaped for a quoted macro argument.
  static func quotedArgument(_ text: String) -> String {
    escaped(text).replacingOccurrences(of: "\"", with: "\\(dq")
  }
}
