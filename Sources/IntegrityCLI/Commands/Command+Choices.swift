import RubricEngine
import TerminalInterview

extension Command {
  /// Refuses a role or lens the rubric does not have, suggesting the nearest.
  static func checkChoice(
    _ value: String, among choices: [String], what: String, command: String = "interview"
  ) throws(CommandError) {
    guard !choices.contains(value) else { return }
    var message = "unknown \(what) '\(TerminalText.visible(value))'"
    if let guess = NearestName.suggestion(for: value, among: choices) {
      message += "; did you mean '\(guess)'?"
    } else {
      message += "."
    }
    message += " The rubric's \(what == "lens" ? "lenses" : "roles") are: \(choices.joined(separator: ", "))"
    throw .usage(message, command: command)
  }
}
