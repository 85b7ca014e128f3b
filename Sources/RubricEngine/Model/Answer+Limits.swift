extension Answer {
  /// The longest text, in UTF-8 bytes, that one answer's evidence or statement may be: about ten thousand
  /// words, far beyond any quote. Piped interview lines and `check-outcome` statements are read up to it.
  public static let maximumTextBytes = 64 * 1024
}
