package dev.krait.core.compiler;

import dev.krait.core.ast.Expr;
import dev.krait.core.ast.Located;
import dev.krait.core.ast.Mod;
import dev.krait.core.ast.Node;
import dev.krait.core.ast.Stmt;
import dev.krait.core.bytecode.Assembler;
import dev.krait.core.bytecode.CodeObject;
import dev.krait.core.bytecode.Label;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.runtime.AstConstants;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyTuple;
import dev.krait.core.symtable.Scope;
import dev.krait.core.symtable.Symbol;
import dev.krait.core.symtable.SymbolScope;
import dev.krait.core.symtable.SymbolTable;
import dev.krait.core.syntax.LineMap;
import dev.krait.core.syntax.SyntaxError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Compiles a module's AST to a {@link CodeObject}. Holds what every part shares: the unit being
 * compiled (its assembler, scope and control blocks), name resolution and source positions.
 */
public final class Compiler {

  final String filename;
  /** Whether module-level expression statements print their value (interactive mode). */
  boolean interactive;
  final LineMap lines;
  // The span last given to at() and its position: the same node is often positioned again.
  private int atStart = -1;
  private int atEnd = -1;
  private int atLine;
  private int atColumn;
  private int atEndLine;
  private int atEndColumn;
  final SymbolTable symbols;
  final Statements statements = new Statements(this);
  final Expressions expressions = new Expressions(this);
  final Functions functions = new Functions(this);
  final Patterns patterns = new Patterns(this);
  final ImportStatements imports = new ImportStatements(this);
  final Comprehensions comprehensions = new Comprehensions(this);
  Unit unit;

  /** One code object being compiled: a module, function or lambda. */
  static final class Unit {
    final Scope scope;
    final Assembler asm = new Assembler();
    final String qualname;
    final List<String> varnames;
    final List<String> cellvars;
    final List<String> freevars;
    final Deque<Block> blocks = new ArrayDeque<>();
    final Unit parent;
    /** The class whose private names ({@code __x}) this unit mangles, or null (u_private). */
    String privateName;

    Unit(Scope scope, String qualname, List<String> varnames, Unit parent) {
      this.scope = scope;
      this.qualname = qualname;
      this.varnames = varnames;
      this.cellvars = scope.cellvars();
      this.freevars = scope.freevars();
      this.parent = parent;
      this.privateName = parent == null ? null : parent.privateName;
    }

    boolean isFunction() {
      return scope.kind() != Scope.Kind.MODULE && scope.kind() != Scope.Kind.CLASS;
    }

    /** Returns whether {@code await} may appear here: an {@code async def} or a comprehension. */
    boolean allowsAwait() {
      return scope.node() instanceof Stmt.AsyncFunctionDef
          || scope.comprehension() != Scope.ComprehensionKind.NONE;
    }
  }

  /** What a control block must undo when {@code break}, {@code continue} or return leave it. */
  enum BlockKind {
    WHILE_LOOP,
    FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    WITH,
    ASYNC_WITH,
    HANDLER_CLEANUP,
    /** The clauses of a try/except*: no break, continue or return may leave them. */
    EXCEPT_STAR
  }

  /** An entry of the control-block stack (CPython's {@code fblockinfo}). */
  record Block(
      BlockKind kind, Label start, Label exit, Object handler, List<Stmt> finalBody,
      String name) {}

  private Compiler(String filename, LineMap lines, SymbolTable symbols) {
    this.filename = filename;
    this.lines = lines;
    this.symbols = symbols;
  }

  /** Returns the code object of {@code module}, raising {@link SyntaxError} as CPython would. */
  public static CodeObject compileModule(Mod.Module module, String filename, LineMap lines) {
    return compileModule(module, filename, lines, false, false);
  }

  /**
   * As {@link #compileModule(Mod.Module, String, LineMap)}; with {@code returnLast} (the
   * embedding API's eval mode) the code returns the value of the last statement when that is an
   * expression statement, instead of None.
   */
  public static CodeObject compileModule(
      Mod.Module module, String filename, LineMap lines, boolean returnLast) {
    return compileModule(module, filename, lines, returnLast, false);
  }

  /**
   * Returns the code object of one interactive statement (CPython's {@code single} mode): as a
   * module, but each expression statement outside functions and classes shows its value with
   * PRINT_EXPR. Raises {@link SyntaxError} as CPython would.
   */
  public static CodeObject compileInteractive(Mod.Module module, String filename, LineMap lines) {
    List<Stmt> body = module.body();
    if (body.size() > 1
        && lines.line(body.get(body.size() - 1).start()) != lines.line(body.get(0).start())) {
      Stmt first = body.get(0);
      throw new SyntaxError("SyntaxError",
          "multiple statements found while compiling a single statement", filename,
          lines.line(first.start()), lines.utf8Column(first.start()) + 1,
          lines.line(first.start()), lines.utf8Column(first.start()) + 1,
          lines.lineText(lines.line(first.start())));
    }
    return compileModule(module, filename, lines, false, true);
  }

  private static CodeObject compileModule(Mod.Module module, String filename, LineMap lines,
      boolean returnLast, boolean interactive) {
    SymbolTable table = SymbolTable.build(module, filename, lines);
    Compiler c = new Compiler(filename, lines, table);
    c.interactive = interactive;
    Scope top = table.top();
    c.unit = new Unit(top, "<module>", List.of(), null);
    List<Stmt> body = module.body();
    if (!body.isEmpty()) {
      c.at(body.get(0));
    }
    if (Statements.hasAnnotations(body)) {
      c.emit(Opcode.SETUP_ANNOTATIONS);
    }
    Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
    if (returnLast && last instanceof Stmt.ExprStmt e) {
      // Eval mode: the last expression statement's value is the module's result (so a lone
      // string is a value, not a docstring).
      c.statements.namespaceBody(body.size() == 1 ? List.of() : body.subList(0, body.size() - 1));
      c.at(last);
      c.expressions.expr(e.value());
      c.emit(Opcode.RETURN_VALUE);
    } else {
      if (interactive) {
        // An interactive string is a value to show, not a docstring.
        c.statements.body(body);
      } else {
        c.statements.namespaceBody(body);
      }
      c.unit.asm.setLocation(0, 0, 0, 0);
      c.emitConst(PyNone.NONE, PyNone.NONE);
      c.emit(Opcode.RETURN_VALUE);
    }
    return c.unit.asm.assemble(
        new Assembler.Unit(
            "<module>", "<module>", filename, 1, 0, 0, 0, 0, List.of(), List.of(), List.of()));
  }

  /**
   * Returns the code object of {@code expression} (CPython's {@code eval} mode): it returns the
   * expression's value. Raises {@link SyntaxError} as CPython would.
   */
  public static CodeObject compileExpression(
      Mod.Expression expression, String filename, LineMap lines) {
    SymbolTable table = SymbolTable.build(expression, filename, lines);
    Compiler c = new Compiler(filename, lines, table);
    c.unit = new Unit(table.top(), "<module>", List.of(), null);
    c.at(expression.body());
    c.expressions.expr(expression.body());
    c.emit(Opcode.RETURN_VALUE);
    return c.unit.asm.assemble(
        new Assembler.Unit(
            "<module>", "<module>", filename, 1, 0, 0, 0, 0, List.of(), List.of(), List.of()));
  }

  // ---- emitting ----

  Assembler asm() {
    return unit.asm;
  }

  void emit(int op) {
    unit.asm.emit(op);
  }

  void emit(int op, int arg) {
    unit.asm.emit(op, arg);
  }

  void jump(int op, Label target) {
    unit.asm.emitJump(op, target);
  }

  /** Emits an unconditional jump: JUMP_BACKWARD when the target is already placed. */
  void jumpTo(Label target) {
    unit.asm.emitJump(
        unit.asm.isBound(target) ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, target);
  }

  Label label() {
    return unit.asm.newLabel();
  }

  void bind(Label l) {
    unit.asm.bind(l);
  }

  /** Sets the position of instructions emitted next to {@code node}'s span. */
  void at(Located node) {
    int s = node.start();
    int e = node.end();
    if (s != atStart || e != atEnd) {
      atStart = s;
      atEnd = e;
      atLine = lines.line(s);
      atColumn = lines.utf8Column(s);
      atEndLine = lines.line(e);
      atEndColumn = lines.utf8Column(e);
    }
    unit.asm.setLocation(atLine, atColumn, atEndLine, atEndColumn);
  }

  void emitConst(Object key, PyObject value) {
    emit(Opcode.LOAD_CONST, unit.asm.constant(new ConstKey(key), () -> value));
  }

  /** Adds a constant without loading it (a function's first constant: docstring or None). */
  void addConstant(Object key, PyObject value) {
    unit.asm.constant(new ConstKey(key), () -> value);
  }

  /** Distinguishes constants Java would call equal ({@code 1}, {@code 1.0}, {@code True}). */
  private record ConstKey(Object value, Class<?> type) {
    ConstKey(Object value) {
      this(value, value == null ? null : value.getClass());
    }
  }

  /** Emits LOAD_CONST for an AST constant value. */
  void constant(Object value, Located where) {
    emitConst(value, toObject(value, where));
  }

  /** Emits LOAD_CONST of the tuple of AST constant values {@code values}, as CPython folds it. */
  void constantTuple(List<Object> values, Located where) {
    List<ConstKey> key = new ArrayList<>(values.size());
    PyObject[] items = new PyObject[values.size()];
    for (int i = 0; i < items.length; i++) {
      key.add(new ConstKey(values.get(i)));
      items[i] = toObject(values.get(i), where);
    }
    emitConst(key, PyTuple.of(items));
  }

  PyObject toObject(Object v, Located where) {
    PyObject value = AstConstants.toObject(v);
    if (value == null) {
      throw notImplemented("constants of type " + v.getClass().getSimpleName(), where);
    }
    return value;
  }

  // ---- names ----

  enum Access {
    LOAD,
    STORE,
    DELETE
  }

  /** Emits the load, store or delete of {@code name} as its scope says (CPython's nameop). */
  void name(String unmangled, Access access) {
    String name = mangle(unmangled);
    Symbol sym = unit.scope.lookup(name);
    SymbolScope scope = sym == null ? SymbolScope.GLOBAL_IMPLICIT : sym.scope();
    switch (scope) {
      case FREE:
      case CELL:
        if (unit.scope.kind() == Scope.Kind.CLASS && access == Access.LOAD) {
          emit(Opcode.LOAD_CLASSDEREF, derefSlot(name));
          return;
        }
        emit(
            access == Access.LOAD
                ? Opcode.LOAD_DEREF
                : access == Access.STORE ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF,
            derefSlot(name));
        return;
      case LOCAL:
        if (unit.isFunction()) {
          emit(
              access == Access.LOAD
                  ? Opcode.LOAD_FAST
                  : access == Access.STORE ? Opcode.STORE_FAST : Opcode.DELETE_FAST,
              unit.varnames.indexOf(name));
          return;
        }
        break;
      case GLOBAL_IMPLICIT:
        if (unit.isFunction()) {
          global(name, access);
          return;
        }
        break;
      case GLOBAL_EXPLICIT:
        global(name, access);
        return;
      default:
        break;
    }
    int i = unit.asm.name(name);
    emit(
        access == Access.LOAD
            ? Opcode.LOAD_NAME
            : access == Access.STORE ? Opcode.STORE_NAME : Opcode.DELETE_NAME,
        i);
  }

  /** Returns {@code name} mangled as a private name of the class being compiled, if any. */
  String mangle(String name) {
    return SymbolTable.mangle(unit.privateName, name);
  }

  private void global(String name, Access access) {
    int i = unit.asm.name(name);
    if (access == Access.LOAD) {
      emit(Opcode.LOAD_GLOBAL, i << 1);
    } else {
      emit(access == Access.STORE ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, i);
    }
  }

  /** Returns the fast slot of cell or free variable {@code name} in the current unit. */
  int derefSlot(String name) {
    return derefSlot(unit, name);
  }

  static int derefSlot(Unit u, String name) {
    int cell = u.cellvars.indexOf(name);
    if (cell >= 0) {
      int p = u.varnames.indexOf(name);
      if (p >= 0) {
        return p;
      }
      int slot = u.varnames.size();
      for (int i = 0; i < cell; i++) {
        if (!u.varnames.contains(u.cellvars.get(i))) {
          slot++;
        }
      }
      return slot;
    }
    int free = u.freevars.indexOf(name);
    if (free < 0) {
      throw new IllegalStateException("no cell or free variable " + name + " in " + u.qualname);
    }
    int cells = 0;
    for (String c : u.cellvars) {
      if (!u.varnames.contains(c)) {
        cells++;
      }
    }
    return u.varnames.size() + cells + free;
  }

  // ---- errors ----

  SyntaxError error(String msg, Located where) {
    int s = where.start();
    int e = where.end();
    return new SyntaxError(
        "SyntaxError",
        msg,
        filename,
        lines.line(s),
        lines.utf8Column(s) + 1,
        lines.line(e),
        lines.utf8Column(e) + 1,
        lines.lineText(lines.line(s)));
  }

  SyntaxError notImplemented(String what, Located where) {
    String msg = "compiling " + what + " is not implemented yet";
    if (where == null) {
      return new SyntaxError("SyntaxError", msg, filename, 0, 0, 0, 0, null);
    }
    return error(msg, where);
  }

  /** Returns the scope the symbol table made for {@code node}. */
  Scope scopeOf(Node node) {
    return symbols.scopeOf(node);
  }
}
