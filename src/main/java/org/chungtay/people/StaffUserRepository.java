package org.chungtay.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.chungtay.shared.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffUser> findByFundUnitIdInOrderByFullNameAsc(Collection<Long> fundUnitIds);

    long countByFundUnitIdInAndActiveTrue(Collection<Long> fundUnitIds);

    List<StaffUser> findByFundUnitIdAndActiveTrueAndRoleInOrderById(long fundUnitId, Collection<Role> roles);

    /** Counts in SQL, so that concurrent wrong passwords each count; holds the row lock until commit. */
    @Modifying
    @Query("UPDATE StaffUser u SET u.failedLogins = u.failedLogins + 1 WHERE u.id = :id")
    void countFailedSignIn(long id);

    @Query("SELECT u.failedLogins FROM StaffUser u WHERE u.id = :id")
    int failedSignIns(long id);

    @Modifying
    @Query("UPDATE StaffUser u SET u.loginBlockedUntil = :until WHERE u.id = :id")
    void blockSignInUntil(long id, Instant until);

    @Modifying
    @Query("UPDATE StaffUser u SET u.failedLogins = 0, u.loginBlockedUntil = NULL, u.lastLoginAt = :now WHERE u.id = :id")
    void signedIn(long id, Instant now);
}
