import Foundation

/// Turns an interviewee's name into the file name of their interview: lowercase ASCII letters, digits and
/// hyphens only, so that no name, however hostile (`../../x`, `/etc/passwd`, control characters, 300
/// characters), can name a file outside the review's `interviews/` folder.
public enum IntervieweeSlug {
  /// The longest slug made from a name.
  public static let maximumLength = 48
  /// The longest slug of an interview file, a namesake's number included: what `isValid` accepts. A
  /// namesake's slug is shortened to fit, so the workbench never creates a file that it then skips.
  public static let maximumFileLength = maximumLength + 4

  /// The slug for `name`, such as `ana-garcia` for "Ana García"; `interviewee` when nothing is left.
  public static func make(from name: String) -> String {
    let folded = name.folding(
      options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var slug = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
      } else if ("A"..."Z").contains(scalar) {
        slug += String(scalar).lowercased()
      } else if !slug.isEmpty, !slug.hasSuffix("-") {
        slug += "-"
      }
      if slug.count >= maximumLength { break }
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? "interviewee" : slug
  }

  /// The slug of the `number`th interviewee whose name makes `base` (the first is `base` itself), such as
  /// `ana-garcia-2`; the base is shortened when the number would make it longer than `maximumFileLength`.
  public static func numbered(_ base: String, _ number: Int) -> String {
    guard number > 1 else { return base }
    let suffix = "-\(number)"
    var stem = String(base.prefix(max(1, maximumFileLength - suffix.count)))
    while stem.count > 1 && stem.hasSuffix("-") { stem.removeLast() }
    return stem + suffix
  }

  /// Whether `slug` could have come from `make` or `numbered`: only such names are opened as interview files.
  public static func isValid(_ slug: String) -> Bool {
    !slug.isEmpty && slug.count <= maximumFileLength && !slug.hasPrefix("-")
      && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}
