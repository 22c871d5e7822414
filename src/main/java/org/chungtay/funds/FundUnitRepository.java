package org.chungtay.funds;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundUnitRepository extends JpaRepository<FundUnit, Long> {

    List<FundUnit> findByPathStartingWithOrderByDepthAscNameAsc(String pathPrefix);

    Optional<FundUnit> findByParentIdIsNull();

    boolean existsByParentIdAndNameIgnoreCase(Long parentId, String name);

    boolean existsByParentIdAndActiveTrue(Long parentId);

    boolean existsByDepth(int depth);
}
