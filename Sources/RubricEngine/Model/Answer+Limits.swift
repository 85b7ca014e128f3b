extension Answer {
  /// The longest line, in UTF-8 bytes, that is read as one answer: 256 KB, room for the longest evidence
  /// `TextRule.evidence` keeps at four bytes a character (a test holds the two together). Piped interview
  /// lines and `check-outcome` statements are read up to it; what is kept is then held to the text rule.
  public static let maximumTextBytes = 256 * 1024
}
