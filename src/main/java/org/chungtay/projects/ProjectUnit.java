package org.chungtay.projects;

/** The fund unit a project belongs to, where the ledger keeps the money designated to it. */
public record ProjectUnit(long fundUnitId, String fundUnitPath) {
}
