import Foundation
import RubricEngine
import TestSupport
import Testing

/// The parser against Foundation's `JSONSerialization` on random documents, and against the places the
/// writer of each document recorded for its values and keys.
@Suite("JSON parser properties")
struct JSONParserPropertyTests {
  @Test("random documents read as JSONSerialization reads them, each value and key at its place")
  func agreesWithFoundation() throws {
    var random = SeededGenerator(seed: 12)
    for round in 0..<400 {
      var writer = DocumentWriter(random: random, duplicates: false)
      let document = writer.object(depth: 0)
      random = writer.random
      let bytes = Array(writer.text.utf8)
      let parsed: JSONValue
      do {
        parsed = try JSONParser().parse(bytes)
      } catch {
        Issue.record("round \(round): \(error)\n\(writer.text)")
        continue
      }
      let foundation = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
      #expect(Self.same(parsed, foundation), "round \(round):\n\(writer.text)")
      #expect(Self.same(parsed, document), "round \(round): places differ\n\(writer.text)")
    }
  }

  @Test("a repeated key is refused at its second place, naming the line of the first, as often as it comes")
  func duplicateKeys() {
    var random = SeededGenerator(seed: 1212)
    var refused = 0
    var refusedLate = 0
    for round in 0..<400 {
      var writer = DocumentWriter(random: random, duplicates: true)
      _ = writer.object(depth: 0)
      random = writer.random
      do {
        _ = try JSONParser().parse(Array(writer.text.utf8))
        #expect(writer.firstDuplicate == nil, "round \(round): accepted a repeated key\n\(writer.text)")
      } catch {
        guard let (key, at, firstLine, index) = writer.firstDuplicate else {
          Issue.record("round \(round): \(error)\n\(writer.text)")
          continue
        }
        refused += 1
        if index >= 20 { refusedLate += 1 }
        let expected = JSONSyntaxError(
          message: "duplicate key \"\(key)\" (first at line \(firstLine)); keep only one", position: at)
        #expect(error == expected, "round \(round)\n\(writer.text)")
      }
    }
    // The counts seen with this seed, so that a change of the writer that stops repeating keys is noticed.
    #expect(refused > 50, "documents with a repeated key")
    #expect(refusedLate > 5, "repeats after the twentieth member of an object")
  }

  @Test("every cut-short document is refused, by the parser and by JSONSerialization alike")
  func truncations() throws {
    var random = SeededGenerator(seed: 99)
    for round in 0..<40 {
      var writer = DocumentWriter(random: random, duplicates: false)
      _ = writer.object(depth: 0)
      random = writer.random
      let bytes = Array(writer.text.utf8)
      // The start, then places anywhere in the document: inside strings, escapes, numbers and words.
      for cut in [0, 1] + (0..<60).map({ _ in Int(random.next() % UInt64(bytes.count)) }) {
        let prefix = Array(bytes[..<cut])
        let ours = (try? JSONParser().parse(prefix)) != nil
        let theirs = (try? JSONSerialization.jsonObject(with: Data(prefix), options: [])) != nil
        #expect(!ours && !theirs, "round \(round), cut at \(cut)")
      }
    }
  }

  @Test("a string is blank to the reader exactly when every character of it is white space")
  func blankStrings() {
    let pieces: [String] = [
      " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{2028}",
      "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{301}", "a", "Z", ".", "é", "😀", "\u{0}",
    ]
    var random = SeededGenerator(seed: 7)
    for _ in 0..<3_000 {
      let text = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
        .joined()
      var reader = JSONReader()
      let read = reader.string(JSONValue(.string(text)), at: .root)
      #expect((read == nil) == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
    }
  }

  // MARK: Comparing

  /// Whether the parsed value holds what Foundation read: the same kinds, numbers, scalars, members.
  static func same(_ value: JSONValue, _ other: Any) -> Bool {
    switch value.content {
    case .object(let members):
      guard let dictionary = other as? [String: Any], dictionary.count == members.count else { return false }
      return members.allSatisfy { member in dictionary[member.key].map { same(member.value, $0) } ?? false }
    case .array(let elements):
      guard let list = other as? [Any], list.count == elements.count else { return false }
      return zip(elements, list).allSatisfy { same($0, $1) }
    case .string(let text):
      guard let string = other as? String else { return false }
      return Array(string.unicodeScalars) == Array(text.unicodeScalars)
    case .number(let number, _):
      if let found = other as? Int { return Double(found) == number }
      guard let found = other as? NSNumber else { return false }
      return found.doubleValue == number
    case .bool(let flag):
      if let found = other as? Bool { return found == flag }
      guard let found = other as? NSNumber else { return false }
      return found.boolValue == flag
    case .null:
      return other is NSNull
    }
  }

  /// Whether the parsed value equals the written one, places of values and keys included.
  static func same(_ value: JSONValue, _ written: JSONValue) -> Bool {
    guard value.position == written.position else { return false }
    switch (value.content, written.content) {
    case (.object(let members), .object(let expected)):
      return members.count == expected.count
        && zip(members, expected).allSatisfy {
          $0.key == $1.key && $0.keyPosition == $1.keyPosition && same($0.value, $1.value)
        }
    case (.array(let elements), .array(let expected)):
      return elements.count == expected.count && zip(elements, expected).allSatisfy { same($0, $1) }
    case (.string(let text), .string(let expected)):
      return Array(text.unicodeScalars) == Array(expected.unicodeScalars)
    case (.number(let number, let literal), .number(let expected, let expectedLiteral)):
      return number == expected && literal == expectedLiteral
    default:
      return value.content == written.content
    }
  }
}

/// Writes a random JSON document, and the value it holds with the line and column of every value and key.
/// Objects have from none to about forty members, so that small and large ones both occur; with
/// `duplicates`, keys come from a small set and repeat.
private struct DocumentWriter {
  var random: SeededGenerator
  let duplicates: Bool
  private(set) var text = ""
  private var line = 1
  private var column = 1
  /// The first key in the text that repeats one of its object: the key, where it is, the first one's line,
  /// and how many members came before it.
  private(set) var firstDuplicate: (key: String, at: SourcePosition, firstLine: Int, index: Int)?

  init(random: SeededGenerator, duplicates: Bool) {
    self.random = random
    self.duplicates = duplicates
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  mutating func number(below bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

  mutating func emit(_ piece: String) {
    for scalar in piece.unicodeScalars {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    text += piece
  }

  /// White space between tokens: usually none or a space, sometimes a line break and indentation.
  mutating func blank() {
    switch number(below: 6) {
    case 0: emit(" ")
    case 1: emit("\n" + String(repeating: " ", count: number(below: 4)))
    case 2: emit("\r\n\t")
    default: break
    }
  }

  mutating func value(depth: Int) -> JSONValue {
    let kind = number(below: depth >= 3 ? 4 : 6)
    switch kind {
    case 4: return object(depth: depth + 1)
    case 5: return list(depth: depth + 1)
    default: break
    }
    let start = position
    switch number(below: 7) {
    case 0, 1:
      let (written, held) = string()
      emit(written)
      return JSONValue(.string(held), at: start)
    case 2:
      let literal = ["0", "-0", "12", "-7.25", "3e2", "1.5E-3", "123456789", "2.0"][number(below: 8)]
      emit(literal)
      return JSONValue(.number(Double(literal) ?? .nan, literal: literal), at: start)
    case 3:
      emit("true")
      return JSONValue(.bool(true), at: start)
    case 4:
      emit("false")
      return JSONValue(.bool(false), at: start)
    case 5:
      emit("null")
      return JSONValue(.null, at: start)
    default:
      let integer = String(number(below: 100_000))
      emit(integer)
      return JSONValue(.number(Double(integer) ?? .nan, literal: integer), at: start)
    }
  }

  mutating func object(depth: Int) -> JSONValue {
    let start = position
    emit("{")
    let count = number(below: 4) == 0 ? number(below: 41) : number(below: 6)
    var members: [JSONValue.Member] = []
    var lines: [String: Int] = [:]
    for index in 0..<count {
      if index > 0 { emit(",") }
      blank()
      let (written, key): (String, String)
      if duplicates {
        // Now and then a key of the object comes again, early or late in it.
        let name = index > 0 && number(below: 20) == 0 ? "k\(number(below: index))" : "k\(index)"
        (written, key) = ("\"" + name + "\"", name)
      } else {
        let (escaped, held) = string()
        (written, key) = (String(escaped.dropLast()) + "-\(index)\"", held + "-\(index)")
      }
      let keyPosition = position
      emit(written)
      if let first = lines[key] {
        if firstDuplicate == nil { firstDuplicate = (key, keyPosition, first, index) }
      } else {
        lines[key] = keyPosition.line
      }
      blank()
      emit(":")
      blank()
      members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: value(depth: depth)))
      blank()
    }
    emit("}")
    return JSONValue(.object(members), at: start)
  }

  mutating func list(depth: Int) -> JSONValue {
    let start = position
    emit("[")
    var elements: [JSONValue] = []
    for index in 0..<number(below: 6) {
      if index > 0 { emit(",") }
      blank()
      elements.append(value(depth: depth))
      blank()
    }
    emit("]")
    return JSONValue(.array(elements), at: start)
  }

  /// A quoted string as written, and the text it holds: plain runs, non-ASCII letters, emoji, combining
  /// marks, and every kind of escape, in turn or alone.
  mutating func string() -> (written: String, held: String) {
    let pieces: [(String, String)] = [
      ("plain words", "plain words"), ("é", "é"), ("😀", "😀"), ("e\u{301}", "e\u{301}"),
      ("\\n", "\n"), ("\\t", "\t"), ("\\\"", "\""), ("\\\\", "\\"), ("\\/", "/"), ("\\u00e9", "é"),
      ("\\ud83d\\ude00", "😀"), ("\\u0000", "\u{0}"), ("\\b\\f\\r", "\u{8}\u{C}\r"), ("", ""),
    ]
    var written = "\""
    var held = ""
    // Most strings are a single plain run, as in the files the workbench writes.
    let count = number(below: 3) == 0 ? 1 + number(below: 4) : 1
    for _ in 0..<count {
      let (escaped, text) = pieces[number(below: count == 1 ? 4 : pieces.count)]
      written += escaped
      held += text
    }
    return (written + "\"", held)
  }
}
