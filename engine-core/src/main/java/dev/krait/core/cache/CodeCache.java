package dev.krait.core.cache;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.CodeReader;
import dev.krait.core.bytecode.CodeWriter;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import dev.krait.core.syntax.SyntaxError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the code object of a module's source file, from its {@code __pycache__} file when that
 * is valid, else by compiling the source and rewriting the file, as CPython's
 * {@code SourceFileLoader}. Any problem with a cache file (missing, unreadable, truncated, wrong
 * magic or version, stale, corrupt) is a miss, never an error; the main script does not come
 * through here, as CPython never caches it.
 *
 * <p>The file {@code pkg/__pycache__/foo.krait-N.pyc} of {@code pkg/foo.py} (N is {@link
 * CodeWriter#FORMAT_VERSION}) starts with PEP 552's 16-byte header, then {@link CodeWriter}'s
 * payload:
 *
 * <pre>
 * magic  'K', N, '\r', '\n'          (N as one byte: the version is in the magic too)
 * flags  4 bytes little-endian       bit 0 hash-based, bit 1 check the source (PEP 552)
 * then   mtime, size                 each 4 bytes little-endian: the source's modification
 *                                    time in whole seconds and its size, both mod 2^32
 * or     hash                        8 bytes little-endian: SipHash-2-4 of the source bytes
 *                                    with the key {@link #HASH_K0}, {@link #HASH_K1}
 * </pre>
 *
 * <p>Writes are atomic: a temp file in the same folder renamed over the old one, so a reader (a
 * thread, an engine or another process) sees the old file or the new, never a torn one; the
 * header check then makes sure it is not stale. A folder that cannot be written turns writing
 * off for that file, silently. Thread-safe: instances hold only their options and counters.
 */
public final class CodeCache {

  /** The first SipHash key word of source hashes ("krait-so" in ASCII). */
  public static final long HASH_K0 = 0x6b726169742d736fL;

  /** The second SipHash key word of source hashes ("urcehash" in ASCII). */
  public static final long HASH_K1 = 0x7572636568617368L;

  /** Bytes before the payload. */
  static final int HEADER_SIZE = 16;

  private static final int FLAG_HASH_BASED = 1;
  private static final int FLAG_CHECK_SOURCE = 2;
  private static final HashFunction SOURCE_HASH = Hashing.sipHash24(HASH_K0, HASH_K1);
  private static final Logger LOG = LoggerFactory.getLogger(CodeCache.class);

  private final CacheOptions options;
  private final AtomicLong compilations = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();

  /** Returns a cache working as {@code options} say. */
  public CodeCache(CacheOptions options) {
    this.options = options;
  }

  /** Returns the options. */
  public CacheOptions options() {
    return options;
  }

  /** Returns how many sources this cache compiled (each miss, and every load when OFF). */
  public long compilations() {
    return compilations.get();
  }

  /** Returns how many loads a valid cache file answered. */
  public long hits() {
    return hits.get();
  }

  /** Returns how many cache files this cache wrote. */
  public long writes() {
    return writes.get();
  }

  /**
   * Returns the code of the module source {@code source}, its {@code co_filename} being {@code
   * source} as given.
   *
   * @throws SyntaxError if the source does not compile (no cache file is written)
   * @throws IOException if the source cannot be read
   */
  public CodeObject load(Path source) throws IOException {
    if (options.mode() == CacheOptions.Mode.OFF) {
      return compile(source, Files.readAllBytes(source));
    }
    // Stat before reading, as CPython: a source changed meanwhile makes the file stale, not wrong.
    BasicFileAttributes attrs = Files.readAttributes(source, BasicFileAttributes.class);
    Source src = new Source(source, attrs.lastModifiedTime().to(TimeUnit.SECONDS), attrs.size());
    Path pyc = cachePath(source);
    String miss;
    try {
      byte[] data = Files.readAllBytes(pyc);
      miss = stale(data, src);
      if (miss == null) {
        CodeObject code = CodeReader.read(data, HEADER_SIZE, source.toString());
        hits.incrementAndGet();
        LOG.debug("cache hit: {} from {}", source, pyc);
        return code;
      }
    } catch (NoSuchFileException e) {
      miss = "no cache file";
    } catch (IOException e) {
      miss = "unreadable cache file (" + e + ")";
    } catch (CodeReader.MalformedCodeException e) {
      miss = "corrupt payload (" + e.getMessage() + ")";
    }
    LOG.debug("cache miss: {}: {}", source, miss);
    byte[] bytes = src.bytes();
    CodeObject code = compile(source, bytes);
    if (options.writes()) {
      if (bytes.length == src.size) {
        write(pyc, code, src, bytes);
      } else {
        LOG.debug("not writing {}: the source changed while it was read", pyc);
      }
    }
    return code;
  }

  /**
   * Returns the cache file of {@code source}: {@code DIR/__pycache__/NAME.krait-N.pyc}, or under
   * the prefix folder {@code PREFIX/ABSOLUTE-DIR/NAME.krait-N.pyc} (the root stripped), as
   * CPython's {@code importlib.util.cache_from_source}.
   */
  public Path cachePath(Path source) {
    String file = source.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String name = (dot > 0 ? file.substring(0, dot) : file) + "." + CodeWriter.CACHE_TAG + ".pyc";
    if (options.prefix() == null) {
      Path dir = source.getParent();
      return (dir == null ? Path.of("__pycache__") : dir.resolve("__pycache__")).resolve(name);
    }
    Path dir = source.toAbsolutePath().normalize().getParent();
    return options.prefix().resolve(dir.getRoot().relativize(dir)).resolve(name);
  }

  private CodeObject compile(Path source, byte[] bytes) {
    String filename = source.toString();
    String text = SourceDecoder.decode(bytes, filename);
    CodeObject code =
        Compiler.compileModule(Parser.parseModule(text, filename), filename, new LineMap(text));
    compilations.incrementAndGet();
    return code;
  }

  /** Returns why {@code data}'s header does not fit {@code src}, or null when it does. */
  private String stale(byte[] data, Source src) throws IOException {
    if (data.length < HEADER_SIZE) {
      return "truncated header";
    }
    if (data[0] != 'K' || data[2] != '\r' || data[3] != '\n') {
      return "bad magic";
    }
    if ((data[1] & 0xff) != CodeWriter.FORMAT_VERSION) {
      return "format version " + (data[1] & 0xff) + ", not " + CodeWriter.FORMAT_VERSION;
    }
    int flags = int32(data, 4);
    if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0) {
      return "unknown flags " + flags;
    }
    if ((flags & FLAG_HASH_BASED) == 0) {
      if (int32(data, 8) != (int) src.mtime) {
        return "source modification time differs";
      }
      return int32(data, 12) != (int) src.size ? "source size differs" : null;
    }
    boolean check = switch (options.hashCheck()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case DEFAULT -> (flags & FLAG_CHECK_SOURCE) != 0;
    };
    if (check && int64(data, 8) != sourceHash(src.bytes())) {
      return "source hash differs";
    }
    return null;
  }

  private void write(Path pyc, CodeObject code, Source src, byte[] sourceBytes) {
    byte[] payload;
    try {
      payload = CodeWriter.write(code);
    } catch (IllegalArgumentException e) {
      LOG.debug("not writing {}: {}", pyc, e.getMessage());
      return;
    }
    byte[] data = new byte[HEADER_SIZE + payload.length];
    data[0] = 'K';
    data[1] = (byte) CodeWriter.FORMAT_VERSION;
    data[2] = '\r';
    data[3] = '\n';
    switch (options.invalidation()) {
      case TIMESTAMP -> {
        putInt32(data, 8, (int) src.mtime);
        putInt32(data, 12, (int) src.size);
      }
      case CHECKED_HASH, UNCHECKED_HASH -> {
        boolean checked = options.invalidation() == CacheOptions.Invalidation.CHECKED_HASH;
        putInt32(data, 4, FLAG_HASH_BASED | (checked ? FLAG_CHECK_SOURCE : 0));
        long h = sourceHash(sourceBytes);
        putInt32(data, 8, (int) h);
        putInt32(data, 12, (int) (h >>> 32));
      }
    }
    System.arraycopy(payload, 0, data, HEADER_SIZE, payload.length);
    writeAtomically(pyc, data, src.path);
  }

  /**
   * Writes {@code data} to {@code pyc} through a temp file and a rename, readable by whoever may
   * read {@code source} (as CPython's {@code _calc_mode}: the source's mode without execute bits,
   * plus owner write); failing is silent.
   */
  private void writeAtomically(Path pyc, byte[] data, Path source) {
    Path dir = pyc.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, pyc.getFileName().toString() + ".", ".tmp");
      Files.write(tmp, data);
      copyMode(source, tmp);
      try {
        Files.move(tmp, pyc, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, pyc, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      writes.incrementAndGet();
      LOG.debug("cache written: {}", pyc);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      LOG.debug("not writing {}: {}", pyc, e.toString());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.debug("could not remove {}: {}", tmp, e.toString());
        }
      }
    }
  }

  // The temp file is created owner-only (0600); give it the source's read/write bits.
  private static void copyMode(Path source, Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> mode = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission p : Files.getPosixFilePermissions(source)) {
      if (!p.name().endsWith("_EXECUTE")) {
        mode.add(p);
      }
    }
    mode.add(PosixFilePermission.OWNER_WRITE);
    mode.add(PosixFilePermission.OWNER_READ);
    Files.setPosixFilePermissions(tmp, mode);
  }

  /** Returns the 64-bit hash of source bytes recorded by hash-based cache files. */
  public static long sourceHash(byte[] source) {
    return SOURCE_HASH.hashBytes(source).asLong();
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }

  private static long int64(byte[] b, int at) {
    return (int32(b, at) & 0xFFFF_FFFFL) | (long) int32(b, at + 4) << 32;
  }

  private static void putInt32(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }

  /** A source file as stat saw it; its bytes are read at most once, when needed. */
  private static final class Source {
    final Path path;
    final long mtime;
    final long size;
    private byte[] bytes;

    Source(Path path, long mtime, long size) {
      this.path = path;
      this.mtime = mtime;
      this.size = size;
    }

    byte[] bytes() throws IOException {
      if (bytes == null) {
        bytes = Files.readAllBytes(path);
      }
      return bytes;
    }
  }
}
