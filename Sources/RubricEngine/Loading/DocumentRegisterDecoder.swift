/// Reads `documents.json`, the review's register of documents examined, reporting every problem with its
/// JSON path, line and column.
public struct DocumentRegisterDecoder: Sendable {
  static let keys = ["formatVersion", "documents"]
  static let documentKeys = ["id", "title", "date", "version", "sha256", "note"]

  /// Creates a decoder.
  public init() {}

  /// The register in `bytes`: an object `{formatVersion, documents: [...]}`, or the list of entries alone.
  /// - Throws: `DataFileError` naming `file` and every problem.
  public func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> DocumentRegister {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    let register = Self.read(root, reader: &reader)
    guard let register, reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return register
  }

  static func read(_ root: JSONValue, reader: inout JSONReader) -> DocumentRegister? {
    let elements: [(value: JSONValue, path: JSONPath)]?
    var formatVersion = DocumentRegister.currentFormatVersion
    if case .array = root.content {
      elements = reader.list(root, at: .root)
    } else {
      guard let object = reader.object(root, at: .root, allowedKeys: keys) else { return nil }
      formatVersion = reader.formatVersion(object, current: DocumentRegister.currentFormatVersion)
      elements = reader.list(object, "documents", required: true, allowEmpty: true)
    }
    guard let elements else { return nil }
    var documents: [ReviewDocument] = []
    var seen: Set<String> = []
    var complete = true
    for (value, path) in elements {
      guard let item = reader.object(value, at: path, allowedKeys: documentKeys) else {
        complete = false
        continue
      }
      let id = reader.string(item, "id")
      if let id, let problem = ReviewDocument.idProblem(id) {
        reader.report(problem, at: path.appending("id"))
      } else if let id, !seen.insert(id).inserted {
        reader.report("a second document with id \"\(id)\"; ids are unique", at: path.appending("id"))
      }
      let title = reader.text(item, "title", rule: .title)
      let date = reader.string(item, "date")
      if let date, !CalendarDate.isValid(date) {
        reader.report(CalendarDate.problem(date), at: path.appending("date"))
      }
      let version = reader.text(item, "version", rule: .version, required: false)
      let sha256 = reader.string(item, "sha256", required: false)
      if let sha256, !ReviewDocument.isSHA256(sha256) {
        reader.report(
          "expected a SHA-256 as 64 lower-case hexadecimal digits, found \"\(sha256.prefix(80))\"",
          at: path.appending("sha256"))
      }
      let note = reader.text(item, "note", rule: .note, required: false)
      guard let id, let title, let date else {
        complete = false
        continue
      }
      documents.append(
        ReviewDocument(id: id, title: title, date: date, version: version, sha256: sha256, note: note))
    }
    return complete ? DocumentRegister(formatVersion: formatVersion, documents: documents) : nil
  }
}

extension ReviewDocument {
  /// The longest document id.
  public static let maximumIDLength = 64

  /// What is wrong with `id` as a document id, or `nil`: lower-case letters, digits and hyphens, starting
  /// with a letter or digit, like `business-case` or `board-paper-2026`.
  public static func idProblem(_ id: String) -> String? {
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard !id.isEmpty, allowed, id.first != "-", id.count <= maximumIDLength else {
      return "\"\(id.prefix(80))\" is not a document id: use lower-case letters, digits and hyphens "
        + "(at most \(maximumIDLength)), such as business-case"
    }
    return nil
  }

  /// Whether `text` is a SHA-256 written as 64 lower-case hexadecimal digits.
  public static func isSHA256(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
  }
}
