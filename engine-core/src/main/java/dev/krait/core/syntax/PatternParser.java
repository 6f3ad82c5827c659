package dev.krait.core.syntax;

import static dev.krait.core.syntax.TokenKind.*;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import dev.krait.core.ast.Operator;
import dev.krait.core.ast.Pattern;
import dev.krait.core.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/** The patterns of {@code case} clauses (PEP 634), as in CPython 3.11's grammar. */
abstract class PatternParser extends ParameterParser {

  PatternParser(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    super(tokens, filename, lines, lexError, errorPass);
  }

  private static boolean startsPattern(TokenKind k) {
    switch (k) {
      case NAME, NUMBER, STRING, MINUS, LPAR, LSQB, LBRACE, STAR, NONE, TRUE, FALSE:
        return true;
      default:
        return false;
    }
  }

  // patterns: open_sequence_pattern | pattern
  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  final Pattern patterns() {
    int start = start();
    Pattern first = maybeStarPattern();
    if (!at(COMMA)) {
      if (first instanceof Pattern.MatchStar) {
        throw fail();
      }
      return first;
    }
    ArrayList<Pattern> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && startsPattern(kind())) {
      elts.add(maybeStarPattern());
    }
    return new Pattern.MatchSequence(frozen(elts), start, prevEnd());
  }

  // maybe_star_pattern: star_pattern | pattern
  // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
  private Pattern maybeStarPattern() {
    if (!at(STAR)) {
      return pattern();
    }
    int start = start();
    pos++;
    String name = name();
    return new Pattern.MatchStar(name.equals("_") ? null : name, start, prevEnd());
  }

  // pattern: as_pattern | or_pattern
  // as_pattern: or_pattern 'as' pattern_capture_target
  final Pattern pattern() {
    int start = start();
    Pattern p = orPattern();
    if (!at(AS)) {
      return p;
    }
    pos++;
    if (atSoft("_")) {
      throw invalid(errorAtToken(pos, "cannot use '_' as a target"));
    }
    if (!at(NAME)) {
      if (errorPass) {
        Expr e = tryParse(this::expression);
        if (e != null) {
          throw errorAt(e.start(), e.end(), "invalid pattern target");
        }
      }
      throw fail();
    }
    if (peek(1) == DOT || peek(1) == LPAR || peek(1) == EQUAL) {
      throw failAt(pos + 1);
    }
    String name = name();
    return new Pattern.MatchAs(p, name, start, prevEnd());
  }

  // or_pattern: '|'.closed_pattern+
  private Pattern orPattern() {
    int start = start();
    Pattern first = closedPattern();
    if (!at(VBAR)) {
      return first;
    }
    ArrayList<Pattern> alternatives = new ArrayList<>();
    alternatives.add(first);
    while (accept(VBAR)) {
      alternatives.add(closedPattern());
    }
    return new Pattern.MatchOr(frozen(alternatives), start, prevEnd());
  }

  // closed_pattern:
  //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  private Pattern closedPattern() {
    Token t = token();
    switch (t.kind()) {
      case NUMBER, MINUS, STRING:
        return new Pattern.MatchValue(literalExpr(), t.start(), prevEnd());
      case NONE:
        pos++;
        return new Pattern.MatchSingleton(Expr.Singleton.NONE, t.start(), t.end());
      case TRUE:
        pos++;
        return new Pattern.MatchSingleton(Boolean.TRUE, t.start(), t.end());
      case FALSE:
        pos++;
        return new Pattern.MatchSingleton(Boolean.FALSE, t.start(), t.end());
      case NAME:
        return namePattern();
      case LPAR:
        return groupOrSequencePattern();
      case LSQB: {
        pos++;
        ArrayList<Pattern> elts = new ArrayList<>();
        while (!at(RSQB)) {
          elts.add(maybeStarPattern());
          if (!accept(COMMA)) {
            break;
          }
        }
        expect(RSQB);
        return new Pattern.MatchSequence(frozen(elts), t.start(), prevEnd());
      }
      case LBRACE:
        return mappingPattern();
      default:
        throw fail();
    }
  }

  // capture_pattern: pattern_capture_target
  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  // wildcard_pattern: "_"
  // value_pattern: attr !('.' | '(' | '=')
  // class_pattern: name_or_attr '(' ... ')'
  private Pattern namePattern() {
    Token t = token();
    pos++;
    if (t.text().equals("_")) {
      return new Pattern.MatchAs(null, null, t.start(), t.end());
    }
    Expr value = new Expr.Name(t.text(), ExprContext.LOAD, t.start(), t.end());
    while (at(DOT)) {
      pos++;
      String attr = name();
      value = new Expr.Attribute(value, attr, ExprContext.LOAD, t.start(), prevEnd());
    }
    if (at(LPAR)) {
      return classPattern(value);
    }
    if (value instanceof Expr.Name) {
      if (at(EQUAL)) {
        throw fail();
      }
      return new Pattern.MatchAs(null, t.text(), t.start(), t.end());
    }
    return new Pattern.MatchValue(value, t.start(), prevEnd());
  }

  // group_pattern: '(' pattern ')'
  // sequence_pattern: '(' open_sequence_pattern? ')'
  private Pattern groupOrSequencePattern() {
    int start = start();
    pos++;
    if (accept(RPAR)) {
      return new Pattern.MatchSequence(List.of(), start, prevEnd());
    }
    Pattern first = maybeStarPattern();
    if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
      pos++;
      return first;
    }
    if (!at(COMMA)) {
      throw fail();
    }
    ArrayList<Pattern> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && !at(RPAR)) {
      elts.add(maybeStarPattern());
    }
    expect(RPAR);
    return new Pattern.MatchSequence(frozen(elts), start, prevEnd());
  }

  // mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','] '}'
  // key_value_pattern: (literal_expr | attr) ':' pattern
  // double_star_pattern: '**' pattern_capture_target
  private Pattern mappingPattern() {
    int start = start();
    pos++;
    ArrayList<Expr> keys = new ArrayList<>();
    ArrayList<Pattern> values = new ArrayList<>();
    String rest = null;
    while (!at(RBRACE)) {
      if (accept(DOUBLESTAR)) {
        if (atSoft("_")) {
          throw fail();
        }
        rest = name();
        accept(COMMA);
        break;
      }
      keys.add(mappingKey());
      expect(COLON);
      values.add(pattern());
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RBRACE);
    return new Pattern.MatchMapping(frozen(keys), frozen(values), rest, start, prevEnd());
  }

  private Expr mappingKey() {
    switch (kind()) {
      case NONE, TRUE, FALSE, NUMBER, MINUS, STRING:
        return literalExpr();
      case NAME: {
        Token t = token();
        pos++;
        Expr value = new Expr.Name(t.text(), ExprContext.LOAD, t.start(), t.end());
        if (!at(DOT)) {
          throw fail();
        }
        while (accept(DOT)) {
          String attr = name();
          value = new Expr.Attribute(value, attr, ExprContext.LOAD, t.start(), prevEnd());
        }
        return value;
      }
      default:
        throw fail();
    }
  }

  // class_pattern: name_or_attr '(' [positional_patterns ','] [keyword_patterns] ','? ')'
  // keyword_pattern: NAME '=' pattern
  private Pattern classPattern(Expr cls) {
    pos++;
    ArrayList<Pattern> patterns = new ArrayList<>();
    ArrayList<String> kwdAttrs = new ArrayList<>();
    ArrayList<Pattern> kwdPatterns = new ArrayList<>();
    Pattern firstMisplaced = null;
    Pattern lastMisplaced = null;
    while (!at(RPAR)) {
      if (at(NAME) && peek(1) == EQUAL) {
        kwdAttrs.add(name());
        pos++;
        kwdPatterns.add(pattern());
      } else {
        Pattern p = pattern();
        if (!kwdAttrs.isEmpty()) {
          if (firstMisplaced == null) {
            firstMisplaced = p;
          }
          lastMisplaced = p;
        }
        patterns.add(p);
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    if (firstMisplaced != null) {
      throw invalid(errorAt(firstMisplaced.start(), lastMisplaced.end(),
          "positional patterns follow keyword patterns"));
    }
    expect(RPAR);
    return new Pattern.MatchClass(cls, frozen(patterns), frozen(kwdAttrs), frozen(kwdPatterns),
        cls.start(), prevEnd());
  }

  // literal_expr:
  //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  // signed_number: NUMBER | '-' NUMBER
  private Expr literalExpr() {
    Token t = token();
    switch (t.kind()) {
      case STRING:
        return strings();
      case NONE:
        pos++;
        return new Expr.Constant(Expr.Singleton.NONE, null, t.start(), t.end());
      case TRUE:
        pos++;
        return new Expr.Constant(Boolean.TRUE, null, t.start(), t.end());
      case FALSE:
        pos++;
        return new Expr.Constant(Boolean.FALSE, null, t.start(), t.end());
      default:
        break;
    }
    int start = start();
    Expr number = signedNumber();
    if (!at(PLUS) && !at(MINUS)) {
      return number;
    }
    if (isImaginary(number)) {
      throw invalid(errorAt(number.start(), number.end(), "real number required in complex literal"));
    }
    Operator op = at(PLUS) ? Operator.ADD : Operator.SUB;
    pos++;
    Token imag = token();
    expect(NUMBER);
    Expr imaginary = new Expr.Constant(NumberLiterals.parse(imag.text()), null, imag.start(),
        imag.end());
    if (!isImaginary(imaginary)) {
      throw invalid(errorAt(imag.start(), imag.end(),
          "imaginary number required in complex literal"));
    }
    return new Expr.BinOp(number, op, imaginary, start, prevEnd());
  }

  private Expr signedNumber() {
    int start = start();
    boolean negative = accept(MINUS);
    Token t = token();
    expect(NUMBER);
    Expr number = new Expr.Constant(NumberLiterals.parse(t.text()), null, t.start(), t.end());
    return negative ? new Expr.UnaryOp(UnaryOperator.USUB, number, start, prevEnd()) : number;
  }

  private static boolean isImaginary(Expr e) {
    if (e instanceof Expr.UnaryOp u) {
      e = u.operand();
    }
    return e instanceof Expr.Constant c && c.value() instanceof Expr.Imaginary;
  }
}
