import Foundation
import RubricEngine

/// A file a command writes for the consultant: a report, its chart, an export.
public struct OutputFile: Equatable, Sendable {
  public var path: String
  public var bytes: [UInt8]

  /// Creates an output.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}

/// What the workbench last wrote for a review, kept in `outputs.json`: each output's path (relative to the
/// review for files inside it) with the SHA-256 of its bytes, so that a file someone edited by hand, or one
/// the workbench never wrote, is not replaced without `--force`.
struct OutputRecord: Codable, Equatable {
  static let currentFormatVersion = 1

  struct Entry: Codable, Equatable {
    var sha256: String
    var written: String
  }

  var formatVersion = OutputRecord.currentFormatVersion
  var files: [String: Entry] = [:]

  static func decode(_ bytes: [UInt8], file: String) throws(DataFileError) -> OutputRecord {
    let root = try DataFile.parse(bytes, file: file)
    var reader = JSONReader()
    var record = OutputRecord()
    if let object = reader.object(root, at: .root, allowedKeys: ["formatVersion", "files"]) {
      record.formatVersion = reader.formatVersion(object, current: currentFormatVersion, required: true)
      if let value = reader.member(object, "files", required: true) {
        if case .object(let members) = value.content {
          for member in members {
            let path = object.path.appending("files").appending(member.key)
            guard let entry = reader.object(member.value, at: path, allowedKeys: ["sha256", "written"]) else {
              continue
            }
            if let hash = reader.string(entry, "sha256"), let written = reader.string(entry, "written") {
              record.files[member.key] = Entry(sha256: hash, written: written)
            }
          }
        } else {
          reader.report("expected an object, found \(value.kindName)", at: object.path.appending("files"))
        }
      }
    }
    guard reader.problems.isEmpty else { throw .invalid(file: file, problems: reader.problems) }
    return record
  }
}

extension ReviewFolder {
  /// The most of an existing output that is read to tell whether it is the one the workbench wrote.
  static let outputCheckLimit = 256 * 1024 * 1024

  /// Writes `outputs` all together, or none of them: every regular file is staged first, then all are
  /// renamed into place with the record of what was written. A FIFO, terminal or device is written as it is
  /// (so `-o /dev/stdout` works). The review's own data files are refused, and so is an existing file that
  /// the workbench did not write, or that was changed since, unless `force`.
  /// - Returns: the paths written.
  public func writeOutputs(_ outputs: [OutputFile], force: Bool, recorded: String) throws(ReviewStoreError)
    -> [String]
  {
    let lock = try lock(
      file: "outputs.json", what: "outputs.json", holder: "a report or export", waiting: true)
    defer { lock.release() }
    var record = try outputRecord()
    var regular: [(output: OutputFile, key: String)] = []
    var inPlace: [OutputFile] = []
    var dataFiles: Set<FileIdentity>?
    for output in outputs {
      switch fileSystem.itemKind(at: output.path, followingLinks: true) {
      case .special:
        inPlace.append(output)
        continue
      case .directory:
        throw .fileSystem(.isDirectory(path: output.path))
      case .file, .symbolicLink, nil:
        break
      }
      if dataFiles == nil { dataFiles = dataFileIdentities() }
      try refuseReviewData(output.path, dataFiles: dataFiles ?? [])
      let key = outputKey(output.path)
      if !force, fileSystem.itemKind(at: output.path, followingLinks: true) == .file {
        let existing = try Self.wrap { () throws(FileSystemError) in
          try fileSystem.readFile(at: output.path, limit: Self.outputCheckLimit, followingLinks: true)
        }
        guard let entry = record.files[key] else {
          throw .outputNotOurs(path: output.path, reason: "was not written by integrity for this review")
        }
        guard entry.sha256 == SHA256.hex(of: existing) else {
          throw .outputNotOurs(
            path: output.path, reason: "was changed since integrity wrote it on \(entry.written.prefix(10))")
        }
      }
      regular.append((output, key))
    }
    var staged: [StagedWrite] = []
    do throws(ReviewStoreError) {
      for (output, key) in regular {
        staged.append(
          try Self.wrap { () throws(FileSystemError) in try fileSystem.stage(output.bytes, for: output.path) }
        )
        record.files[key] = OutputRecord.Entry(sha256: SHA256.hex(of: output.bytes), written: recorded)
      }
      if !regular.isEmpty {
        try refuseLink(at: outputsPath)
        let bytes = try Self.encoded(record, for: outputsPath)
        staged.append(
          try Self.wrap { () throws(FileSystemError) in try fileSystem.stage(bytes, for: outputsPath) })
      }
      try Self.wrap { () throws(FileSystemError) in try fileSystem.commit(staged) }
    } catch {
      fileSystem.discard(staged)
      throw error
    }
    for output in inPlace {
      try Self.wrap { () throws(FileSystemError) in try fileSystem.writeInPlace(output.bytes, to: output.path)
      }
    }
    return outputs.map(\.path)
  }

  /// Removes the outputs the workbench wrote before whose paths `stale` picks and that `written` does not
  /// hold: the chart of an artefact since removed. A file changed since it was written is left as it is.
  /// - Returns: the paths removed.
  public func removeStaleOutputs(keeping written: [String], where stale: (String) -> Bool)
    throws(ReviewStoreError) -> [String]
  {
    let lock = try lock(
      file: "outputs.json", what: "outputs.json", holder: "a report or export", waiting: true)
    defer { lock.release() }
    var record = try outputRecord()
    let keep = Set(written.map(outputKey))
    var removed: [String] = []
    for (key, entry) in record.files.sorted(by: { $0.key < $1.key }) where !keep.contains(key) {
      let file = key.hasPrefix("/") ? key : path + "/" + key
      guard stale(file) else { continue }
      guard fileSystem.itemKind(at: file, followingLinks: false) == .file,
        let bytes = try? fileSystem.readFile(at: file, limit: Self.outputCheckLimit, followingLinks: false),
        SHA256.hex(of: bytes) == entry.sha256
      else { continue }
      try Self.wrap { () throws(FileSystemError) in try fileSystem.removeFile(at: file) }
      record.files[key] = nil
      removed.append(file)
    }
    if !removed.isEmpty { try writeData(record, to: outputsPath) }
    return removed
  }

  private func outputRecord() throws(ReviewStoreError) -> OutputRecord {
    guard fileSystem.itemKind(at: outputsPath, followingLinks: false) != nil else { return OutputRecord() }
    let bytes = try readDataFile(outputsPath)
    do { return try OutputRecord.decode(bytes, file: outputsPath) } catch { throw .invalidFile(error) }
  }

  /// Refuses a path that is, or would be, one of the review's own data files.
  private func refuseReviewData(_ target: String, dataFiles: Set<FileIdentity>) throws(ReviewStoreError) {
    if let identity = fileSystem.identity(of: target), dataFiles.contains(identity) {
      throw .outputIsReviewData(path: target)
    }
    let (parent, name) = Self.split(target)
    guard let parentIdentity = fileSystem.identity(of: parent) else { return }
    if parentIdentity == fileSystem.identity(of: path),
      Self.dataFileNames.contains(name) || name.hasPrefix(".")
    {
      throw .outputIsReviewData(path: target)
    }
    for folder in Self.dataFolderNames where fileSystem.identity(of: path + "/" + folder) == parentIdentity {
      throw .outputIsReviewData(path: target)
    }
  }

  /// The identities of every file the review keeps as data, however a path might spell them.
  private func dataFileIdentities() -> Set<FileIdentity> {
    var identities = Set(Self.dataFileNames.compactMap { fileSystem.identity(of: path + "/" + $0) })
    for folder in Self.dataFolderNames {
      let folderPath = path + "/" + folder
      for name in (try? fileSystem.contentsOfDirectory(at: folderPath, includingHidden: true)) ?? [] {
        if let identity = fileSystem.identity(of: folderPath + "/" + name) { identities.insert(identity) }
      }
    }
    return identities
  }

  /// How an output is named in `outputs.json`: relative to the review when it is in the review's folder,
  /// otherwise its absolute path with links resolved.
  private func outputKey(_ target: String) -> String {
    let (parent, name) = Self.split(target)
    if let identity = fileSystem.identity(of: parent), identity == fileSystem.identity(of: path) {
      return name
    }
    let folder = URL(fileURLWithPath: parent).resolvingSymlinksInPath().path
    return (folder.hasSuffix("/") ? folder : folder + "/") + name
  }
}
