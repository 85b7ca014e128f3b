/// Reads `review.json`, reporting every problem with its JSON path, line and column; given the review's
/// rubric snapshot, it also checks every adjustment against the snapshot's lenses.
public struct ReviewDecoder: Sendable {
  static let keys = [
    "formatVersion", "client", "program", "decision", "consultants", "created", "rubric", "adjustments",
    "decisionDate", "decisionForum", "valueAtStake", "optionsConsidered", "confidenceAdjustment",
  ]

  /// Creates a decoder.
  public init() {}

  /// The review in `bytes`.
  /// - Parameter snapshot: the review's rubric snapshot (`rubric.json`). When the review names it, an
  ///   adjustment of a lens the snapshot lacks is a problem; when it names another rubric, the lenses are not
  ///   checked here (the mismatch is the caller's to report).
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String, snapshot: Rubric? = nil) throws(DataFileError) -> Review
  {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let review = Self.read(root, reader: &reader, snapshot: snapshot)
    guard let review, reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return review
  }

  static func read(_ root: JSONValue, reader: inout JSONReader, snapshot: Rubric? = nil) -> Review? {
    guard let object = reader.object(root, at: .root, allowedKeys: keys) else { return nil }
    let formatVersion = reader.formatVersion(object, current: Review.currentFormatVersion, required: true)
    let client = reader.text(object, "client", rule: .title)
    let program = reader.text(object, "program", rule: .title)
    let decision = reader.text(object, "decision", rule: .sentence)
    var consultants: [String]? = []
    if let elements = reader.list(object, "consultants", required: true, allowEmpty: true) {
      consultants = elements.compactMap { reader.text($0.value, at: $0.path, rule: .name) }
      if consultants?.count != elements.count { consultants = nil }
    } else {
      consultants = nil
    }
    let created = reader.string(object, "created")
    let decisionDate = reader.string(object, "decisionDate", required: false)
    if let decisionDate, !CalendarDate.isValid(decisionDate) {
      reader.report(CalendarDate.problem(decisionDate), at: object.path.appending("decisionDate"))
    }
    let forum = reader.text(object, "decisionForum", rule: .title, required: false)
    let value = reader.text(object, "valueAtStake", rule: .title, required: false)
    var options: [String]?
    if let elements = reader.list(object, "optionsConsidered", required: false, allowEmpty: true) {
      options = elements.compactMap { reader.text($0.value, at: $0.path, rule: .title) }
    }
    var rubric: RubricReference?
    if let value = reader.member(object, "rubric", required: true),
      let rubricObject = reader.object(
        value, at: object.path.appending("rubric"), allowedKeys: ["id", "version"])
    {
      let id = reader.string(rubricObject, "id")
      let version = reader.string(rubricObject, "version")
      if let id, let version { rubric = RubricReference(id: id, version: version) }
    }
    var confidence: ConfidenceAdjustment?
    var confidenceComplete = true
    if let value = reader.member(object, "confidenceAdjustment", required: false) {
      let path = object.path.appending("confidenceAdjustment")
      confidenceComplete = false
      if let item = reader.object(value, at: path, allowedKeys: ["level", "reason", "date"]) {
        let levelText = reader.string(item, "level")
        let level = levelText.flatMap(DeliveryConfidence.init(rawValue:))
        if let levelText, level == nil {
          reader.report(
            "unknown delivery confidence \"\(levelText.prefix(40))\"; use "
              + DeliveryConfidence.allCases.map(\.rawValue).joined(separator: ", "),
            at: path.appending("level"))
        }
        let reason = reader.text(item, "reason", rule: .reason)
        let date = reader.string(item, "date")
        if let level, let reason, let date {
          confidence = ConfidenceAdjustment(level: level, reason: reason, date: date)
          confidenceComplete = true
        }
      }
    }
    let lenses = snapshot.flatMap { RubricReference($0) == rubric ? $0.lenses.map(\.id) : nil }
    let adjustments = readAdjustments(object, reader: &reader, lenses: lenses)
    guard let client, let program, let decision, let consultants, let created, let rubric, let adjustments,
      confidenceComplete
    else {
      return nil
    }
    return Review(
      formatVersion: formatVersion, client: client, program: program, decision: decision,
      consultants: consultants,
      created: created, rubric: rubric, adjustments: adjustments, decisionDate: decisionDate,
      decisionForum: forum, valueAtStake: value, optionsConsidered: options, confidenceAdjustment: confidence)
  }

  /// The adjustments, every one read even after a bad one, so that all their problems are reported at once.
  /// - Parameter lenses: the ids of the lenses an adjustment may name, when known.
  static func readAdjustments(_ object: JSONObject, reader: inout JSONReader, lenses: [String]?)
    -> [Adjustment]?
  {
    guard let elements = reader.list(object, "adjustments", required: false, allowEmpty: true) else {
      return object.has("adjustments") ? nil : []
    }
    var adjustments: [Adjustment] = []
    var seen: Set<String> = []
    var complete = true
    for (value, path) in elements {
      guard
        let item = reader.object(
          value, at: path, allowedKeys: ["lens", "rating", "reason", "date", "despiteCritical", "history"])
      else {
        complete = false
        continue
      }
      let lens = reader.string(item, "lens")
      let ratingText = reader.string(item, "rating")
      let rating = readRating(ratingText, at: path.appending("rating"), reader: &reader)
      let reason = reader.text(item, "reason", rule: .reason)
      let date = reader.string(item, "date")
      let despiteCritical = reader.bool(item, "despiteCritical", default: false)
      let history = readHistory(item, reader: &reader)
      if let lens, let lenses, !lenses.contains(lens) {
        reader.report(unknownLens(lens, among: lenses), at: path.appending("lens"))
      } else if let lens, !seen.insert(lens).inserted {
        reader.report("a second adjustment of lens \"\(lens)\"; keep one", at: path.appending("lens"))
      }
      guard let lens, let rating, let reason, let date, let history else {
        complete = false
        continue
      }
      adjustments.append(
        Adjustment(
          lens: lens, rating: rating, reason: reason, date: date, despiteCritical: despiteCritical,
          history: history))
    }
    return complete ? adjustments : nil
  }

  static func readRating(_ text: String?, at path: JSONPath, reader: inout JSONReader) -> Rating? {
    let rating = text.flatMap(Rating.init(rawValue:))
    if let text, rating == nil {
      reader.report(
        "unknown rating \"\(text)\"; use \(Rating.allCases.map(\.rawValue).joined(separator: ", "))", at: path
      )
    }
    return rating
  }

  /// An adjustment's earlier adjustments, oldest first.
  static func readHistory(_ item: JSONObject, reader: inout JSONReader) -> [Adjustment.Record]? {
    guard let elements = reader.list(item, "history", required: false, allowEmpty: true) else {
      return item.has("history") ? nil : []
    }
    var records: [Adjustment.Record] = []
    var complete = true
    for (value, path) in elements {
      guard
        let record = reader.object(
          value, at: path, allowedKeys: ["rating", "reason", "date", "despiteCritical"])
      else {
        complete = false
        continue
      }
      let rating = readRating(reader.string(record, "rating"), at: path.appending("rating"), reader: &reader)
      let reason = reader.text(record, "reason", rule: .reason)
      let date = reader.string(record, "date")
      let despite = reader.bool(record, "despiteCritical", default: false)
      guard let rating, let reason, let date else {
        complete = false
        continue
      }
      records.append(Adjustment.Record(rating: rating, reason: reason, date: date, despiteCritical: despite))
    }
    return complete ? records : nil
  }

  /// The message for an adjustment of a lens the rubric snapshot lacks: never dropped in silence, since the
  /// verdict would then ignore the reviewer's judgement.
  static func unknownLens(_ lens: String, among lenses: [String]) -> String {
    let message = "no lens \"\(lens)\" in the review's rubric (rubric.json)"
    if let guess = NearestName.suggestion(for: lens, among: lenses) {
      return message + "; did you mean \"\(guess)\"? Correct the lens, or remove the adjustment"
    }
    return message + "; its lenses are " + lenses.joined(separator: ", ")
      + ". Correct the lens, or remove the adjustment"
  }
}
