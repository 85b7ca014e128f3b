import TerminalInterview

/// Fits the lines of a screen to the terminal's width: a line that is too long breaks between words, and
/// its continuation lines hang under where its text starts, so that lists, labelled lines and option
/// tables stay readable in a narrow terminal. Lines that fit are left exactly as they are.
public enum ScreenText {
  /// The width screens are laid out for when nothing says otherwise.
  public static let defaultWidth = 80
  /// Narrower than this, continuation lines stop hanging: there would be no room left for words.
  static let minimumHangRoom = 20

  /// `text` (lines separated by "\n") with every line fitted to `width` columns.
  static func fit(_ text: String, width: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.flatMap { fit(line: $0, width: width) }.joined(separator: "\n")
  }

  /// Every line of `lines` fitted to `width` columns.
  static func fit(_ lines: [String], width: Int) -> [String] {
    lines.flatMap { fit(line: Substring($0), width: width) }
  }

  /// One line as one or more lines no wider than `width`, but for a word wider than the room on its own.
  static func fit(line: Substring, width: Int) -> [String] {
    let width = max(1, width)
    guard DisplayWidth.of(line) > width else { return [String(line)] }
    if isCommand(line) {
      let indent = String(line.prefix { $0 == " " })
      return commandLines(line.dropFirst(indent.count), indent: indent, width: width)
    }
    if let (lead, command) = commandAfterLabel(in: line) {
      let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count + 2)
      return fit(line: lead, width: width) + commandLines(command, indent: indent, width: width)
    }
    return prose(line, width: width)
  }

  /// One line of prose broken between words, its continuation lines hanging under its text.
  static func prose(_ line: Substring, width: Int) -> [String] {
    guard DisplayWidth.of(line) > width else { return [String(line)] }
    var hang = hangingIndent(of: line)
    if width - hang < minimumHangRoom { hang = min(hang, max(0, width - minimumHangRoom)) }
    let indent = String(repeating: " ", count: hang)
    var result: [String] = []
    var current = String(line.prefix { $0 == " " })
    var currentWidth = current.count
    var lineHasWords = false
    var previous: Substring = ""
    for (gap, word) in words(of: line) {
      defer { previous = word }
      let needed = (lineHasWords ? gap : 0) + DisplayWidth.of(word)
      if lineHasWords, currentWidth + needed > width, !gluesToNext(previous) {
        result.append(current)
        current = indent
        currentWidth = hang
        lineHasWords = false
      }
      // A word wider than the room (a long path, a web address) stands whole on its line: cut, it could no
      // longer be copied, and the terminal shows it whole either way. Within a line the spaces between words
      // are kept as they were, so that columns stay aligned.
      let separator = lineHasWords ? String(repeating: " ", count: gap) : ""
      current += separator + word
      currentWidth += separator.count + DisplayWidth.of(word)
      lineHasWords = true
    }
    if lineHasWords { result.append(current) }
    return result
  }

  /// A line that gives a command after a label ("Next: integrity status r"), split there: the command then
  /// starts a line of its own, where it can be copied whole.
  static func commandAfterLabel(in line: Substring) -> (lead: Substring, command: Substring)? {
    let ranges = programs.compactMap { line.range(of: ": " + $0 + " ") }
    guard let range = ranges.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
    return (line[..<line.index(after: range.lowerBound)], line[line.index(range.lowerBound, offsetBy: 2)...])
  }

  /// The programs whose commands the workbench's messages give to run.
  static let programs = ["integrity", "pandoc"]

  /// Whether `line` is a command by itself (after its indent), such as a choice listed to run.
  static func isCommand(_ line: Substring) -> Bool {
    let text = line.drop { $0 == " " }
    return programs.contains { text.hasPrefix($0 + " ") }
  }

  /// A command on lines of at most `width` columns, each but the last ending in the shell's " \", broken
  /// only between words outside quotes, so that pasted into a shell it is the same command. Text that is not
  /// one command (a list: "integrity score r, then integrity report r") is wrapped as prose instead.
  static func commandLines(_ command: Substring, indent: String, width: Int) -> [String] {
    var words: [Substring] = []
    var start = command.startIndex
    var quote: Character?
    var index = command.startIndex
    while index < command.endIndex {
      let character = command[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == " " {
        if start < index { words.append(command[start..<index]) }
        start = command.index(after: index)
      }
      index = command.index(after: index)
    }
    if start < command.endIndex { words.append(command[start...]) }
    let isOneCommand = quote == nil && !words.dropLast().contains { $0.hasSuffix(",") || $0.hasSuffix(".") }
    guard isOneCommand else { return prose(Substring(indent + command), width: width) }
    var lines: [String] = []
    var current = indent
    for (index, word) in words.enumerated() {
      // Room for the " \" that continues the line, unless this is the command's last word.
      let room = index == words.count - 1 ? width : width - 2
      if current != indent, DisplayWidth.of(current) + 1 + DisplayWidth.of(word) > room {
        lines.append(current + " \\")
        current = indent + "  " + word
      } else {
        current += (current == indent ? "" : " ") + word
      }
    }
    lines.append(current)
    return lines
  }

  /// The words of `line` after its indent, each with the number of spaces before it.
  static func words(of line: Substring) -> [(gap: Int, word: Substring)] {
    var result: [(gap: Int, word: Substring)] = []
    var gap = 0
    var rest = line.drop { $0 == " " }
    while !rest.isEmpty {
      let word = rest.prefix { $0 != " " }
      result.append((gap, word))
      rest = rest.dropFirst(word.count)
      gap = rest.prefix { $0 == " " }.count
      rest = rest.dropFirst(gap)
    }
    return result
  }

  /// Whether a break may not follow `word`: a place (a file, a line and column, a JSON path: `dana.json:3:20:`,
  /// `$.answers.x:`) stays on the line of what it says, as editors and terminals expect of "file:line: message".
  static func gluesToNext(_ word: Substring) -> Bool {
    guard word.hasSuffix(":"), word.count > 1 else { return false }
    return word.dropLast().contains { $0 == "/" || $0 == "." || $0 == "$" || $0 == ":" }
  }

  /// Where continuation lines start: under the second column of an aligned line ("  --rubric PATH   Use
  /// ..."), after a list marker ("- ", "1. "), or two columns in from the line's own indent.
  static func hangingIndent(of line: Substring) -> Int {
    let leading = line.prefix { $0 == " " }.count
    let text = line.dropFirst(leading)
    if let marker = ["- ", "* ", "· "].first(where: { text.hasPrefix($0) }) { return leading + marker.count }
    let digits = text.prefix { $0.isNumber }
    if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") { return leading + digits.count + 2 }
    // An aligned second column: the first run of two or more spaces within the first half of the line.
    var column = leading
    var spaces = 0
    for character in text {
      if character == " " {
        spaces += 1
      } else {
        if spaces >= 2, column - spaces > leading { return column }
        spaces = 0
      }
      column += DisplayWidth.of(character)
      if column > DisplayWidth.of(line) / 2 { break }
    }
    return leading + 2
  }
}
