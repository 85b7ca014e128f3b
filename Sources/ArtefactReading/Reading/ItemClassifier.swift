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
      verdict: title.isEmpty ? .vague : checker.check(title).verdict, fields: fields.fields(in: plain))
    return (item, known)
  }
}
