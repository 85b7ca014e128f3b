/// Reads a rubric from JSON text and checks it, reporting every problem at once with its JSON path.
///
/// This is the only way a rubric enters the workbench, whether from `Rubrics/`, `--rubric` or a review's
/// snapshot, so every rubric that is scored has passed the same checks that `integrity rubric lint` shows.
public struct RubricDecoder: Sendable {
  /// Rubric files larger than this are refused before parsing: no real rubric comes near it.
  public static let maximumFileSize = DataFile.maximumSize

  /// Creates a decoder.
  public init() {}

  /// Decodes and validates a rubric.
  /// - Parameter file: the name used in error messages.
  /// - Throws: `DataFileError.invalid` listing every problem found, or `.tooLarge`.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> Rubric {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let rubric = Self.readRubric(root, reader: &reader)
    Self.checkText(root, at: .root, reader: &reader)
    guard let rubric, reader.problems.isEmpty else {
      throw .invalid(file: file, problems: reader.problems)
    }
    return rubric
  }
}

// MARK: - Reading the tree

extension RubricDecoder {
  static let rubricKeys = [
    "formatVersion", "id", "version", "title", "description", "scale", "bands", "roles", "lenses", "method",
  ]
  static let lensKeys = ["id", "title", "summary", "weight", "gate", "questions"]
  static let questionKeys = [
    "id", "kind", "prompt", "help", "roles", "weight", "critical", "anchors", "finding", "recommendation",
    "check", "artefactSignals", "chainSignal",
  ]
  static let scaleValues = Method.standard.scale

  static func readRubric(_ root: JSONValue, reader: inout JSONReader) -> Rubric? {
    guard let object = reader.object(root, at: .root, allowedKeys: rubricKeys) else { return nil }
    let formatVersion = reader.formatVersion(object, current: Rubric.currentFormatVersion)
    let id = reader.string(object, "id").flatMap {
      checkIdentifier($0, at: object.path.appending("id"), &reader)
    }
    let version = reader.string(object, "version")
    if let version, !isSemanticVersion(version) {
      reader.report(
        "\"\(version)\" is not a semantic version; write MAJOR.MINOR.PATCH such as 1.0.0",
        at: object.path.appending("version"))
    }
    let title = reader.string(object, "title")
    let description = reader.string(object, "description", required: false)
    let scale = readScale(object, reader: &reader)
    let bands = readBands(object, reader: &reader)
    let roles = readRoles(object, reader: &reader)
    let lenses = readLenses(object, roles: roles ?? [], reader: &reader)
    let method = readMethod(object, reader: &reader)
    guard let id, let version, let title, let scale, let bands, let roles, let lenses, let method else {
      return nil
    }
    return Rubric(
      formatVersion: formatVersion, id: id, version: version, title: title, description: description,
      scale: scale, bands: bands, roles: roles, lenses: lenses, method: method)
  }

  static func readScale(_ object: JSONObject, reader: inout JSONReader) -> [ScaleLevel]? {
    guard let elements = reader.list(object, "scale") else { return nil }
    var levels: [ScaleLevel] = []
    var complete = true
    for (value, path) in elements {
      guard let level = reader.object(value, at: path, allowedKeys: ["value", "label", "description"]) else {
        complete = false
        continue
      }
      let number = reader.integer(level, "value")
      let label = reader.string(level, "label")
      guard let number, let label else {
        complete = false
        continue
      }
      if !scaleValues.contains(number) {
        reader.report(
          "\(number) is outside the scale; levels run from \(scaleValues.lowerBound) to \(scaleValues.upperBound)",
          at: path.appending("value"))
        complete = false
      } else if levels.contains(where: { $0.value == number }) {
        reader.report("level \(number) is listed twice", at: path.appending("value"))
        complete = false
      } else if let last = levels.last, number != last.value + 1 {
        reader.report(
          "level \(number) follows level \(last.value); list the levels \(scaleValues.lowerBound) to "
            + "\(scaleValues.upperBound) in order without gaps",
          at: path.appending("value"))
        complete = false
      }
      let description = reader.string(level, "description", required: false)
      levels.append(ScaleLevel(value: number, label: label, description: description))
    }
    guard complete else { return nil }
    let missing = scaleValues.filter { value in !levels.contains { $0.value == value } }
    for value in missing {
      reader.report("missing level \(value)", at: object.path.appending("scale"))
    }
    return missing.isEmpty ? levels : nil
  }

  static func readBands(_ object: JSONObject, reader: inout JSONReader) -> [Band]? {
    guard let elements = reader.list(object, "bands") else { return nil }
    var bands: [Band] = []
    var complete = true
    for (value, path) in elements {
      guard let bandObject = reader.object(value, at: path, allowedKeys: ["rating", "min"]) else {
        complete = false
        continue
      }
      let ratingText = reader.string(bandObject, "rating")
      let min = reader.number(bandObject, "min")
      var rating: Rating?
      if let ratingText {
        rating = Rating(rawValue: ratingText).flatMap { Rating.bandRatings.contains($0) ? $0 : nil }
        if rating == nil {
          reader.report(
            "unknown rating \"\(ratingText)\"; bands use sound, at-risk and unsound",
            at: path.appending("rating"))
        }
      }
      if let min, !(Double(scaleValues.lowerBound)...Double(scaleValues.upperBound)).contains(min) {
        reader.report(
          "\(formatNumber(min)) is outside the scale; min must lie from \(scaleValues.lowerBound) to "
            + "\(scaleValues.upperBound)", at: path.appending("min"))
        complete = false
      }
      guard let rating, let min else {
        complete = false
        continue
      }
      if bands.contains(where: { $0.rating == rating }) {
        reader.report("rating \"\(rating.rawValue)\" has two bands", at: path.appending("rating"))
        complete = false
      } else if let previous = bands.last, min >= previous.min {
        reader.report(
          "bands must be listed highest first with descending min: \(formatNumber(min)) follows "
            + "\(formatNumber(previous.min))",
          at: path.appending("min"))
        complete = false
      }
      bands.append(Band(rating: rating, min: min))
    }
    guard complete else { return nil }
    let missing = Rating.bandRatings.filter { rating in !bands.contains { $0.rating == rating } }
    for rating in missing {
      reader.report("missing the \"\(rating.rawValue)\" band", at: object.path.appending("bands"))
    }
    if missing.isEmpty, bands.map(\.rating) != Rating.bandRatings {
      reader.report("list the bands in the order sound, at-risk, unsound", at: object.path.appending("bands"))
      return nil
    }
    if let lowest = bands.last, lowest.min != Double(scaleValues.lowerBound) {
      reader.report(
        "the lowest band must start at \(scaleValues.lowerBound) so that every score has a rating",
        at: object.path.appending("bands"))
      return nil
    }
    return missing.isEmpty ? bands : nil
  }

  static func readRoles(_ object: JSONObject, reader: inout JSONReader) -> [Role]? {
    guard let elements = reader.list(object, "roles") else { return nil }
    var roles: [Role] = []
    var complete = true
    for (value, path) in elements {
      guard let roleObject = reader.object(value, at: path, allowedKeys: ["id", "title"]) else {
        complete = false
        continue
      }
      let id = reader.string(roleObject, "id").flatMap {
        checkIdentifier($0, at: path.appending("id"), &reader)
      }
      let title = reader.string(roleObject, "title")
      guard let id, let title else {
        complete = false
        continue
      }
      if roles.contains(where: { $0.id == id }) {
        reader.report("duplicate role id \"\(id)\"", at: path.appending("id"))
        complete = false
      }
      roles.append(Role(id: id, title: title))
    }
    return complete ? roles : nil
  }

  static func readLenses(_ object: JSONObject, roles: [Role], reader: inout JSONReader) -> [Lens]? {
    guard let elements = reader.list(object, "lenses") else { return nil }
    var lenses: [Lens] = []
    var questionIDs: [String: JSONPath] = [:]
    var complete = true
    for (value, path) in elements {
      guard let lensObject = reader.object(value, at: path, allowedKeys: lensKeys) else {
        complete = false
        continue
      }
      let id = reader.string(lensObject, "id").flatMap {
        checkIdentifier($0, at: path.appending("id"), &reader)
      }
      if let id, lenses.contains(where: { $0.id == id }) {
        reader.report("duplicate lens id \"\(id)\"", at: path.appending("id"))
        complete = false
      }
      let title = reader.string(lensObject, "title")
      let summary = reader.string(lensObject, "summary")
      let weight = readWeight(lensObject, reader: &reader)
      let gate = reader.bool(lensObject, "gate", default: false)
      if gate, let earlier = lenses.first(where: \.gate) {
        reader.report(
          "only one lens can be the gate; \"\(earlier.id)\" already is", at: path.appending("gate"))
        complete = false
      }
      var questions: [Question] = []
      if let questionElements = reader.list(lensObject, "questions") {
        for (questionValue, questionPath) in questionElements {
          guard let question = readQuestion(questionValue, at: questionPath, roles: roles, reader: &reader)
          else {
            complete = false
            continue
          }
          if let first = questionIDs[question.id] {
            reader.report(
              "duplicate question id \"\(question.id)\" (first at \(first)); question ids must be unique in the rubric",
              at: questionPath.appending("id"))
            complete = false
          }
          questionIDs[question.id] = questionIDs[question.id] ?? questionPath
          questions.append(question)
        }
      } else {
        complete = false
      }
      guard let id, let title, let summary, let weight else {
        complete = false
        continue
      }
      lenses.append(
        Lens(id: id, title: title, summary: summary, weight: weight, gate: gate, questions: questions))
    }
    return complete ? lenses : nil
  }

  static func readQuestion(
    _ value: JSONValue, at path: JSONPath, roles: [Role], reader: inout JSONReader
  ) -> Question? {
    guard let object = reader.object(value, at: path, allowedKeys: questionKeys) else { return nil }
    var complete = true
    let id = reader.string(object, "id").flatMap { checkIdentifier($0, at: path.appending("id"), &reader) }
    let kindText = reader.string(object, "kind")
    let kind = kindText.flatMap(QuestionKind.init(rawValue:))
    if let kindText, kind == nil {
      reader.report("unknown kind \"\(kindText)\"; use \"scale\" or \"text\"", at: path.appending("kind"))
    }
    let prompt = reader.string(object, "prompt")
    let help = reader.string(object, "help")
    let weight = readWeight(object, reader: &reader)
    let critical = reader.bool(object, "critical", default: false)
    let finding = reader.string(object, "finding", required: kind == .scale)
    let recommendation = reader.string(object, "recommendation", required: kind == .scale)
    let questionRoles = readQuestionRoles(object, known: roles, reader: &reader, complete: &complete)
    var anchors: [Int: String]?
    var check: TextCheck?
    var signals: [ArtefactSignal]?
    var chainSignal: [Double]?
    switch kind {
    case .scale:
      anchors = readAnchors(object, reader: &reader)
      if anchors == nil { complete = false }
      if object.has("artefactSignals") {
        signals = readSignals(object, reader: &reader)
        if signals == nil { complete = false }
      }
      if object.has("chainSignal") {
        chainSignal = readLevels(object, "chainSignal", reader: &reader)
        if chainSignal == nil { complete = false }
      }
      if object.has("check") {
        reader.report("check applies to text questions only; remove it", at: path.appending("check"))
        complete = false
      }
    case .text:
      if object.has("anchors") {
        reader.report(
          "a text question has no scale, so no anchors; remove them or make it a scale question",
          at: path.appending("anchors"))
        complete = false
      }
      if critical {
        reader.report(
          "critical applies to scale questions only (it judges a low score)", at: path.appending("critical"))
        complete = false
      }
      for key in ["artefactSignals", "chainSignal"] where object.has(key) {
        reader.report("signals score scale questions only; remove them", at: path.appending(key))
        complete = false
      }
      if let checkText = reader.string(object, "check", required: false) {
        check = TextCheck(rawValue: checkText)
        if check == nil {
          reader.report(
            "unknown check \"\(checkText)\"; use \"outcome\" or \"owner\"", at: path.appending("check"))
          complete = false
        }
      }
    case nil:
      complete = false
    }
    guard complete, let id, let kind, let prompt, let help, let weight else { return nil }
    return Question(
      id: id, kind: kind, prompt: prompt, help: help, roles: questionRoles, weight: weight,
      critical: critical,
      anchors: anchors, finding: finding, recommendation: recommendation, check: check,
      artefactSignals: signals, chainSignal: chainSignal)
  }

  /// Four rising shares from 0 to 1 under `key`: where a signal scores 1, 2, 3 and 4; `nil` when they are
  /// not that (every problem reported).
  static func readLevels(_ object: JSONObject, _ key: String, reader: inout JSONReader) -> [Double]? {
    guard let list = reader.list(object, key, required: true, allowEmpty: false) else { return nil }
    var levels: [Double] = []
    var sound = true
    for (level, levelPath) in list {
      guard case .number(let number, _) = level.content else {
        reader.report("expected a share from 0 to 1, found \(level.kindName)", at: levelPath)
        sound = false
        continue
      }
      if !(0...1).contains(number) {
        reader.report("expected a share from 0 to 1, found \(number)", at: levelPath)
        sound = false
      }
      levels.append(number)
    }
    if list.count != 4 {
      reader.report(
        "expected 4 levels, one for each score above 0, found \(list.count)", at: object.path.appending(key))
      sound = false
    } else if zip(levels, levels.dropFirst()).contains(where: { $0 >= $1 }) {
      reader.report("the levels must rise, each above the one before", at: object.path.appending(key))
      sound = false
    }
    return sound ? levels : nil
  }

  /// A question's artefact signals: each a known kind and measure with four ascending shares from 0 to 1.
  static func readSignals(_ object: JSONObject, reader: inout JSONReader) -> [ArtefactSignal]? {
    guard let elements = reader.list(object, "artefactSignals", required: true, allowEmpty: false) else {
      return nil
    }
    var signals: [ArtefactSignal] = []
    var complete = true
    for (value, path) in elements {
      guard let item = reader.object(value, at: path, allowedKeys: ["kind", "measure", "levels"]) else {
        complete = false
        continue
      }
      let kindText = reader.string(item, "kind")
      let kind = kindText.flatMap(ArtefactKind.init(rawValue:))
      if let kindText, kind == nil {
        reader.report(
          "unknown artefact kind \"\(kindText.prefix(80))\"; use "
            + ArtefactKind.allCases.map(\.rawValue).joined(separator: ", "), at: path.appending("kind"))
      }
      let measureText = reader.string(item, "measure")
      let measure = measureText.flatMap(ArtefactSignal.Measure.init(rawValue:))
      if let measureText, measure == nil {
        var message = "unknown measure \"\(measureText.prefix(80))\""
        if let guess = NearestName.suggestion(
          for: measureText, among: ArtefactSignal.Measure.allCases.map(\.rawValue))
        {
          message += "; did you mean \"\(guess)\"?"
        } else {
          message += "; use one of " + ArtefactSignal.Measure.allCases.map(\.rawValue).joined(separator: ", ")
        }
        reader.report(message, at: path.appending("measure"))
      }
      let levels = readLevels(item, "levels", reader: &reader) ?? []
      guard let kind, let measure, levels.count == 4 else {
        complete = false
        continue
      }
      signals.append(ArtefactSignal(kind: kind, measure: measure, levels: levels))
    }
    return complete && reader.problems.isEmpty ? signals : nil
  }

  static func readQuestionRoles(
    _ object: JSONObject, known roles: [Role], reader: inout JSONReader, complete: inout Bool
  ) -> [String]? {
    guard let elements = reader.list(object, "roles", required: false) else {
      if object.has("roles") { complete = false }
      return nil
    }
    var ids: [String] = []
    for (value, path) in elements {
      guard let id = reader.string(value, at: path) else {
        complete = false
        continue
      }
      if !roles.isEmpty, !roles.contains(where: { $0.id == id }) {
        var message = "unknown role \"\(id)\""
        if let guess = NearestName.suggestion(for: id, among: roles.map(\.id)) {
          message += "; did you mean \"\(guess)\"?"
        } else {
          message += "; the rubric's roles are " + roles.map(\.id).joined(separator: ", ")
        }
        reader.report(message, at: path)
        complete = false
      } else if ids.contains(id) {
        reader.report("role \"\(id)\" is listed twice", at: path)
        complete = false
      }
      ids.append(id)
    }
    return ids
  }

  static func readAnchors(_ object: JSONObject, reader: inout JSONReader) -> [Int: String]? {
    guard let value = reader.member(object, "anchors", required: true) else { return nil }
    let path = object.path.appending("anchors")
    let allowed = scaleValues.map(String.init)
    guard let anchorsObject = reader.object(value, at: path, allowedKeys: allowed) else { return nil }
    var anchors: [Int: String] = [:]
    for level in scaleValues {
      let key = String(level)
      guard anchorsObject.has(key) else {
        reader.report("missing level \(level)", at: path, near: value)
        continue
      }
      if let text = reader.string(anchorsObject, key) {
        anchors[level] = text
      }
    }
    return anchors.count == scaleValues.count ? anchors : nil
  }

  static func readWeight(_ object: JSONObject, reader: inout JSONReader) -> Double? {
    guard let weight = reader.number(object, "weight", default: 1) else { return nil }
    guard weight > 0 else {
      reader.report(
        "weight must be greater than 0, found \(formatNumber(weight))", at: object.path.appending("weight"))
      return nil
    }
    guard weight <= 100 else {
      reader.report(
        "weight \(formatNumber(weight)) is out of proportion; use a weight from above 0 to 100",
        at: object.path.appending("weight"))
      return nil
    }
    return weight
  }

  /// Ids appear in file names, JSON and CSV, so they are kept to lowercase letters, digits and hyphens.
  static func checkIdentifier(_ id: String, at path: JSONPath, _ reader: inout JSONReader) -> String? {
    let valid =
      id.count <= 64 && id.first.map { $0.isASCII && $0.isLetter } == true
      && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    guard valid else {
      reader.report(
        "\"\(id)\" is not a valid id; use lowercase letters, digits and hyphens, starting with a letter "
          + "(at most 64 characters)",
        at: path)
      return nil
    }
    return id
  }

  /// Rubric text is shown in terminals and reports, so no string may hold a character that acts instead of
  /// showing: a control character (line breaks excepted) or an invisible formatting character.
  static func checkText(_ value: JSONValue, at path: JSONPath, reader: inout JSONReader) {
    switch value.content {
    case .object(let members):
      for member in members { checkText(member.value, at: path.appending(member.key), reader: &reader) }
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        checkText(element, at: path.appending(index), reader: &reader)
      }
    case .string(let text):
      let unsafe = ControlCharacters.unsafeScalars(in: text).filter { $0 != "\n" }
      guard !unsafe.isEmpty else { return }
      let names = unsafe.map(ControlCharacters.codePoint)
      let listed =
        names.count == 1
        ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
      reader.report(
        "contains \(listed); rubric text is shown on terminals and in reports, where control and invisible "
          + "formatting characters act or reorder the text instead of showing: remove \(names.count == 1 ? "it" : "them")",
        at: path, near: value)
    case .number, .bool, .null:
      break
    }
  }

  static func isSemanticVersion(_ text: String) -> Bool {
    let core = text.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)[0]
      .split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)[0]
    let parts = core.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
          && (part == "0" || !part.hasPrefix("0"))
      }
  }

  static func formatNumber(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}
