package org.chungtay.pledges;

import org.chungtay.shared.Programme;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;

/**
 * What a pledge commits to, checked, with its total. A direct sponsorship's total is children ×
 * months × amount per child per month, computed exactly; an in-kind gift's is its estimated value.
 */
public record Commitment(PledgeKind kind, Money amount, Programme programme, int children, int months,
        Money perChildPerMonth, Long preferredCommuneId, String inKindDescription, Long projectId) {

    public static final int MAX_CHILDREN = 10_000;
    public static final int MAX_MONTHS = 120;
    public static final int DESCRIPTION_LIMIT = 1000;

    public static Commitment donation(Money amount, Programme designation) {
        return new Commitment(PledgeKind.DONATION, amount, designation, 0, 0, null, null, null);
    }

    public static Commitment sponsorship(int children, int months, Money perChildPerMonth, Programme programme,
            Long preferredCommuneId) {
        return new Commitment(PledgeKind.DIRECT_SPONSORSHIP, null, programme, children, months, perChildPerMonth,
                preferredCommuneId, null);
    }

    public static Commitment projectFunding(Money amount, Programme programme) {
        return new Commitment(PledgeKind.PROJECT_FUNDING, amount, programme, 0, 0, null, null, null);
    }

    /**
     * Money given outright (a donation or project funding) designated to one project, or to none if
     * {@code project} is null. The programme the donor chose does not count for a project: the service puts the
     * project's own programme in once it checked the project (see {@link #forProject}).
     */
    public static Commitment designated(PledgeKind kind, Money amount, Programme programme, Long project) {
        return new Commitment(kind, amount, project == null ? programme : null, 0, 0, null, null, null, project);
    }

    public static Commitment inKind(String description, Money estimatedValue) {
        return new Commitment(PledgeKind.IN_KIND, estimatedValue, null, 0, 0, null, null, description);
    }

    /** A commitment designated to no project. */
    public Commitment(PledgeKind kind, Money amount, Programme programme, int children, int months,
            Money perChildPerMonth, Long preferredCommuneId, String inKindDescription) {
        this(kind, amount, programme, children, months, perChildPerMonth, preferredCommuneId, inKindDescription, null);
    }

    /** The designation checked on the server: the project's programme is the pledge's programme. */
    Commitment forProject(long project, Programme projectProgramme) {
        return new Commitment(kind, amount, projectProgramme, children, months, perChildPerMonth, preferredCommuneId,
                inKindDescription, project);
    }

    public Commitment {
        if (kind == null) {
            throw new UserFacingException("pledges.error.kind-required");
        }
        switch (kind) {
            case DIRECT_SPONSORSHIP -> {
                if (children < 1 || children > MAX_CHILDREN) {
                    throw new UserFacingException("pledges.error.children", MAX_CHILDREN);
                }
                if (months < 1 || months > MAX_MONTHS) {
                    throw new UserFacingException("pledges.error.months", MAX_MONTHS);
                }
                checkAmount(perChildPerMonth);
                amount = null;
                inKindDescription = null;
            }
            case PROJECT_FUNDING -> {
                if (programme == null && projectId == null) {
                    throw new UserFacingException("pledges.error.programme-required");
                }
                checkAmount(amount);
            }
            case IN_KIND -> {
                inKindDescription = inKindDescription == null ? "" : inKindDescription.strip();
                if (inKindDescription.isEmpty()) {
                    throw new UserFacingException("pledges.error.description-required");
                }
                if (inKindDescription.length() > DESCRIPTION_LIMIT) {
                    throw new UserFacingException("pledges.error.description-too-long", DESCRIPTION_LIMIT);
                }
                checkAmount(amount);
            }
            case DONATION -> checkAmount(amount);
        }
        if (kind != PledgeKind.DONATION && kind != PledgeKind.PROJECT_FUNDING) {
            // Only money given outright may be designated to a project.
            projectId = null;
        }
        if (kind != PledgeKind.DIRECT_SPONSORSHIP) {
            children = 0;
            months = 0;
            perChildPerMonth = null;
            preferredCommuneId = null;
        }
        if (total(kind, amount, children, months, perChildPerMonth).isGreaterThan(Money.MAX_PLEDGE)) {
            throw new UserFacingException("pledges.error.amount-too-large");
        }
    }

    public Money total() {
        return total(kind, amount, children, months, perChildPerMonth);
    }

    private static Money total(PledgeKind kind, Money amount, int children, int months, Money perChildPerMonth) {
        if (kind == PledgeKind.DIRECT_SPONSORSHIP) {
            try {
                return perChildPerMonth.times(children).times(months);
            } catch (ArithmeticException overflow) {
                throw new UserFacingException("pledges.error.amount-too-large");
            }
        }
        return amount;
    }

    private static void checkAmount(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new UserFacingException("pledges.error.amount-positive");
        }
        if (amount.isGreaterThan(Money.MAX_PLEDGE)) {
            throw new UserFacingException("pledges.error.amount-too-large");
        }
    }
}
