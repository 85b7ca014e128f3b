import Foundation

/// How far a long read or write has got, on one line of standard error redrawn with `\r` and cleared at
/// the end. Drawn only when standard error is a terminal, and only once the work has taken about a second,
/// so that quick commands, pipes and files never see it.
final class ProgressLine {
  /// How long the work runs before the line appears, unless `INTEGRITY_PROGRESS_DELAY` (seconds) says
  /// otherwise.
  static let delay: TimeInterval = 1

  /// The delay `environment` asks for with `INTEGRITY_PROGRESS_DELAY`, a number of seconds from 0 to 60;
  /// `delay` otherwise.
  static func delay(in environment: [String: String]) -> TimeInterval {
    guard let text = environment["INTEGRITY_PROGRESS_DELAY"], let seconds = TimeInterval(text),
      (0...60).contains(seconds)
    else { return delay }
    return seconds
  }
  /// The shortest time between two redraws.
  static let interval: TimeInterval = 0.1

  private let label: String
  private let enabled: Bool
  private let after: TimeInterval
  private let now: () -> Date
  private let write: (String) -> Void
  private let start: Date
  private var lastDraw: Date?
  private var drawnWidth = 0

  /// A line for the work called `label` ("Reading interviews"), written through `write` (raw bytes to
  /// standard error) when `enabled`.
  init(
    label: String, enabled: Bool, after: TimeInterval = ProgressLine.delay, now: @escaping () -> Date,
    write: @escaping (String) -> Void
  ) {
    self.label = label
    self.enabled = enabled
    self.after = after
    self.now = now
    self.write = write
    start = now()
  }

  /// Records that `done` of `total` steps are done, redrawing the line when it is time to.
  func update(_ done: Int, of total: Int) {
    guard enabled, total > 0 else { return }
    let time = now()
    guard time.timeIntervalSince(start) >= after else { return }
    if let lastDraw, time.timeIntervalSince(lastDraw) < Self.interval { return }
    lastDraw = time
    let text = "\(label): \(done) of \(total) (\(done * 100 / total)%)"
    let padding = String(repeating: " ", count: max(0, drawnWidth - text.count))
    write("\r" + text + padding)
    drawnWidth = text.count
  }

  /// Clears the line, if it was drawn, leaving the cursor where it started.
  func finish() {
    guard drawnWidth > 0 else { return }
    write("\r" + String(repeating: " ", count: drawnWidth) + "\r")
    drawnWidth = 0
  }
}
