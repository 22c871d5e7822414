package org.chungtay.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffUser> findByFundUnitIdInOrderByFullNameAsc(Collection<Long> fundUnitIds);

    long countByFundUnitIdInAndActiveTrue(Collection<Long> fundUnitIds);
}
