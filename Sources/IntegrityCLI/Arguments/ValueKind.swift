/// What an option's value or a positional argument is, so that help, completions and the manual can say
/// and offer the right words.
public enum ValueKind: Sendable, Equatable {
  /// Free text, such as a reason or a client's name: nothing to offer.
  case text
  /// One of a fixed set; the list is the one the command checks the value against.
  case choices([String])
  /// A role id of the review's rubric.
  case role
  /// A lens of the review's rubric: its id, its title or a unique prefix of either.
  case lens
  /// The name of someone interviewed in the review.
  case interviewee
  /// A path to a file (`-` for standard input or output where the command says so).
  case file
  /// A path to a folder.
  case directory
  /// A calendar date, `YYYY-MM-DD`.
  case date
  /// A command of `integrity`, as `help` takes.
  case command
}
