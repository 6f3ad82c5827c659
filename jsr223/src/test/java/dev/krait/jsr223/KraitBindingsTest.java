package dev.krait.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link KraitBindings} behaves as a {@code Map} whatever its size: the few entries its arrays
 * keep and the many a {@code HashMap} keeps compare, iterate and change alike.
 */
class KraitBindingsTest {

  @Test
  void fewAndManyEntriesBehaveAsAHashMap() {
    for (int n : new int[] {0, 1, 3, 8, 9, 40}) {
      KraitBindings b = new KraitBindings();
      Map<String, Object> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        b.put("k" + i, i);
        expected.put("k" + i, i);
      }
      b.put("k0", "again");
      expected.put("k0", "again");
      assertEquals(expected.size(), b.size());
      assertEquals(expected, b);
      assertEquals(expected.entrySet(), b.entrySet());
      assertEquals(n > 1, b.containsKey("k1"));
      assertEquals(n > 1, b.containsValue(1));
      assertNull(b.get("absent"));
      assertEquals(n > 2 ? 2 : null, b.remove("k2"));
      expected.remove("k2");
      assertEquals(expected, b);
      // Removal through the views.
      b.keySet().remove("k1");
      expected.remove("k1");
      for (Iterator<Map.Entry<String, Object>> it = b.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Object> e = it.next();
        if (e.getKey().endsWith("3")) {
          it.remove();
        } else {
          e.setValue(e.getKey());
        }
      }
      expected.keySet().removeIf(k -> k.endsWith("3"));
      expected.replaceAll((k, v) -> k);
      assertEquals(expected, b);
      assertEquals(-1, b.changes(), "a view was handed out");
      b.clear();
      assertTrue(b.isEmpty());
    }
  }

  @Test
  void changesAreCountedUntilAViewIsHandedOut() {
    KraitBindings b = new KraitBindings();
    long c0 = b.changes();
    b.put("x", 1);
    long c1 = b.changes();
    assertTrue(c1 != c0);
    b.computeIfAbsent("y", k -> 2);
    assertTrue(b.changes() != c1);
    assertEquals(List.of("x", "y"), List.copyOf(b.keySet()));
    assertEquals(-1, b.changes());
    assertThrows(NullPointerException.class, () -> b.put(null, 1));
    assertThrows(IllegalArgumentException.class, () -> b.put("", 1));
    assertFalse(b.containsKey("z"));
  }
}
