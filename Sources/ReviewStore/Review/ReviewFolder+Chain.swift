import RubricEngine

/// The review's outcome chain, `outcome-chain.json`: none until a node is added.
extension ReviewFolder {
  public var chainPath: String { path + "/outcome-chain.json" }

  /// The chain; an empty one when the review has none.
  public func chain() throws(ReviewStoreError) -> OutcomeChain {
    guard fileSystem.itemKind(at: chainPath, followingLinks: false) != nil else { return OutcomeChain() }
    let bytes = try readDataFile(chainPath)
    do { return try OutcomeChainDecoder().decode(bytes, file: chainPath) } catch { throw .invalidFile(error) }
  }

  /// Reads the chain under its lock, lets `change` edit it, reads the result back as every command would,
  /// and saves it; nothing is saved when `change` throws or the result would not read back.
  public func updateChain<Result>(
    holder: String, _ change: (inout OutcomeChain) throws(ReviewStoreError) -> Result
  ) throws(ReviewStoreError) -> Result {
    let lock = try lock(file: "outcome-chain.json", what: "outcome-chain.json", holder: holder, waiting: true)
    defer { lock.release() }
    var chain = try chain()
    let result = try change(&chain)
    let bytes = try Self.encoded(chain, for: chainPath)
    do { _ = try OutcomeChainDecoder().decode(bytes, file: chainPath) } catch { throw .invalidFile(error) }
    try writeData(chain, to: chainPath)
    return result
  }
}
