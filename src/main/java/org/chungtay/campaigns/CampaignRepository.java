package org.chungtay.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    List<Campaign> findByStatusOrderByEndDateAscIdAsc(CampaignStatus status);

    List<Campaign> findByStatusAndStartDateLessThanEqualOrderByIdAsc(CampaignStatus status, LocalDate day);

    List<Campaign> findByStatusAndEndDateLessThanOrderByIdAsc(CampaignStatus status, LocalDate day);

    List<Campaign> findByKindAndOccasionYearOrderByIdAsc(CampaignKind kind, int occasionYear);

    boolean existsByFundUnitIdAndKindAndOccasionYearAndIdNot(long fundUnitId, CampaignKind kind, int occasionYear,
            long id);

    boolean existsByBankBinAndAccountNumberAndIdNot(String bankBin, String accountNumber, long id);

    boolean existsByBankBinAndAccountNumberAndKindAndIdNot(String bankBin, String accountNumber, CampaignKind kind,
            long id);

    /** Campaigns under a path prefix; a year matches campaigns running in it or held for its occasion. */
    @Query("""
            select c from Campaign c
            where c.fundUnitPath like concat(:path, '%')
              and (:kind is null or c.kind = :kind)
              and (:status is null or c.status = :status)
              and (:year is null or c.occasionYear = :year
                   or (c.startDate <= :yearEnd and c.endDate >= :yearStart))""")
    List<Campaign> search(String path, CampaignKind kind, CampaignStatus status, Integer year, LocalDate yearStart,
            LocalDate yearEnd);
}
