package dev.krait.core.cache;

import dev.krait.core.bytecode.Disassembler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate process for {@link CodeCacheTest}: loads the module {@code args[0]} through a new
 * cache {@code args[1]} times, deleting the cache file now and then to force rewrites, and fails
 * (exit status 1) if any load gives code different from the first.
 */
final class CacheLoadMain {

  private CacheLoadMain() {}

  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    int times = Integer.parseInt(args[1]);
    String first = null;
    for (int i = 0; i < times; i++) {
      CodeCache cache = new CodeCache(CacheOptions.DEFAULTS);
      String dis = Disassembler.disassemble(cache.load(source));
      if (first == null) {
        first = dis;
      } else if (!first.equals(dis)) {
        System.out.println("load " + i + " gave different code");
        System.exit(1);
      }
      if (i % 5 == 4) {
        Files.deleteIfExists(cache.cachePath(source));
      }
    }
  }
}
