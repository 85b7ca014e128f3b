import RubricEngine

/// A review on disk: `review.json`, the rubric snapshot `rubric.json`, and one file per interviewee in
/// `interviews/`. Every read checks the file; every write goes through `FileSystem.write`, durably.
public struct ReviewFolder {
  /// The folder, as given on the command line.
  public let path: String
  public let fileSystem: any FileSystem

  public var reviewPath: String { path + "/review.json" }
  public var rubricPath: String { path + "/rubric.json" }
  public var interviewsPath: String { path + "/interviews" }

  init(path: String, fileSystem: any FileSystem) {
    self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    self.fileSystem = fileSystem
  }

  // MARK: Creating and opening

  /// Creates a review in `path`, a new or empty folder: the rubric snapshot, the interviews folder, then
  /// `review.json` last, so that a folder holding `review.json` is always complete.
  /// - Throws: `ReviewStoreError.reviewExists` without touching anything when `path` holds a review.
  public static func create(
    at path: String, review: Review, rubric: Rubric, using fileSystem: any FileSystem
  ) throws(ReviewStoreError) -> ReviewFolder {
    let folder = ReviewFolder(path: path, fileSystem: fileSystem)
    if fileSystem.itemKind(at: folder.reviewPath) != nil { throw .reviewExists(path: folder.path) }
    switch fileSystem.itemKind(at: folder.path) {
    case .directory:
      let contents = try wrap { () throws(FileSystemError) in
        try fileSystem.contentsOfDirectory(at: folder.path)
      }
      guard contents.isEmpty else { throw .folderNotEmpty(path: folder.path) }
    case .file:
      throw .fileSystem(.alreadyExists(path: folder.path))
    case nil:
      try wrap { () throws(FileSystemError) in try fileSystem.createDirectory(at: folder.path) }
    }
    try wrap { () throws(FileSystemError) in try fileSystem.createDirectory(at: folder.interviewsPath) }
    try folder.writeData(rubric, to: folder.rubricPath)
    try folder.writeData(review, to: folder.reviewPath)
    return folder
  }

  /// The review in `path`.
  /// - Throws: `ReviewStoreError.notAReview` when the folder has no `review.json`.
  public static func open(at path: String, using fileSystem: any FileSystem) throws(ReviewStoreError)
    -> ReviewFolder
  {
    let folder = ReviewFolder(path: path, fileSystem: fileSystem)
    guard fileSystem.itemKind(at: folder.reviewPath) == .file else { throw .notAReview(path: folder.path) }
    return folder
  }

  // MARK: Reading

  /// The review record.
  public func review() throws(ReviewStoreError) -> Review {
    let bytes = try readDataFile(reviewPath)
    do { return try ReviewDecoder().decode(bytes, file: reviewPath) } catch { throw .invalidFile(error) }
  }

  /// The rubric snapshot, checked against the rubric `review` names.
  public func rubric(for review: Review) throws(ReviewStoreError) -> Rubric {
    let bytes = try readDataFile(rubricPath)
    let rubric: Rubric
    do { rubric = try RubricDecoder().decode(bytes, file: rubricPath) } catch { throw .invalidFile(error) }
    let found = RubricReference(rubric)
    guard found == review.rubric else {
      throw .rubricMismatch(path: rubricPath, expected: review.rubric, found: found)
    }
    return rubric
  }

  /// The slugs of the interview files, sorted.
  public func interviewSlugs() throws(ReviewStoreError) -> [String] {
    let names = try Self.wrap { () throws(FileSystemError) in
      try fileSystem.contentsOfDirectory(at: interviewsPath)
    }
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.filter(
      IntervieweeSlug.isValid)
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

  /// Every interview file, each read on its own, so one broken file does not hide the others.
  public func interviews(rubric: Rubric) throws(ReviewStoreError) -> [(
    slug: String, result: Result<Interview, ReviewStoreError>
  )] {
    let decoder = InterviewDecoder(rubric: rubric)
    return try interviewSlugs().map { slug in
      do throws(ReviewStoreError) {
        return (slug, .success(try interview(slug: slug, decoder: decoder)))
      } catch {
        return (slug, .failure(error))
      }
    }
  }

  /// Where `name`'s interview is stored: their existing file if they have one, otherwise a new slug made from
  /// the name that no other interviewee's file holds.
  /// - Throws: the problems of an existing file under the name's slug that cannot be read: such a file is
  ///   never overwritten.
  /// - Parameters:
  ///   - reserved: slugs already given to other new interviewees, such as earlier rows of one import.
  ///   - known: interviews already read, by slug, so that they are not read again.
  public func slug(
    forName name: String, rubric: Rubric, reserved: Set<String> = [], known: [String: Interview] = [:]
  ) throws(ReviewStoreError) -> String {
    let base = IntervieweeSlug.make(from: name)
    var candidate = base
    var number = 1
    while reserved.contains(candidate) || fileSystem.itemKind(at: interviewPath(slug: candidate)) != nil {
      guard !reserved.contains(candidate) else {
        number += 1
        candidate = "\(base)-\(number)"
        continue
      }
      let existing: Interview
      if let already = known[candidate] {
        existing = already
      } else {
        existing = try interview(slug: candidate, rubric: rubric)
      }
      if existing.isSamePerson(as: name) { return candidate }
      number += 1
      candidate = "\(base)-\(number)"
    }
    return candidate
  }

  // MARK: Writing

  /// Saves an interview durably under `slug`.
  public func save(_ interview: Interview, slug: String) throws(ReviewStoreError) {
    try writeData(interview, to: interviewPath(slug: slug))
  }

  /// Saves the review record durably.
  public func save(_ review: Review) throws(ReviewStoreError) {
    try writeData(review, to: reviewPath)
  }

  /// Takes the lock on `slug`'s interview, so that no second process interviews or imports into it.
  /// - Throws: `ReviewStoreError.locked` naming the holder's pid.
  public func lockInterview(slug: String, name: String) throws(ReviewStoreError) -> any HeldLock {
    let attempt = try Self.wrap { () throws(FileSystemError) in
      try fileSystem.lock(interviewsPath + "/." + slug + ".lock")
    }
    switch attempt {
    case .acquired(let lock): return lock
    case .heldByOther(let pid): throw .locked(name: name, pid: pid)
    }
  }

  // MARK: Helpers

  func writeData<Value: Encodable>(_ value: Value, to path: String) throws(ReviewStoreError) {
    let bytes: [UInt8]
    do {
      bytes = try DataFileEncoder.encode(value)
    } catch {
      throw .fileSystem(.failed(path: path, reason: "cannot encode: \(error)"))
    }
    try Self.wrap { () throws(FileSystemError) in try fileSystem.write(bytes, to: path) }
  }

  func readDataFile(_ path: String) throws(ReviewStoreError) -> [UInt8] {
    let size = try Self.wrap { () throws(FileSystemError) in try fileSystem.fileSize(at: path) }
    guard size <= DataFile.maximumSize else {
      throw .invalidFile(.tooLarge(file: path, size: size, limit: DataFile.maximumSize))
    }
    return try Self.wrap { () throws(FileSystemError) in try fileSystem.readFile(at: path) }
  }

  static func wrap<T>(_ body: () throws(FileSystemError) -> T) throws(ReviewStoreError) -> T {
    do { return try body() } catch { throw .fileSystem(error) }
  }
}
