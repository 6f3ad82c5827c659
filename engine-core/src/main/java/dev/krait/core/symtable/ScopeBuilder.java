package dev.krait.core.symtable;

import dev.krait.core.ast.Alias;
import dev.krait.core.ast.Arg;
import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.Comprehension;
import dev.krait.core.ast.ExceptHandler;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.ExprContext;
import dev.krait.core.ast.Keyword;
import dev.krait.core.ast.Located;
import dev.krait.core.ast.MatchCase;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Node;
import dev.krait.core.ast.Pattern;
import dev.krait.core.ast.Stmt;
import dev.krait.core.ast.WithItem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass: walks the tree in CPython's order, creating a {@link Scope} per block and
 * recording in each the raw flags of every name it binds, reads or declares.
 */
final class ScopeBuilder {

  private static final String GLOBAL_PARAM = "name '%s' is parameter and global";
  private static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
  private static final String GLOBAL_AFTER_ASSIGN =
      "name '%s' is assigned to before global declaration";
  private static final String NONLOCAL_AFTER_ASSIGN =
      "name '%s' is assigned to before nonlocal declaration";
  private static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
  private static final String NONLOCAL_AFTER_USE =
      "name '%s' is used prior to nonlocal declaration";
  private static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
  private static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";

  private final Errors errors;
  private final boolean futureAnnotations;
  private final List<Scope> stack = new ArrayList<>();
  private final Map<Node, Scope> scopes = new IdentityHashMap<>();
  private Scope cur;
  private Map<String, Symbol> global;
  /** The name of the innermost enclosing class, for mangling; null outside classes. */
  private String privateName;

  ScopeBuilder(Errors errors, boolean futureAnnotations) {
    this.errors = errors;
    this.futureAnnotations = futureAnnotations;
  }

  /** Returns the module scope after walking the whole tree; the scope map is {@link #scopes()}. */
  Scope build(Mod mod) {
    enter(Scope.Kind.MODULE, "top", mod, 0);
    if (mod instanceof Mod.Module m) {
      visitBody(m.body());
    } else if (mod instanceof Mod.Interactive i) {
      visitBody(i.body());
    } else {
      visitExpr(((Mod.Expression) mod).body());
    }
    Scope top = cur;
    exit();
    return top;
  }

  Map<Node, Scope> scopes() {
    return scopes;
  }

  // ---- blocks and symbols

  private void enter(Scope.Kind kind, String name, Node node, int line) {
    Scope prev = cur;
    Scope scope = new Scope(kind, name, node, line, prev);
    stack.add(scope);
    if (prev != null) {
      // bpo-37757: every walrus inside the outermost iterable is refused, even in nested scopes.
      scope.compIterExpr = prev.compIterExpr;
    }
    cur = scope;
    if (kind == Scope.Kind.ANNOTATION) {
      return;
    }
    scopes.put(node, scope);
    if (kind == Scope.Kind.MODULE) {
      global = scope.symbols;
    }
    if (prev != null) {
      prev.children.add(scope);
    }
  }

  private void exit() {
    stack.remove(stack.size() - 1);
    cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
  }

  private int lineOf(Located node) {
    return errors.lines().line(node.start());
  }

  private void addDef(String name, int flag, Located at) {
    addDef(name, flag, cur, at.start(), at.end());
  }

  /** CPython's {@code symtable_add_def_helper}: records {@code flag} for the mangled name. */
  private void addDef(String name, int flag, Scope scope, int start, int end) {
    String mangled = SymbolTable.mangle(privateName, name);
    Symbol symbol = scope.symbols.get(mangled);
    int val;
    if (symbol != null) {
      if ((flag & Symbol.DEF_PARAM) != 0 && symbol.isParameter()) {
        throw errors.at(
            String.format("duplicate argument '%s' in function definition", name), start, end);
      }
      val = symbol.flags() | flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      // An iteration variable: it may not rebind an earlier walrus target of the comprehension.
      if ((val & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0) {
        throw errors.at(
            String.format(
                "comprehension inner loop cannot rebind assignment expression target '%s'", name),
            start,
            end);
      }
      val |= Symbol.DEF_COMP_ITER;
    }
    if (symbol == null) {
      scope.symbols.put(mangled, new Symbol(mangled, val));
    } else {
      symbol.addFlags(val);
    }
    if ((flag & Symbol.DEF_PARAM) != 0) {
      scope.varnames.add(mangled);
    } else if ((flag & Symbol.DEF_GLOBAL) != 0) {
      // A global declaration anywhere also marks the module's own symbol.
      Symbol g = global.get(mangled);
      if (g == null) {
        global.put(mangled, new Symbol(mangled, flag));
      } else {
        g.addFlags(flag);
      }
    }
  }

  private int lookup(String name) {
    Symbol s = cur.symbols.get(SymbolTable.mangle(privateName, name));
    return s == null ? 0 : s.flags();
  }

  private void recordDirective(String name, int start, int end) {
    cur.directives.add(new Scope.Directive(SymbolTable.mangle(privateName, name), start, end));
  }

  // ---- statements

  private void visitBody(List<Stmt> body) {
    for (Stmt s : body) {
      visitStmt(s);
    }
  }

  private void visitStmt(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) {
      visitExpr(e.value());
    } else if (s instanceof Stmt.Assign a) {
      visitExprs(a.targets());
      visitExpr(a.value());
    } else if (s instanceof Stmt.If i) {
      visitExpr(i.test());
      visitBody(i.body());
      visitBody(i.orelse());
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) {
        visitExpr(r.value());
        cur.returnsValue = true;
      }
    } else if (s instanceof Stmt.FunctionDef f) {
      visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
    } else if (s instanceof Stmt.AsyncFunctionDef f) {
      visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
    } else if (s instanceof Stmt.ClassDef c) {
      visitClass(c);
    } else if (s instanceof Stmt.AugAssign a) {
      visitExpr(a.target());
      visitExpr(a.value());
    } else if (s instanceof Stmt.AnnAssign a) {
      visitAnnAssign(a);
    } else if (s instanceof Stmt.For f) {
      visitFor(f.target(), f.iter(), f.body(), f.orelse());
    } else if (s instanceof Stmt.AsyncFor f) {
      visitFor(f.target(), f.iter(), f.body(), f.orelse());
    } else if (s instanceof Stmt.While w) {
      visitExpr(w.test());
      visitBody(w.body());
      visitBody(w.orelse());
    } else if (s instanceof Stmt.With w) {
      visitWith(w.items(), w.body());
    } else if (s instanceof Stmt.AsyncWith w) {
      visitWith(w.items(), w.body());
    } else if (s instanceof Stmt.Try t) {
      visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
    } else if (s instanceof Stmt.TryStar t) {
      visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody());
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) {
        visitExpr(r.exc());
        if (r.cause() != null) {
          visitExpr(r.cause());
        }
      }
    } else if (s instanceof Stmt.Import i) {
      for (Alias a : i.names()) {
        visitAlias(a);
      }
    } else if (s instanceof Stmt.ImportFrom i) {
      for (Alias a : i.names()) {
        visitAlias(a);
      }
    } else if (s instanceof Stmt.Global g) {
      visitDeclaration(s, g.names(), true);
    } else if (s instanceof Stmt.Nonlocal n) {
      visitDeclaration(s, n.names(), false);
    } else if (s instanceof Stmt.Delete d) {
      visitExprs(d.targets());
    } else if (s instanceof Stmt.Assert a) {
      visitExpr(a.test());
      if (a.msg() != null) {
        visitExpr(a.msg());
      }
    } else if (s instanceof Stmt.Match m) {
      visitExpr(m.subject());
      for (MatchCase c : m.cases()) {
        visitPattern(c.pattern());
        if (c.guard() != null) {
          visitExpr(c.guard());
        }
        visitBody(c.body());
      }
    }
    // Pass, Break and Continue name nothing.
  }

  /** Defaults, annotations and decorators belong to the enclosing scope; the body to a new one. */
  private void visitFunction(
      Stmt s,
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decorators,
      Expr returns,
      boolean async) {
    addDef(name, Symbol.DEF_LOCAL, s);
    visitExprs(args.defaults());
    visitExprs(args.kwDefaults());
    visitAnnotations(s, args, returns);
    visitExprs(decorators);
    enter(Scope.Kind.FUNCTION, name, s, lineOf(s));
    if (async) {
      cur.coroutine = true;
    }
    visitParameters(args);
    visitBody(body);
    exit();
  }

  private void visitClass(Stmt.ClassDef c) {
    addDef(c.name(), Symbol.DEF_LOCAL, c);
    visitExprs(c.bases());
    for (Keyword k : c.keywords()) {
      visitExpr(k.value());
    }
    visitExprs(c.decoratorList());
    enter(Scope.Kind.CLASS, c.name(), c, lineOf(c));
    String outerPrivate = privateName;
    privateName = c.name();
    visitBody(c.body());
    privateName = outerPrivate;
    exit();
  }

  private void visitAnnAssign(Stmt.AnnAssign a) {
    if (a.target() instanceof Expr.Name target) {
      int cur = lookup(target.id());
      if ((cur & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0
          && this.cur.symbols != global
          && a.simple() != 0) {
        String msg = (cur & Symbol.DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        throw errors.at(String.format(msg, target.id()), a.start(), a.end());
      }
      if (a.simple() != 0) {
        addDef(target.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, target);
      } else if (a.value() != null) {
        addDef(target.id(), Symbol.DEF_LOCAL, target);
      }
    } else {
      visitExpr(a.target());
    }
    visitAnnotation(a.annotation());
    if (a.value() != null) {
      visitExpr(a.value());
    }
  }

  private void visitFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
    visitExpr(target);
    visitExpr(iter);
    visitBody(body);
    visitBody(orelse);
  }

  private void visitWith(List<WithItem> items, List<Stmt> body) {
    for (WithItem item : items) {
      visitExpr(item.contextExpr());
      if (item.optionalVars() != null) {
        visitExpr(item.optionalVars());
      }
    }
    visitBody(body);
  }

  /** CPython visits the {@code else} block before the handlers. */
  private void visitTry(
      List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
    visitBody(body);
    visitBody(orelse);
    for (ExceptHandler h : handlers) {
      if (h.type() != null) {
        visitExpr(h.type());
      }
      if (h.name() != null) {
        addDef(h.name(), Symbol.DEF_LOCAL, h);
      }
      visitBody(h.body());
    }
    visitBody(finalbody);
  }

  /** {@code import a.b} binds {@code a}; {@code import *} is allowed only in the module. */
  private void visitAlias(Alias a) {
    String name = a.asname() == null ? a.name() : a.asname();
    if (name.equals("*")) {
      if (cur.kind() != Scope.Kind.MODULE) {
        throw errors.at("import * only allowed at module level", a.start(), a.end());
      }
      return;
    }
    int dot = name.indexOf('.');
    addDef(dot < 0 ? name : name.substring(0, dot), Symbol.DEF_IMPORT, a);
  }

  private void visitDeclaration(Stmt s, List<String> names, boolean isGlobal) {
    for (String name : names) {
      int flags = lookup(name);
      if ((flags & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
        String msg;
        if ((flags & Symbol.DEF_PARAM) != 0) {
          msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
        } else if ((flags & Symbol.USE) != 0) {
          msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
        } else if ((flags & Symbol.DEF_ANNOT) != 0) {
          msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
        } else {
          msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
        }
        throw errors.at(String.format(msg, name), s.start(), s.end());
      }
      addDef(name, isGlobal ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, s);
      recordDirective(name, s.start(), s.end());
    }
  }

  // ---- parameters and annotations

  private void visitParameters(Arguments args) {
    for (Arg a : args.posonlyargs()) {
      addDef(a.arg(), Symbol.DEF_PARAM, a);
    }
    for (Arg a : args.args()) {
      addDef(a.arg(), Symbol.DEF_PARAM, a);
    }
    for (Arg a : args.kwonlyargs()) {
      addDef(a.arg(), Symbol.DEF_PARAM, a);
    }
    if (args.vararg() != null) {
      addDef(args.vararg().arg(), Symbol.DEF_PARAM, args.vararg());
      cur.varargs = true;
    }
    if (args.kwarg() != null) {
      addDef(args.kwarg().arg(), Symbol.DEF_PARAM, args.kwarg());
      cur.varkeywords = true;
    }
  }

  /** A function's annotations, in CPython's order: {@code **kwargs} before keyword-only ones. */
  private void visitAnnotations(Stmt s, Arguments args, Expr returns) {
    if (futureAnnotations) {
      enter(Scope.Kind.ANNOTATION, "_annotation", s, lineOf(s));
    }
    visitArgAnnotations(args.posonlyargs());
    visitArgAnnotations(args.args());
    if (args.vararg() != null && args.vararg().annotation() != null) {
      visitExpr(args.vararg().annotation());
    }
    if (args.kwarg() != null && args.kwarg().annotation() != null) {
      visitExpr(args.kwarg().annotation());
    }
    visitArgAnnotations(args.kwonlyargs());
    if (futureAnnotations) {
      exit();
    }
    if (returns != null) {
      visitAnnotation(returns);
    }
  }

  private void visitArgAnnotations(List<Arg> args) {
    for (Arg a : args) {
      if (a.annotation() != null) {
        visitExpr(a.annotation());
      }
    }
  }

  /** Under {@code from __future__ import annotations} an annotation is a string: its own block. */
  private void visitAnnotation(Expr annotation) {
    if (futureAnnotations) {
      enter(Scope.Kind.ANNOTATION, "_annotation", annotation, lineOf(annotation));
      visitExpr(annotation);
      exit();
    } else {
      visitExpr(annotation);
    }
  }

  // ---- expressions

  private void visitExprs(List<Expr> exprs) {
    for (Expr e : exprs) {
      if (e != null) {
        visitExpr(e);
      }
    }
  }

  private void visitExpr(Expr e) {
    if (e instanceof Expr.Name n) {
      visitName(n);
    } else if (e instanceof Expr.Constant) {
      return;
    } else if (e instanceof Expr.Attribute a) {
      visitExpr(a.value());
    } else if (e instanceof Expr.Call c) {
      visitExpr(c.func());
      visitExprs(c.args());
      for (Keyword k : c.keywords()) {
        visitExpr(k.value());
      }
    } else if (e instanceof Expr.Subscript s) {
      visitExpr(s.value());
      visitExpr(s.slice());
    } else if (e instanceof Expr.Tuple t) {
      visitExprs(t.elts());
    } else if (e instanceof Expr.BinOp b) {
      visitExpr(b.left());
      visitExpr(b.right());
    } else if (e instanceof Expr.Compare c) {
      visitExpr(c.left());
      visitExprs(c.comparators());
    } else if (e instanceof Expr.BoolOp b) {
      visitExprs(b.values());
    } else if (e instanceof Expr.UnaryOp u) {
      visitExpr(u.operand());
    } else if (e instanceof Expr.List l) {
      visitExprs(l.elts());
    } else if (e instanceof Expr.Dict d) {
      visitExprs(d.keys());
      visitExprs(d.values());
    } else if (e instanceof Expr.JoinedStr j) {
      visitExprs(j.values());
    } else if (e instanceof Expr.FormattedValue f) {
      visitExpr(f.value());
      if (f.formatSpec() != null) {
        visitExpr(f.formatSpec());
      }
    } else if (e instanceof Expr.Starred s) {
      visitExpr(s.value());
    } else if (e instanceof Expr.Slice s) {
      visitOptional(s.lower());
      visitOptional(s.upper());
      visitOptional(s.step());
    } else if (e instanceof Expr.IfExp i) {
      visitExpr(i.test());
      visitExpr(i.body());
      visitExpr(i.orelse());
    } else if (e instanceof Expr.Set s) {
      visitExprs(s.elts());
    } else if (e instanceof Expr.Lambda l) {
      visitLambda(l);
    } else if (e instanceof Expr.ListComp c) {
      visitComprehension(e, "listcomp", Scope.ComprehensionKind.LIST, c.generators(), c.elt(), null);
    } else if (e instanceof Expr.SetComp c) {
      visitComprehension(e, "setcomp", Scope.ComprehensionKind.SET, c.generators(), c.elt(), null);
    } else if (e instanceof Expr.DictComp c) {
      visitComprehension(
          e, "dictcomp", Scope.ComprehensionKind.DICT, c.generators(), c.key(), c.value());
    } else if (e instanceof Expr.GeneratorExp c) {
      visitComprehension(
          e, "genexpr", Scope.ComprehensionKind.GENERATOR, c.generators(), c.elt(), null);
    } else if (e instanceof Expr.NamedExpr n) {
      visitNamedExpr(n);
    } else if (e instanceof Expr.Yield y) {
      notInAnnotation("yield expression", e);
      visitOptional(y.value());
      visitYield(e);
    } else if (e instanceof Expr.YieldFrom y) {
      notInAnnotation("yield expression", e);
      visitExpr(y.value());
      visitYield(e);
    } else if (e instanceof Expr.Await a) {
      notInAnnotation("await expression", e);
      visitExpr(a.value());
      cur.coroutine = true;
    }
  }

  private void visitOptional(Expr e) {
    if (e != null) {
      visitExpr(e);
    }
  }

  private void visitName(Expr.Name n) {
    boolean load = n.ctx() == ExprContext.LOAD;
    addDef(n.id(), load ? Symbol.USE : Symbol.DEF_LOCAL, n);
    // A function that calls super() reads __class__, to find the class it was defined in.
    if (load && cur.kind() == Scope.Kind.FUNCTION && n.id().equals("super")) {
      addDef("__class__", Symbol.USE, n);
    }
  }

  private void visitYield(Expr e) {
    cur.generator = true;
    if (cur.comprehension != Scope.ComprehensionKind.NONE) {
      throw errors.at("'yield' inside " + cur.comprehension.description, e.start(), e.end());
    }
  }

  private void notInAnnotation(String what, Expr e) {
    if (cur.kind() == Scope.Kind.ANNOTATION) {
      throw errors.at("'" + what + "' can not be used within an annotation", e.start(), e.end());
    }
  }

  private void visitLambda(Expr.Lambda l) {
    visitExprs(l.args().defaults());
    visitExprs(l.args().kwDefaults());
    enter(Scope.Kind.FUNCTION, "lambda", l, lineOf(l));
    visitParameters(l.args());
    visitExpr(l.body());
    exit();
  }

  /**
   * The first iterable is evaluated in the enclosing scope and passed in as the parameter
   * {@code .0}; everything else belongs to the comprehension's own function scope.
   */
  private void visitComprehension(
      Expr e,
      String name,
      Scope.ComprehensionKind kind,
      List<Comprehension> generators,
      Expr elt,
      Expr value) {
    Comprehension outermost = generators.get(0);
    cur.compIterExpr++;
    visitExpr(outermost.iter());
    cur.compIterExpr--;
    enter(Scope.Kind.FUNCTION, name, e, lineOf(e));
    cur.comprehension = kind;
    if (outermost.isAsync() != 0) {
      cur.coroutine = true;
    }
    addDef(".0", Symbol.DEF_PARAM, cur, e.start(), e.end());
    cur.compIterTarget = true;
    visitExpr(outermost.target());
    cur.compIterTarget = false;
    visitExprs(outermost.ifs());
    for (int i = 1; i < generators.size(); i++) {
      Comprehension g = generators.get(i);
      cur.compIterTarget = true;
      visitExpr(g.target());
      cur.compIterTarget = false;
      cur.compIterExpr++;
      visitExpr(g.iter());
      cur.compIterExpr--;
      visitExprs(g.ifs());
      if (g.isAsync() != 0) {
        cur.coroutine = true;
      }
    }
    // A dict comprehension's value is visited before its key, as CPython does.
    visitOptional(value);
    visitExpr(elt);
    boolean isGenerator = kind == Scope.ComprehensionKind.GENERATOR;
    cur.generator = isGenerator;
    boolean async = cur.coroutine && !isGenerator;
    exit();
    if (async) {
      // Awaiting a list, set or dict comprehension makes the enclosing scope a coroutine too.
      cur.coroutine = true;
    }
  }

  private void visitNamedExpr(Expr.NamedExpr n) {
    notInAnnotation("named expression", n);
    if (cur.compIterExpr > 0) {
      throw errors.at(
          "assignment expression cannot be used in a comprehension iterable expression",
          n.start(),
          n.end());
    }
    if (cur.comprehension != Scope.ComprehensionKind.NONE) {
      extendNamedExprScope((Expr.Name) n.target());
    }
    visitExpr(n.value());
    visitExpr(n.target());
  }

  /**
   * A walrus inside a comprehension binds in the nearest enclosing function or module scope: the
   * comprehension declares the name nonlocal (or global) and that scope binds it.
   */
  private void extendNamedExprScope(Expr.Name target) {
    String name = target.id();
    for (int i = stack.size() - 1; i >= 0; i--) {
      Scope scope = stack.get(i);
      if (scope.comprehension != Scope.ComprehensionKind.NONE) {
        Symbol s = scope.symbols.get(name);
        if (s != null && s.has(Symbol.DEF_COMP_ITER)) {
          throw errors.at(
              String.format(
                  "assignment expression cannot rebind comprehension iteration variable '%s'",
                  name),
              target.start(),
              target.end());
        }
        continue;
      }
      if (scope.kind() == Scope.Kind.FUNCTION) {
        Symbol s = scope.symbols.get(name);
        boolean isGlobal = s != null && s.has(Symbol.DEF_GLOBAL);
        addDef(name, isGlobal ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, target);
        recordDirective(name, target.start(), target.end());
        addDef(name, Symbol.DEF_LOCAL, scope, target.start(), target.end());
        return;
      }
      if (scope.kind() == Scope.Kind.MODULE) {
        addDef(name, Symbol.DEF_GLOBAL, target);
        recordDirective(name, target.start(), target.end());
        addDef(name, Symbol.DEF_GLOBAL, scope, target.start(), target.end());
        return;
      }
      if (scope.kind() == Scope.Kind.CLASS) {
        throw errors.at(
            "assignment expression within a comprehension cannot be used in a class body",
            target.start(),
            target.end());
      }
    }
    throw new IllegalStateException("no scope for the walrus target " + name);
  }

  // ---- patterns

  private void visitPattern(Pattern p) {
    if (p instanceof Pattern.MatchValue v) {
      visitExpr(v.value());
    } else if (p instanceof Pattern.MatchSequence s) {
      visitPatterns(s.patterns());
    } else if (p instanceof Pattern.MatchStar s) {
      if (s.name() != null) {
        addDef(s.name(), Symbol.DEF_LOCAL, p);
      }
    } else if (p instanceof Pattern.MatchMapping m) {
      visitExprs(m.keys());
      visitPatterns(m.patterns());
      if (m.rest() != null) {
        addDef(m.rest(), Symbol.DEF_LOCAL, p);
      }
    } else if (p instanceof Pattern.MatchClass c) {
      visitExpr(c.cls());
      visitPatterns(c.patterns());
      visitPatterns(c.kwdPatterns());
    } else if (p instanceof Pattern.MatchAs a) {
      if (a.pattern() != null) {
        visitPattern(a.pattern());
      }
      if (a.name() != null) {
        addDef(a.name(), Symbol.DEF_LOCAL, p);
      }
    } else if (p instanceof Pattern.MatchOr o) {
      visitPatterns(o.patterns());
    }
    // MatchSingleton names nothing.
  }

  private void visitPatterns(List<Pattern> patterns) {
    for (Pattern p : patterns) {
      visitPattern(p);
    }
  }
}
