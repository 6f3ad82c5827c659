package dev.krait.core.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.krait.core.ast.CPython;
import dev.krait.core.bytecode.CodeReader.MalformedCodeException;
import dev.krait.core.compiler.Compiler;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.Parser;
import dev.krait.core.syntax.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * The serialized code format: every code object of real programs survives {@link CodeWriter}
 * then {@link CodeReader} with the same disassembly, damaged payloads are refused, and the
 * format version moves with the instruction set.
 */
final class CodeFormatTest {

  /**
   * The fingerprint of {@link Opcode} that {@link CodeWriter#FORMAT_VERSION} belongs to. Both
   * change together: see {@link #opcodeTableChangesBumpTheFormatVersion}.
   */
  private static final int FINGERPRINT_VERSION = 1;

  private static final String FINGERPRINT = "8590288e21a790e2";

  private static CodeObject compile(String source, String filename) {
    return Compiler.compileModule(
        Parser.parseModule(source, filename), filename, new LineMap(source));
  }

  private static void assertRoundTrip(CodeObject code) throws MalformedCodeException {
    byte[] bytes = CodeWriter.write(code);
    CodeObject back = CodeReader.read(bytes);
    assertSameText(Disassembler.disassemble(code), Disassembler.disassemble(back), code);
    assertSameText(describe(code), describe(back), code);
    assertArrayEquals(bytes, CodeWriter.write(back), code.filename());
  }

  /** Fails naming the first line where the two texts differ. */
  private static void assertSameText(String expected, String actual, CodeObject code) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.min(e.length, a.length); i++) {
      assertEquals(e[i], a[i], code.filename() + ": line " + (i + 1));
    }
    assertEquals(e.length, a.length, code.filename() + ": number of lines");
  }

  /** Returns the fields the disassembly does not show, for this code and its nested code. */
  private static String describe(CodeObject code) {
    StringBuilder out = new StringBuilder();
    out.append(code.name()).append('|').append(code.qualname()).append('|')
        .append(code.filename()).append('|').append(code.firstLine()).append('|')
        .append(code.flags()).append('|').append(code.argCount()).append('|')
        .append(code.posOnlyArgCount()).append('|').append(code.kwOnlyArgCount()).append('|')
        .append(code.stackSize()).append('|').append(code.varnames()).append('|')
        .append(code.cellvars()).append('|').append(code.freevars()).append('|')
        .append(Arrays.toString(code.cellSlots())).append('|')
        .append(Arrays.toString(code.names())).append('\n');
    for (int pc = 0; pc < code.length(); pc++) {
      LineTable l = code.lines();
      out.append(l.line(pc)).append(',').append(l.column(pc)).append(',')
          .append(l.endLine(pc)).append(',').append(l.endColumn(pc)).append(' ');
    }
    for (PyObject c : code.consts()) {
      out.append('\n').append(c.type().name()).append(' ');
      if (c instanceof CodeObject inner) {
        out.append(describe(inner));
      } else if (c instanceof PyStr s) {
        for (int i = 0; i < s.length(); i++) {
          out.append(Integer.toHexString(s.codePointAt(i))).append(' ');
        }
      }
    }
    return out.toString();
  }

  private static List<Path> pythonFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
    }
  }

  /** Returns how many files round-tripped; files our compiler rejects are skipped. */
  private static int roundTripFiles(List<Path> files) throws Exception {
    int done = 0;
    for (Path file : files) {
      CodeObject code;
      try {
        code = compile(SourceDecoder.decode(Files.readAllBytes(file), file.toString()),
            file.toString());
      } catch (RuntimeException e) {
        continue; // not compilable by Krait yet (or not Python at all): nothing to cache
      }
      assertRoundTrip(code);
      done++;
    }
    return done;
  }

  @Test
  void goldenAndConformanceProgramsRoundTrip() throws Exception {
    List<Path> files = new ArrayList<>(pythonFiles(Path.of("src/test/resources/golden")));
    Path conformance = Path.of("..", "..", "shared", "conformance");
    if (Files.isDirectory(conformance)) {
      files.addAll(pythonFiles(conformance));
    }
    int done = roundTripFiles(files);
    assertTrue(done > 100, "only " + done + " programs compiled");
  }

  @Test
  void stdlibSampleRoundTrips() throws Exception {
    CPython.require();
    Path stdlib = Path.of(
        CPython.runScript("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "")
            .strip());
    List<Path> all = new ArrayList<>();
    for (Path p : pythonFiles(stdlib)) {
      if (!stdlib.relativize(p).toString().contains("site-packages")) {
        all.add(p);
      }
    }
    List<Path> sample = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 4) {
      sample.add(all.get(i));
    }
    int done = roundTripFiles(sample);
    assertTrue(done > sample.size() / 2, "only " + done + " of " + sample.size() + " compiled");
  }

  @Test
  void everyConstantKindRoundTrips() throws Exception {
    String source = String.join("\n",
        "a = (None, ..., True, False, 0, -1, 2**62, 2**63, -(2**100), 123456789012345678901234,",
        "     1.5, -0.0, float('nan'), 1e308, 2j, -0j, 'x', '', 'é', '\\u20ac', '\\U0001F600',",
        "     '\\ud800', '\\udc00x', '\\ud800\\udc00', b'', b'\\x00\\xff')",
        "b = x in {1, 'two', 3.0, b'four', None}",
        "def f(p, /, q, *r, s, **t):",
        "    def g():",
        "        return p + q",
        "    return g, f(*r, s=s, **t)",
        "class C:",
        "    y = [i for i in range(3)]",
        "match a:",
        "    case C(y=1): pass",
        "");
    CodeObject code = compile(source, "consts.py");
    assertRoundTrip(code);
    assertTrue(Disassembler.disassemble(CodeReader.read(CodeWriter.write(code)))
        .contains("'\\ud800\\udc00'"));
  }

  @Test
  void readingFixesTheFileName() throws Exception {
    CodeObject code = compile("def f():\n  return 1\n", "old/place.py");
    CodeObject moved = CodeReader.read(CodeWriter.write(code), 0, "new/place.py");
    assertEquals("new/place.py", moved.filename());
    assertEquals("new/place.py", ((CodeObject) moved.constant(0)).filename());
  }

  @Test
  void everyTruncationIsRefused() {
    byte[] bytes = CodeWriter.write(compile("for i in range(3):\n  print(i, 'x')\n", "t.py"));
    for (int n = 0; n < bytes.length; n++) {
      byte[] cut = Arrays.copyOf(bytes, n);
      assertThrows(MalformedCodeException.class, () -> CodeReader.read(cut), "length " + n);
    }
  }

  @Test
  void damagedBytesAndGarbageAreRefused() {
    byte[] bytes = CodeWriter.write(compile("x = [1, 2]\nprint(x[0] + len('abc'))\n", "d.py"));
    Random random = new Random(42);
    for (int i = 0; i < bytes.length; i++) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= (byte) (1 + random.nextInt(255));
      assertThrows(MalformedCodeException.class, () -> CodeReader.read(damaged), "byte " + i);
    }
    for (int i = 0; i < 200; i++) {
      byte[] garbage = new byte[random.nextInt(300)];
      random.nextBytes(garbage);
      assertThrows(MalformedCodeException.class, () -> CodeReader.read(garbage));
    }
  }

  /** Returns {@code code} with instruction {@code pc} replaced, written with a good checksum. */
  private static byte[] withInstruction(CodeObject code, int pc, int word) {
    int[] words = code.code().clone();
    words[pc] = word;
    return CodeWriter.write(copy(code, words, code.stackSize(), code.exceptions()));
  }

  private static CodeObject copy(CodeObject c, int[] words, int stackSize, ExceptionTable t) {
    int[] lines = new int[words.length * 4];
    return new CodeObject(new CodeObject.Parts(c.name(), c.qualname(), c.filename(),
        c.firstLine(), c.flags(), c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(),
        stackSize, words, c.consts(), c.names(), c.varnames().toArray(new String[0]),
        c.cellvars().toArray(new String[0]), c.freevars().toArray(new String[0]),
        c.cellSlots(), new LineTable(lines), t));
  }

  @Test
  void verifierRefusesWhatWouldIndexOutOfBounds() {
    CodeObject code = compile("x = 1\nprint(x)\n", "v.py");
    int constants = code.consts().length;
    int names = code.names().length;
    int n = code.length();
    int[] bad = {
      Opcode.encode(Opcode.COUNT, 0),
      Opcode.encode(Opcode.LOAD_CONST, constants),
      Opcode.encode(Opcode.LOAD_NAME, names),
      Opcode.encode(Opcode.LOAD_GLOBAL, names << 1),
      Opcode.encode(Opcode.LOAD_FAST, 0),
      Opcode.encode(Opcode.LOAD_DEREF, 0),
      Opcode.encode(Opcode.JUMP_FORWARD, n),
      Opcode.encode(Opcode.POP_TOP, 0),
      Opcode.encode(Opcode.BINARY_OP, 26),
      Opcode.encode(Opcode.COPY, 5),
      Opcode.encode(Opcode.BUILD_TUPLE, 3),
      Opcode.encode(Opcode.KW_NAMES, 0),
    };
    for (int word : bad) {
      byte[] bytes = withInstruction(code, 0, word);
      assertThrows(MalformedCodeException.class, () -> CodeReader.read(bytes),
          Opcode.name(Opcode.op(word)));
    }
    byte[] shallow = CodeWriter.write(copy(code, code.code(), 0, code.exceptions()));
    assertThrows(MalformedCodeException.class, () -> CodeReader.read(shallow), "stack size 0");
    byte[] fallsOff = CodeWriter.write(
        copy(code, Arrays.copyOf(code.code(), n - 1), code.stackSize(),
            code.exceptions()));
    assertThrows(MalformedCodeException.class, () -> CodeReader.read(fallsOff), "no return");
    byte[] badHandler = CodeWriter.write(copy(code, code.code(), code.stackSize(),
        new ExceptionTable(new int[] {0, 1, n, 0})));
    assertThrows(MalformedCodeException.class, () -> CodeReader.read(badHandler), "handler");
  }

  /**
   * Returns a hash of everything about the instruction set that compiled code depends on:
   * each opcode's number, name, flags, stack effects and pops for a spread of arguments, and the
   * instruction encoding.
   */
  static String opcodeFingerprint() {
    Hasher h = Hashing.sha256().newHasher();
    h.putInt(Opcode.COUNT).putInt(Opcode.ARG_SHIFT).putInt(Opcode.MAX_ARG);
    int[] args = {0, 1, 2, 3, 4, 5, 7, 8, 15, 0x13, 0x25, 0x102};
    for (int op = 0; op < Opcode.COUNT; op++) {
      h.putInt(op).putString(Opcode.name(op), StandardCharsets.UTF_8);
      h.putBoolean(Opcode.isJump(op)).putBoolean(Opcode.endsBlock(op))
          .putBoolean(Opcode.hasConst(op)).putBoolean(Opcode.hasName(op))
          .putBoolean(Opcode.hasLocal(op)).putBoolean(Opcode.hasFree(op));
      for (int arg : args) {
        h.putInt(Opcode.stackEffect(op, arg, false)).putInt(Opcode.stackEffect(op, arg, true))
            .putInt(Opcode.pops(op, arg));
      }
    }
    for (int arg = 0; arg < 26; arg++) {
      h.putString(Opcode.binaryOpName(arg), StandardCharsets.UTF_8);
    }
    for (int arg = 0; arg < 6; arg++) {
      h.putString(Opcode.compareName(arg), StandardCharsets.UTF_8);
    }
    return h.hash().toString().substring(0, 16);
  }

  @Test
  void opcodeTableChangesBumpTheFormatVersion() {
    String now = opcodeFingerprint();
    if (!now.equals(FINGERPRINT) || CodeWriter.FORMAT_VERSION != FINGERPRINT_VERSION) {
      fail("The instruction set (Opcode) or the format version changed: fingerprint " + now
          + " with CodeWriter.FORMAT_VERSION " + CodeWriter.FORMAT_VERSION + ", but this test"
          + " knows fingerprint " + FINGERPRINT + " for version " + FINGERPRINT_VERSION + ".\n"
          + "Caches written before the change would run with the wrong meaning. If Opcode"
          + " changed, bump CodeWriter.FORMAT_VERSION (add a line to its history), then set"
          + " FINGERPRINT_VERSION to the new version and FINGERPRINT to " + now + " here, in"
          + " the same commit.");
    }
  }

  @Test
  void garbageNeverEscapesAsAnotherException() {
    Random random = new Random(7);
    byte[] good = CodeWriter.write(compile("def f(a):\n  return [a, (1, 2.5)]\n", "g.py"));
    for (int i = 0; i < 2000; i++) {
      byte[] b = good.clone();
      int pos = random.nextInt(b.length - 4);
      b[pos] = (byte) random.nextInt(256);
      // Re-seal the checksum so the structure checks, not the CRC, must catch the damage.
      CRC32C crc = new CRC32C();
      crc.update(b, 0, b.length - 4);
      int c = (int) crc.getValue();
      b[b.length - 4] = (byte) (c >>> 24);
      b[b.length - 3] = (byte) (c >>> 16);
      b[b.length - 2] = (byte) (c >>> 8);
      b[b.length - 1] = (byte) c;
      try {
        CodeReader.read(b);
      } catch (MalformedCodeException expected) {
        // refused: fine
      }
    }
  }
}
