/// Reads `review.json`, reporting every problem with its JSON path.
public struct ReviewDecoder: Sendable {
  static let keys = [
    "formatVersion", "client", "program", "decision", "consultants", "created", "rubric", "adjustments",
  ]

  /// Creates a decoder.
  public init() {}

  /// The review in `bytes`.
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> Review {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let review = Self.read(root, reader: &reader)
    guard let review, reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return review
  }

  static func read(_ root: JSONValue, reader: inout JSONReader) -> Review? {
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
    var rubric: RubricReference?
    if let value = reader.member(object, "rubric", required: true),
      let rubricObject = reader.object(
        value, at: object.path.appending("rubric"), allowedKeys: ["id", "version"])
    {
      let id = reader.string(rubricObject, "id")
      let version = reader.string(rubricObject, "version")
      if let id, let version { rubric = RubricReference(id: id, version: version) }
    }
    let adjustments = readAdjustments(object, reader: &reader)
    guard let client, let program, let decision, let consultants, let created, let rubric, let adjustments
    else {
      return nil
    }
    return Review(
      formatVersion: formatVersion, client: client, program: program, decision: decision,
      consultants: consultants,
      created: created, rubric: rubric, adjustments: adjustments)
  }

  static func readAdjustments(_ object: JSONObject, reader: inout JSONReader) -> [Adjustment]? {
    guard let elements = reader.list(object, "adjustments", required: false, allowEmpty: true) else {
      return object.has("adjustments") ? nil : []
    }
    var adjustments: [Adjustment] = []
    for (value, path) in elements {
      guard let item = reader.object(value, at: path, allowedKeys: ["lens", "rating", "reason", "date"])
      else {
        return nil
      }
      let lens = reader.string(item, "lens")
      let ratingText = reader.string(item, "rating")
      let rating = ratingText.flatMap(Rating.init(rawValue:))
      if let ratingText, rating == nil {
        reader.report(
          "unknown rating \"\(ratingText)\"; use \(Rating.allCases.map(\.rawValue).joined(separator: ", "))",
          at: path.appending("rating"))
      }
      let reason = reader.text(item, "reason", rule: .reason)
      let date = reader.string(item, "date")
      if let lens, adjustments.contains(where: { $0.lens == lens }) {
        reader.report("a second adjustment of lens \"\(lens)\"; keep one", at: path.appending("lens"))
      }
      guard let lens, let rating, let reason, let date else { return nil }
      adjustments.append(Adjustment(lens: lens, rating: rating, reason: reason, date: date))
    }
    return adjustments
  }
}
