package org.nnl.repl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * File-name candidates for a partial path typed inside a string or after {@code :load}:
 * the entries of the partial path's directory (relative to {@code base}), directories with a
 * trailing {@code /}; scripts only ({@code .nnl} files and directories) when asked.
 */
final class FileCandidates {
  private final Path base;

  FileCandidates(Path base) {
    this.base = base;
  }

  void complete(String partial, boolean scriptsOnly, List<Candidate> out) {
    int slash = partial.lastIndexOf('/');
    String dirPart = slash >= 0 ? partial.substring(0, slash + 1) : "";
    Path dir = dirPart.isEmpty() ? base : base.resolve(dirPart);
    if (!Files.isDirectory(dir)) return;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        boolean isDir = Files.isDirectory(p);
        if (name.startsWith(".") || (scriptsOnly && !isDir && !name.endsWith(".nnl"))) continue;
        String value = dirPart + name + (isDir ? "/" : "");
        out.add(new Candidate(value, name + (isDir ? "/" : ""), isDir ? "directories" : "files", null, null, null, false));
      }
    } catch (IOException e) {
      // An unreadable directory offers no candidates; completion must never fail the prompt.
    }
  }
}
