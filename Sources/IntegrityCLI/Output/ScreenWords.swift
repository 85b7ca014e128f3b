import RubricEngine

/// The words the screens use for the method's values: the scale and small numbers in a sentence.
enum ScreenWords {
  /// "two", "three", ... within a sentence; digits from 11.
  static func number(_ value: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return value >= 0 && value < words.count ? words[value] : String(value)
  }
}
