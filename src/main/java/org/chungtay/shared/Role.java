package org.chungtay.shared;

/** What a staff account may do. A staff account has exactly one role, bound to one fund unit. */
public enum Role {
    ADMIN, FUND_MANAGER, FUND_STAFF, ACCOUNTANT, CASEWORKER;

    /** For {@code @PreAuthorize}: any staff account, whatever its role (never a donor). */
    public static final String ANY_STAFF = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT','CASEWORKER')";

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String FUND_MANAGER = "FUND_MANAGER";
        public static final String FUND_STAFF = "FUND_STAFF";
        public static final String ACCOUNTANT = "ACCOUNTANT";
        public static final String CASEWORKER = "CASEWORKER";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
