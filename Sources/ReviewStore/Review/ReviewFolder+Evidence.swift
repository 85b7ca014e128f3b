import RubricEngine

/// The reviewer's record of what was shown: the document register `documents.json` and the evidence
/// `evidence.json`. A review without them has none yet; neither file is created until something is added.
extension ReviewFolder {
  public var documentsPath: String { path + "/documents.json" }
  public var evidencePath: String { path + "/evidence.json" }

  // MARK: Reading

  /// The document register; an empty one when the review has no `documents.json`.
  /// - Throws: `.invalidFile` listing every problem of the file; a link or a folder there is an error.
  public func documents() throws(ReviewStoreError) -> DocumentRegister {
    guard let bytes = try optionalDataFile(documentsPath) else { return DocumentRegister() }
    do { return try DocumentRegisterDecoder().decode(bytes, file: documentsPath) } catch {
      throw .invalidFile(error)
    }
  }

  /// The reviewer's evidence, checked against `rubric` and, when given, the registered documents; an
  /// empty log when the review has no `evidence.json`.
  /// - Throws: `.invalidFile` listing every problem of the file.
  public func evidence(rubric: Rubric, documents: DocumentRegister?) throws(ReviewStoreError) -> EvidenceLog {
    guard let bytes = try optionalDataFile(evidencePath) else { return EvidenceLog() }
    let decoder = EvidenceLogDecoder(rubric: rubric, documents: documents.map { Set($0.documents.map(\.id)) })
    do { return try decoder.decode(bytes, file: evidencePath) } catch { throw .invalidFile(error) }
  }

  // MARK: Writing

  /// Reads the register and the evidence under their locks (the register's first, always in that order),
  /// lets `change` edit them, and saves what changed; nothing is saved when `change` throws. What is saved
  /// is read back first as every command reads it: a change that could not be read back is refused.
  public func updateEvidenceRecords<Result>(
    rubric: Rubric, holder: String,
    _ change: (inout DocumentRegister, inout EvidenceLog) throws(ReviewStoreError) -> Result
  ) throws(ReviewStoreError) -> Result {
    let documentsLock = try lock(
      file: "documents.json", what: "documents.json", holder: holder, waiting: true)
    defer { documentsLock.release() }
    let evidenceLock = try lock(file: "evidence.json", what: "evidence.json", holder: holder, waiting: true)
    defer { evidenceLock.release() }
    let register = try documents()
    let log = try evidence(rubric: rubric, documents: register)
    var (newRegister, newLog) = (register, log)
    let result = try change(&newRegister, &newLog)
    try checkReadable(newRegister, newLog, rubric: rubric)
    if newRegister != register { try writeData(newRegister, to: documentsPath) }
    if newLog != log { try writeData(newLog, to: evidencePath) }
    return result
  }

  /// Refuses a register and evidence that a command would not read back as they are.
  private func checkReadable(_ register: DocumentRegister, _ log: EvidenceLog, rubric: Rubric)
    throws(ReviewStoreError)
  {
    let documentBytes = try Self.encoded(register, for: documentsPath)
    let evidenceBytes = try Self.encoded(log, for: evidencePath)
    do {
      let read = try DocumentRegisterDecoder().decode(documentBytes, file: documentsPath)
      let decoder = EvidenceLogDecoder(rubric: rubric, documents: Set(read.documents.map(\.id)))
      _ = try decoder.decode(evidenceBytes, file: evidencePath)
    } catch {
      throw .invalidFile(error)
    }
  }

  /// The bytes of a data file, or `nil` when there is none.
  private func optionalDataFile(_ path: String) throws(ReviewStoreError) -> [UInt8]? {
    guard fileSystem.itemKind(at: path, followingLinks: false) != nil else { return nil }
    do { return try readDataFile(path) } catch {
      // Removed between the look and the read: there is none.
      if case .fileSystem(.notFound) = error { return nil }
      throw error
    }
  }
}

/// What an import of an evidence sheet did.
public struct EvidenceImportOutcome: Equatable, Sendable {
  /// The numbers given to the entries added, in the sheet's order.
  public var added: [Int]
  /// Rows that record evidence already in the review, left as they are.
  public var unchanged: Int
}

extension ReviewFolder {
  /// Adds the entries of an evidence sheet, all or nothing: every row is checked against the rubric and the
  /// register first, and a row that records evidence already in the review is left as it is, so importing a
  /// sheet twice adds nothing the second time.
  /// - Throws: `.badRows` listing every bad row with its line; `.refused` when the files cannot be read or
  ///   written, or another command holds them.
  /// - Parameter today: `YYYY-MM-DD`; a row dated after it is refused.
  public func importEvidenceSheet(_ sheet: CSVDocument, rubric: Rubric, today: String, holder: String)
    throws(ImportError) -> EvidenceImportOutcome
  {
    let registered: DocumentRegister
    do throws(ReviewStoreError) {
      registered = try documents()
    } catch {
      throw .refused(error)
    }
    let rows: [EvidenceSheet.Row]
    switch EvidenceSheet.read(
      sheet, rubric: rubric, documents: Set(registered.documents.map(\.id)), today: today)
    {
    case .success(let read): rows = read
    case .failure(let problems): throw .badRows(problems)
    }
    do throws(ReviewStoreError) {
      return try updateEvidenceRecords(rubric: rubric, holder: holder) {
        register, log throws(ReviewStoreError) in
        // A document removed since the sheet was checked is refused as on the command line.
        for row in rows {
          if let document = row.document, register.document(id: document) == nil {
            throw .unknownDocument(
              id: document, path: documentsPath, registered: register.documents.map(\.id))
          }
        }
        var outcome = EvidenceImportOutcome(added: [], unchanged: 0)
        for row in rows {
          if log.evidence.contains(where: row.matches) {
            outcome.unchanged += 1
            continue
          }
          let id = log.nextID
          log.append(
            ReviewerEvidence(
              id: id, question: row.question, score: row.score, source: row.source, document: row.document,
              note: row.note, date: row.date))
          outcome.added.append(id)
        }
        return outcome
      }
    } catch {
      throw .refused(error)
    }
  }
}
