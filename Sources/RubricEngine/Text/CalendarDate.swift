/// Calendar dates as the review's files and commands write them: `YYYY-MM-DD`.
public enum CalendarDate {
  /// Whether `text` is a real calendar date written `YYYY-MM-DD` (digits only, a day the month has).
  public static func isValid(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
    else { return false }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (1...lengths[month - 1]).contains(day)
  }

  /// The days from `start` to `end` (negative when `end` is earlier); `nil` when either is not a date.
  public static func days(from start: String, to end: String) -> Int? {
    guard let first = dayNumber(start), let second = dayNumber(end) else { return nil }
    return second - first
  }

  /// The day's number counted from 1970-01-01 (the proleptic Gregorian calendar's days from civil).
  static func dayNumber(_ text: String) -> Int? {
    guard isValid(text) else { return nil }
    let parts = text.split(separator: "-").compactMap { Int($0) }
    let (year, month, day) = (parts[0], parts[1], parts[2])
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// What a command or a file is told about a date that is not one.
  public static func problem(_ text: String) -> String {
    "'\(text)' is not a date written YYYY-MM-DD, such as 2026-11-23"
  }
}
