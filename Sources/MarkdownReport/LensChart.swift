import Foundation
import RubricEngine

/// The lens scores as an SVG radar chart: one axis per lens, rings for the method's scale, the band edges dashed,
/// each lens labelled with its score. Deterministic, readable in greyscale, with a title and description for
/// screen readers. The scorecard table stays the canonical data.
public enum LensChart {
  static let width = 760.0
  static let height = 600.0
  static let centerX = 380.0
  static let centerY = 300.0
  static let radius = 180.0

  /// The SVG document.
  public static func svg(_ scorecard: Scorecard, rubric: Rubric) -> String {
    let lenses = scorecard.lenses
    let count = max(lenses.count, 3)
    let scale = scorecard.method.scale
    let top = scorecard.method.maximumScore
    func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
      let distance = radius * value / top
      return (centerX + distance * cos(angle), centerY + distance * sin(angle))
    }
    func format(_ value: Double) -> String { String(format: "%.1f", value) }
    func polygon(_ value: (Int) -> Double) -> String {
      (0..<count).map { index in
        let p = point(index, value(index))
        return "\(format(p.x)),\(format(p.y))"
      }.joined(separator: " ")
    }
    let description = lenses.map { lens in
      "\(lens.title): " + (lens.score.map { String(format: "%.1f", $0) } ?? "no score") + ", "
        + ReportWords.rating(lens.rating).lowercased()
    }.joined(separator: "; ")
    var svg: [String] = []
    svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
    svg.append(
      ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(Int(width))" height="\##(Int(height))" "##
        + ##"viewBox="0 0 \##(Int(width)) \##(Int(height))" role="img" aria-labelledby="chart-title chart-desc" "##
        + ##"font-family="Helvetica, Arial, sans-serif">"##)
    svg.append(
      ##"  <title id="chart-title">Lens scores on the \##(scale.lowerBound) to \##(scale.upperBound) scale</title>"##
    )
    svg.append(##"  <desc id="chart-desc">\##(xml(description)).</desc>"##)
    svg.append(##"  <rect width="100%" height="100%" fill="#FFFFFF"/>"##)
    let bandEdges = Set(rubric.bands.map(\.min).filter { $0 > Double(scale.lowerBound) && $0 < top })
    for ring in (scale.lowerBound + 1)...scale.upperBound {
      let dashed = bandEdges.contains(Double(ring))
      svg.append(
        ##"  <polygon points="\##(polygon { _ in Double(ring) })" fill="none" stroke="\##(dashed ? "#777777" : "#C8C8C8")" "##
          + ##"stroke-width="\##(dashed ? "1.2" : "1")"\##(dashed ? ##" stroke-dasharray="5 4""## : "")/>"##)
    }
    for index in 0..<count {
      let end = point(index, top)
      svg.append(
        ##"  <line x1="\##(format(centerX))" y1="\##(format(centerY))" x2="\##(format(end.x))" y2="\##(format(end.y))" "##
          + ##"stroke="#C8C8C8" stroke-width="1"/>"##)
    }
    for ring in scale {
      let p = point(0, Double(ring))
      svg.append(
        ##"  <text x="\##(format(p.x + 6))" y="\##(format(p.y + 4))" font-size="11" fill="#666666">\##(ring)</text>"##
      )
    }
    let values = lenses.map { $0.score ?? 0 }
    svg.append(
      ##"  <polygon points="\##(polygon { index in index < values.count ? values[index] : 0 })" fill="#2B5C8A" "##
        + ##"fill-opacity="0.22" stroke="#1B3A57" stroke-width="2.5" stroke-linejoin="round"/>"##)
    for (index, lens) in lenses.enumerated() {
      let p = point(index, lens.score ?? 0)
      let filled = lens.score != nil
      svg.append(
        ##"  <circle cx="\##(format(p.x))" cy="\##(format(p.y))" r="4.5" fill="\##(filled ? "#1B3A57" : "#FFFFFF")" "##
          + ##"stroke="#1B3A57" stroke-width="1.5"/>"##)
    }
    for (index, lens) in lenses.enumerated() {
      let anchor = point(index, 4.55)
      let horizontal = anchor.x - centerX
      let textAnchor = abs(horizontal) < 20 ? "middle" : (horizontal > 0 ? "start" : "end")
      let lines = wrap(lens.title, limit: 20)
      let value =
        (lens.score.map { String(format: "%.1f", $0) } ?? "no score") + " · "
        + ReportWords.rating(lens.rating).lowercased()
      let above = anchor.y < centerY - 20
      let lineHeight = 15.0
      let total = Double(lines.count + 1) * lineHeight
      var y = above ? anchor.y - total + lineHeight : anchor.y + (abs(horizontal) < 20 ? lineHeight : 4)
      var parts: [String] = []
      for line in lines {
        parts.append(
          ##"<tspan x="\##(format(anchor.x))" y="\##(format(y))" font-weight="bold">\##(xml(line))</tspan>"##)
        y += lineHeight
      }
      parts.append(
        ##"<tspan x="\##(format(anchor.x))" y="\##(format(y))" fill="#444444">\##(xml(value))</tspan>"##)
      svg.append(
        ##"  <text text-anchor="\##(textAnchor)" font-size="13" fill="#111111">"## + parts.joined()
          + "</text>")
    }
    svg.append(
      ##"  <text x="\##(format(centerX))" y="\##(format(height - 14))" text-anchor="middle" font-size="11" "##
        + ##"fill="#666666">Rings: scores \##(scale.lowerBound) to \##(scale.upperBound). Dashed: band edges (\##(xml(bandLegend(rubric)))).</text>"##
    )
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }

  static func bandLegend(_ rubric: Rubric) -> String {
    ReportWords.bands(rubric.bands.filter { $0.min > Double(rubric.method.scale.lowerBound) })
  }

  /// `text` split into lines of at most `limit` characters where it can be.
  static func wrap(_ text: String, limit: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= limit {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` escaped for XML character data.
  static func xml(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default:
        if scalar.value >= 0x20 || scalar == "\t" { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }
}
