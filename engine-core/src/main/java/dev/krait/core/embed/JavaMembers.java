package dev.krait.core.embed;

import dev.krait.api.HostAccess;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What scripts may use of a Java class: its public methods by name (overloads together), public
 * fields and JavaBeans properties, each reachable through a public class or interface. Computed
 * once per class ({@link ClassValue}) and immutable; members that would open a way out of the
 * sandbox ({@link HostAccess#isDenied(Class)}, {@code getClass}, monitors) are left out.
 */
final class JavaMembers {

  private static final ClassValue<JavaMembers> CACHE = new ClassValue<>() {
    @Override
    protected JavaMembers computeValue(Class<?> type) {
      return new JavaMembers(type);
    }
  };

  private static final Set<String> HIDDEN_OBJECT_METHODS =
      Set.of("getClass", "wait", "notify", "notifyAll");

  private final String simpleName;
  private final Map<String, Method[]> methods;
  private final Map<String, Field> fields;
  private final Map<String, Method> getters;
  private final Map<String, Method> setters;
  private final Method functional;
  private final Map<String, Method[]> staticMethods;
  private final Constructor<?>[] constructors;

  private JavaMembers(Class<?> type) {
    simpleName = type.isAnonymousClass() || type.getSimpleName().isEmpty()
        ? type.getName() : type.getSimpleName();
    Map<String, List<Method>> byName = new LinkedHashMap<>();
    Map<String, Method> get = new HashMap<>();
    Map<String, Method> set = new HashMap<>();
    Set<List<Object>> seen = new java.util.HashSet<>();
    for (Method m : type.getMethods()) {
      Method pub = accessible(type, m);
      if (pub == null || hidden(pub) || !seen.add(signature(pub))) {
        continue;
      }
      byName.computeIfAbsent(pub.getName(), k -> new ArrayList<>()).add(pub);
      property(pub, get, set);
    }
    Map<String, Method[]> ms = new HashMap<>();
    byName.forEach((k, v) -> ms.put(k, v.toArray(new Method[0])));
    methods = Map.copyOf(ms);
    Map<String, Field> fs = new HashMap<>();
    for (Field f : type.getFields()) {
      if (isPublicApi(f.getDeclaringClass()) && !HostAccess.isDenied(f.getType())) {
        fs.putIfAbsent(f.getName(), f);
      }
    }
    fields = Map.copyOf(fs);
    getters = Map.copyOf(get);
    setters = Map.copyOf(set);
    functional = functionalMethod(type);
    Map<String, Method[]> statics = new HashMap<>();
    methods.forEach((k, v) -> {
      Method[] s = Arrays.stream(v).filter(m -> Modifier.isStatic(m.getModifiers()))
          .toArray(Method[]::new);
      if (s.length > 0) {
        statics.put(k, s);
      }
    });
    staticMethods = Map.copyOf(statics);
    constructors = isPublicApi(type) && !Modifier.isAbstract(type.getModifiers())
        && !HostAccess.isDenied(type)
        ? Arrays.stream(type.getConstructors()).filter(c -> !deniedParameter(c))
            .toArray(Constructor<?>[]::new)
        : new Constructor<?>[0];
  }

  /** Returns the members of {@code type}. */
  static JavaMembers of(Class<?> type) {
    return CACHE.get(type);
  }

  /** Returns the class's simple name, as scripts see it in messages. */
  String simpleName() {
    return simpleName;
  }

  /** Returns the public methods named {@code name}, or null. */
  Method[] methods(String name) {
    return methods.get(name);
  }

  /** Returns the public field {@code name}, or null. */
  Field field(String name) {
    return fields.get(name);
  }

  /** Returns the getter of property {@code name} ({@code getName()}/{@code isName()}), or null. */
  Method getter(String name) {
    return getters.get(name);
  }

  /** Returns the setter of property {@code name}, or null. */
  Method setter(String name) {
    return setters.get(name);
  }

  /** Returns the single abstract method when the class implements a functional interface. */
  Method functional() {
    return functional;
  }

  /** Returns the public static methods named {@code name}, or null. */
  Method[] staticMethods(String name) {
    return staticMethods.get(name);
  }

  /** Returns the public constructors (none for an abstract or denied class). */
  Constructor<?>[] constructors() {
    return constructors.clone();
  }

  /** Returns the names of all members, for {@code dir()}. */
  List<String> names() {
    List<String> all = new ArrayList<>(methods.keySet());
    all.addAll(fields.keySet());
    all.addAll(getters.keySet());
    all.sort(null);
    return all;
  }

  private static boolean hidden(Method m) {
    if (m.getDeclaringClass() == Object.class && HIDDEN_OBJECT_METHODS.contains(m.getName())) {
      return true;
    }
    return HostAccess.isDenied(m.getDeclaringClass()) || HostAccess.isDenied(m.getReturnType())
        || deniedParameter(m);
  }

  private static boolean deniedParameter(Executable e) {
    for (Class<?> p : e.getParameterTypes()) {
      if (HostAccess.isDenied(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<Object> signature(Method m) {
    List<Object> s = new ArrayList<>();
    s.add(m.getName());
    s.addAll(Arrays.asList(m.getParameterTypes()));
    return s;
  }

  private static void property(Method m, Map<String, Method> get, Map<String, Method> set) {
    if (Modifier.isStatic(m.getModifiers())) {
      return;
    }
    String n = m.getName();
    int params = m.getParameterCount();
    Class<?> r = m.getReturnType();
    if (params == 0 && n.length() > 3 && n.startsWith("get") && r != void.class) {
      get.putIfAbsent(decapitalize(n.substring(3)), m);
    } else if (params == 0 && n.length() > 2 && n.startsWith("is")
        && (r == boolean.class || r == Boolean.class)) {
      get.putIfAbsent(decapitalize(n.substring(2)), m);
    } else if (params == 1 && n.length() > 3 && n.startsWith("set")) {
      set.putIfAbsent(decapitalize(n.substring(3)), m);
    }
  }

  // java.beans.Introspector.decapitalize, without depending on java.desktop.
  private static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Returns {@code m} as declared by a public, exported class or interface of {@code type} (so
   * it can be invoked without breaking encapsulation), or null.
   */
  private static Method accessible(Class<?> type, Method m) {
    if (isPublicApi(m.getDeclaringClass())) {
      return m;
    }
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (isPublicApi(c)) {
        try {
          return c.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          // Not declared here: look further up.
        }
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(Arrays.asList(c.getInterfaces()));
    }
    return null;
  }

  // Reflection checks the member's class's own access flags (a public nested class of a
  // package-private class is reachable) and the module's exports.
  private static boolean isPublicApi(Class<?> c) {
    return Modifier.isPublic(c.getModifiers()) && c.getModule().isExported(c.getPackageName());
  }

  private static Method functionalMethod(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        Method m = singleAbstractMethod(i);
        if (m != null && isPublicApi(i)) {
          return m;
        }
      }
    }
    return null;
  }

  /** Returns the one abstract method of interface {@code i}, or null when it has not one. */
  static Method singleAbstractMethod(Class<?> i) {
    if (!i.isInterface()) {
      return null;
    }
    Method found = null;
    for (Method m : i.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
        continue;
      }
      if (found != null && !(found.getName().equals(m.getName())
          && Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
        return null;
      }
      found = m;
    }
    return found;
  }

  /** Returns true for an interface's redeclaration of a public method of Object. */
  static boolean isObjectMethod(Method m) {
    try {
      Object.class.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
