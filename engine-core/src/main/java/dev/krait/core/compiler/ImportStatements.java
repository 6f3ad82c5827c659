package dev.krait.core.compiler;

import dev.krait.core.ast.Alias;
import dev.krait.core.ast.Stmt;
import dev.krait.core.bytecode.Opcode;
import dev.krait.core.compiler.Compiler.Access;
import dev.krait.core.runtime.PyNone;
import dev.krait.core.runtime.PyObject;
import dev.krait.core.runtime.PyStr;
import dev.krait.core.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** {@code import} and {@code from ... import}, with CPython 3.11's instruction sequences. */
final class ImportStatements {

  private final Compiler c;

  ImportStatements(Compiler c) {
    this.c = c;
  }

  // import a.b.c [as d], ...
  void importStmt(Stmt.Import s) {
    for (Alias a : s.names()) {
      // As CPython: every instruction of an import carries the whole statement's position.
      c.at(s);
      c.constant(0L, a);
      c.emitConst(PyNone.NONE, PyNone.NONE);
      c.emit(Opcode.IMPORT_NAME, c.asm().name(a.name()));
      if (a.asname() != null) {
        // IMPORT_NAME gave the top package: walk down to the last part for the alias.
        String[] parts = a.name().split("\\.");
        for (int i = 1; i < parts.length; i++) {
          c.emit(Opcode.IMPORT_FROM, c.asm().name(parts[i]));
          if (i < parts.length - 1) {
            c.emit(Opcode.SWAP, 2);
            c.emit(Opcode.POP_TOP);
          }
        }
        c.name(a.asname(), Access.STORE);
        if (parts.length > 1) {
          c.emit(Opcode.POP_TOP);
        }
      } else {
        int dot = a.name().indexOf('.');
        c.name(dot < 0 ? a.name() : a.name().substring(0, dot), Access.STORE);
      }
    }
  }

  // from [.]*module import a [as b], ... | *
  void importFrom(Stmt.ImportFrom s) {
    c.at(s);
    c.constant((long) s.level(), s);
    List<String> names = new ArrayList<>();
    for (Alias a : s.names()) {
      names.add(a.name());
    }
    PyObject[] strs = new PyObject[names.size()];
    for (int i = 0; i < strs.length; i++) {
      strs[i] = PyStr.of(names.get(i));
    }
    c.emit(Opcode.LOAD_CONST, c.asm().constant(List.copyOf(names), () -> PyTuple.of(strs)));
    c.emit(Opcode.IMPORT_NAME, c.asm().name(s.module() == null ? "" : s.module()));
    if (names.size() == 1 && names.get(0).equals("*")) {
      c.emit(Opcode.IMPORT_STAR);
      return;
    }
    for (Alias a : s.names()) {
      c.emit(Opcode.IMPORT_FROM, c.asm().name(a.name()));
      c.name(a.asname() != null ? a.asname() : a.name(), Access.STORE);
    }
    c.emit(Opcode.POP_TOP);
  }
}
