package org.jiannuo.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    void store(UserAccount account);
}
