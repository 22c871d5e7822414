package org.chungtay.funds;

/** What other modules need to know of a fund unit: enough to scope, show and link it. */
public record FundUnitRef(long id, Long parentId, String name, int depth, String path, boolean active) {

    static FundUnitRef of(FundUnit unit) {
        return new FundUnitRef(unit.id(), unit.parentId(), unit.name(), unit.depth(), unit.path(), unit.active());
    }
}
