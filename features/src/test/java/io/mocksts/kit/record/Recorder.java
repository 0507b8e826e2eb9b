package io.mocksts.kit.record;

import io.mocksts.kit.target.StsTarget;
import io.mocksts.kit.target.Targets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every exchange of the kit with its target goes, called once from the send path of each
 * vendor's call class ({@code RpcCall}, {@code ApiCall}); see docs/record-mode.md.
 *
 * <ul>
 *   <li>Always: a redacted line in the run's exchange log ({@code
 *       target/conformance/exchanges.jsonl}, or {@code -Dsts.exchangeLog=FILE}).
 *   <li>Record mode ({@code -Dsts.record=DIR}): a WireMock mapping per exchange, and the same
 *       logical request asked of the reference STS (an embedded mock on the default world) for the
 *       fidelity table {@code DIR/fidelity.md} / {@code DIR/fidelity.json}.
 * </ul>
 *
 * <p>Only the run's own target is recorded: nested runs against other targets (the deviant
 * endpoints) are not, unless they run inside {@link #during}. The second-world execution of the
 * build ({@code -Dsts.conformanceReport=false}) logs its exchanges but does not record.
 */
public final class Recorder {

  /** Where a recording session writes: the exchange log, and the record directory (or null). */
  public record Settings(Path exchangeLog, Path recordDir) {}

  /** Set while the reference STS is asked: its answer is captured, not recorded. */
  private static final ThreadLocal<List<Observed>> CAPTURE = new ThreadLocal<>();

  private static Session main;
  private static Session override;

  private Recorder() {}

  /**
   * Records the exchanges of {@code run} (a nested run of scenarios, whatever its target) as the
   * settings say, then writes the fidelity table and stops the reference STS.
   */
  public static void during(Settings settings, Runnable run) {
    Session session = new Session(settings);
    synchronized (Recorder.class) {
      override = session;
    }
    try {
      run.run();
    } finally {
      synchronized (Recorder.class) {
        override = null;
      }
      session.close();
    }
  }

  /**
   * One exchange with the target: {@code request} and its {@code body} as sent, the {@code
   * response} received; {@code replay} sends the same logical request to another endpoint.
   */
  public static void exchanged(
      String vendor,
      String action,
      HttpRequest request,
      String body,
      HttpResponse<String> response,
      long startedNanos,
      Replay replay) {
    long millis = (System.nanoTime() - startedNanos) / 1_000_000L;
    Observed observed = Observed.of(vendor, action, request, body, response, millis);
    List<Observed> capture = CAPTURE.get();
    if (capture != null) {
      capture.add(observed);
      return;
    }
    ScenarioContext.Current scenario = ScenarioContext.current();
    if (scenario.uri().isEmpty()) {
      return; // not a scenario's exchange (a unit test of a call class)
    }
    Session session = session();
    if (session == null) {
      return;
    }
    session.exchanged(observed, scenario, replay);
  }

  /** A scenario ended: the fidelity table is brought up to date. */
  public static void scenarioFinished() {
    Session session;
    synchronized (Recorder.class) {
      session = override != null ? override : main;
    }
    if (session != null) {
      session.scenarioFinished();
    }
  }

  /** Sends to the reference with the capture on, and returns the reference's answer, if any. */
  static List<Observed> capturing(Runnable send) {
    List<Observed> captured = new ArrayList<>();
    CAPTURE.set(captured);
    try {
      send.run();
    } finally {
      CAPTURE.remove();
    }
    return captured;
  }

  private static synchronized Session session() {
    if (override != null) {
      return override;
    }
    StsTarget target = Targets.current();
    String configured = System.getProperty("sts.target", "embedded");
    String mainName = configured.isBlank() ? "embedded" : configured;
    if (!target.name().equals(mainName)) {
      return null; // a nested run against another target (e.g. a deviant endpoint)
    }
    if (main == null) {
      main = new Session(mainSettings());
      Runtime.getRuntime().addShutdownHook(new Thread(main::close, "kit-recorder-close"));
    }
    return main;
  }

  private static Settings mainSettings() {
    Path log = Path.of(System.getProperty("sts.exchangeLog", "target/conformance/exchanges.jsonl"));
    String record = System.getProperty("sts.record", "");
    boolean secondary = "false".equals(System.getProperty("sts.conformanceReport"));
    return new Settings(log, record.isBlank() || secondary ? null : Path.of(record));
  }
}
