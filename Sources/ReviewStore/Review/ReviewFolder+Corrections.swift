import RubricEngine

/// What a rename, removal or restore of an interview did: the name it holds and where the file went.
public struct IntervieweeChange: Equatable, Sendable {
  /// The interviewee's name as stored after the change.
  public var name: String
  /// The name before the change (a rename), or the same name.
  public var previousName: String
  /// Where the interview file is now.
  public var path: String
  /// Where it was before.
  public var previousPath: String
}

/// A removed interview kept in `.removed/`: its file and the name it holds.
public struct RemovedInterview: Equatable, Sendable {
  /// The file's name inside `.removed/`, such as `ana-lima.2026-11-23T090000Z.json`.
  public var file: String
  public var name: String
}

extension ReviewFolder {
  /// The folder removed interviews are moved to, out of `interviews/`: no command reads it as answers.
  public var removedPath: String { path + "/.removed" }

  // MARK: Rename

  /// Renames the interview of `oldName` to `newName`: the name inside the file and the file's slug, under
  /// the folder lock and the interview's lock. The new file is written durably before the old one is
  /// removed, so a crash leaves the old file or both, never neither.
  /// - Throws: `.unknownInterviewee` listing who is interviewed; `.alreadyInterviewed` when another
  ///   interview holds `newName`; `.locked` naming what holds the interview.
  public func renameInterviewee(
    _ oldName: String, to newName: String, rubric: Rubric, recorded: String, holder: String
  ) throws(ReviewStoreError) -> IntervieweeChange {
    let folderLock = try lockInterviewsFolder(holder: holder)
    defer { folderLock.release() }
    let stored = try storedInterviews(rubric: rubric)
    let old = try find(oldName, in: stored)
    let newKey = Interview.normalisedName(newName)
    if let other = stored.first(where: { Interview.normalisedName($0.interview.name) == newKey }),
      other.slug != old.slug
    {
      throw .alreadyInterviewed(name: other.interview.name, path: interviewPath(slug: other.slug))
    }
    var resolver = SlugResolver(folder: self, decoder: InterviewDecoder(rubric: rubric))
    let lock = try resolver.lockFile(slug: old.slug, name: old.interview.name, holder: holder)
    defer { lock.release() }
    // Read again under the lock: an interview that just ended may have saved answers since.
    var interview = try self.interview(slug: old.slug, rubric: rubric)
    let previousName = interview.name
    let (slug, targetLock) = try freeSlug(
      for: newName, keeping: old.slug, resolver: &resolver, holder: holder)
    defer { targetLock?.release() }
    interview.name = newName
    interview.updated = recorded
    let oldPath = interviewPath(slug: old.slug)
    let newPath = interviewPath(slug: slug)
    try writeData(interview, to: newPath)
    if slug != old.slug {
      try Self.wrap { () throws(FileSystemError) in
        try fileSystem.removeFile(at: oldPath)
        try fileSystem.syncFolder(at: interviewsPath)
      }
    }
    return IntervieweeChange(name: newName, previousName: previousName, path: newPath, previousPath: oldPath)
  }

  // MARK: Remove and restore

  /// Moves the interview of `name` to `.removed/`, its file named with the slug and `recorded`, under the
  /// folder lock and the interview's lock. Both folders are synced.
  /// - Throws: `.unknownInterviewee` listing who is interviewed; `.locked` naming what holds the interview.
  public func removeInterviewee(_ name: String, rubric: Rubric, recorded: String, holder: String)
    throws(ReviewStoreError) -> IntervieweeChange
  {
    let folderLock = try lockInterviewsFolder(holder: holder)
    defer { folderLock.release() }
    let found = try find(name, in: try storedInterviews(rubric: rubric))
    var resolver = SlugResolver(folder: self, decoder: InterviewDecoder(rubric: rubric))
    let lock = try resolver.lockFile(slug: found.slug, name: found.interview.name, holder: holder)
    defer { lock.release() }
    let interview = try self.interview(slug: found.slug, rubric: rubric)
    try prepareRemovedFolder()
    var file = found.slug + "." + Self.fileStamp(recorded) + ".json"
    var number = 2
    while fileSystem.itemKind(at: removedPath + "/" + file, followingLinks: false) != nil {
      file = found.slug + "." + Self.fileStamp(recorded) + "-\(number).json"
      number += 1
    }
    let source = interviewPath(slug: found.slug)
    let destination = removedPath + "/" + file
    try moveDurably(from: source, to: destination)
    return IntervieweeChange(
      name: interview.name, previousName: interview.name, path: destination, previousPath: source)
  }

  /// The removed interviews kept in `.removed/`, oldest file name first; files that cannot be read as
  /// interviews are left out.
  public func removedInterviews(rubric: Rubric) -> [RemovedInterview] {
    guard fileSystem.itemKind(at: removedPath, followingLinks: false) == .directory,
      let names = try? fileSystem.contentsOfDirectory(at: removedPath)
    else { return [] }
    let decoder = InterviewDecoder(rubric: rubric)
    return names.filter { $0.hasSuffix(".json") }.compactMap { file in
      let path = removedPath + "/" + file
      guard let bytes = try? readDataFile(path), let interview = try? decoder.decode(bytes, file: path)
      else { return nil }
      return RemovedInterview(file: file, name: interview.name)
    }
  }

  /// Moves a removed interview of `name` back into `interviews/`, under the folder lock. With several
  /// removed copies of the name, `file` chooses one. Nothing is ever overwritten.
  /// - Throws: `.notRemoved` listing the removed names; `.severalRemoved` listing the copies when `file`
  ///   is `nil`; `.alreadyInterviewed` when the name is interviewed again since.
  public func restoreInterviewee(_ name: String, file: String?, rubric: Rubric, holder: String)
    throws(ReviewStoreError) -> IntervieweeChange
  {
    let folderLock = try lockInterviewsFolder(holder: holder)
    defer { folderLock.release() }
    let key = Interview.normalisedName(name)
    let removed = removedInterviews(rubric: rubric)
    var copies = removed.filter { Interview.normalisedName($0.name) == key }
    if let file { copies = copies.filter { $0.file == file } }
    guard let copy = copies.first else {
      var names: [String] = []
      var keys: Set<String> = []
      for entry in removed where keys.insert(Interview.normalisedName(entry.name)).inserted {
        names.append(entry.name)
      }
      throw .notRemoved(name: file.map { "\(name) in \($0)" } ?? name, review: path, removed: names)
    }
    guard copies.count == 1 else {
      throw .severalRemoved(name: copy.name, review: path, copies: copies.map(\.file))
    }
    let stored = try storedInterviews(rubric: rubric)
    if let other = stored.first(where: { Interview.normalisedName($0.interview.name) == key }) {
      throw .alreadyInterviewed(name: other.interview.name, path: interviewPath(slug: other.slug))
    }
    var resolver = SlugResolver(folder: self, decoder: InterviewDecoder(rubric: rubric))
    let (slug, lock) = try freeSlug(for: copy.name, keeping: nil, resolver: &resolver, holder: holder)
    defer { lock?.release() }
    let source = removedPath + "/" + copy.file
    let destination = interviewPath(slug: slug)
    try moveDurably(from: source, to: destination)
    return IntervieweeChange(
      name: copy.name, previousName: copy.name, path: destination, previousPath: source)
  }

  // MARK: Helpers

  /// Every interview file that can be read, with its slug. A file that cannot be read is an error: a
  /// name might be matched wrongly without it.
  func storedInterviews(rubric: Rubric) throws(ReviewStoreError) -> [(slug: String, interview: Interview)] {
    var stored: [(slug: String, interview: Interview)] = []
    for (slug, result) in try interviews(rubric: rubric) {
      stored.append((slug, try result.get()))
    }
    return stored
  }

  /// The interview of `name`, matched as every command matches names (`Interview.normalisedName`).
  func find(_ name: String, in stored: [(slug: String, interview: Interview)]) throws(ReviewStoreError)
    -> (slug: String, interview: Interview)
  {
    let key = Interview.normalisedName(name)
    guard let found = stored.first(where: { Interview.normalisedName($0.interview.name) == key }) else {
      let names = stored.map(\.interview.name).sorted {
        Interview.normalisedName($0) < Interview.normalisedName($1)
      }
      throw .unknownInterviewee(name: name, review: path, interviewed: names)
    }
    return found
  }

  /// The slug a file of `name` goes to: `keeping` when it is among the name's slugs, otherwise the first
  /// one with no file whose lock is free (that lock is taken and returned).
  func freeSlug(for name: String, keeping: String?, resolver: inout SlugResolver, holder: String)
    throws(ReviewStoreError) -> (slug: String, lock: (any HeldLock)?)
  {
    let base = IntervieweeSlug.make(from: name)
    var number = 1
    while true {
      let slug = IntervieweeSlug.numbered(base, number)
      number += 1
      if slug == keeping { return (slug, nil) }
      guard fileSystem.itemKind(at: interviewPath(slug: slug), followingLinks: false) == nil else { continue }
      if let lock = try resolver.lockIfFree(slug: slug, name: name, holder: holder) { return (slug, lock) }
    }
  }

  /// Creates `.removed/` if it is missing; a link or a file there is refused.
  func prepareRemovedFolder() throws(ReviewStoreError) {
    switch fileSystem.itemKind(at: removedPath, followingLinks: false) {
    case .directory: return
    case nil:
      try Self.wrap { () throws(FileSystemError) in
        try fileSystem.createDirectory(at: removedPath)
        try fileSystem.syncFolder(at: path)
      }
    case .symbolicLink: throw .fileSystem(.symbolicLink(path: removedPath))
    case .file, .special:
      throw .unexpectedFile(
        path: removedPath, reason: "should be the folder of removed interviews; move it aside")
    }
  }

  /// `recorded` (ISO 8601) as it goes in a file name: `2026-11-23T090000Z`, no colons.
  static func fileStamp(_ recorded: String) -> String {
    String(recorded.filter { $0 != ":" })
  }

  /// Moves an interview file between `interviews/` and `.removed/`, then syncs both folders, so that after a
  /// crash it is in one of them, never in neither.
  private func moveDurably(from source: String, to destination: String) throws(ReviewStoreError) {
    try Self.wrap { () throws(FileSystemError) in
      try fileSystem.moveItem(from: source, to: destination)
      try fileSystem.syncFolder(at: removedPath)
      try fileSystem.syncFolder(at: interviewsPath)
    }
  }
}
