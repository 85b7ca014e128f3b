import RubricEngine

/// A small cursor over command-line arguments: each call takes what it asks for out of the list, and
/// `positionals()` returns what is left, refusing options that no call asked for.
///
/// Long options are `--name`, `--name value` or `--name=value`; short ones `-n`, `-n value` or `-nvalue`.
/// `--` ends the options; a lone `-` is an ordinary argument meaning standard input or output.
public struct ArgumentScanner: Sendable {
  private var options: [String]
  private var operands: [String]
  private var knownNames: [String] = []
  private let command: String?

  /// Every option asked for so far, as `--name` or `--name -n` with its short form, in the order asked:
  /// what the command reads, compared with what it declares.
  public private(set) var askedOptions: [String] = []

  /// Scans `arguments` for a command; `command` names it in usage errors.
  public init(_ arguments: [String], command: String? = nil) {
    if let end = arguments.firstIndex(of: "--") {
      options = Array(arguments[..<end])
      operands = Array(arguments[(end + 1)...])
    } else {
      options = arguments
      operands = []
    }
    self.command = command
  }

  /// Whether `--name` (or `-short`) was given; takes every occurrence.
  public mutating func flag(_ name: String, short: Character? = nil) throws(CommandError) -> Bool {
    knownNames.append("--" + name)
    askedOptions.append("--" + name + (short.map { " -" + String($0) } ?? ""))
    var found = false
    var index = 0
    while index < options.count {
      let argument = options[index]
      if argument == "--" + name || short.map({ argument == "-" + String($0) }) == true {
        options.remove(at: index)
        found = true
      } else if argument.hasPrefix("--" + name + "=") {
        throw usage("--\(name) takes no value")
      } else {
        index += 1
      }
    }
    return found
  }

  /// The value of `--name` (or `-short`), or `nil` when absent. Giving it twice is a usage error.
  public mutating func option(_ name: String, short: Character? = nil) throws(CommandError) -> String? {
    let values = try values(name, short: short)
    guard values.count <= 1 else { throw usage("--\(name) is given \(values.count) times; give it once") }
    return values.first
  }

  /// Every value of a repeatable option, in the order given.
  public mutating func values(_ name: String, short: Character? = nil) throws(CommandError) -> [String] {
    knownNames.append("--" + name)
    askedOptions.append("--" + name + (short.map { " -" + String($0) } ?? ""))
    var values: [String] = []
    var index = 0
    while index < options.count {
      let argument = options[index]
      let shortForm = short.map { "-" + String($0) }
      if argument == "--" + name || argument == shortForm {
        guard index + 1 < options.count else { throw usage("\(argument) needs a value") }
        values.append(options[index + 1])
        options.removeSubrange(index...(index + 1))
      } else if argument.hasPrefix("--" + name + "=") {
        values.append(String(argument.dropFirst(name.count + 3)))
        options.remove(at: index)
      } else if let shortForm, argument.hasPrefix(shortForm), !argument.hasPrefix("--"), argument.count > 2 {
        values.append(String(argument.dropFirst(2)))
        options.remove(at: index)
      } else {
        index += 1
      }
    }
    return values
  }

  /// What is left once the options are taken: the arguments in order, then those after `--`.
  /// - Throws: a usage error for any option no call asked for, suggesting the nearest known one.
  public func positionals() throws(CommandError) -> [String] {
    for argument in options where argument.hasPrefix("-") && argument != "-" {
      let name = String(argument.prefix { $0 != "=" })
      var message = "unknown option \(name)"
      if let guess = NearestName.suggestion(for: name, among: knownNames) {
        message += "; did you mean \(guess)?"
      }
      throw usage(message)
    }
    return options + operands
  }

  /// The positionals, refusing more than `maximum` of them and fewer than `minimum`.
  public func positionals(minimum: Int, maximum: Int, names: String) throws(CommandError) -> [String] {
    let words = try positionals()
    if words.count < minimum { throw usage("missing \(names)") }
    if words.count > maximum {
      throw usage("unexpected argument '\(words[maximum])'")
    }
    return words
  }

  private func usage(_ message: String) -> CommandError {
    .usage(message, command: command)
  }
}
