/// One option a command reads: what the help, the manual and the completions say about it.
public struct CommandOption: Sendable {
  /// The long name without its dashes, such as `explain`.
  public var name: String
  /// The one-letter form, such as `o` for `-o`.
  public var short: Character?
  /// The value's name in the help, such as `LENS`; `nil` for a flag, which takes no value.
  public var valueName: String?
  /// What the value is; `nil` for a flag.
  public var value: ValueKind?
  /// Whether it may be given more than once, each value kept.
  public var repeats: Bool
  /// What it does, in a sentence or two.
  public var help: String

  /// An option that takes a value.
  public static func value(
    _ name: String, short: Character? = nil, _ valueName: String, _ value: ValueKind,
    repeats: Bool = false, help: String
  ) -> CommandOption {
    CommandOption(
      name: name, short: short, valueName: valueName, value: value, repeats: repeats, help: help)
  }

  /// An option that takes no value.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> CommandOption {
    CommandOption(name: name, short: short, valueName: nil, value: nil, repeats: false, help: help)
  }

  /// Whether the option is a flag (it takes no value).
  public var isFlag: Bool { value == nil }

  /// What the help says of it: `help`, then the choices when it does not name them all.
  public var fullHelp: String {
    guard case .choices(let words) = value, !words.allSatisfy({ help.contains($0) }) else { return help }
    return help + " (one of: \(words.joined(separator: ", ")))"
  }

  /// How the help shows it, such as `-o, --output FILE`.
  public var label: String {
    var text = short.map { "-\($0), " } ?? ""
    text += "--" + name
    if let valueName { text += " " + valueName }
    if repeats { text += "..." }
    return text
  }
}
