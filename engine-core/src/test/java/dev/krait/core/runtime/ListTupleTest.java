package dev.krait.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.core.ast.CPython;
import java.util.List;
import org.junit.jupiter.api.Test;

/** list, tuple, slice and range behaviour, each case run here and by python3. */
class ListTupleTest {

  private static final List<String> LIST_CASES = List.of(
      "[1, 2, 3]", "[]", "[[]]", "['a', 1.5, None, True]",
      "a = [1]; a.append(a); a", "a = [1]; t = (a,); a.append(t); a",
      "list()", "list((1, 2))", "list(1)", "list(x=1)", "list([1], [2])", "list((1, 2)) + list([3])",
      "a = [1, 2]; a.__init__([3]); a",
      "a = [1, 2, 3]; a.append(4); a", "a = [1]; a.extend(a); a", "a = []; a.extend(range(3)); a",
      "a = [1, 2, 3]; a.insert(0, 9); a", "a = [1, 2, 3]; a.insert(-1, 9); a",
      "a = [1, 2, 3]; a.insert(-10, 9); a", "a = [1, 2, 3]; a.insert(10, 9); a",
      "[].insert(1)", "[].insert(10**30, 1)", "[].insert('x', 1)",
      "a = [1, 2, 3]; (a.pop(), a)", "a = [1, 2, 3]; (a.pop(0), a)", "a = [1, 2, 3]; a.pop(-1)",
      "[].pop()", "[1].pop(5)", "[1].pop(-2)", "[1].pop(1, 2)", "[1].pop('a')", "[1].pop(x=1)",
      "a = [1, 2, 1]; a.remove(1); a", "[1].remove(2)", "[].remove()",
      "[1, 2, 3, 2].index(2)", "[1, 2, 3, 2].index(2, 2)", "[1, 2, 3, 2].index(2, -1)",
      "[1, 2, 3, 2].index(2, 0, 1)", "[1, 2].index(3)", "['a'].index('b')", "[].index()",
      "[].index(1, 2, 3, 4)", "[1, 2].index(2, 'a')", "[1, 2].index(2, -10**30, 10**30)",
      "[1, 2, 1, 1.0, True].count(1)", "[[]].count([])",
      "a = [1, 2, 3]; a.reverse(); a", "a = [1, 2, 3]; a.clear(); a",
      "a = [1, [2]]; b = a.copy(); (b, b is a, b[1] is a[1])",
      "a = [3, 1, 2]; a.sort(); a", "a = [3, 1, 2]; a.sort(reverse=True); a",
      "a = ['bb', 'A', 'ccc', 'd']; a.sort(key=len); a",
      "a = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]; a.sort(key=lambda t: t[0]); a",
      "a = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]; a.sort(key=lambda t: t[0], reverse=True); a",
      "a = [3, 1, 2]; a.sort(1)", "[].sort(key=1, foo=2)", "[3, 1].sort(reverse=None)",
      "[3, 1].sort(reverse=2.5)", "a = [1, 'a']; a.sort()", "a = [2, 1]; a.sort(key=lambda x: a.append(x))",
      "a = [2, 1]; a.sort(key=lambda x: a.append(x)); a",
      "a = [3, 1, 2]; a.sort(key=lambda x: a); a",
      "a = [5, 2.5, 10**20, -3, True]; a.sort(); a",
      "a = [(1e999 * 0), 1.0, 0.5]; a.sort(); a",
      "sorted([x * 7 % 101 for x in range(200)]) == list(range(101)) + list(range(1, 100))",
      "sorted([(x * 7) % 13 for x in range(100)], key=lambda v: -v)[:20]",
      "sorted(['b', 'a', 'B', 'é', 'z', 'aa', ''])",
      "a = [1, 2, 3, 4, 5]; a[1:3]", "a = [1, 2, 3, 4, 5]; a[::-1]", "a = [1, 2, 3, 4, 5]; a[::2]",
      "a = [1, 2, 3, 4, 5]; a[-2:]", "a = [1, 2, 3, 4, 5]; a[4:1:-2]", "a = [1, 2, 3]; a[10:]",
      "a = [1, 2, 3]; a[-10**30:10**30]", "[1, 2][1:2:0]", "[]['a':2]", "[][1.0]", "[1][-2]",
      "[1][10**30]", "[1][True]", "a = [1, 2, 3]; a[-1] = 9; a", "a = [1]; a[1] = 2",
      "a = [1, 2, 3]; del a[0]; a", "a = [1]; del a[5]",
      "a = [1, 2, 3]; a[0:2] = 5", "a = [1, 2, 3]; a[::2] = 5",
      "a = [1, 2, 3]; a[::2] = [1]", "a = [1, 2, 3]; a[::2] = (7, 8); a",
      "a = [1, 2, 3]; a[1:2] = [7, 8, 9]; a", "a = [1, 2, 3]; a[1:] = []; a",
      "a = [1, 2, 3]; a[:] = a; a", "a = [1, 2, 3]; a[1:1] = a; a", "a = [1, 2, 3]; a[2:0] = (8, 9); a",
      "a = [1, 2, 3, 4, 5, 6]; del a[::2]; a", "a = [1, 2, 3, 4, 5, 6]; del a[::-2]; a",
      "a = [1, 2, 3, 4, 5, 6]; del a[1:4]; a", "a = [1, 2, 3, 4, 5, 6]; del a[5:1:-3]; a",
      "a = [1, 2, 3]; a[::-1] = [4, 5, 6]; a",
      "[1, 2] + [3]", "[1] + (2,)", "a = [1]; a += (2, 3); a", "a = []; a += 1",
      "[1, 2] * 3", "3 * [1, 2]", "[1] * -1", "[1] * 0", "[1] * 2.0", "[1] * (10**20)",
      "[1] * (2**62)", "[1] * True", "a = [1, 2]; a *= 2; a", "a = []; a *= 'x'",
      "[1, 2] == [1, 2]", "[1, 2] < [1, 3]", "[1, 2] < [1, 2, 0]", "[1, 2] >= [1]",
      "[1, 2] != [1, 2.0]", "[] < ()", "[1, 'a'] < [1, 2]", "[(1e999 * 0)] == [(1e999 * 0)]",
      "n = (1e999 * 0); [n] == [n]", "[1] == (1,)",
      "2 in [1, 2]", "3 in [1, 2]", "[] in [[]]", "len([1, 2])", "not []",
      "list(reversed([1, 2, 3]))", "it = iter([1, 2]); (next(it), next(it))",
      "it = iter([1]); next(it); next(it)", "a = [1, 2]; it = iter(a); next(it); a.append(3); list(it)",
      "it = reversed([1, 2, 3]); it.__length_hint__()", "iter([1, 2]).__length_hint__()",
      "hash([])", "{[]: 1}", "[].__hash__", "[1, 2].__len__()", "list.__name__",
      "[1, 2].__getitem__(slice(None, None, -1))", "[1, 2].__contains__(2)",
      "a = {}\nfor i in range(3000): a = {1: (a,)}\nlen(repr(a))",
      "type(iter([]))", "type(reversed([]))", "sorted()", "sorted([1], [2])",
      "sorted([2, 1], foo=1)", "sorted((3, 1, 2), reverse=True)", "sorted({2: 1, 1: 2})",
      "list(reversed((1, 2, 3)))", "list(reversed(range(3)))", "reversed(5)", "reversed()",
      "reversed([], x=1)", "type(reversed({}))", "r = reversed((1, 2, 3)); next(r); r.__length_hint__()",
      "type(reversed((1,)))", "list(reversed({1: 2, 3: 4}.values()))");

  private static final List<String> TUPLE_CASES = List.of(
      "()", "(1,)", "(1, 2)", "((),)", "a = [1]; t = (a,); a.append(t); t",
      "tuple()", "tuple([1, 2])", "tuple(1)", "tuple((1, 2))", "tuple(x=1)", "tuple([1], [2])",
      "(1, 2, 1).count(1)", "(1, 2, 3).index(3)", "(1, 2).index(3)", "(1, 2, 3).index(1, 1)",
      "().index()", "(1, 2, 3)[1:]", "(1, 2, 3)[::-1]", "(1, 2, 3)[5]", "(1, 2)['a']",
      "(1, 2) + (3,)", "() + []", "(1,) * 3", "2 * (1, 2)", "(1,) * 'a'",
      "(1, 2) < (1, 3)", "(1, 2) == (1, 2)", "(1,) == [1]", "(1, 2) > (1,)", "() < [1]",
      "hash(())", "hash((1, 2))", "hash((1, (2, 3)))", "hash((1.5, 'x' == 'x', None is None))",
      "hash((-1,))", "hash((10**30, -2))", "hash(([],))", "hash((0,) * 20)",
      "2 in (1, 2)", "len((1, 2, 3))", "list(iter((1, 2)))", "type(iter(()))",
      "t = (1,); del t[0]", "t = (1,); t[0] = 2", "(1, 2).__getnewargs__()", "t = (1, 2); t[:] is t", "t = (1, 2); t * 1 is t",
      "slice(1)", "slice(1, 2)", "slice(1, 2, 3)", "slice()", "slice(1, 2, 3, 4)",
      "slice(1, 2, 3).indices(10)", "slice(None, None, -1).indices(5)",
      "slice(-100, 100, 3).indices(10)", "slice(0, 10, 10**30).indices(5)",
      "slice(10**30, -10**30, -1).indices(5)", "slice(1).indices(-1)", "slice(0, 1, 0).indices(3)",
      "slice('a').indices(3)", "slice(1, 2) == slice(1, 2)", "slice(1, 2) < slice(1, 3)",
      "hash(slice(1))", "s = slice(1, 'a', None); (s.start, s.stop, s.step)",
      "slice(1, 2).__reduce__()");

  private static final List<String> RANGE_CASES = List.of(
      "range(5)", "range(1, 5)", "range(1, 5, 2)", "range(5, 1, -1)", "range(True)", "range(0)",
      "range()", "range(1, 2, 3, 4)", "range(1, 2, 0)", "range(1.5)", "range(x=1)",
      "range(-5, 5, -1)", "list(range(5, -5, -3))", "list(range(0))", "list(range(-3, 3))",
      "list(reversed(range(1, 10, 3)))", "list(reversed(range(0)))", "len(range(0, 10, 3))",
      "len(range(10, 0))", "len(range(-2**63, 2**63 - 1))", "len(range(10**30))",
      "range(3)['a']", "range(3)[5]", "range(3)[-1]", "range(3)[-4]", "range(3)[10**30]",
      "range(10**30)[10**29]", "range(10**20, 10**20 + 3)[1]", "range(10**30)[::-1]",
      "range(10**30)[5:10**29:7]", "range(5)[-1:-6:-2]", "range(5, -5, -3)[1:]",
      "range(10)[::3]", "range(10)[2:5]", "range(10)[5:2]", "range(10)[1:2:0]", "range(10)['a':]",
      "range(0, 10, 3)[10**30:]", "range(9)[-10**30:10**30:2]",
      "3 in range(5)", "5 in range(5)", "-1 in range(5)", "4 in range(0, 10, 2)",
      "5 in range(0, 10, 2)", "1.0 in range(3)", "'a' in range(3)", "True in range(3)",
      "10**29 in range(0, 10**30, 10**28)", "-3 in range(0, -10, -3)", "-4 in range(0, -10, -3)",
      "range(3).index(1)", "range(3).index(5)", "range(3).index('a')", "range(3).index(1.0)",
      "range(0, 10, 3).index(9)", "range(3).count(1)", "range(3).count(1.0)",
      "range(3).count(7)", "range(3).count()", "range(0, 10, 3) == range(0, 11, 3)",
      "range(0) == range(5, 2)", "range(2, 3, 5) == range(2, 4, 7)", "range(1) == range(2)",
      "range(3) == [0, 1, 2]", "range(3) < range(4)", "hash(range(0)) == hash(range(5, 2))",
      "hash(range(3)) == hash(range(0, 3, 1))", "hash(range(2, 3, 5)) == hash(range(2, 4, 7))",
      "hash(range(4))", "hash(range(1, 2)) == hash(range(1, 5, 7))",
      "not range(0)", "not range(1)",
      "r = range(1, 2, 3); (r.start, r.stop, r.step)", "range(3).__reduce__()",
      "iter(range(5)).__length_hint__()", "type(iter(range(10**30)))", "type(iter(range(3)))",
      "type(reversed(range(3)))", "list(reversed(range(10**30, 10**30 + 3)))",
      "list(range(2**63 - 3, 2**63 + 1))", "list(range(-2**63 + 1, -2**63 - 2, -1))",
      "list(range(2**63 - 2, -2**63, -2**62))", "range(2**63 - 2, -2**63, -2**62)[-1]",
      "list(range(0, 2**64, 2**62))");

  /** Random slice reads, assignments and deletions, extended or not, on short lists. */
  @Test
  void randomSlicesMatchCPython() {
    CPython.require();
    java.util.Random random = new java.util.Random(7);
    List<String> cases = new java.util.ArrayList<>();
    for (int c = 0; c < 300; c++) {
      int n = random.nextInt(9);
      String bound1 = bound(random);
      String bound2 = bound(random);
      String step = random.nextInt(3) == 0 ? "" : ":" + (random.nextInt(7) - 3);
      String slice = bound1 + ":" + bound2 + step;
      String prefix = "a = list(range(" + n + "))\n";
      switch (random.nextInt(4)) {
        case 0:
          cases.add(prefix + "(a[" + slice + "], tuple(a)[" + slice + "], range(" + n + ")["
              + slice + "])");
          break;
        case 1:
          cases.add(prefix + "a[" + slice + "] = [" + "7, ".repeat(random.nextInt(5)) + "]\na");
          break;
        case 2:
          cases.add(prefix + "del a[" + slice + "]\na");
          break;
        default:
          cases.add(prefix + "a[" + slice + "] = a\na");
      }
    }
    List<String> failures = MiniEval.compare(cases);
    assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
  }

  /** Random lists sorted plainly, by key and reversed: stability and order. */
  @Test
  void randomSortsMatchCPython() {
    CPython.require();
    java.util.Random random = new java.util.Random(99);
    List<String> cases = new java.util.ArrayList<>();
    for (int c = 0; c < 60; c++) {
      StringBuilder items = new StringBuilder("a = [");
      int n = random.nextInt(c < 30 ? 12 : 200);
      for (int i = 0; i < n; i++) {
        items.append('(').append(random.nextInt(6)).append(", ").append(i).append("), ");
      }
      items.append("]\n");
      String reverse = random.nextBoolean() ? "True" : "False";
      cases.add(items + "a.sort(key=lambda t: t[0], reverse=" + reverse + ")\na");
      cases.add(items + "b = [t[0] * 1.5 - t[1] for t in a]\nb.sort(reverse=" + reverse
          + ")\nb");
    }
    List<String> failures = MiniEval.compare(cases);
    assertEquals(0, failures.size(), failures.isEmpty() ? "" : failures.get(0));
  }

  private static String bound(java.util.Random random) {
    return random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(25) - 12);
  }

  @Test
  void listMatchesCPython() {
    CPython.require();
    List<String> failures = MiniEval.compare(LIST_CASES);
    assertEquals(List.of(), failures, failures.size() + " of " + LIST_CASES.size() + " differ");
  }

  @Test
  void rangeMatchesCPython() {
    CPython.require();
    List<String> failures = MiniEval.compare(RANGE_CASES);
    assertEquals(List.of(), failures, failures.size() + " of " + RANGE_CASES.size() + " differ");
  }

  @Test
  void tupleAndSliceMatchCPython() {
    CPython.require();
    List<String> failures = MiniEval.compare(TUPLE_CASES);
    assertEquals(List.of(), failures, failures.size() + " of " + TUPLE_CASES.size() + " differ");
  }
}
