package dev.krait.core.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Prints a syntax tree exactly as CPython 3.11's {@code ast.dump(node)} does. */
public final class AstDump {

  /** The printable shape of each node record class, computed once per class. */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private AstDump() {}

  /**
   * Returns the text of {@code ast.dump(node)} with its defaults (field names shown, no
   * positions, no indentation), such as {@code Module(body=[Pass()], type_ignores=[])}.
   */
  public static String dump(Node node) {
    StringBuilder out = new StringBuilder(256);
    appendValue(out, node);
    return out.toString();
  }

  /**
   * Returns the name of the node's class in CPython's {@code ast} module, such as {@code Expr} for
   * a {@link Stmt.ExprStmt} or {@code arg} for an {@link Arg}.
   */
  public static String pythonName(Node node) {
    return SHAPES.get(node.getClass()).pythonName;
  }

  private static void appendValue(StringBuilder out, Object value) {
    if (value instanceof Node node) {
      appendNode(out, node);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        appendValue(out, list.get(i));
      }
      out.append(']');
    } else if (value == null) {
      // Only inside lists: a missing kw_default, or the key of a "**mapping" in a Dict.
      out.append("None");
    } else if (value instanceof ExprContext ctx) {
      out.append(ctx.pythonName()).append("()");
    } else if (value instanceof Operator op) {
      out.append(op.pythonName()).append("()");
    } else if (value instanceof CmpOperator op) {
      out.append(op.pythonName()).append("()");
    } else if (value instanceof UnaryOperator op) {
      out.append(op.pythonName()).append("()");
    } else if (value instanceof BoolOperator op) {
      out.append(op.pythonName()).append("()");
    } else {
      out.append(ConstantRepr.repr(value));
    }
  }

  private static void appendNode(StringBuilder out, Node node) {
    Shape shape = SHAPES.get(node.getClass());
    out.append(shape.pythonName).append('(');
    boolean first = true;
    for (int i = 0; i < shape.accessors.length; i++) {
      Object value = shape.get(i, node);
      // ast.dump leaves out an optional field that is None; required fields are never null here.
      if (value == null) {
        continue;
      }
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(shape.fieldNames[i]).append('=');
      appendValue(out, value);
    }
    out.append(')');
  }

  /** A node class's CPython name, and its fields in {@code _fields} order. */
  private static final class Shape {
    final String pythonName;
    final String[] fieldNames;
    final Method[] accessors;

    private Shape(String pythonName, String[] fieldNames, Method[] accessors) {
      this.pythonName = pythonName;
      this.fieldNames = fieldNames;
      this.accessors = accessors;
    }

    static Shape of(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException("not a node record: " + type.getName());
      }
      boolean located = Located.class.isAssignableFrom(type);
      List<String> names = new ArrayList<>();
      List<Method> methods = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        String name = component.getName();
        // start and end are CPython's attributes (lineno, col_offset...), which dump leaves out.
        if (located && (name.equals("start") || name.equals("end"))) {
          continue;
        }
        names.add(snakeCase(name));
        methods.add(component.getAccessor());
      }
      return new Shape(
          pythonName(type), names.toArray(new String[0]), methods.toArray(new Method[0]));
    }

    Object get(int index, Node node) {
      try {
        return accessors[index].invoke(node);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + fieldNames[index] + " of " + node, e);
      }
    }

    private static String pythonName(Class<?> type) {
      if (type == Stmt.ExprStmt.class) {
        return "Expr";
      } else if (type == Arguments.class) {
        return "arguments";
      } else if (type == Arg.class) {
        return "arg";
      } else if (type == Keyword.class) {
        return "keyword";
      } else if (type == Alias.class) {
        return "alias";
      } else if (type == WithItem.class) {
        return "withitem";
      } else if (type == MatchCase.class) {
        return "match_case";
      } else if (type == Comprehension.class) {
        return "comprehension";
      }
      return type.getSimpleName();
    }

    private static String snakeCase(String camelCase) {
      StringBuilder out = new StringBuilder(camelCase.length() + 4);
      for (int i = 0; i < camelCase.length(); i++) {
        char c = camelCase.charAt(i);
        if (Character.isUpperCase(c)) {
          out.append('_').append(Character.toLowerCase(c));
        } else {
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}
