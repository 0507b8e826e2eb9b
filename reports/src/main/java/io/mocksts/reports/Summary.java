package io.mocksts.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The run's summary, {@code summary.json}: every scenario with its result in the one vocabulary
 * ({@link Outcome}), the vendor × action × rule matrix and the run's metadata. Its shape is {@code
 * summary.schema.json} (next to this class), version {@link #SCHEMA_VERSION}; a change that removes
 * or renames a field raises the version.
 *
 * @param schema the schema's identifier
 * @param schemaVersion the version of that schema this summary follows
 * @param generatedAt ISO-8601 instant the summary was written
 * @param completed false when the run's results could not be read (it crashed)
 * @param message why the run counts as incomplete, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Summary(
    String schema,
    int schemaVersion,
    String generatedAt,
    RunMetadata run,
    boolean completed,
    String message,
    Map<String, Integer> totals,
    List<Cell> matrix,
    List<Entry> scenarios) {

  public static final int SCHEMA_VERSION = 1;
  public static final String SCHEMA_ID = "urn:mock-sts:conformance-summary:1";

  public Summary {
    matrix = List.copyOf(matrix);
    scenarios = List.copyOf(scenarios);
  }

  /**
   * One scenario (one outline example row) of the run, or a {@code @wip} one that did not run.
   *
   * @param key unique in this summary: the id, and the line when two scenarios share an id
   * @param id the scenario's stable id, "{@code <feature path>: <scenario name>}", as the
   *     expectations files name it
   * @param rule the {@code Rule:} it belongs to, "" outside any
   * @param result its result
   * @param reason why it has that result, in one line (an expectation's reason, the abort's reason,
   *     the observation), or null
   * @param docs the vendor pages its {@code @doc-…} tags name
   * @param failure for a failed scenario or a stale expectation: what failed
   * @param observations what a record-mode scenario observed instead of failing
   * @param exchanges how many exchanges were recorded for it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      String key,
      String id,
      String vendor,
      String action,
      String rule,
      String feature,
      String uri,
      int line,
      String name,
      List<String> tags,
      Outcome result,
      String reason,
      List<Doc> docs,
      Failure failure,
      Expected expectation,
      List<String> observations,
      int exchanges) {
    public Entry {
      tags = List.copyOf(tags);
      docs = List.copyOf(docs);
      observations = List.copyOf(observations);
    }
  }

  /** A vendor documentation page from {@code docs/sources.yaml}. */
  public record Doc(String title, String url) {}

  /**
   * What failed.
   *
   * @param step the step or hook that failed ("Then the request fails with ...")
   * @param message its assertion message, redacted, without a stack trace
   * @param expected what the step expected, when the message or the step says it
   * @param observed what the target answered, from the message or the last recorded exchange
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Failure(String step, String message, String expected, String observed) {}

  /** The expectation that applied to the scenario, from the run's expectations file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Expected(String outcome, String reason, String link, String verdict) {}

  /**
   * One cell of the vendor × action × rule matrix.
   *
   * @param counts how many scenarios of the cell had each result (results with none left out)
   * @param scenarios the keys of the cell's scenarios
   */
  public record Cell(
      String vendor,
      String action,
      String rule,
      List<Doc> docs,
      Map<String, Integer> counts,
      List<String> scenarios) {
    public Cell {
      docs = List.copyOf(docs);
      scenarios = List.copyOf(scenarios);
    }
  }
}
