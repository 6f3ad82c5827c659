package dev.krait.core.syntax;

import static dev.krait.core.syntax.TokenKind.*;

import dev.krait.core.ast.Comprehension;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import dev.krait.core.ast.Keyword;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bracketed expressions: tuples, groups, list, set and dict displays, comprehensions and
 * their {@code for} targets, and call arguments.
 */
abstract class DisplayParser extends ExpressionParser {

  private static final ExprContext LOAD = ExprContext.LOAD;
  private static final ExprContext STORE = ExprContext.STORE;

  DisplayParser(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    super(tokens, filename, lines, lexError, errorPass);
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  @Override
  final Expr parenthesized() {
    int start = start();
    pos++;
    if (accept(RPAR)) {
      return new Expr.Tuple(List.of(), LOAD, start, prevEnd());
    }
    if (at(YIELD)) {
      Expr y = yieldExpr();
      expect(RPAR);
      return y;
    }
    if (errorPass && at(DOUBLESTAR)) {
      int star = pos;
      pos++;
      if (tryParse(this::expression) != null && at(RPAR)) {
        throw errorAtToken(star, "cannot use double starred expression here");
      }
      pos = star;
    }
    Expr first = starNamedExpression();
    if (at(FOR) || at(ASYNC)) {
      checkComprehensionElement(first);
      List<Comprehension> generators = forIfClauses();
      expect(RPAR);
      return new Expr.GeneratorExp(first, generators, start, prevEnd());
    }
    if (at(RPAR)) {
      if (first instanceof Expr.Starred) {
        throw invalid(errorAt(first.start(), first.end(), "cannot use starred expression here"));
      }
      pos++;
      return first;
    }
    if (!at(COMMA)) {
      throw fail();
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && !at(RPAR)) {
      elts.add(starNamedExpression());
    }
    expect(RPAR);
    return new Expr.Tuple(frozen(elts), LOAD, start, prevEnd());
  }

  private void checkComprehensionElement(Expr elt) {
    if (elt instanceof Expr.Starred) {
      throw invalid(errorAt(elt.start(), elt.end(),
          "iterable unpacking cannot be used in comprehension"));
    }
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  @Override
  final Expr listDisplay() {
    int start = start();
    pos++;
    if (accept(RSQB)) {
      return new Expr.List(List.of(), LOAD, start, prevEnd());
    }
    Expr first = starNamedExpression();
    if (at(FOR) || at(ASYNC)) {
      checkComprehensionElement(first);
      List<Comprehension> generators = forIfClauses();
      expect(RSQB);
      return new Expr.ListComp(first, generators, start, prevEnd());
    }
    ArrayList<Expr> elts = displayElements(first, RSQB);
    expect(RSQB);
    return new Expr.List(frozen(elts), LOAD, start, prevEnd());
  }

  /** Parses the rest of a list or set display; reports a comprehension missing parentheses. */
  private ArrayList<Expr> displayElements(Expr first, TokenKind close) {
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA)) {
      if (at(close)) {
        break;
      }
      if (at(FOR) || at(ASYNC)) {
        throw invalid(errorAt(first.start(), prevEnd(),
            "did you forget parentheses around the comprehension target?"));
      }
      elts.add(starNamedExpression());
    }
    if (!at(close) && (at(FOR) || at(ASYNC)) && elts.size() > 1) {
      Expr last = elts.get(elts.size() - 1);
      throw invalid(errorAt(first.start(), last.end(),
          "did you forget parentheses around the comprehension target?"));
    }
    return elts;
  }

  // dict: '{' [double_starred_kvpairs] '}'
  // set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}'
  // setcomp: '{' named_expression for_if_clauses '}'
  @Override
  final Expr braceDisplay() {
    int start = start();
    pos++;
    if (accept(RBRACE)) {
      return new Expr.Dict(List.of(), List.of(), start, prevEnd());
    }
    Expr firstKey = null;
    Expr firstValue;
    if (at(DOUBLESTAR)) {
      int star = pos;
      pos++;
      firstValue = bitwiseOr();
      if (at(FOR) || at(ASYNC)) {
        throw invalid(errorAtToken(star, "dict unpacking cannot be used in dict comprehension"));
      }
    } else {
      int firstToken = pos;
      Expr first = starNamedExpression();
      if (!at(COLON)) {
        if (at(FOR) || at(ASYNC)) {
          checkComprehensionElement(first);
          List<Comprehension> generators = forIfClauses();
          expect(RBRACE);
          return new Expr.SetComp(first, generators, start, prevEnd());
        }
        ArrayList<Expr> elts = displayElements(first, RBRACE);
        expect(RBRACE);
        return new Expr.Set(frozen(elts), start, prevEnd());
      }
      if (first instanceof Expr.Starred
          || (first instanceof Expr.NamedExpr && kinds[firstToken] == NAME)) {
        throw fail();
      }
      firstKey = first;
      firstValue = dictValue();
      if (at(FOR) || at(ASYNC)) {
        List<Comprehension> generators = forIfClauses();
        expect(RBRACE);
        return new Expr.DictComp(firstKey, firstValue, generators, start, prevEnd());
      }
    }
    ArrayList<Expr> keys = new ArrayList<>();
    ArrayList<Expr> values = new ArrayList<>();
    keys.add(firstKey);
    values.add(firstValue);
    while (accept(COMMA) && !at(RBRACE)) {
      if (accept(DOUBLESTAR)) {
        keys.add(null);
        values.add(bitwiseOr());
      } else {
        Expr key = expression();
        if (!at(COLON)) {
          throw invalid(error("SyntaxError", key.end() - 1, -1,
              "':' expected after dictionary key"));
        }
        keys.add(key);
        values.add(dictValue());
      }
    }
    expect(RBRACE);
    return new Expr.Dict(Collections.unmodifiableList(keys), frozen(values), start, prevEnd());
  }

  /** Parses {@code ':' expression} after a dictionary key. */
  private Expr dictValue() {
    int colon = pos;
    pos++;
    if (at(STAR)) {
      throw invalid(errorFrom(start(), "cannot use a starred expression in a dictionary value"));
    }
    if (at(RBRACE) || at(COMMA)) {
      throw invalid(errorAtToken(colon, "expression expected after dictionary key and ':'"));
    }
    return expression();
  }

  // for_if_clauses: for_if_clause+
  // for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  final List<Comprehension> forIfClauses() {
    ArrayList<Comprehension> clauses = new ArrayList<>(1);
    do {
      int isAsync = accept(ASYNC) ? 1 : 0;
      expect(FOR);
      int targetPos = pos;
      Expr target = errorPass ? tryParse(this::starTargets) : starTargets();
      if (target == null || !at(IN)) {
        invalidForTarget(targetPos);
        throw fail();
      }
      pos++;
      Expr iter = disjunction();
      ArrayList<Expr> ifs = new ArrayList<>(0);
      while (accept(IF)) {
        ifs.add(disjunction());
      }
      clauses.add(new Comprehension(target, iter, frozen(ifs), isAsync));
    } while (at(FOR) || (at(ASYNC) && peek(1) == FOR));
    return frozen(clauses);
  }

  /** CPython's {@code invalid_for_target}: reports the part of a for target that is not one. */
  final void invalidForTarget(int targetPos) {
    if (!errorPass) {
      return;
    }
    int save = pos;
    pos = targetPos;
    Expr e = tryParse(this::starExpressions);
    pos = save;
    Expr bad = e == null ? null : Targets.invalidTarget(e, Targets.Kind.FOR);
    if (bad != null) {
      throw errorAt(bad.start(), bad.end(), "cannot assign to " + Targets.exprName(bad));
    }
  }

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  final Expr starTargets() {
    int start = start();
    Expr first = starTarget();
    if (!at(COMMA)) {
      return first;
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && (at(STAR) || startsExpression(kind()))) {
      elts.add(starTarget());
    }
    return new Expr.Tuple(frozen(elts), STORE, start, prevEnd());
  }

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  final Expr starTarget() {
    int start = start();
    if (accept(STAR)) {
      if (at(STAR)) {
        throw fail();
      }
      Expr value = starTarget();
      return new Expr.Starred(value, STORE, start, prevEnd());
    }
    int first = pos;
    Expr e = bitwiseOr();
    Expr target = Targets.withContext(e, STORE);
    if (target == null) {
      throw failAt(first);
    }
    return target;
  }

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
  //       [',' kwargs] | kwargs
  // kwarg_or_starred: NAME '=' expression | starred_expression
  // kwarg_or_double_starred: NAME '=' expression | '**' expression
  @Override
  final Expr call(Expr func, int start) {
    return call(func, start, true);
  }

  /** Parses a call's parenthesized arguments; class bases take no
   * bare generator expression ({@code allowGenexp} false). */
  final Expr call(Expr func, int start, boolean allowGenexp) {
    int open = pos;
    pos++;
    if (accept(RPAR)) {
      return new Expr.Call(func, List.of(), List.of(), start, prevEnd());
    }
    ArrayList<Expr> args = new ArrayList<>(4);
    ArrayList<Keyword> keywords = null;
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    do {
      if (at(RPAR)) {
        break;
      }
      Token t = token();
      if (t.kind() == STAR) {
        if (sawDoubleStar) {
          throw invalid(errorAtToken(pos,
              "iterable argument unpacking follows keyword argument unpacking"));
        }
        pos++;
        Expr value = expression();
        args.add(new Expr.Starred(value, LOAD, t.start(), prevEnd()));
      } else if (t.kind() == DOUBLESTAR) {
        pos++;
        Expr value = expression();
        keywords = addKeyword(keywords, new Keyword(null, value, t.start(), prevEnd()));
        sawDoubleStar = true;
      } else if (t.kind() == NAME && peek(1) == EQUAL) {
        int nameIndex = pos;
        pos += 2;
        Expr value = expression();
        if (at(FOR) || at(ASYNC)) {
          throw invalid(errorAt(t.start(), tokens[nameIndex + 1].end(),
              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
        keywords = addKeyword(keywords, new Keyword(t.text(), value, t.start(), prevEnd()));
        sawKeyword = true;
      } else {
        int argStart = pos;
        Expr e = namedExpression(false);
        if ((at(FOR) || at(ASYNC)) && !allowGenexp) {
          throw fail();
        }
        if (at(FOR) || at(ASYNC)) {
          List<Comprehension> generators = forIfClauses();
          if (args.isEmpty() && keywords == null && at(RPAR)) {
            pos++;
            Expr genexp = new Expr.GeneratorExp(e, generators, tokens[open].start(), prevEnd());
            return new Expr.Call(func, List.of(genexp), List.of(), start, prevEnd());
          }
          throw invalid(errorAt(e.start(), lastComprehensionEnd(generators),
              "Generator expression must be parenthesized"));
        }
        if (at(EQUAL)) {
          throw invalid(invalidKeyword(argStart, e));
        }
        if (sawKeyword || sawDoubleStar) {
          // CPython reports the last token its argument loop read: past a comma, the next one.
          throw invalid(errorAtToken(at(COMMA) ? pos + 1 : pos, sawDoubleStar
              ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument"));
        }
        args.add(e);
      }
    } while (accept(COMMA));
    expect(RPAR);
    List<Keyword> kw = keywords == null ? List.of() : frozen(keywords);
    return new Expr.Call(func, frozen(args), kw, start, prevEnd());
  }

  private static ArrayList<Keyword> addKeyword(ArrayList<Keyword> list, Keyword k) {
    if (list == null) {
      list = new ArrayList<>(2);
    }
    list.add(k);
    return list;
  }

  /** CPython's {@code invalid_kwarg}: an {@code =} after something that is not a name. */
  private SyntaxError invalidKeyword(int argStart, Expr e) {
    TokenKind k = kinds[argStart];
    if ((k == TRUE || k == FALSE || k == NONE) && argStart + 1 == pos) {
      return errorAt(e.start(), tokens[pos].end(), "cannot assign to " + k.text());
    }
    return errorAt(e.start(), tokens[pos].end(),
        "expression cannot contain assignment, perhaps you meant \"==\"?");
  }

  /** Returns the end of the last part of the last clause, for CPython's error ranges. */
  static int lastComprehensionEnd(List<Comprehension> generators) {
    Comprehension last = generators.get(generators.size() - 1);
    if (!last.ifs().isEmpty()) {
      return last.ifs().get(last.ifs().size() - 1).end();
    }
    return last.iter().end();
  }
}
