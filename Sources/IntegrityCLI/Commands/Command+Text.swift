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
}
