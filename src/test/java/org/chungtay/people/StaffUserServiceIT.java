package org.chungtay.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class StaffUserServiceIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorOpensAnAccountWithATemporaryPasswordThatMustBeChanged() {
        FundUnitRef unit = newUnit("Huyện Staff");
        String admin = newStaff(Role.ADMIN, unit, "Admin");

        IssuedPassword issued = as(admin, () -> staff.create("Nguyen.An",
                new StaffDetails("Nguyễn Văn An", "An@Example.vn", Role.FUND_STAFF, unit.id())));

        assertThat(issued.username()).isEqualTo("nguyen.an");
        assertThat(issued.password()).hasSize(14);
        var signedIn = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("NGUYEN.AN", issued.password()));
        StaffPrincipal principal = (StaffPrincipal) signedIn.getPrincipal();
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(principal.fundUnitName()).isEqualTo(unit.name());
        StaffSummary listed = as(admin, () -> staff.listInScope()).stream()
                .filter(s -> s.username().equals("nguyen.an")).findFirst().orElseThrow();
        assertThat(listed.email()).isEqualTo("an@example.vn");
        assertThat(jdbc.sql("SELECT password_hash FROM staff_user WHERE username = 'nguyen.an'")
                .query(String.class).single()).startsWith("{bcrypt}").doesNotContain(issued.password());
    }

    @Test
    void anAdministratorManagesOnlyTheirSubtree() {
        FundUnitRef mine = newUnit("Huyện Mine");
        FundUnitRef theirs = newUnit("Huyện Theirs");
        String admin = newStaff(Role.ADMIN, mine, "Admin");
        String stranger = newStaff(Role.FUND_STAFF, theirs, "Stranger");

        List<StaffSummary> listed = as(admin, () -> staff.listInScope());

        assertThat(listed).extracting(StaffSummary::username).doesNotContain(stranger);
        assertThatThrownBy(() -> as(admin, () -> staff.create("someone", new StaffDetails("Someone",
                "someone@example.vn", Role.FUND_STAFF, theirs.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        FundUnitRef unit = newUnit("Huyện Managers");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");

        assertThatThrownBy(() -> as(manager, () -> staff.listInScope())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithAMessageKey() {
        FundUnitRef unit = newUnit("Huyện Input");
        String admin = newStaff(Role.ADMIN, unit, "Admin");

        assertRefused(admin, "ab", new StaffDetails("A", "a@b.vn", Role.FUND_STAFF, unit.id()),
                "users.error.username-invalid");
        assertRefused(admin, "valid.name", new StaffDetails(" ", "a@b.vn", Role.FUND_STAFF, unit.id()),
                "users.error.full-name-required");
        assertRefused(admin, "valid.name", new StaffDetails("A", "not-an-email", Role.FUND_STAFF, unit.id()),
                "users.error.email-invalid");
        assertRefused(admin, admin, new StaffDetails("A", "a@b.vn", Role.FUND_STAFF, unit.id()),
                "users.error.username-taken");
    }

    @Test
    void fiveWrongPasswordsInARowMakeTheAccountWait() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Throttle"), "Clerk");
        String address = someAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(clerk, "wrong-password", address)))
                    .isInstanceOf(BadCredentialsException.class).isNotInstanceOf(SignInThrottledException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(clerk, PASSWORD, someAddress())))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(jdbc.sql("SELECT login_blocked_until FROM staff_user WHERE username = ?").param(clerk)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isBetween(Instant.now().plusSeconds(20), Instant.now().plusSeconds(31));
    }

    @Test
    void wrongPasswordsTypedAtTheSameMomentEachCount() throws Exception {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Parallel"), "Clerk");
        int parallel = StaffUser.FREE_ATTEMPTS - 1;
        CyclicBarrier together = new CyclicBarrier(parallel);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Throwable>> attempts = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String address = someAddress();
                attempts.add(threads.submit(() -> {
                    together.await();
                    try {
                        signIn.authenticate(attempt(clerk, "wrong-password", address));
                        return null;
                    } catch (BadCredentialsException refused) {
                        return refused;
                    }
                }));
            }
            for (Future<Throwable> attempt : attempts) {
                assertThat(attempt.get(60, TimeUnit.SECONDS)).isInstanceOf(BadCredentialsException.class);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.sql("SELECT failed_logins FROM staff_user WHERE username = ?").param(clerk)
                .query(Integer.class).single()).isEqualTo(parallel);
    }

    @Test
    void oneAddressGetsOnlySoManyWrongPasswordsAndUnknownUsernamesWhateverTheAccount() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Spray"), "Clerk");
        String sprayer = someAddress();
        String colleague = someAddress();
        long allowance = StaffSignIn.WRONG_PER_ADDRESS.allowances().getFirst().count();
        for (int i = 0; i < 3; i++) {
            signIn.authenticate(attempt(clerk, PASSWORD, sprayer));
        }
        for (long i = 0; i < allowance; i++) {
            String username = i % 2 == 0 ? "nobody" + i : clerk + "-typo";
            assertThatThrownBy(() -> signIn.authenticate(attempt(username, "guess-" + username, sprayer)))
                    .isInstanceOf(BadCredentialsException.class).isNotInstanceOf(SignInThrottledException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(clerk, PASSWORD, sprayer)))
                .as("the right password does not help from that address")
                .isInstanceOf(SignInThrottledException.class);
        assertThat(signIn.authenticate(attempt(clerk, PASSWORD, colleague)).isAuthenticated())
                .as("the account itself is not blocked").isTrue();
    }

    @Test
    void anUnknownUsernameAWrongPasswordAndAWaitingAccountAreRefusedAlike() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Alike"), "Clerk");
        for (int attempt = 0; attempt < StaffUser.FREE_ATTEMPTS; attempt++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(clerk, "wrong-password", someAddress())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        List<Throwable> refusals = new ArrayList<>();
        for (var attempt : List.of(attempt("no-such-person", PASSWORD, someAddress()),
                attempt(clerk, "wrong-password", someAddress()), attempt(clerk, PASSWORD, someAddress()))) {
            refusals.add(catchThrowable(() -> signIn.authenticate(attempt)));
        }

        // The sign-in page shows one text for every BadCredentialsException; what differs inside stays inside.
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).isInstanceOf(BadCredentialsException.class));
    }

    @Test
    void namesOfTheSystemAndThePublicCannotBeTaken() {
        FundUnitRef unit = newUnit("Huyện Reserved");
        String admin = newStaff(Role.ADMIN, unit, "Admin");

        for (String name : List.of("system", "PUBLIC", " Public ", "anonymousUser", "root")) {
            assertRefused(admin, name, new StaffDetails("A", "a@b.vn", Role.ADMIN, unit.id()),
                    "users.error.username-reserved");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM staff_user WHERE username IN ('system', 'public')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void deactivationANewRoleAndAPasswordResetEndTheSessionsThatStartedBefore() {
        FundUnitRef unit = newUnit("Huyện Sessions");
        String admin = newStaff(Role.ADMIN, unit, "Admin");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        long id = idOf(admin, clerk);
        StaffSessionCheck sessions = new StaffSessionCheck(jdbc);

        StaffPrincipal first = principal(clerk);
        assertThat(sessions.isCurrent(first)).isTrue();
        as(admin, () -> staff.update(id, new StaffDetails("Clerk", clerk + "@test.chungtay", Role.FUND_STAFF, unit.id())));
        assertThat(sessions.isCurrent(first)).as("a new name keeps the session").isTrue();
        as(admin, () -> staff.update(id, new StaffDetails("Clerk", clerk + "@test.chungtay", Role.FUND_MANAGER, unit.id())));
        assertThat(sessions.isCurrent(first)).isFalse();

        StaffPrincipal second = principal(clerk);
        IssuedPassword issued = as(admin, () -> staff.resetPassword(id));
        assertThat(sessions.isCurrent(second)).isFalse();

        StaffPrincipal third = (StaffPrincipal) signIn.authenticate(attempt(clerk, issued.password(), someAddress()))
                .getPrincipal();
        assertThat(sessions.isCurrent(third)).isTrue();
        as(admin, () -> staff.deactivate(id));
        assertThat(sessions.isCurrent(third)).isFalse();
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Own"), "Clerk");
        StaffSessionCheck sessions = new StaffSessionCheck(jdbc);
        StaffPrincipal elsewhere = principal(clerk);

        StaffPrincipal here = as(clerk, () -> {
            StaffPrincipal me = (StaffPrincipal) org.springframework.security.core.context.SecurityContextHolder
                    .getContext().getAuthentication().getPrincipal();
            staff.changeOwnPassword(me, PASSWORD, "a-new-long-password");
            return me;
        });

        assertThat(sessions.isCurrent(here)).isTrue();
        assertThat(sessions.isCurrent(elsewhere)).isFalse();
    }

    @Test
    void checkingASessionIsOneCheapPrimaryKeyRead() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Measure"), "Clerk");
        StaffSessionCheck sessions = new StaffSessionCheck(jdbc);
        StaffPrincipal me = principal(clerk);
        for (int i = 0; i < 500; i++) {
            sessions.isCurrent(me);
        }
        int checks = 5000;
        long started = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            assertThat(sessions.isCurrent(me)).isTrue();
        }
        double micros = (System.nanoTime() - started) / 1000.0 / checks;

        System.out.printf("Session check: %.0f µs per request (mean of %d)%n", micros, checks);
        assertThat(micros).isLessThan(2000);
    }

    private StaffPrincipal principal(String username) {
        return (StaffPrincipal) signIn.authenticate(attempt(username, PASSWORD, someAddress())).getPrincipal();
    }

    private long idOf(String admin, String username) {
        return as(admin, () -> staff.listInScope()).stream().filter(s -> s.username().equals(username))
                .findFirst().orElseThrow().id();
    }

    /** As the sign-in form sends it: Spring Security's details carry the client address. */
    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** A random private address, so that tests and runs hardly ever share an address's allowance. */
    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Huyện Password"), "Clerk");
        as(clerk, () -> {
            StaffPrincipal me = (StaffPrincipal) org.springframework.security.core.context.SecurityContextHolder
                    .getContext().getAuthentication().getPrincipal();
            assertThatThrownBy(() -> staff.changeOwnPassword(me, "wrong", "a-new-long-password"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("password.error.current-wrong"));
            assertThatThrownBy(() -> staff.changeOwnPassword(me, PASSWORD, "short"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("password.error.too-short"));
            staff.changeOwnPassword(me, PASSWORD, "a-new-long-password");
        });
        assertThat(signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(clerk, "a-new-long-password")).isAuthenticated())
                .isTrue();
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        FundUnitRef unit = newUnit("Huyện Deactivate");
        String admin = newStaff(Role.ADMIN, unit, "Admin");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        long id = idOf(admin, clerk);

        as(admin, () -> staff.deactivate(id));

        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(clerk, PASSWORD)))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'staff_user' AND subject_id = ?"
                + " AND action = 'deactivated'").param(id).query(Long.class).single()).isEqualTo(1);
    }

    private void assertRefused(String admin, String username, StaffDetails details, String key) {
        assertThatThrownBy(() -> as(admin, () -> staff.create(username, details)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
