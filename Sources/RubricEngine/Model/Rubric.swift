/// A Decision Integrity rubric: the lenses a review looks through, the questions asked under each,
/// the scale with its labels, the bands that turn a lens score into a rating, and the method's parameters.
public struct Rubric: Codable, Equatable, Sendable {
  /// The rubric file format this workbench reads and writes; newer files are refused, not guessed at.
  public static let currentFormatVersion = 1

  public var formatVersion: Int
  /// A stable identifier such as `decision-integrity`; reviews record it.
  public var id: String
  /// A semantic version (`1.2.0`); reviews record it so a score can always be traced to its rubric.
  public var version: String
  public var title: String
  /// What the rubric is for, in a sentence or two (optional).
  public var description: String?
  /// The scale levels, every value of `Method.scale` in order.
  public var scale: [ScaleLevel]
  /// The rating bands, highest `min` first.
  public var bands: [Band]
  public var roles: [Role]
  /// The lenses, in the order they are asked and reported.
  public var lenses: [Lens]
  /// The scoring method's parameters: the standard method's unless the rubric's `method` object overrides
  /// some of them.
  public var method: Method

  /// Creates a rubric from its parts; `RubricDecoder` is the way to read one from a file.
  public init(
    formatVersion: Int = Rubric.currentFormatVersion, id: String, version: String, title: String,
    description: String? = nil, scale: [ScaleLevel], bands: [Band], roles: [Role], lenses: [Lens],
    method: Method = .standard
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.version = version
    self.title = title
    self.description = description
    self.scale = scale
    self.bands = bands
    self.roles = roles
    self.lenses = lenses
    self.method = method
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion, id, version, title, description, scale, bands, roles, lenses, method
  }

  /// Decodes a rubric; a missing `method` is the standard method.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decode(Int.self, forKey: .formatVersion)
    id = try container.decode(String.self, forKey: .id)
    version = try container.decode(String.self, forKey: .version)
    title = try container.decode(String.self, forKey: .title)
    description = try container.decodeIfPresent(String.self, forKey: .description)
    scale = try container.decode([ScaleLevel].self, forKey: .scale)
    bands = try container.decode([Band].self, forKey: .bands)
    roles = try container.decode([Role].self, forKey: .roles)
    lenses = try container.decode([Lens].self, forKey: .lenses)
    method = try container.decodeIfPresent(Method.self, forKey: .method) ?? .standard
  }

  /// Encodes a rubric; the method only when it differs from the standard one, so that a rubric without a
  /// `method` object is written back without one.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(formatVersion, forKey: .formatVersion)
    try container.encode(id, forKey: .id)
    try container.encode(version, forKey: .version)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(description, forKey: .description)
    try container.encode(scale, forKey: .scale)
    try container.encode(bands, forKey: .bands)
    try container.encode(roles, forKey: .roles)
    try container.encode(lenses, forKey: .lenses)
    if method != .standard { try container.encode(method, forKey: .method) }
  }

  /// Every question in asking order: lens by lens, then question by question.
  public var questions: [Question] { lenses.flatMap(\.questions) }

  /// The lens whose rating gates the verdict, if the rubric names one.
  public var gateLens: Lens? { lenses.first(where: \.gate) }

  /// The lens with this id.
  public func lens(id: String) -> Lens? { lenses.first { $0.id == id } }

  /// The role with this id.
  public func role(id: String) -> Role? { roles.first { $0.id == id } }

  /// Every question by id, for looking many up: build it once, not per lookup.
  public func questionsByID() -> [String: Question] {
    Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The question with this id, wherever it stands.
  public func question(id: String) -> Question? { questions.first { $0.id == id } }

  /// The lens a question belongs to.
  public func lens(containing questionID: String) -> Lens? {
    lenses.first { lens in lens.questions.contains { $0.id == questionID } }
  }

  /// The label of a scale value, such as "Partly" for 2.
  public func label(for value: Int) -> String? { scale.first { $0.value == value }?.label }
}
