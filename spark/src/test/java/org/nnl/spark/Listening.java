package org.nnl.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP sockets some processes listen on, read from /proc (Linux): which of them are not on 127.0.0.1. */
final class Listening {
  private static final Set<String> LOOPBACK = Set.of("0100007F", "0000000000000000FFFF00000100007F",
      "00000000000000000000000001000000");

  private Listening() {}

  /** Listening sockets of {@code pids} whose address is not loopback, as "pid hexaddress:port"; and how many there are in all. */
  static List<String> nonLoopback(Set<Long> pids, int[] total) throws IOException {
    Set<String> inodes = new HashSet<>();
    java.util.Map<String, Long> owner = new java.util.HashMap<>();
    for (long pid : pids) {
      Path fds = Path.of("/proc", String.valueOf(pid), "fd");
      if (!Files.isDirectory(fds)) continue;
      try (Stream<Path> all = Files.list(fds)) {
        for (Path fd : (Iterable<Path>) all::iterator) {
          try {
            String t = Files.readSymbolicLink(fd).toString();
            if (t.startsWith("socket:[")) {
              String inode = t.substring(8, t.length() - 1);
              inodes.add(inode);
              owner.put(inode, pid);
            }
          } catch (IOException e) {
            // the descriptor closed meanwhile
          }
        }
      }
    }
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split("\\s+");
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        if (!f[3].equals("0A") || !inodes.contains(f[9])) continue;
        n++;
        String addr = f[1].substring(0, f[1].indexOf(':'));
        if (!LOOPBACK.contains(addr)) bad.add("pid " + owner.get(f[9]) + " " + f[1]);
      }
    }
    total[0] = n;
    return bad;
  }
}
