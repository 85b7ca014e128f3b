import Foundation

/// The one definition of the text the workbench stores: how each kind of text is cleaned on the way in and
/// how long it may be. Every way in (command-line options, the interview, CSV cells) cleans with `cleaned`
/// and checks with `problem` before anything is written; every reader checks stored text with the same
/// `problem`. So whatever a command accepts, every command can read back.
public struct TextRule: Sendable, Equatable {
  /// What the text is, for messages: "a name", "the evidence".
  public let what: String
  /// The most characters (grapheme clusters) kept.
  public let maximumLength: Int
  /// Whether line breaks are kept (evidence, notes) or folded into spaces (names, titles).
  public let keepsLineBreaks: Bool

  /// Creates a rule.
  public init(what: String, maximumLength: Int, keepsLineBreaks: Bool) {
    self.what = what
    self.maximumLength = maximumLength
    self.keepsLineBreaks = keepsLineBreaks
  }

  /// A person's name: an interviewee, an interviewer, a consultant.
  public static let name = TextRule(what: "a name", maximumLength: 200, keepsLineBreaks: false)
  /// A short title: the client, the programme.
  public static let title = TextRule(what: "a title", maximumLength: 300, keepsLineBreaks: false)
  /// A sentence or two on one line: the decision under review.
  public static let sentence = TextRule(what: "the text", maximumLength: 2_000, keepsLineBreaks: false)
  /// A reviewer's reason, such as the reason for an adjustment.
  public static let reason = TextRule(what: "the reason", maximumLength: 4_000, keepsLineBreaks: true)
  /// A reviewer's note: what a piece of evidence shows, or a word on a registered document.
  public static let note = TextRule(what: "a note", maximumLength: 4_000, keepsLineBreaks: true)
  /// A document's version, such as "2.1" or "draft 3".
  public static let version = TextRule(what: "a version", maximumLength: 100, keepsLineBreaks: false)
  /// What an interviewee said: evidence after a score, or a text answer; about twenty pages of notes. (An
  /// interview file as a whole is still held to the data-file limit when it is saved.)
  public static let evidence = TextRule(what: "the evidence", maximumLength: 50_000, keepsLineBreaks: true)

  /// `text` as it is stored: Unicode NFC; the characters `ControlCharacters` calls unsafe removed; tabs as spaces;
  /// line breaks of every kind as `\n` (or, for one-line text, folded with the other white space); runs of
  /// white space on a line collapsed for one-line text; the ends trimmed.
  public func cleaned(_ text: String) -> String {
    isAlreadyClean(text) ? text : cleanedScalarByScalar(text)
  }

  /// Whether `cleaned` would give `text` back as it is: printable ASCII (already NFC, nothing unsafe, no tab
  /// or line break) with no space at either end and, for one-line text, no run of spaces. Most of what is
  /// typed or imported is, and a check of its bytes is far cheaper than rebuilding it scalar by scalar.
  func isAlreadyClean(_ text: String) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first, let last = bytes.last else { return true }
    guard first != 0x20, last != 0x20 else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      guard byte >= 0x20 && byte <= 0x7E else { return false }
      if !keepsLineBreaks && byte == 0x20 && previous == 0x20 { return false }
      previous = byte
    }
    return true
  }

  /// `cleaned` the long way: every scalar looked at.
  func cleanedScalarByScalar(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    // ASCII is already in NFC; only other text pays for the conversion.
    let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    for scalar in composed.unicodeScalars {
      defer { previous = scalar }
      if Self.isLineBreak(scalar) {
        // CR LF is one break.
        if scalar == "\n", previous == "\r" { continue }
        scalars.append(keepsLineBreaks ? "\n" : " ")
      } else if scalar == "\t" {
        scalars.append(" ")
      } else if !ControlCharacters.isUnsafe(scalar) {
        scalars.append(scalar)
      }
    }
    let joined = String(scalars)
    guard keepsLineBreaks else {
      return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    return joined.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// What is wrong with `text` as stored text, or `nil`: blank when `required`, or too long.
  public func problem(with text: String, required: Bool = true) -> String? {
    if required && text.allSatisfy(\.isWhitespace) { return "must not be empty" }
    let length = text.count
    if length > maximumLength {
      return "is \(length) characters long; \(what) may be at most \(maximumLength) characters"
    }
    return nil
  }

  /// Whether `scalar` is a line break: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// `text` cleaned, or the problem with what is left.
  public func accept(_ text: String, required: Bool = true) -> Result<String, TextProblem> {
    let result = cleaned(text)
    if let problem = problem(with: result, required: required) {
      return .failure(TextProblem(message: problem))
    }
    return .success(result)
  }
}

/// Why a piece of text cannot be stored, in words that follow the field's name ("--name must not be empty").
public struct TextProblem: Error, Equatable, Sendable {
  public var message: String

  /// Creates a problem.
  public init(message: String) {
    self.message = message
  }
}
