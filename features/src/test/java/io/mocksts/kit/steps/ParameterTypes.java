package io.mocksts.kit.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kit's Cucumber parameter types, so a step receives what it means rather than text to decode:
 *
 * <ul>
 *   <li>{@code {value}}: a quoted value with its placeholders ({@code ${role-arn:mock-role}},
 *       {@code ${a*64}}, …; see {@link Values}) expanded for the scenario's target and vendor;
 *   <li>{@code {action}}: the name of an action, as a request names it;
 *   <li>a {@link Parameters} table ({@code | name | value |}), its values expanded as {@code
 *       {value}} is.
 * </ul>
 *
 * The vendor a scenario speaks is chosen by its {@code @tencent} tag, not by the step text.
 */
public final class ParameterTypes {

  /**
   * An action as a request names it: one the vendor documents (Alibaba STS API 2015-04-01, Tencent
   * STS API 2018-08-13), or any other word, which the scenario sends to see it refused.
   */
  public record Action(String vendor, String name) {

    private static final Set<String> ALIBABA =
        Set.of("AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithOIDC", "GetCallerIdentity");

    private static final Set<String> TENCENT =
        Set.of(
            "AssumeRole",
            "AssumeRoleWithSAML",
            "AssumeRoleWithWebIdentity",
            "GetCallerIdentity",
            "GetFederationToken",
            "GetSessionToken",
            "QueryApiKey");

    /** Whether the vendor documents the action (names are case-sensitive). */
    public boolean documented() {
      return (vendor.equals("tencent") ? TENCENT : ALIBABA).contains(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Request parameters from a two-column table, in table order, placeholders expanded. */
  public record Parameters(Map<String, String> values) {}

  private final ScenarioState state;

  public ParameterTypes(ScenarioState state) {
    this.state = state;
  }

  @ParameterType(name = "value", value = "\"([^\"]*)\"")
  public String value(String text) {
    return Values.expand(text, state);
  }

  @ParameterType(name = "action", value = "[A-Za-z][A-Za-z0-9]*")
  public Action action(String name) {
    return new Action(state.vendor(), name);
  }

  @DataTableType
  public Parameters parameters(DataTable table) {
    Map<String, String> values = new LinkedHashMap<>();
    for (java.util.List<String> row : table.cells()) {
      if (row.size() != 2) {
        throw new IllegalArgumentException("a parameter table has two columns, name and value");
      }
      values.put(row.get(0), Values.expand(row.get(1), state));
    }
    return new Parameters(values);
  }
}
