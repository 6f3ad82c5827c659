package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dict, its views, set and frozenset, each case run here and by python3. */
class DictSetTest {

  private static final List<String> DICT_CASES = List.of(
      "{}", "{1: 2, 'a': [3]}", "d = {}; d[1] = d; d", "d = {1: 2}; d[1] = 3; d",
      "d = {1: 1, 2: 2, 3: 3}; del d[2]; d[2] = 4; d", "{1: 1, 1.0: 2, True: 3}",
      "dict()", "dict([(1, 2), [3, 4]])", "dict(a=1, b=2)", "dict({1: 2}, a=3)", "dict(1)",
      "dict([1])", "dict([(1, 2, 3)])", "dict({}, {})", "dict([(1, 2)], [])",
      "d = {1: 2}; d.__init__({3: 4}); d",
      "{}[1]", "{}[[]]", "{}['k']", "{}[(1, 2)]", "{}[()]", "d = {1: 2}; del d[3]",
      "{1: 2}.get(1)", "{1: 2}.get(2)", "{1: 2}.get(2, 'x')", "{}.get()", "{}.get(1, 2, 3)",
      "{}.get(x=1)",
      "d = {}; (d.setdefault(1), d.setdefault(1, 5), d.setdefault(2, 5), d)", "{}.setdefault()",
      "d = {1: 2}; (d.pop(1), d)", "{}.pop(1)", "{}.pop(1, 'd')", "{}.pop()", "{}.pop((1,))",
      "d = {1: 2, 3: 4}; (d.popitem(), d)", "{}.popitem()", "{}.popitem(1)",
      "d = {1: 2, 3: 4}; d.popitem(); d[5] = 6; d.popitem(); d",
      "d = {1: 2}; d.clear(); d", "d = {1: [2]}; c = d.copy(); (c, c is d, c[1] is d[1])",
      "d = {1: 2}; d.update({3: 4}, x=5); d", "d = {}; d.update([(1, 2)]); d",
      "d = {}; d.update(1, 2)", "d = {}; d.update(a=1); d", "d = {}; d.update(d); d",
      "dict.fromkeys([1, 2])", "dict.fromkeys(())", "dict.fromkeys([1], 0)", "{}.fromkeys()",
      "{}.fromkeys(1, 2, 3)", "dict.fromkeys(x=1)",
      "{1: 2} == {1: 2}", "{1: 2} == {1: 3}", "{1: 2} != {2: 2}", "{1: 2} < {1: 2}",
      "{1: 2, 3: 4} == {3: 4, 1: 2}", "{} == []", "n = 1e999 * 0; {1: n} == {1: n}",
      "{1: 2} | {3: 4}", "{1: 2} | {1: 3}", "{1: 2} | []", "d = {}; d |= {1: 2}; d",
      "d = {}; d |= [(1, 2)]; d", "d = {}; d |= 5",
      "1 in {1: 2}", "2 in {1: 2}", "[] in {}", "len({1: 2})", "not {}",
      "list({1: 2, 3: 4})", "list(reversed({1: 2, 3: 4}))", "reversed({}).__length_hint__()",
      "d = {1: 2}\nfor k in d: d[k + 1] = 1", "d = {1: 2, 2: 3}\nfor k in d: del d[k]",
      "d = {1: 2}\nfor k in d.items(): del d[1]", "d = {1: 2}\nfor k in d: d[k] = 5\nd",
      "d = {1: 2, 2: 3}\nfor k in d: d.pop(k); d[k + 10] = 0",
      "it = iter({1: 2}); it.__length_hint__()",
      "{1: 2}.keys()", "{1: 2}.values()", "{1: [2]}.items()", "{}.keys()",
      "d = {}; d[1] = d.values(); d", "d = {}; d[1] = d.keys(); d",
      "k = {1: 2, 3: 4}.keys(); (len(k), 1 in k, 2 in k, list(k), list(reversed(k)))",
      "v = {1: 2, 3: 4}.values(); (len(v), 2 in v, 1 in v, list(v), list(reversed(v)))",
      "i = {1: 2}.items(); ((1, 2) in i, (1, 3) in i, 1 in i, (1,) in i, list(i))",
      "list(reversed({1: 2, 3: 4}.items()))",
      "{1: 2, 3: 4}.keys() & {3, 5}", "{1: 2, 3: 4}.keys() | [9]", "{1: 2, 3: 4}.keys() - {1}",
      "{1: 2}.keys() ^ [3]", "[3] ^ {1: 2}.keys()", "[1, 5] - {1: 2}.keys()",
      "{1: 2}.keys() | 5", "{1: 2}.items() - {(1, 2)}", "{1: 2}.items() & {(1, 2), (3, 4)}",
      "{1: 2}.items() | {1: 3}.items()", "{1: 2}.keys() & {1: 3}.keys()",
      "{1: 2}.items() ^ {1: 3}.items()",
      "{1: 2}.keys() == {1}", "{1: 2}.keys() == {1: 5}.keys()", "{1: 2}.keys() < {1, 2}",
      "{1: 2}.items() == {(1, 2)}", "{1: 2}.keys() == [1]", "{1: 2}.values() == {1: 2}.values()",
      "{1: 2}.keys().isdisjoint([2])", "{1: 2}.keys().isdisjoint([1])",
      "{1: 2}.items().isdisjoint({(1, 2)})",
      "hash({}.keys())", "hash({})", "dict.__hash__", "type({}.keys())", "type(iter({}))",
      "type(iter({}.values()))", "type(iter({}.items()))", "type(reversed({}.items()))",
      "d = {}\nfor i in range(100): d[i * 7] = i\n(len(d), d[693], list(d)[-3:])",
      "d = {}\nfor i in range(100): d[i] = i\nfor i in range(0, 100, 3): del d[i]\nlist(d)[:10]",
      "{(1, 2): 3}[(1, 2)]", "{1.5: 'a'}[1.5]", "{10**20: 1}[10**20]");

  private static final List<String> SET_CASES = List.of(
      "{3, 1, 2}", "set()", "frozenset()", "frozenset({1, 2})", "set([3, 1, 2])",
      "{x * 8 for x in []}", "set([x * 8 for x in range(6)])", "set(range(10, 0, -1))",
      "s = {5}; s.update(range(20)); s", "set([-1, -2, 5, 2**61, 2**64])",
      "s = {1, 2, 3}; s.discard(1); s.add(9); s", "set([[]])", "set(1)", "set(x=1)",
      "set([1], [2])", "frozenset(x=1)", "frozenset([1], [2])", "s = {1}; s.__init__([2]); s",
      "f = frozenset([1]); frozenset(f) is f",
      "{1, 2, 3} ^ {2, 8, 17}", "{1, 2, 3, 4} - {2}", "{1, 2, 3} & {3, 2, 9}", "{1} | {2}",
      "frozenset([1, 2]) | {3}", "{3} | frozenset([1, 2])", "{1} | [2]", "{1} & 2",
      "s = {1, 2}; s |= {3}; s", "s = {1, 2}; s &= {2, 3}; s", "s = {1, 2}; s -= {2}; s",
      "s = {1, 2}; s ^= {2, 3}; s", "s = {1}; s |= [2]", "f = frozenset([1]); f |= {2}; f",
      "{1, 2}.union([3], (4,))", "{1, 2}.union()", "{1, 2, 3}.intersection([2, 3], {3})",
      "{1, 2}.intersection()", "{1, 2, 3}.difference([1], {2})", "{1, 2}.difference()",
      "{1, 2}.symmetric_difference([2, 3])", "s = {1, 2}; s.update([3], {4}); s",
      "s = {1, 2, 3}; s.intersection_update([2, 3], [3]); s",
      "s = {1, 2, 3}; s.difference_update([1], [2]); s",
      "s = {1, 2}; s.symmetric_difference_update([2, 3]); s",
      "{1, 2}.issubset([1, 2, 3])", "{1, 4}.issubset({1})", "{1, 2}.issuperset([1])",
      "{1}.issuperset({1, 2})", "{1}.isdisjoint([2])", "{1}.isdisjoint({1})",
      "{1, 2} == {2, 1}", "{1} == frozenset([1])", "{1} < {1, 2}", "{1} <= {1}", "{1, 2} > {1}",
      "{1} >= {2}", "{1} == [1]", "{1} < [1]",
      "s = {1}; s.add(2); s", "s = {1}; s.remove(1); s", "set().remove(1)", "set().pop()",
      "s = {1, 2}; (s.pop(), s.pop(), s)", "s = {1}; s.discard(5); s", "s = {1}; s.clear(); s",
      "s = {frozenset([1])}; ({1} in s, s.remove({1}), s)", "{1}.discard([])",
      "s = {1, 2}; c = s.copy(); (c, c is s)", "f = frozenset([1]); f.copy() is f",
      "s = {1}\nfor k in s: s.add(k + 1)", "len({1, 2})", "not set()", "2 in {1, 2}",
      "[] in {1}", "hash(frozenset())", "hash(frozenset([1, 2, 3]))",
      "hash(frozenset([frozenset([1]), (1, 2)]))", "hash({1})", "set.__hash__",
      "{frozenset([1, 2]): 1}[frozenset([2, 1])]", "list(iter({1, 2}))",
      "it = iter({1, 2}); (it.__length_hint__(), next(it), it.__length_hint__())",
      "type(iter(set()))", "{1}.__reduce__()",
      "s = set()\nfor i in range(50): s.add(i * 37 % 101)\nlist(s)[:12]",
      "s = set(range(30))\nfor i in range(0, 30, 2): s.discard(i)\ns.add(100)\ns.add(-5)\nlist(s)",
      "frozenset([1]).__ror__({2})", "{1}.__rsub__({1, 2})", "{1}.__rand__(5)",
      "{1}.__rxor__(frozenset([2]))", "2 in {1: 2}.values()", "{1, 2}.__iand__([1])",
      "t = set(range(20))\nfor i in range(0, 20, 3): t.discard(i)\nt.add(40)\nt.add(3)\nlist(t)",
      "{1.5, 2, 'x' == 'y', None is None}", "{(1, 2), (2, 1)} == {(2, 1), (1, 2)}");

  /**
   * Random add/discard/pop/update sequences on sets of ints: the iteration order (the table
   * layout) must stay CPython's throughout.
   */
  @Test
  void setLayoutMatchesCPythonUnderRandomOperations() {
    CPython.require();
    java.util.Random random = new java.util.Random(20261124);
    List<String> cases = new java.util.ArrayList<>();
    for (int c = 0; c < 40; c++) {
      StringBuilder src = new StringBuilder("s = set()\nlog = []\n");
      for (int op = 0; op < 80; op++) {
        long v = random.nextInt(4) == 0 ? random.nextLong() % 100000 : random.nextInt(64) - 8;
        switch (random.nextInt(6)) {
          case 0: case 1: case 2: src.append("s.add(").append(v).append(")\n"); break;
          case 3: src.append("s.discard(").append(v).append(")\n"); break;
          case 4: src.append("log.append(s.pop() if s else None)\n"); break;
          default: src.append("s |= set([").append(v).append(", ").append(v * 8).append("])\n");
        }
        if (op % 20 == 19) {
          src.append("log.append(list(s))\n");
        }
      }
      src.append("f = frozenset(s)\n(log, list(s), list(f), hash(f), list(s.copy()), "
          + "list(s ^ set(range(10))), list(s & set(range(20))), list(s - set(range(5))))");
      cases.add(src.toString());
    }
    List<String> failures = MiniEval.compare(cases);
    assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
  }

  /** Random set/delete/pop/popitem/setdefault sequences on a dict: contents and order. */
  @Test
  void dictOrderMatchesCPythonUnderRandomOperations() {
    CPython.require();
    java.util.Random random = new java.util.Random(11242026);
    List<String> cases = new java.util.ArrayList<>();
    for (int c = 0; c < 30; c++) {
      StringBuilder src = new StringBuilder("d = {}\nlog = []\n");
      for (int op = 0; op < 120; op++) {
        int k = random.nextInt(40);
        switch (random.nextInt(7)) {
          case 0: case 1: case 2: src.append("d[").append(k).append("] = ").append(op).append("\n");
            break;
          case 3: src.append("log.append(d.pop(").append(k).append(", None))\n"); break;
          case 4: src.append("log.append(d.popitem() if d else None)\n"); break;
          case 5: src.append("log.append(d.setdefault(").append(k).append(", 'x'))\n"); break;
          default: src.append("d.update([(").append(k).append(", -1), (").append(k + 1)
              .append(", -2)])\n");
        }
        if (op % 30 == 29) {
          src.append("log.append(list(d.items()))\n");
        }
      }
      src.append("(log, d, list(reversed(d)), d == dict(d.items()))");
      cases.add(src.toString());
    }
    List<String> failures = MiniEval.compare(cases);
    assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
  }

  @Test
  void dictMatchesCPython() {
    CPython.require();
    List<String> failures = MiniEval.compare(DICT_CASES);
    assertEquals(List.of(), failures, failures.size() + " of " + DICT_CASES.size() + " differ");
  }

  @Test
  void setMatchesCPython() {
    CPython.require();
    List<String> failures = MiniEval.compare(SET_CASES);
    assertEquals(List.of(), failures, failures.size() + " of " + SET_CASES.size() + " differ");
  }
}
