import Foundation

/// How the benchmark times work and prints its figures.
enum Figures {
  /// The milliseconds `body` took.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
  }

  /// The growth in time for 10x the data, from the growth `timeRatio` seen for `dataRatio` times the data.
  static func perTenfold(_ timeRatio: Double, _ dataRatio: Double) -> Double {
    pow(10, log(timeRatio) / log(dataRatio))
  }

  /// Cells right-aligned in columns of 12.
  static func row(_ cells: [String]) -> String {
    cells.map { $0.count >= 12 ? $0 : String(repeating: " ", count: 12 - $0.count) + $0 }.joined(
      separator: " ")
  }

  static func format(_ value: Double) -> String {
    String(format: value < 10 ? "%.2f" : "%.1f", value)
  }
}
