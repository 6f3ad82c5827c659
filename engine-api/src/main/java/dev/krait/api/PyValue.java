package dev.krait.api;

/**
 * A handle on a Python object of a {@link PythonContext}: its type, its attributes, calls, and
 * conversions to Java. Use it on the thread that uses its context.
 *
 * <p>The one conversion table, the same on every path (arguments, results, globals, {@link
 * #as(Class)}):
 *
 * <table>
 * <caption>Java and Python values</caption>
 * <tr><th>Java</th><th>Python</th><th>back to Java</th></tr>
 * <tr><td>{@code null}</td><td>{@code None}</td><td>{@code null}</td></tr>
 * <tr><td>{@code Boolean}</td><td>{@code bool}</td><td>{@code Boolean}</td></tr>
 * <tr><td>{@code Integer}, {@code Long}, {@code Short}, {@code Byte}, {@code BigInteger}</td>
 *     <td>{@code int}</td><td>{@code Integer} if it fits, else {@code Long}, else
 *     {@code BigInteger}</td></tr>
 * <tr><td>{@code Double}, {@code Float}</td><td>{@code float}</td><td>{@code Double}</td></tr>
 * <tr><td>{@code String}, {@code Character}</td><td>{@code str}</td><td>{@code String}</td></tr>
 * <tr><td>{@code byte[]}</td><td>{@code bytes} (a copy)</td><td>{@code byte[]} (a copy)</td></tr>
 * <tr><td>{@code List}, {@code Map}, {@code Set}</td><td>a Python view of the same Java
 *     collection (identity kept)</td><td>the same Java collection</td></tr>
 * <tr><td>any other object</td><td>a Python proxy of the same object (identity kept)</td>
 *     <td>the same object</td></tr>
 * <tr><td></td><td>{@code list}, {@code dict}</td><td>a live {@code List}, {@code Map} view</td></tr>
 * <tr><td></td><td>{@code set}, {@code frozenset}</td><td>a {@code Set} copy</td></tr>
 * <tr><td></td><td>{@code tuple}</td><td>an unmodifiable {@code List} copy</td></tr>
 * <tr><td></td><td>any other object</td><td>a {@code PyValue}</td></tr>
 * </table>
 *
 * <p>{@link #as(Class)} also turns a callable into any functional interface ({@code Function},
 * {@code Supplier}, {@code Runnable}, {@code Predicate}, …) and an object into any interface whose
 * methods it has.
 *
 * <pre>{@code
 * cx.exec("class P:\n  def __init__(self): self.x = 1\n  def norm(self): return self.x * 2\np = P()");
 * PyValue p = cx.getValue("p");
 * p.typeName();                              // "P"
 * p.getAttribute("x").as(Integer.class);     // 1
 * p.setAttribute("x", 5);
 * p.invokeMember("norm").asJava();           // Integer 10
 * Function<Object, Object> len = cx.getValue("len").as(Function.class);
 * len.apply(List.of(1, 2));                  // Integer 2
 * }</pre>
 */
public interface PyValue {

  /** Returns the Python type's name, as {@code type(v).__name__}. */
  String typeName();

  /** Returns true when this is {@code None}. */
  boolean isNone();

  /** Returns true when this is callable, as {@code callable(v)}. */
  boolean isCallable();

  /** Returns this value converted to Java by the table above. */
  Object asJava();

  /**
   * Returns this value as {@code type}: by the table above, any {@code Number} type, {@code
   * PyValue}, or an interface (a callable as a functional interface, an object as an interface of
   * its methods). Raises {@link PythonException} of type {@code TypeError} when it cannot.
   */
  <T> T as(Class<T> type);

  /** Returns true when the attribute {@code name} exists, as {@code hasattr}. */
  boolean hasAttribute(String name);

  /** Returns the attribute {@code name}, raising {@code AttributeError} as a PythonException. */
  PyValue getAttribute(String name);

  /** Sets the attribute {@code name} to {@code value} converted to Python. */
  void setAttribute(String name, Object value);

  /** Returns {@code self[key]}. */
  PyValue getItem(Object key);

  /** Does {@code self[key] = value}. */
  void setItem(Object key, Object value);

  /** Returns {@code len(self)}. */
  long length();

  /** Calls this value with {@code args} converted to Python and returns the result. */
  PyValue call(Object... args);

  /** Calls the method {@code name} of this value, as {@code v.name(*args)}. */
  PyValue invokeMember(String name, Object... args);

  /** Returns {@code repr(self)}. */
  String repr();

  /** Returns {@code str(self)}. */
  @Override
  String toString();
}
