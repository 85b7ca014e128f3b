/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 text, control keys, and the escape sequences
/// of arrows, Home, End and Delete. Bytes may arrive split anywhere; the decoder keeps what it has not finished.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  /// Creates a decoder with nothing pending.
  public init() {}

  /// The keys completed by `bytes`.
  public mutating func keys(from bytes: [UInt8]) -> [Key] {
    pending += bytes
    var keys: [Key] = []
    while !pending.isEmpty {
      guard let (key, length) = Self.decode(pending) else { break }
      keys.append(key)
      pending.removeFirst(length)
    }
    return keys
  }

  /// Whether an escape sequence or character has started and not finished.
  public var hasPending: Bool { !pending.isEmpty }

  /// Takes what is pending as a lone key: a bare Escape, or a broken sequence, is ignored.
  public mutating func flush() -> [Key] {
    defer { pending = [] }
    return pending.isEmpty ? [] : [.ignored]
  }

  /// The first key in `bytes` and how many bytes it took, or `nil` when more bytes are needed.
  static func decode(_ bytes: [UInt8]) -> (Key, Int)? {
    let first = bytes[0]
    switch first {
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x01: return (.home, 1)
    case 0x05: return (.end, 1)
    case 0x02: return (.left, 1)
    case 0x06: return (.right, 1)
    case 0x15: return (.deleteToStart, 1)
    case 0x17: return (.deleteWord, 1)
    case 0x0B: return (.deleteToEnd, 1)
    case 0x04: return (.endOfInput, 1)
    case 0x03: return (.interrupt, 1)
    case 0x1A: return (.suspend, 1)
    case 0x1B: return decodeEscape(bytes)
    case 0x00..<0x20: return (.ignored, 1)
    default: return decodeUTF8(bytes)
    }
  }

  static func decodeEscape(_ bytes: [UInt8]) -> (Key, Int)? {
    guard bytes.count >= 2 else { return nil }
    let introducer = bytes[1]
    guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return (.ignored, 1) }
    // CSI: parameters (digits and ';'), then one final byte from '@' to '~'.
    var index = 2
    while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { index += 1 }
    guard index < bytes.count else { return bytes.count > 16 ? (.ignored, bytes.count) : nil }
    let final = bytes[index]
    let parameters = String(decoding: bytes[2..<index], as: UTF8.self)
    let length = index + 1
    switch (final, parameters) {
    case (UInt8(ascii: "C"), _): return (.right, length)
    case (UInt8(ascii: "D"), _): return (.left, length)
    case (UInt8(ascii: "H"), _): return (.home, length)
    case (UInt8(ascii: "F"), _): return (.end, length)
    case (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): return (.home, length)
    case (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): return (.end, length)
    case (UInt8(ascii: "~"), "3"): return (.delete, length)
    default: return (.ignored, length)
    }
  }

  static func decodeUTF8(_ bytes: [UInt8]) -> (Key, Int)? {
    let first = bytes[0]
    let length: Int
    switch first {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    case 0x20..<0x80: return (.character(Character(UnicodeScalar(first))), 1)
    default: return (.ignored, 1)
    }
    guard bytes.count >= length else { return nil }
    let sequence = Array(bytes[0..<length])
    guard sequence.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
      let text = String(validating: sequence, as: UTF8.self), let character = text.first
    else {
      return (.ignored, 1)
    }
    // C1 control characters decode from two bytes; they are never text.
    if let scalar = character.unicodeScalars.first, (0x80...0x9F).contains(scalar.value) {
      return (.ignored, length)
    }
    return (.character(character), length)
  }
}
