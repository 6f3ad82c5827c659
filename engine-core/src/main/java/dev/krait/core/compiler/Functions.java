package dev.krait.core.compiler;

import dev.krait.core.ast.Arg;
import dev.krait.core.ast.Arguments;
import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Located;
import dev.krait.core.ast.Node;
import dev.krait.core.ast.Stmt;
import dev.krait.core.bytecode.Assembler;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.compiler.Compiler.Unit;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.ast.Keyword;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.symtable.Scope;
import dev.krait.core.symtable.Symbol;
import dev.krait.core.symtable.SymbolScope;
import java.util.ArrayList;
import java.util.List;

/** Compiles function definitions and lambdas: defaults, closures and the function's own unit. */
final class Functions {

  private final Compiler c;

  Functions(Compiler c) {
    this.c = c;
  }

  // FunctionDef: decorators 'def' name '(' args ')' ['->' returns] ':' body
  void functionDef(Stmt.FunctionDef f) {
    functionDef(f, f.name(), f.args(), f.returns(), f.body(), f.decoratorList());
  }

  // AsyncFunctionDef: decorators 'async' 'def' name '(' args ')' ['->' returns] ':' body
  void asyncFunctionDef(Stmt.AsyncFunctionDef f) {
    functionDef(f, f.name(), f.args(), f.returns(), f.body(), f.decoratorList());
  }

  private void functionDef(Stmt f, String name, Arguments args, Expr returns, List<Stmt> body,
      List<Expr> decorators) {
    for (Expr d : decorators) {
      c.expressions.expr(d);
    }
    c.at(f);
    CodeObject code = compileUnit(f, name, args, body, null);
    c.at(f);
    makeFunction(code, args, returns, f);
    for (int i = 0; i < decorators.size(); i++) {
      c.emit(Opcode.CALL, 0);
    }
    c.name(name, Access.STORE);
  }

  // ClassDef: decorators 'class' name ['(' bases keywords ')'] ':' body
  void classDef(Stmt.ClassDef k) {
    for (Expr d : k.decoratorList()) {
      c.expressions.expr(d);
    }
    c.at(k);
    c.emit(Opcode.PUSH_NULL);
    c.emit(Opcode.LOAD_BUILD_CLASS);
    CodeObject code = classBody(k);
    c.at(k);
    makeClosure(code);
    c.emitConst(k.name(), PyStr.of(k.name()));
    for (Expr b : k.bases()) {
      if (b instanceof Expr.Starred) {
        throw c.notImplemented("starred base classes", b);
      }
      c.expressions.expr(b);
    }
    List<String> names = new ArrayList<>();
    for (Keyword kw : k.keywords()) {
      if (kw.arg() == null) {
        throw c.notImplemented("'**' in class keywords", k);
      }
      c.expressions.expr(kw.value());
      names.add(kw.arg());
    }
    c.at(k);
    if (!names.isEmpty()) {
      PyObject[] strs = new PyObject[names.size()];
      for (int i = 0; i < strs.length; i++) {
        strs[i] = PyStr.of(names.get(i));
      }
      c.emit(Opcode.KW_NAMES, c.asm().constant(List.copyOf(names), () -> PyTuple.of(strs)));
    }
    c.emit(Opcode.CALL, 2 + k.bases().size() + names.size());
    for (int i = 0; i < k.decoratorList().size(); i++) {
      c.emit(Opcode.CALL, 0);
    }
    c.name(k.name(), Access.STORE);
  }

  /** Returns the code of a class body: it fills the namespace and returns the __class__ cell. */
  private CodeObject classBody(Stmt.ClassDef k) {
    Scope scope = c.scopeOf(k);
    Unit parent = c.unit;
    String qualname = parent.isFunction() ? parent.qualname + ".<locals>." + k.name()
        : parent.scope.kind() == Scope.Kind.CLASS ? parent.qualname + "." + k.name() : k.name();
    Unit u = new Unit(scope, qualname, List.of(), parent);
    u.privateName = k.name();
    c.unit = u;
    try {
      c.at(k);
      for (String cell : u.cellvars) {
        c.emit(Opcode.MAKE_CELL, Compiler.derefSlot(u, cell));
      }
      if (!u.freevars.isEmpty()) {
        c.emit(Opcode.COPY_FREE_VARS, u.freevars.size());
      }
      c.emit(Opcode.LOAD_NAME, c.asm().name("__name__"));
      c.emit(Opcode.STORE_NAME, c.asm().name("__module__"));
      c.emitConst(qualname, PyStr.of(qualname));
      c.emit(Opcode.STORE_NAME, c.asm().name("__qualname__"));
      if (Statements.hasAnnotations(k.body())) {
        c.emit(Opcode.SETUP_ANNOTATIONS);
      }
      c.statements.namespaceBody(k.body());
      if (u.cellvars.contains("__class__")) {
        c.emit(Opcode.LOAD_CLOSURE, Compiler.derefSlot(u, "__class__"));
        c.emit(Opcode.COPY, 1);
        c.emit(Opcode.STORE_NAME, c.asm().name("__classcell__"));
      } else {
        c.emitConst(PyNone.NONE, PyNone.NONE);
      }
      c.emit(Opcode.RETURN_VALUE);
      return u.asm.assemble(
          new Assembler.Unit(
              k.name(), qualname, c.filename, c.lines.line(k.start()), 0, 0, 0, 0,
              List.of(), u.cellvars, u.freevars));
    } finally {
      c.unit = parent;
    }
  }

  // Lambda: 'lambda' args ':' body
  void lambda(Expr.Lambda l) {
    CodeObject code = compileUnit(l, "<lambda>", l.args(), null, l.body());
    c.at(l);
    makeFunction(code, l.args(), null, l);
  }

  /** Emits defaults, keyword defaults, annotations, the closure, the code and MAKE_FUNCTION. */
  private void makeFunction(CodeObject code, Arguments args, Expr returns, Located where) {
    int flags = 0;
    if (!args.defaults().isEmpty()) {
      for (Expr d : args.defaults()) {
        c.expressions.expr(d);
      }
      c.at(where);
      c.emit(Opcode.BUILD_TUPLE, args.defaults().size());
      flags |= 1;
    }
    int kwDefaults = 0;
    for (int i = 0; i < args.kwonlyargs().size(); i++) {
      Expr d = args.kwDefaults().get(i);
      if (d != null) {
        String name = args.kwonlyargs().get(i).arg();
        c.emitConst(name, PyStr.of(name));
        c.expressions.expr(d);
        kwDefaults++;
      }
    }
    if (kwDefaults > 0) {
      c.at(where);
      c.emit(Opcode.BUILD_MAP, kwDefaults);
      flags |= 2;
    }
    if (annotations(args, returns, where)) {
      flags |= 4;
    }
    List<String> frees = code.freevars();
    if (!frees.isEmpty()) {
      for (String name : frees) {
        c.emit(Opcode.LOAD_CLOSURE, c.derefSlot(name));
      }
      c.emit(Opcode.BUILD_TUPLE, frees.size());
      flags |= 8;
    }
    c.emit(Opcode.LOAD_CONST, c.asm().uniqueConstant(code));
    c.emit(Opcode.MAKE_FUNCTION, flags);
  }

  /**
   * Emits the annotations as CPython 3.11's flat tuple {@code (name, value, ...)}: parameters,
   * positional-only ones, {@code *args}, keyword-only ones, {@code **kwargs}, then 'return'.
   * Returns whether there were any.
   */
  private boolean annotations(Arguments args, Expr returns, Located where) {
    List<Arg> annotated = new ArrayList<>();
    List<Arg> order = new ArrayList<>(args.args());
    order.addAll(args.posonlyargs());
    if (args.vararg() != null) {
      order.add(args.vararg());
    }
    order.addAll(args.kwonlyargs());
    if (args.kwarg() != null) {
      order.add(args.kwarg());
    }
    for (Arg a : order) {
      if (a.annotation() != null) {
        annotated.add(a);
      }
    }
    if (annotated.isEmpty() && returns == null) {
      return false;
    }
    for (Arg a : annotated) {
      c.emitConst(a.arg(), PyStr.of(a.arg()));
      annotation(a.annotation());
    }
    if (returns != null) {
      c.emitConst("return", PyStr.of("return"));
      annotation(returns);
    }
    c.at(where);
    c.emit(Opcode.BUILD_TUPLE, 2 * (annotated.size() + (returns == null ? 0 : 1)));
    return true;
  }

  /**
   * Emits an annotation's value: under {@code from __future__ import annotations} its source
   * text as a str constant (nothing is evaluated), else the expression itself.
   */
  void annotation(Expr annotation) {
    if (c.symbols.future().annotations()) {
      String text = AnnotationUnparser.unparse(annotation);
      c.emitConst(text, PyStr.of(text));
    } else {
      c.expressions.expr(annotation);
    }
  }

  private CodeObject compileUnit(
      Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody) {
    int flags = 0;
    if (args.vararg() != null) {
      flags |= CodeObject.CO_VARARGS;
    }
    if (args.kwarg() != null) {
      flags |= CodeObject.CO_VARKEYWORDS;
    }
    int posOnly = args.posonlyargs().size();
    // As CPython: the first constant is the docstring, or None (always None in a lambda).
    Expr.Constant doc = lambdaBody == null ? Statements.docstring(body) : null;
    List<Stmt> statements = doc == null ? body : body.subList(1, body.size());
    return unit(
        node, name, posOnly + args.args().size(), posOnly, args.kwonlyargs().size(), flags,
        () -> {
          if (doc == null) {
            c.addConstant(PyNone.NONE, PyNone.NONE);
          } else {
            c.addConstant(doc.value(), c.toObject(doc.value(), doc));
          }
          if (lambdaBody != null) {
            c.expressions.expr(lambdaBody);
            c.at(lambdaBody);
            c.emit(Opcode.RETURN_VALUE);
          } else {
            c.statements.body(statements);
            c.emitConst(PyNone.NONE, PyNone.NONE);
            c.emit(Opcode.RETURN_VALUE);
          }
        });
  }

  /**
   * Returns the code object of a function-like scope ({@code def}, lambda, comprehension) whose
   * instructions after the cell prologue {@code body} emits.
   */
  CodeObject unit(
      Node node, String name, int argCount, int posOnly, int kwOnly, int flags, Runnable body) {
    Scope scope = c.scopeOf(node);
    Located where = (Located) node;
    if (scope.isCoroutine() && scope.isGenerator()) {
      flags |= CodeObject.CO_ASYNC_GENERATOR;
    } else if (scope.isCoroutine()) {
      flags |= CodeObject.CO_COROUTINE;
    } else if (scope.isGenerator()) {
      flags |= CodeObject.CO_GENERATOR;
    }
    Unit parent = c.unit;
    String qualname = parent.isFunction() ? parent.qualname + ".<locals>." + name
        : parent.scope.kind() == Scope.Kind.CLASS ? parent.qualname + "." + name : name;
    if (parent.scope.kind() == Scope.Kind.MODULE
        || (parent.scope.lookup(name) != null
            && parent.scope.lookup(name).scope() == SymbolScope.GLOBAL_EXPLICIT)) {
      qualname = name;
    }
    List<String> varnames = new ArrayList<>(scope.parameters());
    for (Symbol s : scope.symbols().values()) {
      if (s.scope() == SymbolScope.LOCAL && !varnames.contains(s.name())) {
        varnames.add(s.name());
      }
    }
    Unit u = new Unit(scope, qualname, varnames, parent);
    c.unit = u;
    try {
      c.at(where);
      for (String cell : u.cellvars) {
        c.emit(Opcode.MAKE_CELL, Compiler.derefSlot(u, cell));
      }
      if (!u.freevars.isEmpty()) {
        c.emit(Opcode.COPY_FREE_VARS, u.freevars.size());
      }
      body.run();
      int all = flags | CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
      if (parent.isFunction()) {
        all |= CodeObject.CO_NESTED;
      }
      return u.asm.assemble(
          new Assembler.Unit(
              name,
              qualname,
              c.filename,
              c.lines.line(where.start()),
              all,
              argCount,
              posOnly,
              kwOnly,
              varnames,
              u.cellvars,
              u.freevars));
    } finally {
      c.unit = parent;
    }
  }

  /** Emits the closure tuple (if any), the code and MAKE_FUNCTION with no defaults. */
  void makeClosure(CodeObject code) {
    makeFunction(code, EMPTY_ARGS, null, null);
  }

  private static final Arguments EMPTY_ARGS =
      new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
