import Foundation
import RubricEngine
import TerminalInterview

/// How a lens is named on the command line: its id, its title in any case, or a unique prefix of either.
/// Every option that takes a lens resolves it here.
public enum LensName {
  /// What a name matches.
  public enum Match: Equatable, Sendable {
    /// Exactly one lens.
    case lens(Lens)
    /// More than one lens: the name is a prefix of each.
    case ambiguous([Lens])
    /// None.
    case unknown
  }

  /// The lenses `name` means in `rubric`: an exact id or title first (any case), else every lens whose id
  /// or title starts with it.
  public static func match(_ name: String, in rubric: Rubric) -> Match {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    guard !wanted.isEmpty else { return .unknown }
    if let lens = rubric.lenses.first(where: {
      $0.id.lowercased() == wanted || $0.title.lowercased() == wanted
    }) {
      return .lens(lens)
    }
    let found = rubric.lenses.filter {
      $0.id.lowercased().hasPrefix(wanted) || $0.title.lowercased().hasPrefix(wanted)
    }
    switch found.count {
    case 0: return .unknown
    case 1: return .lens(found[0])
    default: return .ambiguous(found)
    }
  }

  /// The lens `name` means, for `option` of `command`.
  /// - Throws: a usage error for an unknown or ambiguous name, listing the lenses with their ids.
  public static func resolve(
    _ name: String, in rubric: Rubric, option: String, command: String
  ) throws(CommandError) -> Lens {
    let shown = TerminalText.visible(name)
    switch match(name, in: rubric) {
    case .lens(let lens):
      return lens
    case .ambiguous(let lenses):
      throw .usage(
        "\(option) '\(shown)' could be any of \(lenses.count) lenses; give more of the id or title:\n"
          + list(lenses),
        command: command)
    case .unknown:
      var message = "\(option): unknown lens '\(shown)'"
      if let guess = NearestName.suggestion(for: name, among: rubric.lenses.map(\.id)) {
        message += "; did you mean '\(guess)'?"
      }
      throw .usage(
        message + "\nName a lens by its id, its title or the start of either:\n" + list(rubric.lenses),
        command: command)
    }
  }

  /// One lens a line: the id, then the title.
  static func list(_ lenses: [Lens]) -> String {
    let width = lenses.map(\.id.count).max() ?? 0
    return lenses.map {
      "  " + $0.id + String(repeating: " ", count: width - $0.id.count + 3) + TerminalText.visible($0.title)
    }.joined(separator: "\n")
  }
}
