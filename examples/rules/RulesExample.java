import dev.krait.api.Code;
import dev.krait.api.PythonContext;
import dev.krait.api.PythonEngine;
import dev.krait.api.Source;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Business rules in Python over Java objects, evaluated two ways: through JSR-223
 * ({@code javax.script}, as any scripting-enabled application would) and through Krait's own API
 * ({@code dev.krait.api}). Run from the repository root:
 *
 * <pre>
 * bin/krait -c pass   # builds cli/target/krait.jar once
 * java -cp cli/target/krait.jar examples/rules/RulesExample.java
 * </pre>
 */
public class RulesExample {

  /** A customer of the shop. */
  public static final class Customer {
    private final String name;
    private final boolean vip;

    Customer(String name, boolean vip) {
      this.name = name;
      this.vip = vip;
    }

    public String getName() {
      return name;
    }

    public boolean isVip() {
      return vip;
    }
  }

  /** An order: what the rules read. */
  public static final class Order {
    private final String id;
    private final Customer customer;
    private final String country;
    private final List<String> items;
    private final Map<String, Integer> quantities;
    private final double total;

    Order(String id, Customer customer, String country, Map<String, Integer> quantities,
        double total) {
      this.id = id;
      this.customer = customer;
      this.country = country;
      this.items = List.copyOf(quantities.keySet());
      this.quantities = quantities;
      this.total = total;
    }

    public String getId() {
      return id;
    }

    public Customer getCustomer() {
      return customer;
    }

    public String getCountry() {
      return country;
    }

    public List<String> getItems() {
      return items;
    }

    public Map<String, Integer> getQuantities() {
      return quantities;
    }

    public double getTotal() {
      return total;
    }
  }

  /** The functions of rules.py, as Java sees them. */
  public interface OrderRules {
    double discount(Order order);

    List<String> flags(Order order);
  }

  public static void main(String[] args) throws Exception {
    Path rulesFile = Path.of(args.length > 0 ? args[0] : "examples/rules/rules.py");
    Customer ann = new Customer("Ann", true);
    Customer bob = new Customer("Bob", false);
    List<Order> orders = List.of(
        new Order("A-1", ann, "FR", ordered("pen", 4, "ink", 8), 140.0),
        new Order("B-2", bob, "US", ordered("fireworks", 2), 60.0),
        new Order("B-3", bob, "DE", ordered("desk", 1, "chair", 4), 1450.0));

    // One-line rules: Python expressions, compiled once, evaluated over fresh Bindings.
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("free shipping", "order.total >= 50 and order.country in ('FR', 'DE')");
    checks.put("many items", "sum(order.quantities[i] for i in order.items) > 5");
    checks.put("greeting", "f'Dear {order.customer.name},'");

    System.out.println("== JSR-223 (javax.script) ==");
    ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
    Map<String, CompiledScript> compiled = new LinkedHashMap<>();
    for (Map.Entry<String, String> c : checks.entrySet()) {
      compiled.put(c.getKey(), ((Compilable) python).compile(c.getValue()));
    }
    python.put(ScriptEngine.FILENAME, rulesFile.toString());
    try (Reader source = Files.newBufferedReader(rulesFile)) {
      python.eval(source);   // defines discount() and flags() in the engine's Bindings
    }
    Invocable rules = (Invocable) python;
    for (Order order : orders) {
      StringBuilder line = new StringBuilder(order.getId());
      for (Map.Entry<String, CompiledScript> c : compiled.entrySet()) {
        Bindings b = python.createBindings();
        b.put("order", order);
        line.append(" | ").append(c.getKey()).append(": ").append(c.getValue().eval(b));
      }
      line.append(" | discount: ").append(rules.invokeFunction("discount", order));
      line.append(" | flags: ").append(rules.invokeFunction("flags", order));
      System.out.println(line);
    }
    OrderRules asJava = rules.getInterface(OrderRules.class);
    System.out.println("through an interface: " + asJava.discount(orders.get(0)));

    System.out.println("== Krait's API (dev.krait.api) ==");
    try (PythonEngine engine = PythonEngine.builder().build()) {
      Code code = engine.compile(Source.fromPath(rulesFile));
      try (PythonContext cx = engine.newContext()) {
        cx.run(code);
        OrderRules r = cx.asInterface(OrderRules.class);
        for (Order order : orders) {
          System.out.printf(Locale.ROOT, "%s | discount: %.2f | flags: %s%n",
              order.getId(), r.discount(order), r.flags(order));
        }
        Code vipRule = engine.compile(Source.of("vip.py", "order.customer.vip or order.total > 1000"));
        for (Order order : orders) {
          try (PythonContext each = engine.newContext()) {
            each.set("order", order);
            System.out.println(order.getId() + " | vip treatment: " + each.run(vipRule));
          }
        }
      }
    }
  }

  private static Map<String, Integer> ordered(Object... itemsAndCounts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < itemsAndCounts.length; i += 2) {
      m.put((String) itemsAndCounts[i], (Integer) itemsAndCounts[i + 1]);
    }
    return m;
  }
}
