import Dispatch
import Foundation
import RubricEngine

/// Reads a raw item into what the review keeps: the outcome checker's verdict on its title, the ticket
/// fields its description shows, and its status class. The description is read and dropped.
struct ItemClassifier: Sendable {
  let checker = OutcomeChecker()
  let fields = TicketFieldFinder()

  func item(_ raw: RawItem, stateReason: String? = nil) -> (item: ArtefactItem, knownState: Bool) {
    let title = MarkupText.plainLine(MarkupText.stripTags(raw.title))
    var (status, known) = StatusClassifier.classify(raw.status)
    if status == .done, let resolution = stateReason ?? raw.resolution,
      StatusClassifier.notDoneResolutions.contains(StatusClassifier.normalised(resolution))
    {
      status = .cancelled
    }
    let plain = MarkupText.plain(raw.description)
    let item = ArtefactItem(
      key: raw.key, title: title,
      type: raw.type.map { $0.trimmingSpaces().lowercased() }.flatMap { $0.isEmpty ? nil : $0 },
      status: raw.status, statusClass: status, labels: raw.labels, parent: raw.parent, group: raw.group,
      verdict: title.isEmpty ? .vague : checker.check(title, rewriting: false).verdict,
      fields: fields.fields(in: plain))
    return (item, known)
  }

  /// The items of `raws` in their order, classified in parallel: each item is read on its own, so a piece of
  /// an export is shared among the cores in runs of items.
  func items(_ raws: [RawItem]) -> [(item: ArtefactItem, knownState: Bool)] {
    let run = 16
    guard raws.count > run else { return raws.map { item($0) } }
    let runs = (raws.count + run - 1) / run
    let results = RunResults(count: runs)
    DispatchQueue.concurrentPerform(iterations: runs) { index in
      let slice = raws[(index * run)..<min(raws.count, (index + 1) * run)]
      results.store(slice.map { item($0) }, at: index)
    }
    return results.joined()
  }
}

/// The classified runs of `ItemClassifier.items`, stored by each worker under a lock.
private final class RunResults: @unchecked Sendable {
  private let lock = NSLock()
  private var runs: [[(item: ArtefactItem, knownState: Bool)]]

  init(count: Int) { runs = Array(repeating: [], count: count) }

  func store(_ items: [(item: ArtefactItem, knownState: Bool)], at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    runs[index] = items
  }

  func joined() -> [(item: ArtefactItem, knownState: Bool)] {
    lock.lock()
    defer { lock.unlock() }
    return runs.flatMap { $0 }
  }
}
