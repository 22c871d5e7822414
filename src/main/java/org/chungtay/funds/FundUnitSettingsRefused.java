package org.chungtay.funds;

import java.util.List;

import org.chungtay.shared.UserFacingException;

/**
 * Settings the service refused, with every problem of the entry at once: its own message is the first
 * problem's, for callers that show one message; the form marks each field from {@link #problems()}.
 */
public class FundUnitSettingsRefused extends UserFacingException {

    private final transient List<UserFacingException> problems;

    public FundUnitSettingsRefused(List<UserFacingException> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public List<UserFacingException> problems() {
        return problems;
    }
}
