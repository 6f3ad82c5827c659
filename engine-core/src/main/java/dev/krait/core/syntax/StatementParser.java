package dev.krait.core.syntax;

import static dev.krait.core.syntax.TokenKind.*;

import dev.krait.core.ast.Alias;
import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.ExceptHandler;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import dev.krait.core.ast.MatchCase;
import dev.krait.core.ast.Operator;
import dev.krait.core.ast.Pattern;
import dev.krait.core.ast.Stmt;
import dev.krait.core.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/** The statement rules of CPython 3.11's grammar, from {@code file} down to {@code block}. */
final class StatementParser extends PatternParser {

  StatementParser(Token[] tokens, String filename, LineMap lines, SyntaxError lexError,
      boolean errorPass) {
    super(tokens, filename, lines, lexError, errorPass);
  }

  @Override
  Expr fstringExpression(String text, int fileOffset) {
    return Parser.fstringExpression(text, fileOffset, filename, lines);
  }

  // file: [statements] ENDMARKER
  List<Stmt> file() {
    ArrayList<Stmt> body = new ArrayList<>();
    while (!at(ENDMARKER)) {
      statement(body);
    }
    return frozen(body);
  }

  // eval: expressions NEWLINE* ENDMARKER
  Expr eval() {
    Expr body = expressions();
    while (accept(NEWLINE)) {
      // Trailing blank lines are allowed.
    }
    expect(ENDMARKER);
    return body;
  }

  // fstring: star_expressions  (the text is wrapped in parentheses, so it is one atom)
  Expr fstring() {
    Expr e = starExpressions();
    while (accept(NEWLINE)) {
      // The lexer ends the wrapped text with a NEWLINE.
    }
    expect(ENDMARKER);
    return e;
  }

  // statement: compound_stmt | simple_stmts
  // compound_stmt:
  //     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
  //     | &'while' while_stmt | match_stmt
  private void statement(ArrayList<Stmt> out) {
    switch (kind()) {
      case DEF -> out.add(functionDef(List.of()));
      case IF -> out.add(ifStmt());
      case CLASS -> out.add(classDef(List.of()));
      case AT -> out.add(decorated());
      case WITH -> out.add(withStmt());
      case FOR -> out.add(forStmt());
      case TRY -> out.add(tryStmt());
      case WHILE -> out.add(whileStmt());
      case ASYNC -> {
        switch (peek(1)) {
          case DEF -> out.add(functionDef(List.of()));
          case WITH -> out.add(withStmt());
          case FOR -> out.add(forStmt());
          default -> throw failAt(pos + 1);
        }
      }
      case NAME -> {
        Stmt match = atSoft("match") ? matchStmt() : null;
        if (match != null) {
          out.add(match);
        } else {
          simpleStmts(out);
        }
      }
      default -> simpleStmts(out);
    }
  }

  // simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
  private void simpleStmts(ArrayList<Stmt> out) {
    do {
      out.add(simpleStmt());
    } while (accept(SEMI) && !at(NEWLINE));
    expect(NEWLINE);
  }

  // simple_stmt:
  //     | assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt
  //     | nonlocal_stmt
  private Stmt simpleStmt() {
    Token t = token();
    switch (t.kind()) {
      case PASS:
        pos++;
        return new Stmt.Pass(t.start(), t.end());
      case BREAK:
        pos++;
        return new Stmt.Break(t.start(), t.end());
      case CONTINUE:
        pos++;
        return new Stmt.Continue(t.start(), t.end());
      case RETURN: {
        pos++;
        Expr value = startsStarExpression(kind()) ? starExpressions() : null;
        return new Stmt.Return(value, t.start(), prevEnd());
      }
      case IMPORT:
        return importName();
      case FROM:
        return importFrom();
      case RAISE:
        return raiseStmt();
      case DEL:
        return delStmt();
      case YIELD: {
        Expr value = yieldExpr();
        if (at(EQUAL)) {
          throw invalid(errorAt(value.start(), value.end(),
              "assignment to yield expression not possible"));
        }
        return new Stmt.ExprStmt(value, t.start(), prevEnd());
      }
      case ASSERT: {
        pos++;
        Expr test = expression();
        Expr msg = accept(COMMA) ? expression() : null;
        return new Stmt.Assert(test, msg, t.start(), prevEnd());
      }
      case GLOBAL:
      case NONLOCAL: {
        pos++;
        ArrayList<String> names = new ArrayList<>(2);
        do {
          names.add(name());
        } while (accept(COMMA));
        return t.kind() == GLOBAL
            ? new Stmt.Global(frozen(names), t.start(), prevEnd())
            : new Stmt.Nonlocal(frozen(names), t.start(), prevEnd());
      }
      default:
        return assignmentOrExpression();
    }
  }

  // assignment:
  //     | NAME ':' expression ['=' annotated_rhs]
  //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
  //       ['=' annotated_rhs]
  //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //     | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions (as an expression statement)
  private Stmt assignmentOrExpression() {
    int first = pos;
    int start = start();
    Expr e = starExpressions();
    switch (kind()) {
      case COLON:
        return annotatedAssignment(first, e);
      case EQUAL:
        return assignment(first, e);
      case PLUSEQUAL, MINEQUAL, STAREQUAL, ATEQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL,
          VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL,
          DOUBLESLASHEQUAL: {
        Operator op = augmentedOperator(kind());
        if (!(e instanceof Expr.Name || e instanceof Expr.Attribute
            || e instanceof Expr.Subscript)) {
          throw invalid(errorAt(e.start(), e.end(), "'" + Targets.exprName(e)
              + "' is an illegal expression for augmented assignment"));
        }
        pos++;
        Expr value = at(YIELD) ? yieldExpr() : starExpressions();
        return new Stmt.AugAssign(Targets.withContext(e, ExprContext.STORE), op, value, start,
            prevEnd());
      }
      default:
        return new Stmt.ExprStmt(e, start, prevEnd());
    }
  }

  private Stmt annotatedAssignment(int first, Expr target) {
    boolean single = target instanceof Expr.Name || target instanceof Expr.Attribute
        || target instanceof Expr.Subscript;
    if (!single) {
      if (errorPass) {
        // CPython's invalid_assignment alternatives need an annotation after the ':'.
        int colon = pos;
        pos++;
        Expr annotation = tryParse(this::expression);
        pos = colon;
        if (annotation != null) {
          throw annotationTargetError(first, target);
        }
      }
      throw fail();
    }
    int start = tokens[first].start();
    int simple = target instanceof Expr.Name && kinds[first] == NAME ? 1 : 0;
    pos++;
    Expr annotation = expression();
    Expr value = null;
    if (accept(EQUAL)) {
      value = at(YIELD) ? yieldExpr() : starExpressions();
    }
    return new Stmt.AnnAssign(Targets.withContext(target, ExprContext.STORE), annotation, value,
        simple, start, prevEnd());
  }

  private SyntaxError annotationTargetError(int first, Expr target) {
    if (target instanceof Expr.Tuple t && kinds[first] != LPAR) {
      Expr a = t.elts().get(0);
      return errorAt(a.start(), a.end(), "only single target (not tuple) can be annotated");
    }
    if (target instanceof Expr.Tuple || target instanceof Expr.List) {
      return errorAt(target.start(), target.end(),
          "only single target (not " + Targets.exprName(target) + ") can be annotated");
    }
    return errorAt(target.start(), target.end(), "illegal target for annotation");
  }

  private Stmt assignment(int first, Expr firstTarget) {
    int start = tokens[first].start();
    ArrayList<Expr> targets = new ArrayList<>(1);
    Expr value = firstTarget;
    while (accept(EQUAL)) {
      targets.add(value);
      value = at(YIELD) ? yieldExpr() : starExpressions();
    }
    for (int i = 0; i < targets.size(); i++) {
      Expr t = Targets.withContext(targets.get(i), ExprContext.STORE);
      if (t == null) {
        throw invalid(invalidAssignment(first, i, targets.get(i)));
      }
      targets.set(i, t);
    }
    return new Stmt.Assign(frozen(targets), value, null, start, prevEnd());
  }

  /** CPython's {@code invalid_assignment} for a target that cannot be assigned to. */
  private SyntaxError invalidAssignment(int first, int index, Expr target) {
    if (errorPass && index == 0) {
      // CPython tries star_named_expressions here, whose invalid_named_expression may apply.
      int save = pos;
      pos = first;
      tryParse(() -> {
        do {
          starNamedExpression();
        } while (accept(COMMA) && startsStarExpression(kind()));
        return Boolean.TRUE;
      });
      pos = save;
    }
    if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
      return errorAt(target.start(), target.end(), "assignment to yield expression not possible");
    }
    Expr bad = Targets.invalidTarget(target, Targets.Kind.STAR);
    if (bad == null) {
      bad = target;
    }
    return errorAt(bad.start(), bad.end(), "cannot assign to " + Targets.exprName(bad));
  }

  private static Operator augmentedOperator(TokenKind k) {
    return switch (k) {
      case PLUSEQUAL -> Operator.ADD;
      case MINEQUAL -> Operator.SUB;
      case STAREQUAL -> Operator.MULT;
      case ATEQUAL -> Operator.MAT_MULT;
      case SLASHEQUAL -> Operator.DIV;
      case PERCENTEQUAL -> Operator.MOD;
      case AMPEREQUAL -> Operator.BIT_AND;
      case VBAREQUAL -> Operator.BIT_OR;
      case CIRCUMFLEXEQUAL -> Operator.BIT_XOR;
      case LEFTSHIFTEQUAL -> Operator.LSHIFT;
      case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
      case DOUBLESTAREQUAL -> Operator.POW;
      default -> Operator.FLOOR_DIV;
    };
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  // del_targets: ','.del_target+ [',']
  private Stmt delStmt() {
    int start = start();
    pos++;
    int first = pos;
    ArrayList<Expr> targets = new ArrayList<>(1);
    do {
      Expr e = startsExpression(kind()) ? bitwiseOr() : null;
      Expr t = e == null ? null : Targets.withContext(e, ExprContext.DEL);
      if (t == null) {
        throw invalidDelete(first);
      }
      targets.add(t);
    } while (accept(COMMA) && !at(SEMI) && !at(NEWLINE));
    if (!at(SEMI) && !at(NEWLINE)) {
      throw invalidDelete(first);
    }
    return new Stmt.Delete(frozen(targets), start, prevEnd());
  }

  /** CPython's {@code invalid_del_stmt}: names the part that cannot be deleted. */
  private RuntimeException invalidDelete(int first) {
    if (errorPass) {
      int save = pos;
      pos = first;
      Expr e = tryParse(this::starExpressions);
      pos = save;
      Expr bad = e == null ? null : Targets.invalidTarget(e, Targets.Kind.DEL);
      if (bad != null) {
        throw errorAt(bad.start(), bad.end(), "cannot delete " + Targets.exprName(bad));
      }
    }
    return fail();
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private Stmt raiseStmt() {
    int start = start();
    pos++;
    Expr exc = null;
    Expr cause = null;
    if (startsExpression(kind())) {
      exc = expression();
      if (accept(FROM)) {
        cause = expression();
      }
    }
    return new Stmt.Raise(exc, cause, start, prevEnd());
  }

  // import_name: 'import' dotted_as_names
  // dotted_as_name: dotted_name ['as' NAME]
  private Stmt importName() {
    int start = start();
    pos++;
    ArrayList<Alias> names = new ArrayList<>(1);
    do {
      int aliasStart = start();
      String name = dottedName();
      String asname = accept(AS) ? name() : null;
      names.add(new Alias(name, asname, aliasStart, prevEnd()));
    } while (accept(COMMA));
    return new Stmt.Import(frozen(names), start, prevEnd());
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private String dottedName() {
    String name = name();
    if (!at(DOT)) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name);
    while (accept(DOT)) {
      sb.append('.').append(name());
    }
    return sb.toString();
  }

  // import_from:
  //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //     | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets:
  //     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  private Stmt importFrom() {
    int start = start();
    pos++;
    int level = 0;
    while (true) {
      if (accept(DOT)) {
        level++;
      } else if (accept(ELLIPSIS)) {
        level += 3;
      } else {
        break;
      }
    }
    String module = level == 0 || at(NAME) ? dottedName() : null;
    expect(IMPORT);
    ArrayList<Alias> names = new ArrayList<>(2);
    if (at(STAR)) {
      Token t = token();
      pos++;
      names.add(new Alias("*", null, t.start(), t.end()));
    } else if (accept(LPAR)) {
      importFromAsNames(names, true);
      expect(RPAR);
    } else {
      importFromAsNames(names, false);
    }
    return new Stmt.ImportFrom(module, frozen(names), level, start, prevEnd());
  }

  // import_from_as_names: ','.import_from_as_name+
  // import_from_as_name: NAME ['as' NAME]
  private void importFromAsNames(ArrayList<Alias> names, boolean parenthesized) {
    do {
      if (parenthesized && at(RPAR) && !names.isEmpty()) {
        return;
      }
      if (!parenthesized && at(NEWLINE) && !names.isEmpty()) {
        throw invalid(errorAtToken(pos,
            "trailing comma not allowed without surrounding parentheses"));
      }
      Token t = token();
      String name = name();
      String asname = accept(AS) ? name() : null;
      names.add(new Alias(name, asname, t.start(), prevEnd()));
    } while (accept(COMMA));
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  private List<Stmt> block(int keyword, String what) {
    ArrayList<Stmt> body = new ArrayList<>();
    if (!accept(NEWLINE)) {
      simpleStmts(body);
      return frozen(body);
    }
    if (!at(INDENT)) {
      throw invalid(indentationError(pos,
          "expected an indented block after " + what + " on line " + lineOf(keyword)));
    }
    pos++;
    do {
      statement(body);
    } while (!at(DEDENT));
    pos++;
    return frozen(body);
  }

  /** Returns the end of the last token consumed that is not layout: CPython ends a compound
   * statement there, so a trailing ';' counts. */
  private int lastEnd() {
    int i = pos - 1;
    while (kinds[i] == NEWLINE || kinds[i] == INDENT || kinds[i] == DEDENT) {
      i--;
    }
    return tokens[i].end();
  }

  /** Consumes the ':' after a header; at a line end reports CPython's "expected ':'". */
  private void colon() {
    if (!at(COLON)) {
      if (at(NEWLINE)) {
        throw invalid(errorAtToken(pos, "expected ':'"));
      }
      throw fail();
    }
    pos++;
  }

  // decorators: ('@' named_expression NEWLINE)+
  private Stmt decorated() {
    ArrayList<Expr> decorators = new ArrayList<>(1);
    while (accept(AT)) {
      decorators.add(namedExpression());
      expect(NEWLINE);
    }
    List<Expr> list = frozen(decorators);
    if (at(CLASS)) {
      return classDef(list);
    }
    if (at(DEF) || (at(ASYNC) && peek(1) == DEF)) {
      return functionDef(list);
    }
    throw fail();
  }

  // function_def_raw:
  //     | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment]
  //       block
  private Stmt functionDef(List<Expr> decorators) {
    int start = start();
    boolean async = accept(ASYNC);
    int keyword = pos;
    expect(DEF);
    String name = name();
    expectForced(LPAR);
    Arguments args = at(RPAR) ? NO_ARGUMENTS : parameters(false);
    expect(RPAR);
    Expr returns = null;
    if (at(RARROW)) {
      // ['->' expression] is optional: without an expression, '&&':'' fails at the arrow.
      int arrow = pos;
      pos++;
      returns = tryParse(this::expression);
      if (returns == null) {
        pos = arrow;
      }
    }
    expectForced(COLON);
    List<Stmt> body = block(keyword, "function definition");
    return async
        ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, start, lastEnd())
        : new Stmt.FunctionDef(name, args, body, decorators, returns, null, start, lastEnd());
  }

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private Stmt classDef(List<Expr> decorators) {
    int start = start();
    int keyword = pos;
    pos++;
    String name = name();
    List<Expr> bases = List.of();
    List<dev.krait.core.ast.Keyword> keywords = List.of();
    if (at(LPAR)) {
      Expr.Call call = (Expr.Call) call(null, start, false);
      bases = call.args();
      keywords = call.keywords();
    }
    colon();
    List<Stmt> body = block(keyword, "class definition");
    return new Stmt.ClassDef(name, bases, keywords, body, decorators, start, lastEnd());
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  // elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  private Stmt ifStmt() {
    int start = start();
    int keyword = pos;
    String what = at(IF) ? "'if' statement" : "'elif' statement";
    pos++;
    Expr test = namedExpression();
    colon();
    List<Stmt> body = block(keyword, what);
    List<Stmt> orelse = List.of();
    if (at(ELIF)) {
      orelse = List.of(ifStmt());
    } else if (at(ELSE)) {
      orelse = elseBlock();
    }
    return new Stmt.If(test, body, orelse, start, lastEnd());
  }

  // else_block: 'else' &&':' block
  private List<Stmt> elseBlock() {
    int keyword = pos;
    pos++;
    expectForced(COLON);
    return block(keyword, "'else' statement");
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  private Stmt whileStmt() {
    int start = start();
    int keyword = pos;
    pos++;
    Expr test = namedExpression();
    colon();
    List<Stmt> body = block(keyword, "'while' statement");
    List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
    return new Stmt.While(test, body, orelse, start, lastEnd());
  }

  // for_stmt:
  //     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block
  //       [else_block]
  private Stmt forStmt() {
    int start = start();
    boolean async = accept(ASYNC);
    int keyword = pos;
    pos++;
    int targetPos = pos;
    Expr target = startsStarExpression(kind()) ? tryTarget() : null;
    if (target == null || !at(IN)) {
      invalidForTarget(targetPos);
      throw fail();
    }
    pos++;
    Expr iter = starExpressions();
    colon();
    List<Stmt> body = block(keyword, "'for' statement");
    List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
    int end = lastEnd();
    return async
        ? new Stmt.AsyncFor(target, iter, body, orelse, null, start, end)
        : new Stmt.For(target, iter, body, orelse, null, start, end);
  }

  private Expr tryTarget() {
    if (!errorPass) {
      return starTargets();
    }
    return tryParse(this::starTargets);
  }

  // with_stmt:
  //     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  private Stmt withStmt() {
    int start = start();
    boolean async = accept(ASYNC);
    int keyword = pos;
    pos++;
    List<WithItem> items = at(LPAR) ? tryParse(this::parenthesizedWithItems) : null;
    if (items == null) {
      ArrayList<WithItem> list = new ArrayList<>(1);
      do {
        list.add(withItem());
      } while (accept(COMMA));
      items = frozen(list);
    }
    colon();
    List<Stmt> body = block(keyword, "'with' statement");
    return async
        ? new Stmt.AsyncWith(items, body, null, start, lastEnd())
        : new Stmt.With(items, body, null, start, lastEnd());
  }

  private List<WithItem> parenthesizedWithItems() {
    pos++;
    ArrayList<WithItem> list = new ArrayList<>(2);
    do {
      if (at(RPAR) && !list.isEmpty()) {
        break;
      }
      list.add(withItem());
    } while (accept(COMMA));
    expect(RPAR);
    if (!at(COLON)) {
      throw fail();
    }
    return frozen(list);
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  private WithItem withItem() {
    Expr e = expression();
    if (!accept(AS)) {
      return new WithItem(e, null);
    }
    int targetPos = pos;
    Expr target = errorPass ? tryParse(this::starTarget) : starTarget();
    if (target == null || !(at(COMMA) || at(RPAR) || at(COLON))) {
      if (errorPass && target != null && at(NEWLINE)) {
        throw errorAtToken(pos, "expected ':'");
      }
      if (errorPass) {
        pos = targetPos;
        Expr other = withoutErrorRules(this::expression);
        if (other != null && (at(COMMA) || at(RPAR) || at(COLON))) {
          Expr bad = Targets.invalidTarget(other, Targets.Kind.STAR);
          if (bad != null) {
            throw errorAt(bad.start(), bad.end(), "cannot assign to " + Targets.exprName(bad));
          }
        }
      }
      throw fail();
    }
    return new WithItem(e, target);
  }

  // try_stmt:
  //     | 'try' &&':' block finally_block
  //     | 'try' &&':' block except_block+ [else_block] [finally_block]
  //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  private Stmt tryStmt() {
    int start = start();
    int keyword = pos;
    pos++;
    expectForced(COLON);
    List<Stmt> body = block(keyword, "'try' statement");
    ArrayList<ExceptHandler> handlers = new ArrayList<>(1);
    boolean star = false;
    while (at(EXCEPT)) {
      boolean isStar = peek(1) == STAR;
      if (!handlers.isEmpty() && isStar != star) {
        int except = pos;
        throw invalid(isStar
            ? errorAt(tokens[except].start(), tokens[except + 1].end(),
                "cannot have both 'except' and 'except*' on the same 'try'")
            : errorAtToken(except, "cannot have both 'except' and 'except*' on the same 'try'"));
      }
      star = isStar;
      handlers.add(exceptBlock());
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && at(ELSE)) {
      orelse = elseBlock();
    }
    List<Stmt> finalbody = List.of();
    if (at(FINALLY)) {
      int fin = pos;
      pos++;
      expectForced(COLON);
      finalbody = block(fin, "'finally' statement");
    } else if (handlers.isEmpty()) {
      throw invalid(errorAtToken(pos, "expected 'except' or 'finally' block"));
    }
    int end = lastEnd();
    return star
        ? new Stmt.TryStar(body, frozen(handlers), orelse, finalbody, start, end)
        : new Stmt.Try(body, frozen(handlers), orelse, finalbody, start, end);
  }

  // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
  // except_star_block: 'except' '*' expression ['as' NAME] ':' block
  private ExceptHandler exceptBlock() {
    int start = start();
    int keyword = pos;
    pos++;
    boolean star = accept(STAR);
    Expr type = null;
    String name = null;
    if (at(NEWLINE) && !star) {
      throw invalid(errorAtToken(pos, "expected ':'"));
    }
    if (!at(COLON) || star) {
      if (star && (at(COLON) || at(NEWLINE))) {
        throw invalid(errorAtToken(pos, "expected one or more exception types"));
      }
      type = expression();
      if (at(NEWLINE) || (at(AS) && peek(1) == NAME && peek(2) == NEWLINE)) {
        throw invalid(errorAtToken(at(NEWLINE) ? pos : pos + 2, "expected ':'"));
      }
      if (at(COMMA)) {
        if (errorPass) {
          throw errorFrom(type.start(), "multiple exception types must be parenthesized");
        }
        throw fail();
      }
      if (accept(AS)) {
        name = name();
      }
    }
    colon();
    List<Stmt> body = block(keyword, star ? "'except*' statement" : "'except' statement");
    return new ExceptHandler(type, name, body, start, lastEnd());
  }

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  /** Returns the match statement at the cursor, or null if {@code match} is a plain name. */
  private Stmt matchStmt() {
    if (!startsStarExpression(peek(1))) {
      return null;
    }
    int start = start();
    int keyword = pos;
    pos++;
    Expr subject = withoutErrorRules(this::subjectExpr);
    if (subject == null || !at(COLON)) {
      if (errorPass && subject != null && at(NEWLINE)) {
        throw errorAtToken(pos, "expected ':'");
      }
      pos = keyword;
      return null;
    }
    pos++;
    expect(NEWLINE);
    if (!at(INDENT)) {
      throw invalid(indentationError(pos,
          "expected an indented block after 'match' statement on line " + lineOf(keyword)));
    }
    pos++;
    ArrayList<MatchCase> cases = new ArrayList<>();
    do {
      cases.add(caseBlock());
    } while (!at(DEDENT));
    pos++;
    return new Stmt.Match(subject, frozen(cases), start, lastEnd());
  }

  private Expr subjectExpr() {
    int start = start();
    Expr first = starNamedExpression();
    if (!at(COMMA)) {
      if (first instanceof Expr.Starred) {
        throw fail();
      }
      return first;
    }
    ArrayList<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (accept(COMMA) && startsStarExpression(kind())) {
      elts.add(starNamedExpression());
    }
    return new Expr.Tuple(frozen(elts), ExprContext.LOAD, start, prevEnd());
  }

  // case_block: "case" patterns guard? ':' block
  // guard: 'if' named_expression
  private MatchCase caseBlock() {
    if (!atSoft("case")) {
      throw fail();
    }
    int keyword = pos;
    pos++;
    Pattern pattern = patterns();
    Expr guard = accept(IF) ? namedExpression() : null;
    colon();
    List<Stmt> body = block(keyword, "'case' statement");
    return new MatchCase(pattern, guard, body);
  }
}
