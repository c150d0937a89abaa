#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files named by paths, walked lazily so that an archive of any size costs one directory
/// listing per open level, never a list of the whole tree. Same order and rules as
/// `InputReader.expand`: files as given, directories recursively in byte order of names with
/// article extensions only, hidden names skipped, each directory listed once even when
/// symbolic links lead back to it.
public struct PathWalker: Sequence, IteratorProtocol {
  private var pending: [String]
  /// Open directory levels: the directory's path and its remaining entry names, reversed.
  private var stack: [(prefix: String, names: [String])] = []
  private var visited: Set<DirectoryID> = []

  private struct DirectoryID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  public init(_ paths: [String]) {
    pending = paths.reversed()
  }

  public mutating func next() -> Result<String, InputError>? {
    while true {
      if !stack.isEmpty {
        guard let name = stack[stack.count - 1].names.popLast() else {
          stack.removeLast()
          continue
        }
        let child = stack[stack.count - 1].prefix + name
        var info = stat()
        guard stat(child, &info) == 0 else { continue }  // a dangling link
        if InputReader.isDirectory(info) {
          if let error = enter(child, info) { return .failure(error) }
        } else if InputReader.articleExtensions.contains(InputReader.fileExtension(name)) {
          return .success(child)
        }
        continue
      }
      guard let path = pending.popLast() else { return nil }
      if path == "-" { return .success(path) }
      var info = stat()
      guard stat(path, &info) == 0 else {
        return .failure(InputError(path: path, .unreadable(InputReader.osReason())))
      }
      guard InputReader.isDirectory(info) else { return .success(path) }
      visited = []
      if let error = enter(path, info) { return .failure(error) }
    }
  }

  /// Pushes a directory's entries; the error when it cannot be listed.
  private mutating func enter(_ directory: String, _ info: stat) -> InputError? {
    guard visited.insert(DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
    else { return nil }
    guard let dir = opendir(directory) else {
      return InputError(path: directory, .unreadable(InputReader.osReason()))
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    // Reversed so that popLast yields names in byte order.
    names.sort { $1.utf8.lexicographicallyPrecedes($0.utf8) }
    stack.append((directory.hasSuffix("/") ? directory : directory + "/", names))
    return nil
  }
}
