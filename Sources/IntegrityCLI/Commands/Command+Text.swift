import RubricEngine

extension Command {
  /// The text of an option as it will be stored, cleaned by `rule`: a missing or empty value is a usage
  /// error, one over the rule's length a failure of the work (nothing is written either way).
  static func acceptedText(
    _ value: String?, rule: TextRule, option: String, command: String
  ) throws(CommandError) -> String {
    let cleaned = rule.cleaned(value ?? "")
    guard !cleaned.isEmpty else {
      throw .usage("\(option) is required and cannot be empty", command: command)
    }
    if let problem = rule.problem(with: cleaned) {
      throw .failure("\(option) \(problem); nothing was written")
    }
    return cleaned
  }

  /// `value` cleaned by `rule` for an optional field: `nil` for an empty value when `clears` (the field is
  /// cleared); refused when it is empty only once cleaned (a lone line separator), or empty where it
  /// cannot clear, so that nothing is wiped or written by accident.
  static func optionalText(
    _ value: String, rule: TextRule, option: String, command: String, clears: Bool
  ) throws(CommandError) -> String? {
    if value.isEmpty {
      guard clears else { throw .usage("\(option) cannot be empty: leave it out", command: command) }
      return nil
    }
    guard !rule.cleaned(value).isEmpty else {
      throw .usage(
        "\(option) is empty once line breaks and control characters are removed; give the text"
          + (clears ? ", or \"\" to clear it" : ""), command: command)
    }
    return try acceptedText(value, rule: rule, option: option, command: command)
  }
}
