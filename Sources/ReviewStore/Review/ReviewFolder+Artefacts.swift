import ArtefactReading
import RubricEngine

/// The programme's work imported as evidence: one file per artefact in `artefacts/`, and the observed
/// evidence each adds to `evidence.json`, linked to it by id so that removing the artefact removes it.
extension ReviewFolder {
  public var artefactsPath: String { path + "/artefacts" }

  /// The path of an artefact's file.
  public func artefactPath(id: String) -> String { artefactsPath + "/" + id + ".json" }

  /// The ids of the imported artefacts, sorted; files that are not artefact files are left out.
  public func artefactIDs() throws(ReviewStoreError) -> [String] {
    switch fileSystem.itemKind(at: artefactsPath, followingLinks: false) {
    case nil: return []
    case .directory: break
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: artefactsPath))
    case .file, .special:
      throw .unexpectedFile(
        path: artefactsPath, reason: "should be the folder of imported artefacts; move it aside")
    }
    let names = try Self.wrap { () throws(FileSystemError) in
      try fileSystem.contentsOfDirectory(at: artefactsPath)
    }
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
      .filter { ReviewDocument.idProblem($0) == nil }.sorted()
  }

  /// The imported artefact `id`.
  public func artefact(id: String) throws(ReviewStoreError) -> StoredArtefact {
    let file = artefactPath(id: id)
    guard fileSystem.itemKind(at: file, followingLinks: false) != nil else {
      throw .unknownArtefact(id: id, review: path, imported: (try? artefactIDs()) ?? [])
    }
    let bytes = try readDataFile(file, limit: StoredArtefact.maximumSize)
    let stored: StoredArtefact
    do { stored = try StoredArtefact.decode(bytes, file: file) } catch { throw .invalidFile(error) }
    guard stored.id == id else {
      throw .invalidFile(
        .invalid(
          file: file,
          problems: [
            JSONProblem(
              path: JSONPath.root.appending("id"),
              message: "the id is \"\(stored.id.prefix(80))\" but the file is named \(id).json; the file was "
                + "changed or renamed by hand: import the export again")
          ]))
    }
    return stored
  }

  /// Saves `artefact` and adds `evidence` (numbered as it is added, linked to the artefact) under the
  /// locks of the artefacts folder, `documents.json` and `evidence.json`. The artefact's file is written
  /// first: a crash leaves an artefact without its evidence, which `artefact remove` clears, never evidence
  /// of an artefact that is not there.
  /// - Returns: the numbers given to the evidence.
  /// - Throws: `.artefactImported` when the id is taken; nothing is written then.
  public func importArtefact(
    _ artefact: StoredArtefact, evidence: [ReviewerEvidence], rubric: Rubric, holder: String
  ) throws(ReviewStoreError) -> [Int] {
    let lock = try lock(file: "artefacts", what: "the review's artefacts", holder: holder, waiting: true)
    defer { lock.release() }
    let file = artefactPath(id: artefact.id)
    if fileSystem.itemKind(at: file, followingLinks: false) != nil {
      throw .artefactImported(id: artefact.id, path: file)
    }
    for other in try artefactIDs() {
      if let stored = try? self.artefact(id: other), stored.sha256 == artefact.sha256 {
        throw .sameArtefact(id: other, path: artefactPath(id: other))
      }
    }
    return try updateEvidenceRecords(rubric: rubric, holder: holder) { _, log throws(ReviewStoreError) in
      try prepareArtefactsFolder()
      try writeData(artefact, to: file, limit: StoredArtefact.maximumSize)
      var numbers: [Int] = []
      for var entry in evidence {
        entry.id = log.nextID
        entry.artefact = artefact.id
        log.append(entry)
        numbers.append(entry.id)
      }
      return numbers
    }
  }

  /// Removes the artefact `id` and the evidence it added, under the same locks as the import.
  /// - Returns: the numbers of the evidence removed.
  public func removeArtefact(id: String, rubric: Rubric, holder: String) throws(ReviewStoreError) -> [Int] {
    let lock = try lock(file: "artefacts", what: "the review's artefacts", holder: holder, waiting: true)
    defer { lock.release() }
    let file = artefactPath(id: id)
    let present = fileSystem.itemKind(at: file, followingLinks: false) != nil
    return try updateEvidenceRecords(rubric: rubric, holder: holder) { _, log throws(ReviewStoreError) in
      let linked = log.evidence.filter { $0.artefact == id }.map(\.id)
      guard present || !linked.isEmpty else {
        throw .unknownArtefact(id: id, review: path, imported: (try? artefactIDs()) ?? [])
      }
      log.evidence.removeAll { $0.artefact == id }
      if present {
        try refuseLink(at: file)
        try Self.wrap { () throws(FileSystemError) in
          try fileSystem.removeFile(at: file)
          try fileSystem.syncFolder(at: artefactsPath)
        }
      }
      return linked
    }
  }

  /// Creates `artefacts/` if it is missing; a link or a file there is refused.
  func prepareArtefactsFolder() throws(ReviewStoreError) {
    switch fileSystem.itemKind(at: artefactsPath, followingLinks: false) {
    case .directory: return
    case nil:
      try Self.wrap { () throws(FileSystemError) in
        try fileSystem.createDirectory(at: artefactsPath)
        try fileSystem.syncFolder(at: path)
      }
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: artefactsPath))
    case .file, .special:
      throw .unexpectedFile(
        path: artefactsPath, reason: "should be the folder of imported artefacts; move it aside")
    }
  }
}
