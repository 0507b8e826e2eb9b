package io.mocksts.internal.saml;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Provider;
import io.mocksts.internal.core.Vendor;
import io.mocksts.internal.core.World;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SAML providers of a world with their IdP metadata read once, at start-up: the trusted signing
 * certificates of each, or the fact that its metadata is unusable (which the vendors answer with
 * their own error, e.g. Alibaba {@code AuthenticationFail.IDPMetadata.Invalid}).
 */
public final class SamlTrust {

  /** What a registered provider's metadata gives. */
  public sealed interface Idp {
    /** Usable metadata: the IdP's entityID and signing certificates. */
    record Trusted(TrustedIdp idp) implements Idp {}

    /** Metadata that is missing or cannot be used. */
    record Unusable() implements Idp {}
  }

  private final Map<String, Idp> idps = new HashMap<>();

  private SamlTrust() {}

  /** Reads the metadata of every SAML provider one vendor's accounts of the world register. */
  public static SamlTrust of(World world, Vendor vendor) {
    SamlTrust trust = new SamlTrust();
    for (Account account : world.accounts(vendor)) {
      for (Provider provider : account.samlProviders()) {
        trust.idps.put(
            key(account.vendor(), account.id(), provider.name()), read(provider.metadata()));
      }
    }
    return trust;
  }

  private static Idp read(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      return new Idp.Unusable();
    }
    try {
      return new Idp.Trusted(IdpMetadata.parse(metadata));
    } catch (SamlRejection e) {
      return new Idp.Unusable();
    }
  }

  /** The provider's metadata, if the account has a SAML provider of that name. */
  public Optional<Idp> idp(Vendor vendor, String accountId, String providerName) {
    return Optional.ofNullable(idps.get(key(vendor, accountId, providerName)));
  }

  private static String key(Vendor vendor, String accountId, String name) {
    return vendor + "/" + accountId + "/" + name;
  }
}
