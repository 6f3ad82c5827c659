package dev.krait.core.syntax;

import dev.krait.core.ast.Located;
import dev.krait.core.ast.Node;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits the nodes of a tree in the order of a pre-order walk over CPython's {@code _fields}: a
 * node, then its fields in order, list items in order.
 */
final class PreOrder {

  /** The accessors of the record components of each node class that can hold nodes. */
  private static final ClassValue<Method[]> CHILD_ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          List<Method> accessors = new ArrayList<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (Node.class.isAssignableFrom(componentType)
                || List.class.isAssignableFrom(componentType)) {
              accessors.add(component.getAccessor());
            }
          }
          return accessors.toArray(new Method[0]);
        }
      };

  private PreOrder() {}

  /** Calls {@code action} on every node of the tree that has a position, in pre-order. */
  static void forEachLocated(Node root, Consumer<Located> action) {
    if (root instanceof Located located) {
      action.accept(located);
    }
    for (Method accessor : CHILD_ACCESSORS.get(root.getClass())) {
      Object value;
      try {
        value = accessor.invoke(root);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor.getName() + " of " + root, e);
      }
      if (value instanceof Node child) {
        forEachLocated(child, action);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          // A Dict's keys list holds null for a "**mapping" entry.
          if (item instanceof Node child) {
            forEachLocated(child, action);
          }
        }
      }
    }
  }
}
