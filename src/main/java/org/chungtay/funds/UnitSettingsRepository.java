package org.chungtay.funds;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitSettingsRepository extends JpaRepository<UnitSettings, Long> {

    Optional<UnitSettings> findByCode(String code);

    boolean existsByCodeAndFundUnitIdNot(String code, Long fundUnitId);

    @Query("SELECT s FROM UnitSettings s WHERE s.fundUnitId IN"
            + " (SELECT u.id FROM FundUnit u WHERE u.path LIKE CONCAT(:pathPrefix, '%'))")
    List<UnitSettings> findInSubtree(String pathPrefix);

    /** The settings of the unit with this path and of the units above it, the nearest (deepest) first. */
    @Query("SELECT s FROM UnitSettings s, FundUnit u WHERE u.id = s.fundUnitId AND :path LIKE CONCAT(u.path, '%')"
            + " ORDER BY u.depth DESC")
    List<UnitSettings> findNearest(String path);
}
