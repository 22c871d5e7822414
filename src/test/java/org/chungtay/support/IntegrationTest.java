package org.chungtay.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.communications.OutboxDrain;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.people.StaffDetails;
import org.chungtay.people.StaffUserService;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal as it runs, on a real MariaDB and a real SMTP server, on a random port. Every test
 * builds the data it needs with unique names, so tests never depend on each other or on demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.devmode.liveReload.enabled=false",
        // Tests read figures right after changing them; RenderedPagesTest covers the sharing.
        "chungtay.public-pages.cache-seconds=0",
        "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000",
        // When the test JVM ends, the embedded database's shutdown hook may stop it before the cached
        // contexts close; the event publication registry then waits this long for a connection, per context.
        "spring.datasource.hikari.connection-timeout=2000"})
public abstract class IntegrationTest {

    public static final String PASSWORD = "correct-horse-battery";

    @Autowired
    protected FundUnitService fundUnits;

    @Autowired
    protected StaffUserService staff;

    @Autowired
    protected CampaignService campaigns;

    @Autowired
    protected AuthenticationProvider signIn;

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /**
     * Vaadin installs its own security-context strategy globally, one per application context, while method
     * security asks the strategy bean of its own context. When a test class with other settings started a second
     * context in this JVM, the global one belongs to that context: put this context's back before each test.
     */
    @Autowired
    private ApplicationContext portal;

    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    /** A test that waits for an email has the outbox send it at once rather than at the job's next run (10 s). */
    @BeforeEach
    void sendMailWhenWaitedFor() {
        TestMail.sendQueuedWith(() -> OutboxDrain.now(portal));
    }

    @DynamicPropertySource
    static void realParts(DynamicPropertyRegistry registry) {
        registry.add("DB_URL", TestDatabase::url);
        registry.add("DB_USER", TestDatabase::user);
        registry.add("DB_PASSWORD", TestDatabase::password);
        registry.add("SMTP_HOST", () -> "127.0.0.1");
        registry.add("SMTP_PORT", TestMail::port);
    }

    /** Signs in as a person, as the login form would, and does the work as them. */
    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** Does the work as a donor signed in to the donor portal with this address. */
    public <T> T asDonor(long donorId, String email, Supplier<T> work) {
        return new DonorPrincipal(donorId, email, java.time.Instant.now()).call(work);
    }

    public void asDonor(long donorId, String email, Runnable work) {
        new DonorPrincipal(donorId, email, java.time.Instant.now()).run(work);
    }

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected FundUnitRef root() {
        return SystemActor.call(() -> fundUnits.subtree().getFirst());
    }

    /** A new unit directly under the root. */
    protected FundUnitRef newUnit(String name) {
        return SystemActor.call(() -> fundUnits.create(root().id(), unique(name)));
    }

    protected FundUnitRef newUnitUnder(FundUnitRef parent, String name) {
        return SystemActor.call(() -> fundUnits.create(parent.id(), unique(name)));
    }

    /** Makes sure the tree has a third level, so that units below the root's children can exist. */
    protected void ensureThreeLevels() {
        SystemActor.run(() -> {
            while (fundUnits.levels().size() < 3) {
                int depth = fundUnits.levels().size() + 1;
                fundUnits.addLevel(new FundUnitService.LevelNames("Cấp " + depth, "Level " + depth));
            }
        });
    }

    /** A campaign of the unit that collects now, with a complete receiving account at Vietcombank. */
    protected CampaignDetails activeCampaign(FundUnitRef unit, CampaignKind kind) {
        LocalDate today = CampaignCalendar.today();
        String account = String.valueOf(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 8_999_999_999L));
        CampaignDraft draft = new CampaignDraft(kind, unit.id(), unique("Chung tay vì trẻ em"), unique("Joining hands"),
                "Mỗi đóng góp giúp trẻ em có hoàn cảnh đặc biệt.", "Every gift helps children in need.",
                Money.vnd(1_000_000_000), today.minusDays(1), today.plusDays(29),
                new ReceivingAccount("970436", account, "QUY BAO TRO TRE EM"), null);
        return SystemActor.call(() -> {
            CampaignDetails created = campaigns.create(draft);
            campaigns.schedule(created.id());
            return campaigns.activate(created.id());
        });
    }

    protected CampaignDetails activeCampaign(FundUnitRef unit) {
        return activeCampaign(unit, CampaignKind.OTHER);
    }

    /** A staff account with a lasting password {@link #PASSWORD}; returns its username. */
    public String newStaff(Role role, FundUnitRef unit, String fullName) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SystemActor.run(() -> staff.provision(username,
                new StaffDetails(fullName, username + "@test.chungtay", role, unit.id()), PASSWORD));
        return username;
    }
}
