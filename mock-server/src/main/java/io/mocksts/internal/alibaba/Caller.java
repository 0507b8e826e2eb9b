package io.mocksts.internal.alibaba;

import io.mocksts.internal.core.Account;
import io.mocksts.internal.core.Session;
import io.mocksts.internal.core.User;

/** Who signed a request, once the gateway has authenticated it. */
sealed interface Caller {

  /** An unsigned call to an anonymous action (AssumeRoleWithSAML, AssumeRoleWithOIDC). */
  record Anonymous() implements Caller {}

  /** The account itself, with a root access key. */
  record Root(Account account) implements Caller {}

  /** A RAM user with one of its access keys. */
  record RamUser(Account account, User user) implements Caller {}

  /** A role session, with STS credentials this mock issued. */
  record RoleSession(Account account, Session session) implements Caller {}
}
