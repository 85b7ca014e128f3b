import RubricEngine

/// A review on disk: `review.json`, the rubric snapshot `rubric.json`, and one file per interviewee in
/// `interviews/`. Every read checks the file and never follows a link; every write goes through the one
/// durable write; every read-modify-write takes the file's lock first and reads under it.
public struct ReviewFolder {
  /// The folder, as given on the command line.
  public let path: String
  public let fileSystem: any FileSystem

  public var reviewPath: String { path + "/review.json" }
  public var rubricPath: String { path + "/rubric.json" }
  public var interviewsPath: String { path + "/interviews" }
  /// What the workbench last wrote as reports and exports, with their hashes.
  public var outputsPath: String { path + "/outputs.json" }

  /// The names of the files the review keeps in its folder: never an output's name.
  public static let dataFileNames: Set<String> = [
    "review.json", "rubric.json", "outputs.json", "documents.json", "evidence.json", "actions.json",
    "outcome-chain.json",
  ]
  /// The folders the review keeps its data in: no output is written inside them.
  public static let dataFolderNames: Set<String> = ["interviews", "checkpoints", "artefacts", ".removed"]

  init(path: String, fileSystem: any FileSystem) {
    self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    self.fileSystem = fileSystem
  }

  // MARK: Creating and opening

  /// Creates a review in `path`, a new or empty folder. The review is built whole in a hidden folder beside
  /// it and renamed into place, so a crash leaves either no review or a complete one.
  /// - Throws: `ReviewStoreError.reviewExists` without touching anything when `path` holds a review.
  public static func create(
    at path: String, review: Review, rubric: Rubric, using fileSystem: any FileSystem
  ) throws(ReviewStoreError) -> ReviewFolder {
    let folder = ReviewFolder(path: path, fileSystem: fileSystem)
    if fileSystem.itemKind(at: folder.reviewPath, followingLinks: false) != nil {
      throw .reviewExists(path: folder.path)
    }
    let exists: Bool
    switch fileSystem.itemKind(at: folder.path) {
    case .directory:
      let contents = try wrap { () throws(FileSystemError) in
        try fileSystem.contentsOfDirectory(at: folder.path)
      }
      guard contents.isEmpty else { throw .folderNotEmpty(path: folder.path) }
      exists = true
    case nil:
      exists = false
    case .file, .symbolicLink, .special:
      throw .fileSystem(.alreadyExists(path: folder.path))
    }
    let rubricBytes = try encoded(rubric, for: folder.rubricPath)
    let reviewBytes = try encoded(review, for: folder.reviewPath)
    let (parent, name) = split(folder.path)
    // An empty folder that is the current directory cannot be replaced: build in it, review.json last.
    if exists,
      name == "." || name == ".." || fileSystem.identity(of: folder.path) == fileSystem.identity(of: ".")
    {
      try folder.build(rubric: rubricBytes, review: reviewBytes, in: folder.path)
      return folder
    }
    guard exists || fileSystem.itemKind(at: parent) == .directory else {
      throw .parentMissing(path: folder.path, parent: parent)
    }
    removeAbandonedBuilds(of: name, in: parent, using: fileSystem)
    let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    let building = parent + "/." + name + ".init-\(fileSystem.currentProcess)-\(nonce)"
    do throws(ReviewStoreError) {
      try wrap { () throws(FileSystemError) in try fileSystem.createDirectory(at: building) }
      try folder.build(rubric: rubricBytes, review: reviewBytes, in: building)
      try wrap { () throws(FileSystemError) in try fileSystem.moveItem(from: building, to: folder.path) }
    } catch {
      try? fileSystem.removeTree(at: building)
      throw error
    }
    return folder
  }

  private func build(rubric: [UInt8], review: [UInt8], in root: String) throws(ReviewStoreError) {
    try Self.wrap { () throws(FileSystemError) in
      try fileSystem.createDirectory(at: root + "/interviews")
      try fileSystem.write(rubric, to: root + "/rubric.json")
      try fileSystem.write(review, to: root + "/review.json")
    }
  }

  /// Removes folders that an `init` of `name` was building when it was killed.
  private static func removeAbandonedBuilds(
    of name: String, in parent: String, using fileSystem: any FileSystem
  ) {
    guard let entries = try? fileSystem.contentsOfDirectory(at: parent, includingHidden: true) else { return }
    let prefix = "." + name + ".init-"
    for entry in entries where entry.hasPrefix(prefix) {
      let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) }
      if let pid, !fileSystem.isProcessAlive(pid) { try? fileSystem.removeTree(at: parent + "/" + entry) }
    }
  }

  /// The review in `path`, after finishing an import that a crash interrupted.
  /// - Throws: `ReviewStoreError.notAReview` when the folder has no `review.json`; a link or a special file
  ///   where the review keeps its own files is an error naming it.
  public static func open(at path: String, using fileSystem: any FileSystem) throws(ReviewStoreError)
    -> ReviewFolder
  {
    let folder = ReviewFolder(path: path, fileSystem: fileSystem)
    switch fileSystem.itemKind(at: folder.reviewPath, followingLinks: false) {
    case .file: break
    case nil: throw .notAReview(path: folder.path)
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: folder.reviewPath))
    case .directory: throw .fileSystem(.isDirectory(path: folder.reviewPath))
    case .special(let kind): throw .fileSystem(.notRegularFile(path: folder.reviewPath, kind: kind))
    }
    switch fileSystem.itemKind(at: folder.interviewsPath, followingLinks: false) {
    case .directory: break
    case nil: throw .fileSystem(.notFound(path: folder.interviewsPath))
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: folder.interviewsPath))
    case .file, .special:
      throw .unexpectedFile(
        path: folder.interviewsPath, reason: "should be the folder of interview files; move it aside")
    }
    folder.finishInterruptedImport()
    return folder
  }

  // MARK: Reading

  /// The review record and its rubric snapshot, each file read once: every problem of `review.json` is
  /// reported at once, an adjustment of a lens the snapshot lacks among them, then the snapshot's own.
  /// - Throws: `ReviewStoreError.invalidFile` listing the problems of one file, `.rubricMismatch` when the
  ///   snapshot is not the rubric the review names.
  public func reviewAndRubric() throws(ReviewStoreError) -> (review: Review, rubric: Rubric) {
    let bytes = try readDataFile(reviewPath)
    let snapshot = Result { () throws(ReviewStoreError) in try rubricSnapshot() }
    let review = try decodeReview(bytes, snapshot: try? snapshot.get())
    let rubric = try snapshot.get()
    try check(rubric, against: review)
    return (review, rubric)
  }

  /// The review record, its adjustments checked against the rubric snapshot when the snapshot can be read
  /// (the snapshot's own problems are reported by `rubric(for:)` and `reviewAndRubric()`).
  public func review() throws(ReviewStoreError) -> Review {
    let bytes = try readDataFile(reviewPath)
    return try decodeReview(bytes, snapshot: try? rubricSnapshot())
  }

  /// The rubric snapshot, checked against the rubric `review` names.
  public func rubric(for review: Review) throws(ReviewStoreError) -> Rubric {
    let rubric = try rubricSnapshot()
    try check(rubric, against: review)
    return rubric
  }

  private func decodeReview(_ bytes: [UInt8], snapshot: Rubric?) throws(ReviewStoreError) -> Review {
    do { return try ReviewDecoder().decode(bytes, file: reviewPath, snapshot: snapshot) } catch {
      throw .invalidFile(error)
    }
  }

  private func rubricSnapshot() throws(ReviewStoreError) -> Rubric {
    let bytes = try readDataFile(rubricPath)
    do { return try RubricDecoder().decode(bytes, file: rubricPath) } catch { throw .invalidFile(error) }
  }

  private func check(_ rubric: Rubric, against review: Review) throws(ReviewStoreError) {
    let found = RubricReference(rubric)
    guard found == review.rubric else {
      throw .rubricMismatch(path: rubricPath, expected: review.rubric, found: found)
    }
  }

  /// The slugs of the interview files, sorted; files that are not interview files are left out (see
  /// `interviews(rubric:)`, which reports them).
  public func interviewSlugs() throws(ReviewStoreError) -> [String] {
    try interviewEntries().compactMap { entry in
      if case .interview(let slug) = entry { return slug }
      return nil
    }
  }

  /// One visible entry of `interviews/`: an interview file's slug, or a name that is not one.
  enum InterviewEntry {
    case interview(slug: String)
    case stranger(name: String)
  }

  func interviewEntries() throws(ReviewStoreError) -> [InterviewEntry] {
    let names = try Self.wrap { () throws(FileSystemError) in
      try fileSystem.contentsOfDirectory(at: interviewsPath)
    }
    return names.map { name in
      let slug = name.hasSuffix(".json") ? String(name.dropLast(5)) : ""
      return IntervieweeSlug.isValid(slug) ? .interview(slug: slug) : .stranger(name: name)
    }
  }

  /// The path of an interview file.
  public func interviewPath(slug: String) -> String { interviewsPath + "/" + slug + ".json" }

  /// The interview stored under `slug`, checked against `rubric`.
  public func interview(slug: String, rubric: Rubric) throws(ReviewStoreError) -> Interview {
    try interview(slug: slug, decoder: InterviewDecoder(rubric: rubric))
  }

  func interview(slug: String, decoder: InterviewDecoder) throws(ReviewStoreError) -> Interview {
    let path = interviewPath(slug: slug)
    let bytes = try readDataFile(path)
    do { return try decoder.decode(bytes, file: path) } catch {
      throw .invalidFile(error)
    }
  }

  /// Every file in `interviews/`, each read on its own, so one broken file does not hide the others. A file
  /// that is not an interview file is listed with the reason, never skipped in silence.
  /// - Parameter progress: told `(read, total)` after each file, for a progress line.
  public func interviews(rubric: Rubric, progress: ((Int, Int) -> Void)? = nil) throws(ReviewStoreError)
    -> [(slug: String, result: Result<Interview, ReviewStoreError>)]
  {
    let decoder = InterviewDecoder(rubric: rubric)
    let entries = try interviewEntries()
    return entries.enumerated().compactMap { index, entry in
      progress?(index + 1, entries.count)
      let found = read(entry, decoder: decoder)
      // A file listed but gone by the time it is read was removed or renamed meanwhile (by a command that
      // held its lock): the review is read as if it had not been listed, never as a broken file.
      if case .failure(.fileSystem(.notFound(let path))) = found.result,
        path == interviewPath(slug: found.slug)
      {
        return nil
      }
      return found
    }
  }

  private func read(_ entry: InterviewEntry, decoder: InterviewDecoder) -> (
    slug: String, result: Result<Interview, ReviewStoreError>
  ) {
    switch entry {
    case .interview(let slug):
      do throws(ReviewStoreError) {
        return (slug, .success(try interview(slug: slug, decoder: decoder)))
      } catch {
        return (slug, .failure(error))
      }
    case .stranger(let name):
      return (
        name,
        .failure(
          .unexpectedFile(
            path: interviewsPath + "/" + name,
            reason: "not an interview file (interview files are named like ana-lima.json, lowercase "
              + "letters, digits and hyphens); move it out of the interviews folder"))
      )
    }
  }

  // MARK: Writing

  /// Saves an interview durably under `slug`. The caller holds the interview's lock.
  public func save(_ interview: Interview, slug: String) throws(ReviewStoreError) {
    try writeData(interview, to: interviewPath(slug: slug))
  }

  /// Reads `review.json` under its lock, lets `change` edit it, and saves it; nothing is saved when `change`
  /// throws. Two commands changing the review at once take turns, and neither loses the other's change.
  public func updateReview<Result>(
    holder: String, _ change: (inout Review) throws(ReviewStoreError) -> Result
  ) throws(ReviewStoreError) -> Result {
    let lock = try lock(file: "review.json", what: "review.json", holder: holder, waiting: true)
    defer { lock.release() }
    var review = try review()
    let result = try change(&review)
    try writeData(review, to: reviewPath)
    return result
  }

  /// Takes the lock of one of the review's shared files (`review.json`, `documents.json`, ...), held until
  /// released. With `waiting`, another command's brief hold is waited for.
  /// - Throws: `ReviewStoreError.locked` naming `what` and the holder.
  public func lock(file name: String, what: String, holder: String, waiting: Bool) throws(ReviewStoreError)
    -> any HeldLock
  {
    try takeLock(path + "/." + name + ".lock", what: what, holder: holder, waiting: waiting)
  }

  func takeLock(_ lockPath: String, what: String, holder: String, waiting: Bool) throws(ReviewStoreError)
    -> any HeldLock
  {
    let attempt = try Self.wrap { () throws(FileSystemError) in
      try fileSystem.lock(lockPath, holder: TextRule.sentence.cleaned(holder), waiting: waiting)
    }
    switch attempt {
    case .acquired(let lock): return lock
    case .heldByOther(let pid, let other): throw .locked(what: what, pid: pid, holder: other)
    }
  }

  // MARK: Stray files

  /// Temporary files left in the review by writers that were killed: their paths and sizes.
  public func strayTemporaries() -> [(path: String, size: Int)] {
    var found: [(path: String, size: Int)] = []
    for folder in [path, interviewsPath, path + "/artefacts"] {
      guard let names = try? fileSystem.contentsOfDirectory(at: folder, includingHidden: true) else {
        continue
      }
      for name in names {
        guard let pid = Self.writerOfTemporary(name), !fileSystem.isProcessAlive(pid) else { continue }
        let file = folder + "/" + name
        found.append((file, (try? fileSystem.fileSize(at: file)) ?? 0))
      }
    }
    return found
  }

  /// Removes the temporary files of writers that are gone. Called by commands that write to the review,
  /// after an interrupted import has been finished (its files are temporary until then).
  public func removeStrayTemporaries() {
    for stray in strayTemporaries() { try? fileSystem.removeFile(at: stray.path) }
  }

  /// The process that wrote a temporary file named `.NAME.PID.NONCE.tmp` (or, from earlier versions,
  /// `.NAME.PID.tmp`); `nil` for any other name.
  static func writerOfTemporary(_ name: String) -> Int32? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let parts = name.dropLast(4).split(separator: ".")
    guard parts.count >= 3 else { return nil }
    let last = parts[parts.count - 1]
    let beforeLast = parts[parts.count - 2]
    // A NONCE is hexadecimal and follows the pid; the earlier form ends with the pid after "json".
    if beforeLast == "json" || beforeLast == "md" || beforeLast == "svg" || beforeLast == "csv" {
      return Int32(last)
    }
    return Int32(beforeLast) ?? Int32(last)
  }

  // MARK: Helpers

  func writeData<Value: Encodable>(_ value: Value, to path: String, limit: Int = DataFile.maximumSize)
    throws(ReviewStoreError)
  {
    let bytes = try Self.encoded(value, for: path, limit: limit)
    try refuseLink(at: path)
    try Self.wrap { () throws(FileSystemError) in try fileSystem.write(bytes, to: path) }
  }

  /// A link where the review keeps a file is an error naming it: nothing is written over or through it.
  func refuseLink(at path: String) throws(ReviewStoreError) {
    switch fileSystem.itemKind(at: path, followingLinks: false) {
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: path))
    case .special(let kind): throw .fileSystem(.notRegularFile(path: path, kind: kind))
    case .directory: throw .fileSystem(.isDirectory(path: path))
    case .file, nil: break
    }
  }

  /// The data file's bytes as saved, refused when no command could read them back.
  static func encoded<Value: Encodable>(_ value: Value, for path: String, limit: Int = DataFile.maximumSize)
    throws(ReviewStoreError) -> [UInt8]
  {
    let bytes: [UInt8]
    do {
      bytes = try DataFileEncoder.encode(value)
    } catch {
      throw .fileSystem(.failed(path: path, reason: "cannot encode: \(error)"))
    }
    guard bytes.count <= limit else {
      throw .wouldBeTooLarge(path: path, size: bytes.count, limit: limit)
    }
    return bytes
  }

  func readDataFile(_ path: String, limit: Int = DataFile.maximumSize) throws(ReviewStoreError) -> [UInt8] {
    do {
      return try fileSystem.readFile(at: path, limit: limit, followingLinks: false)
    } catch {
      if case .tooLarge(let file, let size, let limit) = error {
        throw .invalidFile(.tooLarge(file: file, size: size, limit: limit))
      }
      throw .fileSystem(error)
    }
  }

  static func split(_ path: String) -> (parent: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let parent = slash == path.startIndex ? "/" : String(path[..<slash])
    return (parent, String(path[path.index(after: slash)...]))
  }

  static func wrap<T>(_ body: () throws(FileSystemError) -> T) throws(ReviewStoreError) -> T {
    do { return try body() } catch { throw .fileSystem(error) }
  }
}
