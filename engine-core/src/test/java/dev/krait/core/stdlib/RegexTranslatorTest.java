package dev.krait.core.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java patterns the translator writes for Python patterns, and its errors. */
class RegexTranslatorTest {

  private static String java(String pattern, int flags) throws RegexTranslator.Error {
    return RegexTranslator.translate(pattern, flags, false).javaPattern();
  }

  private static String error(String pattern) {
    RegexTranslator.Error e = assertThrows(
        RegexTranslator.Error.class, () -> RegexTranslator.translate(pattern, 0, false));
    return e.getMessage() + " @" + e.pos;
  }

  @Test
  void literalsAreEscapedAndAnchorsExplicit() throws Exception {
    assertEquals("a[^\\n]b\\x{2e}", java("a.b\\.", 0));
    assertEquals("\\Aab(?=\\n?\\z)", java("^ab$", 0));
    assertEquals("(?:(?<=\\n)|\\A)x(?=\\n|\\z)", java("^x$", RegexTranslator.MULTILINE));
    assertEquals("[\\x{0}-\\x{10FFFF}]", java(".", RegexTranslator.DOTALL));
    assertEquals("[^\\n]\\z", java(".\\Z", 0));
  }

  @Test
  void classesAreUnicodeUnlessAscii() throws Exception {
    assertEquals("[\\p{L}\\p{N}_]+", java("\\w+", 0));
    assertEquals("[a-zA-Z0-9_]+", java("\\w+", RegexTranslator.ASCII));
    assertEquals("[^\\x{5d}\\x{61}\\x{26}\\x{26}\\x{5b}]", java("[^]a&&[]", 0));
    assertEquals("[\\x{61}-\\x{7a}\\p{Nd}]", java("[a-z\\d]", 0));
  }

  @Test
  void groupsAreNumberedAndNamesKept() throws Exception {
    RegexTranslator.Result r = RegexTranslator.translate("(?P<x>a)(b(c))(?P=x)\\2", 0, false);
    assertEquals("(a)(b(c))(?:\\1)(?:\\2)", r.javaPattern());
    assertEquals(3, r.groups());
    assertEquals(1, r.groupIndex().get("x"));
    assertEquals(List.of(0, 0, 2), r.parents());
  }

  @Test
  void conditionalsTestAMarkerGroup() throws Exception {
    RegexTranslator.Result r = RegexTranslator.translate("(a())?(?(1)b|c)\\2", 0, false);
    assertEquals("(a()())?(?:(?=\\3)b|(?!\\3)c)(?:\\2)", r.javaPattern());
    assertEquals(List.of(1, 2), r.javaGroups());
  }

  @Test
  void verboseFlagsAndQuantifiers() throws Exception {
    assertEquals("a{0,2}b*?c++", java("(?x) a{,2} b *? # comment\n c++", 0));
    assertEquals("(?iu)a", java("(?i)a", 0));
    assertEquals("(?iu:a)b", java("(?i:a)b", 0));
    assertEquals("a\\x{7b}{1}\\x{7b}\\x{7d}", java("a{{1}{}", 0));
  }

  @Test
  void errorsHaveCPythonsMessagesAndPositions() {
    assertEquals("missing ), unterminated subpattern @0", error("(ab"));
    assertEquals("unbalanced parenthesis @1", error("a)"));
    assertEquals("nothing to repeat @0", error("*"));
    assertEquals("multiple repeat @2", error("a**"));
    assertEquals("bad escape \\q @0", error("\\q"));
    assertEquals("bad character range z-a @1", error("[z-a]"));
    assertEquals("unknown group name 'n' @4", error("(?P=n)"));
    assertEquals("invalid group reference 2 @4", error("(a)\\2"));
    assertEquals("global flags not at the start of the expression @1", error("a(?i)"));
    assertEquals("look-behind requires fixed-width pattern @-1", error("(?<=a+)"));
    assertEquals("min repeat greater than max repeat @2", error("a{3,2}"));
    assertEquals("invalid group reference 2 @3", error("(?(2)a)"));
  }
}
