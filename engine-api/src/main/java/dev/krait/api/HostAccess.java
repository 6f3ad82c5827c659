package dev.krait.api;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What scripts may reach of Java. By default ({@link #DEFAULT}) only the objects the host passes
 * in, through their public methods, public fields and JavaBeans properties; no class may be
 * looked up by name. Whatever the policy, scripts never reach reflection, {@code Class}, class
 * loaders, {@code System}, {@code Runtime}, {@code Thread}, processes or {@code
 * java.lang.invoke}: those members are invisible.
 *
 * <pre>{@code
 * HostAccess access = HostAccess.builder()
 *     .allowClassLookup(java.math.BigDecimal.class)   // scripts may name this class
 *     .build();
 * PythonEngine engine = PythonEngine.builder().hostAccess(access).build();
 * }</pre>
 */
public final class HostAccess {

  /** Passed-in objects' public members; no lookup of classes by name. */
  public static final HostAccess DEFAULT = new HostAccess(true, Set.of());

  /** Passed-in objects are opaque: scripts can hold and pass them back but not use them. */
  public static final HostAccess NONE = new HostAccess(false, Set.of());

  // Packages and classes no policy opens: each one is a way out of the sandbox.
  private static final Set<String> DENIED_PACKAGES =
      Set.of("java.lang.reflect.", "java.lang.invoke.", "sun.", "jdk.internal.", "java.io.",
          "java.nio.file.", "java.net.");
  private static final Set<String> DENIED_CLASSES =
      Set.of("java.lang.Class", "java.lang.ClassLoader", "java.lang.System", "java.lang.Runtime",
          "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.Process",
          "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Module",
          "java.lang.ModuleLayer", "java.lang.StackWalker", "java.lang.SecurityManager");

  private final boolean publicAccess;
  private final Set<String> lookups;

  private HostAccess(boolean publicAccess, Set<String> lookups) {
    this.publicAccess = publicAccess;
    this.lookups = Set.copyOf(lookups);
  }

  /** Returns a builder starting from {@link #DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns true when scripts may use the public members of objects passed in. */
  public boolean allowsPublicAccess() {
    return publicAccess;
  }

  /** Returns true when scripts may look up the class named {@code className} by name. */
  public boolean allowsClassLookup(String className) {
    return lookups.contains(className) && !isDenied(className);
  }

  /** Returns the names of the classes scripts may look up. */
  public Set<String> classLookups() {
    return lookups;
  }

  /**
   * Returns true when no policy may open {@code type} to scripts: reflection, class loading,
   * threads, processes, files, the network and the JDK's internals.
   */
  public static boolean isDenied(Class<?> type) {
    if (ClassLoader.class.isAssignableFrom(type) || Thread.class.isAssignableFrom(type)
        || Process.class.isAssignableFrom(type)) {
      return true;
    }
    return isDenied(type.getName());
  }

  private static boolean isDenied(String className) {
    if (DENIED_CLASSES.contains(className)) {
      return true;
    }
    for (String p : DENIED_PACKAGES) {
      if (className.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Collects a {@link HostAccess} policy.
   *
   * <pre>{@code
   * HostAccess.builder().allowPublicAccess(true).allowClassLookup("java.time.LocalDate").build();
   * }</pre>
   */
  public static final class Builder {

    private boolean publicAccess = true;
    private final Set<String> lookups = new LinkedHashSet<>();

    private Builder() {}

    /** Lets scripts use passed-in objects' public members (true by default). */
    public Builder allowPublicAccess(boolean allow) {
      this.publicAccess = allow;
      return this;
    }

    /** Lets scripts look up {@code classes} by name; denied classes stay denied. */
    public Builder allowClassLookup(Class<?>... classes) {
      for (Class<?> c : classes) {
        lookups.add(c.getName());
      }
      return this;
    }

    /** Lets scripts look up the classes named {@code names}; denied classes stay denied. */
    public Builder allowClassLookup(String... names) {
      for (String n : names) {
        lookups.add(Objects.requireNonNull(n, "name"));
      }
      return this;
    }

    /** Returns the policy. */
    public HostAccess build() {
      return new HostAccess(publicAccess, lookups);
    }
  }
}
