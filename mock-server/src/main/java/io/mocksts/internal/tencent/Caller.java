package io.mocksts.internal.tencent;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.KeyOwner;
import io.mocksts.internal.core.Session;

/** Who signed a request, once authenticated. */
sealed interface Caller {

  /** The owner account of the caller. */
  Account account();

  /** An unsigned call to a federation action (AssumeRoleWithSAML, AssumeRoleWithWebIdentity). */
  record Anonymous() implements Caller {
    @Override
    public Account account() {
      throw new IllegalStateException("an anonymous caller has no account");
    }
  }

  /** A root account or a sub-user, with a long-term SecretId. */
  record LongTerm(KeyOwner owner) implements Caller {
    @Override
    public Account account() {
      return owner.account();
    }

    /** The caller's own UIN: the sub-user's, or the owner's for the root account. */
    String uin() {
      return owner.user().map(u -> u.id()).orElse(owner.account().id());
    }
  }

  /** Temporary credentials this mock issued. */
  record Temporary(Account account, Session session) implements Caller {}
}
