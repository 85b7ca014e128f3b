import Foundation
import RubricEngine
import TestSupport
import Testing

@testable import MarkdownReport

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("The outcome chain's diagram: nothing overlaps, every word inside its box")
struct ChainDiagramTests {
  /// A chain of `business` results, `customers` outcomes and `bets` bets, linked round-robin, with
  /// statements of every length (up to several hundred characters, and one unbroken word).
  static func chain(business: Int, customers: Int, bets: Int, seed: UInt64 = 7) -> OutcomeChain {
    var random = SeededGenerator(seed: seed)
    let words = [
      "policyholders", "decide", "claims", "within", "3", "days", "instead", "of", "9", "by", "June", "2027",
      "measured", "median", "brokers", "WWWWWWWW", "see", "status", "without", "calling", "£410", "→", "cost",
    ]
    func statement() -> String {
      let count = Int.random(in: 1...70, using: &random)
      return (0..<count).map { _ in words.randomElement(using: &random) ?? "" }.joined(separator: " ")
    }
    var nodes: [ChainNode] = []
    for index in 1...max(business, 1) where business > 0 {
      nodes.append(ChainNode(id: "business-\(index)", level: .business, statement: statement()))
    }
    for index in 1...max(customers, 1) where customers > 0 {
      let above = business > 0 ? ["business-\((index - 1) % business + 1)"] : []
      nodes.append(
        ChainNode(
          id: "customer-\(index)", level: .customer, statement: statement(), supports: above,
          owner: index % 3 == 0 ? "sponsor" : "Operations director and chief information officer of the group"
        ))
    }
    for index in 1...max(bets, 1) where bets > 0 {
      var above = customers > 0 ? ["customer-\((index - 1) % customers + 1)"] : []
      if index % 4 == 0, customers > 1 { above.append("customer-\(index % customers + 1)") }
      if index % 7 == 0 { above = [] }
      nodes.append(
        ChainNode(
          id: "bet-\(index)", level: .bet, statement: statement(), supports: Array(Set(above)).sorted(),
          kind: index % 5 == 0 ? .compliance : nil, draft: index % 3 == 0 ? true : nil))
    }
    nodes.append(ChainNode(id: "bet-long", level: .bet, statement: String(repeating: "X", count: 300)))
    return OutcomeChain(nodes: nodes)
  }

  /// Every rectangle drawn: boxes, labels, marks, the legend.
  static func check(_ layout: ChainLayout) {
    let canvas = ChainLayout.Rect(x: 0, y: 0, width: ChainLayout.width, height: layout.height)
    for (index, box) in layout.boxes.enumerated() {
      #expect(canvas.contains(box.frame), "\(box.node.id) leaves the picture")
      for other in layout.boxes[(index + 1)...] {
        #expect(!box.frame.overlaps(other.frame), "\(box.node.id) overlaps \(other.node.id)")
      }
      let parts = box.labels.map(\.frame) + box.marks.map(\.frame)
      for (first, part) in parts.enumerated() {
        #expect(box.frame.contains(part), "a label or mark runs out of \(box.node.id)'s box")
        for other in parts[(first + 1)...] {
          #expect(!part.overlaps(other), "two labels or marks of \(box.node.id) overlap")
        }
      }
      for mark in box.marks {
        let digits = TextMeasure.width(mark.number, fontSize: ChainLayout.markSize, bold: true)
        #expect(digits < mark.frame.width)
      }
    }
    let loose =
      layout.headings.map(\.frame) + layout.legendLabels.map(\.frame) + layout.legendMarks.map(\.frame)
      + (layout.legendDraft.map { [$0] } ?? []) + layout.chainMarks.map(\.frame)
      + (layout.chainLabel.map { [$0.frame] } ?? [])
    for (index, part) in loose.enumerated() {
      #expect(canvas.contains(part), "a heading, the legend or a chain mark leaves the picture")
      for other in loose[(index + 1)...] { #expect(!part.overlaps(other)) }
      for box in layout.boxes { #expect(!part.overlaps(box.frame)) }
    }
    for arrow in layout.arrows {
      let source = layout.boxes.first { $0.node.id == arrow.from }?.frame
      let target = layout.boxes.first { $0.node.id == arrow.to }?.frame
      #expect(arrow.start.x == source?.x)
      #expect(arrow.end.x == target?.maxX)
      if let source, let target {
        #expect(arrow.start.y > source.y && arrow.start.y < source.maxY)
        #expect(arrow.end.y > target.y && arrow.end.y < target.maxY)
      }
    }
  }

  @Test(
    "2 business results, 6 customer outcomes and 20 bets, and smaller and larger chains: nothing overlaps")
  func sizes() {
    for (business, customers, bets) in [(2, 6, 20), (1, 1, 1), (0, 3, 0), (1, 0, 4), (3, 12, 40), (2, 2, 2)] {
      for seed in UInt64(1)...4 {
        let chain = Self.chain(business: business, customers: customers, bets: bets, seed: seed)
        let layout = ChainLayout(chain: chain, problems: ChainCheck.problems(chain))
        Self.check(layout)
        #expect(layout.boxes.count == chain.nodes.count)
        let links = chain.nodes.reduce(0) { $0 + $1.supports.count }
        #expect(layout.arrows.count == links)
      }
    }
  }

  @Test("a chain too tall for a page is split into parts that each fit, every node and every link drawn")
  func pages() {
    for (business, customers, bets) in [(2, 6, 20), (3, 12, 40), (1, 1, 30), (0, 0, 25), (1, 1, 1)] {
      let chain = Self.chain(business: business, customers: customers, bets: bets, seed: 5)
      let problems = ChainCheck.problems(chain)
      let parts = ChainPages.layouts(chain, problems: problems)
      let whole = ChainLayout(chain: chain, problems: problems)
      let size = "\(business)/\(customers)/\(bets)"
      #expect((parts.count == 1) == (whole.height <= ChainPages.pageHeight), "\(size)")
      var drawn: [String: [Int]] = [:]
      var arrows: Set<String> = []
      for (index, part) in parts.enumerated() {
        Self.check(part)
        #expect(
          part.height <= ChainPages.pageHeight || part.boxes.count <= 3,
          "\(size) part \(index + 1): \(part.height), \(part.boxes.map(\.node.id))")
        #expect(part.part.number == index + 1 && part.part.count == parts.count)
        #expect((part.partLabel?.text == "Part \(index + 1) of \(parts.count)") == (parts.count > 1))
        #expect((part.chainLabel != nil) == (index == 0 && problems.contains { $0.node == nil }))
        for box in part.boxes { drawn[box.node.id, default: []].append(index + 1) }
        for arrow in part.arrows { arrows.insert(arrow.from + ">" + arrow.to) }
      }
      #expect(Set(drawn.keys) == Set(chain.nodes.map(\.id)), "\(size)")
      for node in chain.nodes {
        for target in node.supports {
          #expect(arrows.contains(node.id + ">" + target), "\(size): \(node.id) > \(target)")
        }
      }
      // A node drawn in several parts names the others in each.
      for (index, part) in parts.enumerated() {
        for box in part.boxes {
          let others = (drawn[box.node.id] ?? []).filter { $0 != index + 1 }
          #expect((part.part.alsoIn[box.node.id] ?? []) == others)
          #expect(others.isEmpty || box.labels.contains { $0.text.hasPrefix("Also in part") })
        }
      }
    }
    let svgs = ChainDiagram.svgs(Self.chain(business: 2, customers: 6, bets: 20), problems: [])
    #expect(svgs.count > 1)
    #expect(
      svgs[1].contains(
        "<title id=\"chain-title\">The outcome chain, part 2 of \(svgs.count): 2 business results"))
    #expect(svgs[1].contains(">Part 2 of \(svgs.count)</text>"))
  }

  @Test(
    "librsvg draws the demo's chain and every part of a 2, 6 and 20 chain at the size each declares",
    .enabled(if: SVGRenderer.shouldRun))
  func renders() throws {
    let demo = try ExampleReviewFiles.chain()
    var svgs = ChainDiagram.svgs(demo, problems: ChainCheck.problems(demo))
    let big = Self.chain(business: 2, customers: 6, bets: 20)
    svgs += ChainDiagram.svgs(big, problems: ChainCheck.problems(big))
    for svg in svgs {
      let png = try SVGRenderer.png(svg)
      #expect(png.width == Int(ChainLayout.width))
      #expect(svg.contains(#"height="\#(png.height)""#), "rendered \(png.height) high")
      #expect(png.height <= Int(ChainPages.pageHeight) + 1)
    }
  }

  @Test("a long statement wraps, and past the lines a box shows it ends in an ellipsis")
  func wrapping() {
    let long = String(repeating: "customers decide sooner ", count: 20)
    let chain = OutcomeChain(nodes: [ChainNode(id: "business-1", level: .business, statement: long)])
    let box = ChainLayout(chain: chain, problems: []).boxes[0]
    let lines = box.labels.dropFirst().map(\.text)
    #expect(lines.count == ChainLayout.maximumLines)
    #expect(lines.last?.hasSuffix("…") == true)
    #expect(lines.dropLast().joined(separator: " ").hasPrefix("customers decide sooner customers"))
    let short = ChainLayout(
      chain: OutcomeChain(nodes: [ChainNode(id: "business-1", level: .business, statement: "Cut cost")]),
      problems: []
    ).boxes[0]
    #expect(short.labels.map(\.text) == ["Business result", "Cut cost"])
  }

  @Test("every problem's number is on its node, or beside the chain's own heading, as the list numbers it")
  func numbers() throws {
    let chain = OutcomeChain(nodes: [
      ChainNode(
        id: "customer-1", level: .customer, statement: "Brokers can see claim status", owner: "a and b"),
      ChainNode(
        id: "bet-1", level: .bet, statement: "Build the portal", supports: ["customer-1"], draft: true),
    ])
    let problems = ChainCheck.problems(chain)
    let layout = ChainLayout(chain: chain, problems: problems)
    Self.check(layout)
    var drawn: [String: String] = [:]
    for box in layout.boxes { for mark in box.marks { drawn[mark.number] = box.node.id } }
    for mark in layout.chainMarks { drawn[mark.number] = "" }
    #expect(drawn.count == problems.count)
    for (index, problem) in problems.enumerated() {
      #expect(drawn[String(index + 1)] == (problem.node ?? ""), "problem \(index + 1): \(problem.message)")
    }
    #expect(layout.chainLabel != nil)
    let svg = ChainDiagram.svgs(chain, problems: problems)[0]
    #expect(svg.contains(">Bet · draft</text>"))
    #expect(svg.contains(#"stroke-dasharray="5 3""#))
    #expect(svg.contains(">a draft for the reviewers to edit</text>"))
    #expect(
      svg.contains(
        "<title id=\"chain-title\">The outcome chain: 0 business results, 1 customer outcome, 1 bet"))
    #expect(svg.contains("Bet bet-1: Build the portal; supports customer-1; problems "))
  }

  @Test(
    "the SVG is well-formed XML with every statement's words escaped, and the same chain gives the same bytes"
  )
  func wellFormed() throws {
    let chain = OutcomeChain(nodes: [
      ChainNode(id: "business-1", level: .business, statement: "Cut <cost> & \"waste\" by 10% now"),
      ChainNode(
        id: "customer-1", level: .customer, statement: "Owners see it", supports: ["business-1"],
        owner: "sponsor"),
    ])
    let svg = ChainDiagram.svgs(chain, problems: ChainCheck.problems(chain)) {
      $0 == "sponsor" ? "Executive sponsor" : $0
    }[0]
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(svg.contains("Cut &lt;cost&gt; &amp; &quot;waste&quot; by 10% now"))
    #expect(svg.contains(">Owner: Executive sponsor</text>"))
    #expect(!svg.contains("a draft for the reviewers") && !svg.contains("stroke-dasharray"))
    #expect(
      svg
        == ChainDiagram.svgs(chain, problems: ChainCheck.problems(chain)) {
          $0 == "sponsor" ? "Executive sponsor" : $0
        }[0])
  }

  @Test("text wraps within the width, breaking a word too long for a line")
  func textWrap() {
    for width in [40.0, 120, 196] {
      let lines = TextMeasure.wrap(
        "Policyholders get a decision in 3 days WWWWWWWWWWWWWWWWWWWWWWWW instead of 9", width: width,
        fontSize: 11)
      for line in lines { #expect(TextMeasure.width(line, fontSize: 11) <= width, "\(line)") }
      #expect(lines.joined().filter { !$0.isWhitespace }.count == 66)
    }
    #expect(TextMeasure.wrap("", width: 100, fontSize: 11).isEmpty)
    #expect(TextMeasure.width("WWW", fontSize: 10) > TextMeasure.width("iii", fontSize: 10) * 3)
  }
}
