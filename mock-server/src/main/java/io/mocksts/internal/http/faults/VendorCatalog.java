package io.mocksts.internal.http.faults;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one vendor offers to fault injection: its name, its actions and the documented errors that
 * can be injected (by code).
 */
public record VendorCatalog(
    String vendor, Set<String> actions, Map<String, DocumentedError> errors) {

  public VendorCatalog {
    actions = java.util.Collections.unmodifiableSet(new TreeSet<>(actions));
    errors = java.util.Collections.unmodifiableMap(new TreeMap<>(errors));
  }
}
