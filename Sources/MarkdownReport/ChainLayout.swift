import RubricEngine

/// Where each part of the outcome chain's diagram goes: three columns (business results, customer outcomes,
/// bets), one box per node with its statement wrapped inside, an arrow from each node to each node it
/// supports, and each problem's number on the node it concerns. Pure geometry, so that tests can check that
/// nothing overlaps and every label stays inside its box; `ChainDiagram` draws it.
struct ChainLayout {
  /// A rectangle, `x` and `y` its top left corner.
  struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// Whether the two share any area.
    func overlaps(_ other: Rect) -> Bool {
      x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// Whether `other` lies wholly inside.
    func contains(_ other: Rect) -> Bool {
      other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }
  }

  /// A line of text: its words, where it stands (the rectangle its glyphs take), how it is set.
  struct Label {
    var text: String
    var frame: Rect
    var fontSize: Double
    var bold = false
    var italic = false
  }

  /// A problem's number, drawn as a pill: filled black for a problem, outlined for a warning.
  struct Mark {
    /// The problem's number, or a sample's letter in the legend.
    var number: String
    var severity: ChainProblem.Severity
    var frame: Rect
  }

  /// A node's box and everything drawn in it.
  struct Box {
    var node: ChainNode
    var frame: Rect
    var labels: [Label]
    var marks: [Mark]
  }

  /// An arrow from a node to the node it supports: from the left edge of its box to the right edge of the
  /// box one column left (business results stand left, bets right).
  struct Arrow {
    var from: String
    var to: String
    var start: (x: Double, y: Double)
    var end: (x: Double, y: Double)
  }

  static let width = 760.0
  static let margin = 16.0
  static let columnWidth = 212.0
  static let gutter = (width - 2 * margin - 3 * columnWidth) / 2
  static let padding = 8.0
  static let boxGap = 12.0
  static let headerSize = 11.0
  static let statementSize = 12.5
  static let lineHeight = 16.0
  static let markHeight = 16.0
  static let markSize = 10.5
  /// The most lines of a statement a box shows; past them it ends in an ellipsis, and the list below the
  /// diagram gives every statement whole.
  static let maximumLines = 9

  /// Which part of a chain split over several pictures (`ChainPages`) a layout draws.
  struct Part {
    /// This part's number from 1, and how many there are.
    var number = 1
    var count = 1
    /// How many nodes each column has in the whole chain.
    var totals: [Int]?
    /// For a node drawn in more than one part, the other parts that draw it.
    var alsoIn: [String: [Int]] = [:]
  }

  /// The column headings' order, left to right.
  static let levels: [ChainLevel] = [.business, .customer, .bet]

  var boxes: [Box] = []
  var arrows: [Arrow] = []
  /// The column headings.
  var headings: [Label] = []
  /// The marks of the problems of the chain as a whole, beside the words that introduce them.
  var chainLabel: Label?
  var chainMarks: [Mark] = []
  /// "Part 2 of 3", where the chain is split.
  var partLabel: Label?
  /// The legend under the columns: a sample of each mark and of a draft's box, and the words for them.
  var legendMarks: [Mark] = []
  var legendDraft: Rect?
  var legendLabels: [Label] = []
  var height = 0.0
  var part: Part

  /// The layout of `chain` (the whole chain, or the nodes of one `part` of it), numbering `problems` from 1
  /// as the report's list does; `owner` gives the words to show for an owner (a rubric role's title for its
  /// id).
  init(
    chain: OutcomeChain, problems: [ChainProblem], owner: (String) -> String = { $0 }, part: Part? = nil
  ) {
    var numbers: [String: [(String, ChainProblem.Severity)]] = [:]
    for (index, problem) in problems.enumerated() {
      numbers[problem.node ?? "", default: []].append((String(index + 1), problem.severity))
    }
    let ordered = Self.order(chain)
    self.part = part ?? Part()
    var top = Self.margin
    if self.part.count > 1 {
      let text = "Part \(self.part.number) of \(self.part.count)"
      partLabel = Label(
        text: text,
        frame: Rect(
          x: Self.margin, y: top, width: TextMeasure.width(text, fontSize: 13, bold: true),
          height: Self.lineHeight),
        fontSize: 13, bold: true)
      top += Self.lineHeight + 8
    }
    // The chain's own problems are marked once, in the first part.
    if let whole = numbers[""], self.part.number == 1 {
      let label = Label(
        text: "The chain as a whole:",
        frame: Rect(
          x: Self.margin, y: top,
          width: TextMeasure.width("The chain as a whole:", fontSize: Self.headerSize, bold: true),
          height: Self.markHeight),
        fontSize: Self.headerSize, bold: true)
      chainLabel = label
      chainMarks = Self.marks(whole, from: label.frame.maxX + 6, y: top, limit: Self.width - Self.margin)
      top = (chainMarks.map(\.frame.maxY).max() ?? label.frame.maxY) + 10
    }
    for column in Self.levels.indices {
      let count = ordered[column].count
      let total = self.part.totals?[column] ?? count
      let title =
        ["Business results", "Customer outcomes", "Team bets"][column]
        + (self.part.count == 1 ? " (\(count))" : " (\(count) of \(total))")
      headings.append(
        Label(
          text: title,
          frame: Rect(x: Self.left(column), y: top, width: Self.columnWidth, height: Self.lineHeight),
          fontSize: 13, bold: true))
    }
    top += Self.lineHeight + 10
    // Bets first, stacked; each level up is set level with the middle of what supports it, never
    // closer than a gap to the box above it.
    var centres: [String: Double] = [:]
    var placed: [[Box]] = [[], [], []]
    for column in [2, 1, 0] {
      var bottom = top - Self.boxGap
      for node in ordered[column] {
        var box = Self.box(
          node, column: column, numbers: numbers[node.id] ?? [], owner: owner, part: self.part)
        // A node that supports several is set under the first of them (the order's): only those count here.
        let supporters = chain.supporters(of: node.id)
        let primary = supporters.filter { Self.first(of: $0, in: ordered[column]) == node.id }
        let below = (primary.isEmpty ? supporters : primary).compactMap { centres[$0.id] }
        let wanted = below.isEmpty ? top : below.reduce(0, +) / Double(below.count) - box.frame.height / 2
        box.move(toY: max(wanted, bottom + Self.boxGap))
        bottom = box.frame.maxY
        centres[node.id] = box.frame.y + box.frame.height / 2
        placed[column].append(box)
      }
    }
    boxes = placed.flatMap { $0 }
    arrows = Self.arrows(chain, boxes: boxes)
    layOutLegend(at: (boxes.map(\.frame.maxY).max() ?? top) + 18)
  }

  /// The legend from `y` down, and the picture's height below it.
  mutating func layOutLegend(at y: Double) {
    var x = Self.margin
    func words(_ text: String, at left: Double, y: Double) -> Label {
      Label(
        text: text,
        frame: Rect(
          x: left, y: y, width: TextMeasure.width(text, fontSize: Self.headerSize), height: Self.markHeight),
        fontSize: Self.headerSize)
    }
    for (number, severity, text) in [
      ("n", ChainProblem.Severity.problem, "a problem"), ("n", .warning, "a warning"),
    ] {
      let mark = Self.marks([(number, severity)], from: x, y: y, limit: Self.width)[0]
      legendMarks.append(mark)
      let label = words(text, at: mark.frame.maxX + 5, y: y)
      legendLabels.append(label)
      x = label.frame.maxX + 16
    }
    // A draft's sample only where the picture has a draft.
    if boxes.contains(where: { $0.node.draft == true }) {
      let sample = Rect(x: x, y: y + 1, width: 24, height: Self.markHeight - 2)
      legendDraft = sample
      legendLabels.append(words("a draft for the reviewers to edit", at: sample.maxX + 5, y: y))
    }
    let below = y + Self.markHeight + 6
    let explained =
      (arrows.isEmpty ? "" : "Arrows point to what a node supports. ")
      + "Grey boxes have a problem. Each number is explained in the list below the diagram."
    legendLabels.append(words(explained, at: Self.margin, y: below))
    height = below + Self.markHeight + Self.margin
  }

  /// The left edge of `column`.
  static func left(_ column: Int) -> Double { margin + Double(column) * (columnWidth + gutter) }

  /// Each column's nodes, in the order drawn: business results as written; customer outcomes by the first
  /// business result they support; bets by their first customer outcome; orphans last.
  static func order(_ chain: OutcomeChain) -> [[ChainNode]] {
    let business = chain.nodes.filter { $0.level == .business }
    func sorted(_ level: ChainLevel, above: [ChainNode]) -> [ChainNode] {
      let rank = Dictionary(above.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      return chain.nodes.enumerated().filter { $0.element.level == level }.sorted { left, right in
        let a = left.element.supports.compactMap { rank[$0] }.min() ?? Int.max
        let b = right.element.supports.compactMap { rank[$0] }.min() ?? Int.max
        return a != b ? a < b : left.offset < right.offset
      }.map(\.element)
    }
    let customers = sorted(.customer, above: business)
    return [business, customers, sorted(.bet, above: customers)]
  }

  /// The first node of `column` (in the order drawn) that `node` supports.
  static func first(of node: ChainNode, in column: [ChainNode]) -> String? {
    column.first { node.supports.contains($0.id) }?.id
  }

  /// A node's box at the top of its column, its labels and marks inside it.
  static func box(
    _ node: ChainNode, column: Int, numbers: [(String, ChainProblem.Severity)], owner: (String) -> String,
    part: Part
  ) -> Box {
    let x = left(column)
    let inner = columnWidth - 2 * padding
    var header = [["Business result", "Customer outcome", "Bet"][column]]
    if let kind = node.kind, kind != .outcome { header.append(kind.rawValue) }
    if node.draft == true { header.append("draft") }
    let headerText = header.joined(separator: " · ")
    let headerWidth = TextMeasure.width(headerText, fontSize: headerSize, bold: true)
    var labels: [Label] = []
    var y = padding
    labels.append(
      Label(
        text: headerText, frame: Rect(x: x + padding, y: y, width: headerWidth, height: markHeight),
        fontSize: headerSize, bold: true))
    // The marks sit right of the heading when they fit there, else on a row of their own.
    let beside = x + padding + headerWidth + 8
    let limit = x + columnWidth - padding
    var marks = Self.marks(numbers, from: beside, y: y, limit: limit)
    if marks.contains(where: { $0.frame.y > y || $0.frame.maxX > limit }) {
      y += markHeight + 4
      marks = Self.marks(numbers, from: x + padding, y: y, limit: limit)
    }
    y = (marks.map(\.frame.maxY).max() ?? y + markHeight) + 4
    for line in TextMeasure.wrap(
      node.statement, width: inner, fontSize: statementSize, maxLines: maximumLines)
    {
      labels.append(
        Label(
          text: line,
          frame: Rect(
            x: x + padding, y: y, width: TextMeasure.width(line, fontSize: statementSize), height: lineHeight),
          fontSize: statementSize))
      y += lineHeight
    }
    var notes: [String] = []
    if let name = node.owner, !name.isEmpty { notes.append("Owner: " + owner(name)) }
    if let parts = part.alsoIn[node.id], !parts.isEmpty {
      notes.append(
        "Also in part" + (parts.count == 1 ? " " : "s ") + ReasonWords.sentence(parts.map(String.init)))
    }
    for note in notes {
      for line in TextMeasure.wrap(note, width: inner, fontSize: headerSize, maxLines: 2) {
        labels.append(
          Label(
            text: line,
            frame: Rect(
              x: x + padding, y: y + 2, width: TextMeasure.width(line, fontSize: headerSize),
              height: lineHeight),
            fontSize: headerSize, italic: true))
        y += lineHeight
      }
      y += 2
    }
    return Box(
      node: node, frame: Rect(x: x, y: 0, width: columnWidth, height: y + padding), labels: labels,
      marks: marks)
  }

  /// Pills for `numbers` from `x` rightwards on the row at `y`, onto the next row where one would pass
  /// `limit`.
  static func marks(_ numbers: [(String, ChainProblem.Severity)], from x: Double, y: Double, limit: Double)
    -> [Mark]
  {
    var marks: [Mark] = []
    var left = x
    var top = y
    for (number, severity) in numbers {
      let width = TextMeasure.width(number, fontSize: markSize, bold: true) + 10
      if left + width > limit, !marks.isEmpty {
        left = x
        top += markHeight + 3
      }
      marks.append(
        Mark(
          number: number, severity: severity, frame: Rect(x: left, y: top, width: width, height: markHeight)))
      left += width + 4
    }
    return marks
  }

  /// The arrows, each leaving its box's left edge for the right edge of the box it supports, the ends on
  /// one edge spread along it.
  static func arrows(_ chain: OutcomeChain, boxes: [Box]) -> [Arrow] {
    let frames = Dictionary(boxes.map { ($0.node.id, $0.frame) }, uniquingKeysWith: { first, _ in first })
    var links: [(from: String, to: String)] = []
    for box in boxes {
      for target in box.node.supports where frames[target] != nil { links.append((box.node.id, target)) }
    }
    func spread(_ index: Int, of count: Int, along frame: Rect) -> Double {
      frame.y + frame.height * Double(index + 1) / Double(count + 1)
    }
    var out: [String: [String]] = [:]
    var into: [String: [String]] = [:]
    for link in links {
      out[link.from, default: []].append(link.to)
      into[link.to, default: []].append(link.from)
    }
    // Ends are spread in the order of the boxes at the other end, top to bottom, so arrows do not cross
    // needlessly.
    func byHeight(_ ids: [String]) -> [String] { ids.sorted { (frames[$0]?.y ?? 0) < (frames[$1]?.y ?? 0) } }
    return links.compactMap { link in
      guard let source = frames[link.from], let target = frames[link.to] else { return nil }
      let starts = byHeight(out[link.from] ?? [])
      let ends = byHeight(into[link.to] ?? [])
      return Arrow(
        from: link.from, to: link.to,
        start: (source.x, spread(starts.firstIndex(of: link.to) ?? 0, of: starts.count, along: source)),
        end: (target.maxX, spread(ends.firstIndex(of: link.from) ?? 0, of: ends.count, along: target)))
    }
  }
}

extension ChainLayout.Box {
  /// The box and everything in it moved down to `y`.
  mutating func move(toY y: Double) {
    let shift = y - frame.y
    frame.y = y
    for index in labels.indices { labels[index].frame.y += shift }
    for index in marks.indices { marks[index].frame.y += shift }
  }
}
