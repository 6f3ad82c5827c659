package dev.krait.core.bytecode;

import dev.krait.core.runtime.Abstract;
import dev.krait.core.runtime.PyObject;

/**
 * Prints code objects as text in the spirit of {@code python3 -m dis}: one line per
 * instruction with its line number, index, name, argument and what the argument means, then the
 * exception table; nested code objects follow their parent.
 */
public final class Disassembler {

  private Disassembler() {}

  /** Returns the disassembly of {@code code} and, after it, of every code object it contains. */
  public static String disassemble(CodeObject code) {
    StringBuilder out = new StringBuilder();
    append(code, out);
    return out.toString();
  }

  private static void append(CodeObject code, StringBuilder out) {
    int[] words = code.code();
    LineTable lines = code.lines();
    int lastLine = -1;
    for (int pc = 0; pc < words.length; pc++) {
      int op = Opcode.op(words[pc]);
      int arg = Opcode.arg(words[pc]);
      int line = lines.line(pc);
      if (line != lastLine && line > 0) {
        if (pc > 0) {
          out.append('\n');
        }
        out.append(pad(Integer.toString(line), 3, false));
        lastLine = line;
      } else {
        out.append("   ");
      }
      out.append(isTarget(code, pc) ? " >> " : "    ");
      out.append(pad(Integer.toString(pc), 4, false)).append(' ');
      String name = Opcode.name(op);
      out.append(name);
      String detail = detail(code, op, arg);
      if (hasArgument(op)) {
        out.append(" ".repeat(Math.max(1, 21 - name.length())));
        out.append(pad(Integer.toString(arg), 4, false));
        if (!detail.isEmpty()) {
          out.append(" (").append(detail).append(')');
        }
      }
      out.append('\n');
    }
    if (code.exceptions().size() > 0) {
      out.append("ExceptionTable:\n");
      ExceptionTable t = code.exceptions();
      for (int i = 0; i < t.size(); i++) {
        out.append("  ").append(t.start(i)).append(" to ").append(t.end(i) - 1)
            .append(" -> ").append(t.target(i)).append(" [").append(t.depth(i)).append("]\n");
      }
    }
    for (PyObject c : code.consts()) {
      if (c instanceof CodeObject inner) {
        out.append("\nDisassembly of ").append(Abstract.repr(inner).value()).append(":\n");
        append(inner, out);
      }
    }
  }

  private static boolean hasArgument(int op) {
    return !(op == Opcode.NOP || op == Opcode.POP_TOP || op == Opcode.PUSH_NULL
        || op == Opcode.RETURN_VALUE || op == Opcode.GET_ITER || op == Opcode.BINARY_SUBSCR
        || op == Opcode.STORE_SUBSCR || op == Opcode.DELETE_SUBSCR || op == Opcode.UNARY_NEGATIVE
        || op == Opcode.UNARY_POSITIVE || op == Opcode.UNARY_NOT || op == Opcode.UNARY_INVERT
        || op == Opcode.PUSH_EXC_INFO || op == Opcode.POP_EXCEPT || op == Opcode.CHECK_EXC_MATCH
        || op == Opcode.CHECK_EG_MATCH || op == Opcode.PREP_RERAISE_STAR
        || op == Opcode.LOAD_ASSERTION_ERROR || op == Opcode.LIST_TO_TUPLE
        || op == Opcode.LOAD_BUILD_CLASS || op == Opcode.BEFORE_WITH
        || op == Opcode.WITH_EXCEPT_START || op == Opcode.BEFORE_ASYNC_WITH
        || op == Opcode.GET_AITER || op == Opcode.GET_ANEXT || op == Opcode.END_ASYNC_FOR
        || op == Opcode.PRINT_EXPR || op == Opcode.ASYNC_GEN_WRAP);
  }

  private static String detail(CodeObject code, int op, int arg) {
    if (Opcode.hasConst(op)) {
      return Abstract.repr(code.constant(arg)).value();
    }
    if (op == Opcode.LOAD_GLOBAL) {
      String n = code.names()[arg >> 1];
      return (arg & 1) != 0 ? "NULL + " + n : n;
    }
    if (Opcode.hasName(op)) {
      return code.names()[arg];
    }
    if (Opcode.hasLocal(op) || Opcode.hasFree(op)) {
      return code.slotName(arg);
    }
    if (Opcode.isJump(op)) {
      return "to " + arg;
    }
    if (op == Opcode.BINARY_OP) {
      return Opcode.binaryOpName(arg);
    }
    if (op == Opcode.COMPARE_OP) {
      return Opcode.compareName(arg);
    }
    return "";
  }

  private static boolean isTarget(CodeObject code, int pc) {
    for (int w : code.code()) {
      if (Opcode.isJump(Opcode.op(w)) && Opcode.arg(w) == pc) {
        return true;
      }
    }
    ExceptionTable t = code.exceptions();
    for (int i = 0; i < t.size(); i++) {
      if (t.target(i) == pc) {
        return true;
      }
    }
    return false;
  }

  private static String pad(String s, int width, boolean left) {
    if (s.length() >= width) {
      return s;
    }
    String fill = " ".repeat(width - s.length());
    return left ? s + fill : fill + s;
  }
}
