package org.chungtay.ledger;

import org.chungtay.shared.Programme;

/**
 * What the donor gave a pledge's money for (DD025): a project, a programme, a direct sponsorship, or nothing
 * named (the general fund). A project's gifts are kept at the project's own fund unit ({@code projectUnitId},
 * {@code projectUnitPath}), whichever unit's campaign received them, so that its pool is always in one place.
 */
public record Designation(Kind kind, Programme programme, Long projectId, Long sponsorshipPledgeId,
        Long projectUnitId, String projectUnitPath) {

    public enum Kind {
        GENERAL, PROGRAMME, PROJECT, SPONSORSHIP
    }

    public static final Designation GENERAL = new Designation(Kind.GENERAL, null, null, null, null, null);

    public static Designation programme(Programme programme) {
        return new Designation(Kind.PROGRAMME, programme, null, null, null, null);
    }

    public static Designation project(long projectId, Programme programme, long unitId, String unitPath) {
        return new Designation(Kind.PROJECT, programme, projectId, null, unitId, unitPath);
    }

    public static Designation sponsorship(long pledgeId) {
        return new Designation(Kind.SPONSORSHIP, null, null, pledgeId, null, null);
    }
}
