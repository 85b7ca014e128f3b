/// The steps every JSON data file of the workbench goes through before its own checks: size, syntax,
/// and the format version.
public enum DataFile {
  /// Data files larger than this are refused before parsing.
  public static let maximumSize = 5 * 1024 * 1024

  /// The parsed document.
  /// - Throws: `DataFileError.tooLarge`, or `.invalid` with the syntax problem's line and column.
  public static func parse(_ bytes: [UInt8], file: String) throws(DataFileError) -> JSONValue {
    guard bytes.count <= maximumSize else {
      throw .tooLarge(file: file, size: bytes.count, limit: maximumSize)
    }
    do {
      return try JSONParser().parse(bytes)
    } catch {
      throw .invalid(
        file: file, problems: [JSONProblem(path: nil, position: error.position, message: error.message)])
    }
  }
}

extension JSONReader {
  /// The `formatVersion` member (default `current`), reporting versions this workbench cannot read.
  public mutating func formatVersion(_ object: JSONObject, current: Int, required: Bool = false) -> Int {
    let version = integer(object, "formatVersion", required: required) ?? current
    if version > current || version < 1 {
      report(
        "formatVersion \(version) is not one this workbench reads (it reads \(current)); "
          + "upgrade integrity or use a file written for this version",
        at: object.path.appending("formatVersion"))
    }
    return version
  }
}
