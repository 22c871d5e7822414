package org.chungtay.funds;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundLevelRepository extends JpaRepository<FundLevel, Integer> {

    List<FundLevel> findAllByOrderByDepthAsc();
}
