package dev.krait.core.builtins;

import dev.krait.core.runtime.PyObject;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers {@code id()} gives: one per object, the same for as long as the object lives and
 * never given to two objects alive at once, as CPython's addresses. The JVM moves objects and has
 * no address to show, so an object gets the next number of a counter the first time {@code id()}
 * sees it, remembered through a weak reference that does not keep the object alive. One table per
 * builtins namespace (so per context), guarded by its own lock.
 */
final class ObjectIds {

  // Numbers look like CPython's addresses: 16-byte aligned, in a plausible heap range.
  private static final long FIRST = 0x7f0000000000L;
  private static final int STEP = 16;

  private final Map<Integer, Entry> byHash = new HashMap<>();
  private final ReferenceQueue<PyObject> collected = new ReferenceQueue<>();
  private long next = FIRST;

  /** Returns the number of {@code o}, giving it one on first sight. */
  synchronized long of(PyObject o) {
    forgetCollected();
    int hash = System.identityHashCode(o);
    Entry first = byHash.get(hash);
    for (Entry e = first; e != null; e = e.next) {
      if (e.get() == o) {
        return e.id;
      }
    }
    long id = next;
    next += STEP;
    byHash.put(hash, new Entry(o, collected, hash, id, first));
    return id;
  }

  // Unlinks the entries of objects the collector has reclaimed.
  private void forgetCollected() {
    for (Object r = collected.poll(); r != null; r = collected.poll()) {
      Entry gone = (Entry) r;
      Entry head = byHash.get(gone.hash);
      if (head == gone) {
        if (gone.next == null) {
          byHash.remove(gone.hash);
        } else {
          byHash.put(gone.hash, gone.next);
        }
        continue;
      }
      for (Entry e = head; e != null; e = e.next) {
        if (e.next == gone) {
          e.next = gone.next;
          break;
        }
      }
    }
  }

  // One object's number: a chain per identity hash, which distinct objects may share.
  private static final class Entry extends WeakReference<PyObject> {
    final int hash;
    final long id;
    Entry next;

    Entry(PyObject o, ReferenceQueue<PyObject> queue, int hash, long id, Entry next) {
      super(o, queue);
      this.hash = hash;
      this.id = id;
      this.next = next;
    }
  }
}
