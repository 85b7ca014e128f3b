import Foundation
import RubricEngine

/// An artefact imported into a review, as `DIR/artefacts/ID.json` keeps it: what was read and from which
/// file (its name and SHA-256, never its contents), the items without their descriptions, and what the
/// reading could not place.
public struct StoredArtefact: Codable, Equatable, Sendable {
  public static let currentFormatVersion = 1
  /// The largest artefact file written and read: one limit for both sides.
  public static let maximumSize = 64 * 1024 * 1024

  public var formatVersion: Int
  /// The id the review knows it by, such as `backlog` or `roadmap-2026`.
  public var id: String
  public var kind: ArtefactKind
  public var format: ArtefactFormat
  /// A title for the report, such as "ClaimsNext backlog (Jira)".
  public var title: String
  /// The name of the file read (no folder), and its SHA-256.
  public var source: String
  public var sha256: String
  /// When it was imported, `YYYY-MM-DD`.
  public var imported: String
  public var items: [ArtefactItem]
  public var unknownStates: [String]
  /// Rows skipped with `--skip-bad-rows`.
  public var skippedRows: Int

  /// Creates a stored artefact from a reading.
  public init(
    id: String, title: String, source: String, sha256: String, imported: String, reading: ArtefactReading
  ) {
    formatVersion = Self.currentFormatVersion
    self.id = id
    kind = reading.kind
    format = reading.format
    self.title = title
    self.source = source
    self.sha256 = sha256
    self.imported = imported
    items = reading.items
    unknownStates = reading.unknownStates
    skippedRows = reading.skippedRows.count
  }

  /// The measures of its items.
  public var measures: ArtefactMeasures { ArtefactMeasures(kind: kind, items: items) }

  /// The artefact in `bytes`, read from `file`.
  /// - Throws: `DataFileError` naming the file, with the line and column of a syntax error, or the JSON
  ///   path of a value of the wrong shape.
  public static func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> StoredArtefact {
    guard bytes.count <= maximumSize else {
      throw .tooLarge(file: file, size: bytes.count, limit: maximumSize)
    }
    do {
      _ = try JSONParser().parse(bytes)
    } catch {
      throw .invalid(
        file: file, problems: [JSONProblem(path: nil, position: error.position, message: error.message)])
    }
    do {
      let stored = try JSONDecoder().decode(StoredArtefact.self, from: Data(bytes))
      guard stored.formatVersion <= currentFormatVersion else {
        throw DecodingError.dataCorrupted(
          DecodingError.Context(
            codingPath: [],
            debugDescription: "format version \(stored.formatVersion) is newer than this workbench reads"))
      }
      return stored
    } catch let error as DecodingError {
      let (path, message) = Self.describe(error)
      throw .invalid(file: file, problems: [JSONProblem(path: path, position: nil, message: message)])
    } catch {
      throw .invalid(file: file, problems: [JSONProblem(path: nil, position: nil, message: "\(error)")])
    }
  }

  /// The JSON path and the words of a decoding error.
  static func describe(_ error: DecodingError) -> (JSONPath?, String) {
    func path(_ keys: [any CodingKey]) -> JSONPath {
      keys.reduce(JSONPath.root) { path, key in
        key.intValue.map { path.appending($0) } ?? path.appending(key.stringValue)
      }
    }
    let advice = "; the file was changed since it was imported: import the export again"
    switch error {
    case .keyNotFound(let key, let context):
      return (path(context.codingPath), "missing \"\(key.stringValue)\"" + advice)
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return (path(context.codingPath), "a value of the wrong kind" + advice)
    case .dataCorrupted(let context):
      let unknown = context.debugDescription.hasPrefix("Cannot initialize")
      return (
        path(context.codingPath),
        (unknown ? "a value this workbench does not know" : context.debugDescription) + advice
      )
    @unknown default: return (nil, "\(error)")
    }
  }
}
