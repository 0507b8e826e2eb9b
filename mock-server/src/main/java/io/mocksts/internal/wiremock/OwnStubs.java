package io.mocksts.internal.wiremock;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stubs the mock itself registers (the STS's catch-all, the test issuer's documents), put back
 * after every reset of WireMock's stubs: {@code POST /__admin/reset}, {@code POST
 * /__admin/mappings/reset}, {@code DELETE /__admin/mappings}, {@code resetAll()} and {@code
 * resetMappings()} clear the stubs users added, and the STS keeps answering.
 */
public final class OwnStubs implements StubLifecycleListener {

  private final AtomicReference<Admin> admin = new AtomicReference<>();
  private final AtomicReference<List<StubMapping>> stubs = new AtomicReference<>(List.of());

  @Override
  public String getName() {
    return "mock-sts-own-stubs";
  }

  /** The admin interface to add stubs through (given when WireMock builds its extensions). */
  void attach(Admin value) {
    admin.set(value);
  }

  /** Registers the mock's stubs now and after every reset. */
  public void install(List<StubMapping> mappings) {
    stubs.set(List.copyOf(mappings));
    addAll();
  }

  @Override
  public void afterStubsReset() {
    addAll();
  }

  private void addAll() {
    Admin target = admin.get();
    if (target == null) {
      return;
    }
    for (StubMapping stub : stubs.get()) {
      target.addStubMapping(stub);
    }
  }
}
