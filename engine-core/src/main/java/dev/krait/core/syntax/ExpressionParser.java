package dev.krait.core.syntax;

import static dev.krait.core.syntax.TokenKind.*;

import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.BoolOperator;
import dev.krait.core.ast.CmpOperator;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import dev.krait.core.ast.Operator;
import dev.krait.core.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The expression rules of CPython 3.11's grammar, from {@code star_expressions} down to
 * {@code atom}, parsed predictively from the token list.
 *
 * <p>Each rule builds its node with the start of its first token and the end of its last, which
 * is how CPython's {@code EXTRA} positions nodes: {@code (a).b} starts at the parenthesis.
 */
abstract class ExpressionParser extends TokenCursor {

  private static final ExprContext LOAD = ExprContext.LOAD;
  private static final ExprContext STORE = ExprContext.STORE;

  /** The parameters of {@code def f():} and {@code lambda: x}. */
  static final Arguments NO_ARGUMENTS =
      new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

  /** Bracket nesting of each token, computed only when the error pass needs it. */
  private int[] levels;

  ExpressionParser(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    super(tokens, filename, lines, lexError, errorPass);
  }

  /** Returns the parameters of a {@code def} ({@code lambda} false) or a {@code lambda}. */
  abstract Arguments parameters(boolean lambda);

  static <T> List<T> frozen(ArrayList<T> list) {
    return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  /** Returns whether a token of kind {@code k} can begin an {@code expression}. */
  static boolean startsExpression(TokenKind k) {
    switch (k) {
      case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT,
          ELLIPSIS, TRUE, FALSE, NONE:
        return true;
      default:
        return false;
    }
  }

  /** Returns whether a token of kind {@code k} can begin a {@code star_expression}. */
  static boolean startsStarExpression(TokenKind k) {
    return k == STAR || startsExpression(k);
  }

  /** Throws {@code error} in the error pass; fails plainly in the first pass. */
  final RuntimeException invalid(SyntaxError error) {
    if (errorPass) {
      throw error;
    }
    throw fail();
  }

  // expressions: expression (',' expression)* [',']
  final Expr expressions() {
    int start = start();
    Expr first = expression();
    if (!at(COMMA)) {
      return first;
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && startsExpression(kind())) {
      elts.add(expression());
    }
    return new Expr.Tuple(frozen(elts), LOAD, start, prevEnd());
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  final Expr starExpressions() {
    int start = start();
    Expr first = starExpression();
    if (!at(COMMA)) {
      return first;
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && startsStarExpression(kind())) {
      elts.add(starExpression());
    }
    return new Expr.Tuple(frozen(elts), LOAD, start, prevEnd());
  }

  // star_expression: '*' bitwise_or | expression
  final Expr starExpression() {
    if (at(STAR)) {
      int start = start();
      pos++;
      Expr value = bitwiseOr();
      return new Expr.Starred(value, LOAD, start, prevEnd());
    }
    return expression();
  }

  // star_named_expressions: ','.star_named_expression+ [',']  (the caller loops)
  // star_named_expression: '*' bitwise_or | named_expression
  final Expr starNamedExpression() {
    if (at(STAR)) {
      int start = start();
      pos++;
      Expr value = bitwiseOr();
      return new Expr.Starred(value, LOAD, start, prevEnd());
    }
    return namedExpression();
  }

  // named_expression: assignment_expression | expression !':='
  final Expr namedExpression() {
    return namedExpression(true);
  }

  // assignment_expression: NAME ':=' ~ expression
  /** Parses {@code assignment_expression | expression !':='}; {@code checkEquals} adds
   * CPython's {@code invalid_named_expression} check for a {@code =}. */
  final Expr namedExpression(boolean checkEquals) {
    if (kind() == NAME && peek(1) == COLONEQUAL) {
      Token name = token();
      pos += 2;
      Expr value = expression();
      return new Expr.NamedExpr(
          new Expr.Name(name.text(), STORE, name.start(), name.end()), value, name.start(),
          prevEnd());
    }
    int first = pos;
    Expr e = expression();
    if (at(COLONEQUAL)) {
      throw invalid(errorAt(e.start(), e.end(),
          "cannot use assignment expressions with " + Targets.exprName(e)));
    }
    if (errorPass && checkEquals && at(EQUAL)) {
      invalidNamedExpression(first, e);
    }
    return e;
  }

  /** CPython's {@code invalid_named_expression}: a {@code =} where {@code ==} was meant. */
  private void invalidNamedExpression(int first, Expr target) {
    int save = pos;
    pos++;
    Expr value = tryParse(this::bitwiseOr);
    boolean single = value != null && !at(EQUAL) && !at(COLONEQUAL);
    pos = save;
    if (!single) {
      return;
    }
    if (target instanceof Expr.Name && kinds[first] == NAME && target.end() == tokens[first].end()) {
      throw errorAt(target.start(), value.end(),
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (!isDisplay(first) && isBitwiseOrLevel(target)) {
      throw errorAt(target.start(), target.end(), "cannot assign to " + Targets.exprName(target)
          + " here. Maybe you meant '==' instead of '='?");
    }
  }

  /** Returns whether a list, tuple, generator expression, True, None or False starts at token
   * {@code first} (CPython's {@code !(list|tuple|genexp|'True'|'None'|'False')}). */
  private boolean isDisplay(int first) {
    TokenKind k = kinds[first];
    if (k == TRUE || k == NONE || k == FALSE) {
      return true;
    }
    if (k != LSQB && k != LPAR) {
      return false;
    }
    int save = pos;
    pos = first;
    Expr atom = withoutErrorRules(this::atom);
    pos = save;
    return atom instanceof Expr.List || atom instanceof Expr.Tuple
        || atom instanceof Expr.GeneratorExp;
  }

  private static boolean isBitwiseOrLevel(Expr e) {
    if (e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
        || e instanceof Expr.Lambda) {
      return false;
    }
    return !(e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT);
  }

  /** Runs {@code rule} and returns its result, or null (with the position restored) on failure. */
  final <T> T tryParse(java.util.function.Supplier<T> rule) {
    int save = pos;
    try {
      T result = rule.get();
      if (pos > furthest) {
        furthest = pos;
      }
      if (kinds[pos] == ERRORTOKEN && lexError != null) {
        // CPython's lookahead after the rule fetches the token, raising the lexer's error.
        throw lexError;
      }
      return result;
    } catch (ParseFailure f) {
      pos = save;
      return null;
    }
  }

  // expression:
  //     | disjunction 'if' disjunction 'else' expression
  //     | disjunction
  //     | lambdef
  final Expr expression() {
    if (at(LAMBDA)) {
      return lambdef();
    }
    int first = pos;
    int start = start();
    Expr body = disjunction();
    if (!at(IF)) {
      if (errorPass && startsExpression(kind())) {
        invalidExpression(first, body);
      }
      return body;
    }
    pos++;
    Expr test = disjunction();
    if (!at(ELSE)) {
      if (!at(COLON)) {
        throw invalid(errorAt(body.start(), test.end(),
            "expected 'else' after 'if' expression"));
      }
      throw fail();
    }
    pos++;
    Expr orelse = expression();
    return new Expr.IfExp(test, body, orelse, start, prevEnd());
  }

  /**
   * CPython's {@code invalid_expression} and {@code invalid_legacy_expression}: two expressions
   * side by side, inside brackets a forgotten comma, and after {@code print} or {@code exec} a
   * Python 2 statement.
   */
  private void invalidExpression(int first, Expr a) {
    boolean legacy = a instanceof Expr.Name n
        && (n.id().equals("print") || n.id().equals("exec"));
    int save = pos;
    if (legacy && !at(LPAR)) {
      Expr b = tryParse(this::starExpressions);
      pos = save;
      if (b != null) {
        String id = ((Expr.Name) a).id();
        throw errorAt(a.start(), b.end(),
            "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
      }
    }
    boolean nameString = kinds[first] == NAME && kinds[first + 1] == STRING;
    if (nameString || isSoftKeyword(first) || legacy) {
      return;
    }
    Expr b = withoutErrorRules(this::expression);
    int end = pos;
    pos = save;
    if (b != null && level(end - 1) > 0) {
      throw errorAt(a.start(), b.end(), "invalid syntax. Perhaps you forgot a comma?");
    }
  }

  final boolean isSoftKeyword(int index) {
    if (kinds[index] != NAME) {
      return false;
    }
    String t = tokens[index].text();
    return t.equals("match") || t.equals("case") || t.equals("_");
  }

  /** Runs {@code rule} as a first-pass rule (no error checks); returns null on failure. */
  final <T> T withoutErrorRules(java.util.function.Supplier<T> rule) {
    boolean saved = errorPass;
    errorPass = false;
    try {
      return tryParse(rule);
    } finally {
      errorPass = saved;
    }
  }

  /** Returns the bracket nesting level of token {@code index} (after it, for a closer). */
  final int level(int index) {
    if (levels == null) {
      levels = new int[kinds.length];
      int depth = 0;
      for (int i = 0; i < kinds.length; i++) {
        TokenKind k = kinds[i];
        if (k == LPAR || k == LSQB || k == LBRACE) {
          depth++;
        } else if ((k == RPAR || k == RSQB || k == RBRACE) && depth > 0) {
          depth--;
        }
        levels[i] = depth;
      }
    }
    return index < 0 ? 0 : levels[index];
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  final Expr disjunction() {
    int start = start();
    Expr first = conjunction();
    if (!at(OR)) {
      return first;
    }
    ArrayList<Expr> values = new ArrayList<>();
    values.add(first);
    while (accept(OR)) {
      values.add(conjunction());
    }
    return new Expr.BoolOp(BoolOperator.OR, frozen(values), start, prevEnd());
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  final Expr conjunction() {
    int start = start();
    Expr first = inversion();
    if (!at(AND)) {
      return first;
    }
    ArrayList<Expr> values = new ArrayList<>();
    values.add(first);
    while (accept(AND)) {
      values.add(inversion());
    }
    return new Expr.BoolOp(BoolOperator.AND, frozen(values), start, prevEnd());
  }

  // inversion: 'not' inversion | comparison
  final Expr inversion() {
    if (at(NOT)) {
      int start = start();
      pos++;
      Expr operand = inversion();
      return new Expr.UnaryOp(UnaryOperator.NOT, operand, start, prevEnd());
    }
    return comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  final Expr comparison() {
    int start = start();
    Expr left = bitwiseOr();
    CmpOperator op = compareOperator();
    if (op == null) {
      return left;
    }
    ArrayList<CmpOperator> ops = new ArrayList<>(2);
    ArrayList<Expr> comparators = new ArrayList<>(2);
    do {
      ops.add(op);
      comparators.add(bitwiseOr());
      op = compareOperator();
    } while (op != null);
    return new Expr.Compare(left, frozen(ops), frozen(comparators), start, prevEnd());
  }

  /** Consumes a comparison operator ({@code not in} and {@code is not} are two tokens). */
  private CmpOperator compareOperator() {
    CmpOperator op;
    switch (kind()) {
      case EQEQUAL -> op = CmpOperator.EQ;
      case NOTEQUAL -> {
        if (token().text().equals("<>")) {
          throw fail();
        }
        op = CmpOperator.NOT_EQ;
      }
      case LESS -> op = CmpOperator.LT;
      case LESSEQUAL -> op = CmpOperator.LTE;
      case GREATER -> op = CmpOperator.GT;
      case GREATEREQUAL -> op = CmpOperator.GTE;
      case IN -> op = CmpOperator.IN;
      case IS -> {
        if (peek(1) == NOT) {
          pos += 2;
          return CmpOperator.IS_NOT;
        }
        op = CmpOperator.IS;
      }
      case NOT -> {
        if (peek(1) != IN) {
          // peek(1) fetched the token after 'not', as CPython's 'not' 'in' check does.
          return null;
        }
        pos += 2;
        return CmpOperator.NOT_IN;
      }
      default -> {
        return null;
      }
    }
    pos++;
    return op;
  }

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  final Expr bitwiseOr() {
    int start = start();
    Expr e = bitwiseXor();
    while (accept(VBAR)) {
      e = new Expr.BinOp(e, Operator.BIT_OR, bitwiseXor(), start, prevEnd());
    }
    return e;
  }

  // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  final Expr bitwiseXor() {
    int start = start();
    Expr e = bitwiseAnd();
    while (accept(CIRCUMFLEX)) {
      e = new Expr.BinOp(e, Operator.BIT_XOR, bitwiseAnd(), start, prevEnd());
    }
    return e;
  }

  // bitwise_and: bitwise_and '&' shift_expr | shift_expr
  final Expr bitwiseAnd() {
    int start = start();
    Expr e = shiftExpr();
    while (accept(AMPER)) {
      e = new Expr.BinOp(e, Operator.BIT_AND, shiftExpr(), start, prevEnd());
    }
    return e;
  }

  // shift_expr: shift_expr ('<<' | '>>') sum | sum
  final Expr shiftExpr() {
    int start = start();
    Expr e = sum();
    while (true) {
      Operator op;
      if (at(LEFTSHIFT)) {
        op = Operator.LSHIFT;
      } else if (at(RIGHTSHIFT)) {
        op = Operator.RSHIFT;
      } else {
        return e;
      }
      pos++;
      e = new Expr.BinOp(e, op, sum(), start, prevEnd());
    }
  }

  // sum: sum ('+' | '-') term | term
  final Expr sum() {
    int start = start();
    Expr e = term();
    while (true) {
      Operator op;
      if (at(PLUS)) {
        op = Operator.ADD;
      } else if (at(MINUS)) {
        op = Operator.SUB;
      } else {
        return e;
      }
      pos++;
      e = new Expr.BinOp(e, op, term(), start, prevEnd());
    }
  }

  // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
  final Expr term() {
    int start = start();
    Expr e = factor();
    while (true) {
      Operator op;
      switch (kind()) {
        case STAR -> op = Operator.MULT;
        case SLASH -> op = Operator.DIV;
        case DOUBLESLASH -> op = Operator.FLOOR_DIV;
        case PERCENT -> op = Operator.MOD;
        case AT -> op = Operator.MAT_MULT;
        default -> {
          return e;
        }
      }
      pos++;
      e = new Expr.BinOp(e, op, factor(), start, prevEnd());
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  final Expr factor() {
    UnaryOperator op;
    switch (kind()) {
      case PLUS -> op = UnaryOperator.UADD;
      case MINUS -> op = UnaryOperator.USUB;
      case TILDE -> op = UnaryOperator.INVERT;
      default -> {
        return power();
      }
    }
    int start = start();
    pos++;
    Expr operand = factor();
    return new Expr.UnaryOp(op, operand, start, prevEnd());
  }

  // power: await_primary '**' factor | await_primary
  final Expr power() {
    int start = start();
    Expr base = awaitPrimary();
    if (!accept(DOUBLESTAR)) {
      return base;
    }
    Expr exponent = factor();
    return new Expr.BinOp(base, Operator.POW, exponent, start, prevEnd());
  }

  // await_primary: AWAIT primary | primary
  final Expr awaitPrimary() {
    if (!at(AWAIT)) {
      return primary();
    }
    int start = start();
    pos++;
    Expr value = primary();
    return new Expr.Await(value, start, prevEnd());
  }

  // primary:
  //     | primary '.' NAME
  //     | primary genexp
  //     | primary '(' [arguments] ')'
  //     | primary '[' slices ']'
  //     | atom
  final Expr primary() {
    int start = start();
    Expr e = atom();
    while (true) {
      switch (kind()) {
        case DOT -> {
          pos++;
          String attr = name();
          e = new Expr.Attribute(e, attr, LOAD, start, prevEnd());
        }
        case LPAR -> e = call(e, start);
        case LSQB -> {
          pos++;
          Expr slice = slices();
          expect(RSQB);
          e = new Expr.Subscript(e, slice, LOAD, start, prevEnd());
        }
        default -> {
          return e;
        }
      }
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  final Expr slices() {
    int start = start();
    Expr first = slice();
    if (!at(COMMA) && !(first instanceof Expr.Starred)) {
      return first;
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && !at(RSQB)) {
      elts.add(slice());
    }
    return new Expr.Tuple(frozen(elts), LOAD, start, prevEnd());
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  // starred_expression: '*' expression
  final Expr slice() {
    int start = start();
    if (at(STAR)) {
      pos++;
      Expr value = expression();
      return new Expr.Starred(value, LOAD, start, prevEnd());
    }
    Expr lower = null;
    if (!at(COLON)) {
      lower = namedExpression();
      if (!at(COLON)) {
        return lower;
      }
    }
    pos++;
    Expr upper = startsExpression(kind()) ? expression() : null;
    Expr step = null;
    if (accept(COLON) && startsExpression(kind())) {
      step = expression();
    }
    return new Expr.Slice(lower, upper, step, start, prevEnd());
  }

  // atom:
  //     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
  //     | &'(' (tuple | group | genexp)
  //     | &'[' (list | listcomp)
  //     | &'{' (dict | set | dictcomp | setcomp)
  //     | '...'
  final Expr atom() {
    Token t = tokens[pos];
    switch (t.kind()) {
      case NAME:
        pos++;
        return new Expr.Name(t.text(), LOAD, t.start(), t.end());
      case NUMBER:
        pos++;
        return new Expr.Constant(NumberLiterals.parse(t.text()), null, t.start(), t.end());
      case STRING:
        return strings();
      case TRUE:
        pos++;
        return new Expr.Constant(Boolean.TRUE, null, t.start(), t.end());
      case FALSE:
        pos++;
        return new Expr.Constant(Boolean.FALSE, null, t.start(), t.end());
      case NONE:
        pos++;
        return new Expr.Constant(Expr.Singleton.NONE, null, t.start(), t.end());
      case ELLIPSIS:
        pos++;
        return new Expr.Constant(Expr.Singleton.ELLIPSIS, null, t.start(), t.end());
      case LPAR:
        return parenthesized();
      case LSQB:
        return listDisplay();
      case LBRACE:
        return braceDisplay();
      default:
        throw fail();
    }
  }

  // strings: STRING+
  final Expr strings() {
    int first = pos;
    while (kinds[pos] == STRING) {
      pos++;
    }
    List<Token> run = pos - first == 1
        ? List.of(tokens[first])
        : java.util.Arrays.asList(tokens).subList(first, pos);
    return StringLiterals.concatenate(run, tokens[pos], filename, lines, this::fstringExpression);
  }

  /** Parses one f-string replacement field, as CPython's {@code fstring_compile_expr}. */
  abstract Expr fstringExpression(String text, int fileOffset);

  /** Parses a tuple, group or generator expression: {@code &'(' (tuple | group | genexp)}. */
  abstract Expr parenthesized();

  /** Parses a list display or comprehension: {@code &'[' (list | listcomp)}. */
  abstract Expr listDisplay();

  /** Parses a dict or set display or comprehension. */
  abstract Expr braceDisplay();

  /** Parses the parenthesized arguments after {@code func}, which starts at {@code start}. */
  abstract Expr call(Expr func, int start);

  // lambdef: 'lambda' [lambda_params] ':' expression
  final Expr lambdef() {
    int start = start();
    pos++;
    Arguments args =
        at(COLON) ? NO_ARGUMENTS : parameters(true);
    expect(COLON);
    Expr body = expression();
    return new Expr.Lambda(args, body, start, prevEnd());
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  final Expr yieldExpr() {
    int start = start();
    pos++;
    if (accept(FROM)) {
      Expr value = expression();
      return new Expr.YieldFrom(value, start, prevEnd());
    }
    Expr value = startsStarExpression(kind()) ? starExpressions() : null;
    return new Expr.Yield(value, start, prevEnd());
  }
}
