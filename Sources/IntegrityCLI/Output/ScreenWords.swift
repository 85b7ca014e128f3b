import RubricEngine

/// The words the screens use for the method's values: the scale and small numbers in a sentence.
enum ScreenWords {
  /// "0-4": the method's scale.
  static func scale(_ method: Method) -> String {
    "\(method.scale.lowerBound)-\(method.scale.upperBound)"
  }

  /// "two", "three", ... within a sentence; digits from 11.
  static func number(_ value: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return value >= 0 && value < words.count ? words[value] : String(value)
  }
}
