package dev.krait.core.vm;

import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.classfile.ClassTooLargeException;
import dev.krait.core.runtime.PyException;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second execution tier: a code object called often enough is translated to JVM bytecode
 * ({@link TierTranslator}) and defined as a hidden class, which {@link Interpreter#execute}
 * then runs instead of the interpreter's loop.
 *
 * <p>The state lives in {@link CodeObject#tier()}: null, then a {@link Count} of calls, then the
 * {@link TierCode} or {@link #INTERPRETED} for code the tier leaves alone. The threshold is the
 * system property {@code krait.tier.threshold}: calls before translating, 0 to translate on the
 * first call, -1 to turn the tier off.
 */
final class JvmTier {

  private static final Logger LOG = LoggerFactory.getLogger(JvmTier.class);

  /** Calls of a code object before it is translated; negative: never. */
  static final int THRESHOLD = Integer.getInteger("krait.tier.threshold", 1000);

  /** Backward jumps between two of the interpreter's interrupt polls. */
  static final int LOOP_POLL = 1024;

  /** The tier state of code that stays interpreted. */
  private static final Object INTERPRETED = new Object();

  private static final AtomicInteger TRANSLATED = new AtomicInteger();

  /** A code object's calls so far; racy increments lose a count at worst. */
  private static final class Count {
    int calls;
  }

  private JvmTier() {}

  /**
   * Returns the translation to run for {@code co}, or null to interpret it; counts the call and
   * translates once the count passes the threshold.
   */
  static TierCode code(CodeObject co) {
    Object t = co.tier();
    if (t instanceof TierCode code) {
      return code;
    }
    if (THRESHOLD < 0 || t == INTERPRETED) {
      return null;
    }
    Count count;
    if (t instanceof Count k) {
      count = k;
    } else {
      count = new Count();
      co.setTier(count);
    }
    if (++count.calls <= THRESHOLD && count.calls >= 0) {
      return null;
    }
    return translate(co);
  }

  /**
   * The interpreter's poll on one backward jump in 1,024 ({@link #LOOP_POLL}): checks for an
   * interrupt, and counts the jumps as calls, so that a function that loops long is translated
   * for its next call (the running frame stays interpreted: there is no on-stack replacement).
   */
  static void loops(ThreadState ts, CodeObject co) {
    ts.checkInterrupt();
    if (THRESHOLD >= 0 && co.tier() instanceof Count count) {
      count.calls += LOOP_POLL;
    }
  }

  /**
   * Translates {@code co} now unless done already; returns the translation, or null when the
   * code stays interpreted. Thread-safe: the first thread translates, the others wait for it.
   */
  static TierCode translate(CodeObject co) {
    synchronized (JvmTier.class) {
      Object t = co.tier();
      if (t instanceof TierCode code) {
        return code;
      }
      if (t == INTERPRETED) {
        return null;
      }
      TierCode code;
      try {
        code = define(co);
      } catch (StackOverflowError e) {
        // Translating near the end of the stack: a later call, with more stack, tries again.
        return null;
      }
      co.setTier(code == null ? INTERPRETED : code);
      return code;
    }
  }

  /** Keeps {@code co} interpreted from now on, whatever its calls (for tests). */
  static void interpretOnly(CodeObject co) {
    co.setTier(INTERPRETED);
  }

  /** Returns how many code objects have been translated in this JVM (for tests). */
  static int translatedCount() {
    return TRANSLATED.get();
  }

  private static TierCode define(CodeObject co) {
    String name = "dev/krait/core/vm/Py_" + co.qualname().replaceAll("[^A-Za-z0-9_]", "_");
    try {
      byte[] bytes = TierTranslator.translate(co, name);
      MethodHandles.Lookup lookup =
          MethodHandles.lookup().defineHiddenClass(bytes, true);
      TierCode code = (TierCode) lookup.findConstructor(
          lookup.lookupClass(), java.lang.invoke.MethodType.methodType(void.class)).invoke();
      TRANSLATED.incrementAndGet();
      return code;
    } catch (TierTranslator.Untranslatable | ClassTooLargeException e) {
      LOG.debug("{} stays interpreted: {}", co.qualname(), e.getMessage());
      return null;
    } catch (StackOverflowError e) {
      throw e;
    } catch (Throwable e) {
      // A translation the JVM refuses (a verifier error) is a bug of the tier, never the
      // program's: the code stays interpreted and runs correctly.
      LOG.debug("{} stays interpreted: translation failed", co.qualname(), e);
      return null;
    }
  }

  /**
   * The lookup in the handler of translated code, after {@code Ops.unwinding}: returns the
   * exception table entry covering instruction {@code pc}, or writes the frame back as the
   * interpreter leaves it and throws {@code e} when none does.
   */
  static int handlerEntry(Frame f, int pc, PyException e) {
    int h = f.code.exceptions().handler(pc);
    if (h < 0) {
      Arrays.fill(f.stack, f.base, f.stack.length, null);
      f.pc = pc + 1;
      f.sp = f.base;
      throw e;
    }
    return h;
  }
}
