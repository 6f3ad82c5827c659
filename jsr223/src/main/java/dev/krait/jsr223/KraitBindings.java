package dev.krait.jsr223;

import javax.script.SimpleBindings;

/**
 * The {@code Bindings} a {@link KraitScriptEngine} makes: a {@link SimpleBindings} that also
 * keeps, once a script has defined something in it, the {@link Namespace} whose globals those
 * definitions use (other {@code Bindings} find theirs in a weak map of {@link Namespaces}).
 */
final class KraitBindings extends SimpleBindings {

  private volatile Namespace home;

  /** Returns the namespace of the definitions scripts made in these bindings, or null. */
  Namespace home() {
    return home;
  }

  /** Makes {@code ns} the namespace of the definitions scripts made in these bindings. */
  void setHome(Namespace ns) {
    home = ns;
  }
}
