package dev.krait.core.ast;

import java.util.List;

/** A pattern of a {@code match} statement's {@code case} clause. */
public sealed interface Pattern extends Located {

  record MatchValue(Expr value, int start, int end) implements Pattern {}

  /** A {@code None}, {@code True} or {@code False} pattern: {@link Expr.Singleton#NONE} or a Boolean. */
  record MatchSingleton(Object value, int start, int end) implements Pattern {}

  record MatchSequence(List<Pattern> patterns, int start, int end) implements Pattern {}

  record MatchMapping(
      List<Expr> keys,
      List<Pattern> patterns,
      String rest,
      int start,
      int end)
      implements Pattern {}

  record MatchClass(
      Expr cls,
      List<Pattern> patterns,
      List<String> kwdAttrs,
      List<Pattern> kwdPatterns,
      int start,
      int end)
      implements Pattern {}

  record MatchStar(String name, int start, int end) implements Pattern {}

  record MatchAs(Pattern pattern, String name, int start, int end) implements Pattern {}

  record MatchOr(List<Pattern> patterns, int start, int end) implements Pattern {}
}
