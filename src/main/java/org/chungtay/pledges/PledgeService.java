package org.chungtay.pledges;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignService;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorDetails;
import org.chungtay.donors.DonorHandle;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OptInLink;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.projects.FundraisingProject;
import org.chungtay.projects.ProjectService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.ClientAddress;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.RateLimit;
import org.chungtay.shared.RateLimit.Allowance;
import org.chungtay.shared.RateLimits;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges: submitted online by anyone (checked, limited per address, deduplicated per form), then
 * confirmed, cancelled or marked lapsed by staff of the campaign's fund unit subtree.
 */
@Service
@Transactional
public class PledgeService {

    static final String READERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF','ACCOUNTANT')";
    static final String HANDLERS = "hasAnyRole('ADMIN','FUND_MANAGER','FUND_STAFF')";
    private static final String AUDIT_SUBJECT = "pledge";
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9-]{16,64}");

    private final PledgeRepository pledges;
    private final PledgeList pipeline;
    private final CampaignService campaigns;
    private final DonorService donors;
    private final FundUnitService fundUnits;
    private final RateLimits limits;
    private final RateLimit perAddress;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final I18NProvider words;
    private final String publicBaseUrl;
    private final PledgeLetters letters;
    private final ProjectService projects;

    PledgeService(PledgeRepository pledges, PledgeList pipeline, CampaignService campaigns, DonorService donors,
            FundUnitService fundUnits, RateLimits limits, ApplicationEventPublisher events, AuditTrail audit,
            I18NProvider words, PledgeLetters letters, ProjectService projects,
            @Value("${chungtay.public-base-url}") String publicBaseUrl,
            @Value("${chungtay.pledges.limit-per-hour}") int perHour,
            @Value("${chungtay.pledges.limit-per-day}") int perDay) {
        this.pledges = pledges;
        this.pipeline = pipeline;
        this.campaigns = campaigns;
        this.donors = donors;
        this.fundUnits = fundUnits;
        this.limits = limits;
        this.perAddress = RateLimit.of("online-pledges", new Allowance(perHour, Duration.ofHours(1)),
                new Allowance(perDay, Duration.ofDays(1)));
        this.events = events;
        this.audit = audit;
        this.words = words;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.letters = letters;
        this.projects = projects;
    }

    // ---------------------------------------------------------------- online, anyone

    /**
     * Records an online pledge and publishes {@link PledgeSubmitted}, from which the communications
     * module queues the confirmation email in this transaction; returns the pledge's id and the access
     * token of its confirmation page. The same submission key returns the pledge it created the first time.
     */
    @PreAuthorize("permitAll()")
    public SubmittedPledge submitOnline(String campaignSlug, PledgeSubmission submission, String clientAddress) {
        Optional<Pledge> earlier = earlierWithKey(submission);
        if (earlier.isPresent()) {
            return earlier.get().accessToken(submission.submissionKey())
                    .map(token -> new SubmittedPledge(earlier.get().id(), token))
                    .orElseThrow(() -> new UserFacingException("pledges.error.form-expired"));
        }
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
            throw new UserFacingException("pledges.error.refused");
        }
        PledgeTarget campaign = campaigns.findPledgeTarget(campaignSlug)
                .filter(target -> target.status() == CampaignStatus.ACTIVE)
                .orElseThrow(() -> new UserFacingException("pledges.error.campaign-not-open"));
        return record(campaign, submission, ConsentSource.ONLINE_PLEDGE_FORM, null, pledge -> {
            // Spent only now that everything passed: typos never use up the allowance of an address
            // (an office behind one address, an IPv6 household by its /64). A refusal rolls the donor back.
            if (!limits.tryConsume(perAddress, ClientAddress.of(clientAddress).key())) {
                throw new UserFacingException("pledges.error.too-many");
            }
        });
    }

    /**
     * Staff enter a pledge made by telephone, letter or at a ceremony, with the checks of the online form
     * but without its per-address limit, for an active campaign of their subtree. It is marked as entered
     * by them and confirmed at once (they checked it as they took it down), and the donor gets the same
     * confirmation email with the reference and the VietQR code. Opt-ins ticked for the donor still wait
     * for the address owner's confirmation by email. Returns the pledge's id; the same submission key
     * returns the pledge it created the first time.
     */
    @PreAuthorize(HANDLERS)
    public long enterForDonor(String campaignSlug, PledgeSubmission submission) {
        Optional<Pledge> earlier = earlierWithKey(submission);
        if (earlier.isPresent()) {
            FundScope.check(earlier.get().fundUnitPath());
            return earlier.get().id();
        }
        PledgeTarget campaign = campaigns.findPledgeTarget(campaignSlug)
                .filter(target -> target.status() == CampaignStatus.ACTIVE)
                .orElseThrow(() -> new UserFacingException("pledges.error.campaign-not-open"));
        String enteredBy = FundScope.actorName();
        SubmittedPledge entered = record(campaign, submission, ConsentSource.STAFF_ENTRY, enteredBy,
                pledge -> FundScope.check(pledge.fundUnitPath()));
        Pledge pledge = pledges.findById(entered.id()).orElseThrow();
        String before = pledge.toString();
        pledge.confirm();
        audit.record(AUDIT_SUBJECT, pledge.id(), "confirmed", before, pledge.toString());
        return entered.id();
    }

    /** The pledge a form with this submission key already made (a double click, a resent form), if any. */
    private Optional<Pledge> earlierWithKey(PledgeSubmission submission) {
        if (submission.submissionKey() == null || !SUBMISSION_KEY.matcher(submission.submissionKey()).matches()) {
            throw new UserFacingException("pledges.error.form-expired");
        }
        return pledges.findBySubmissionKeyHash(AccessTokens.hash(submission.submissionKey()));
    }

    /**
     * Checks a submission field by field, registers its donor, runs {@code admit} (a limit, a scope) once
     * everything passed (a refusal rolls the donor back), stores the pledge and publishes
     * {@link PledgeSubmitted}.
     */
    private SubmittedPledge record(PledgeTarget campaign, PledgeSubmission submission, ConsentSource source,
            String enteredBy, Consumer<Pledge> admit) {
        PledgeContact contact = checkedContact(submission);
        if (submission.commitment() == null || submission.plan() == null) {
            throw new UserFacingException("pledges.error.kind-required");
        }
        checkFirstDueDate(submission.plan());
        FundUnitRef unit = fundUnits.findPublic(campaign.fundUnitId())
                .orElseThrow(() -> new UserFacingException("pledges.error.campaign-not-open"));
        if (submission.commitment().preferredCommuneId() != null) {
            fundUnits.findPublic(submission.commitment().preferredCommuneId())
                    .filter(commune -> commune.path().startsWith(unit.path()))
                    .orElseThrow(() -> new UserFacingException("pledges.error.commune-unknown"));
        }

        Commitment commitment = designated(campaign, submission.commitment());

        String accessToken = AccessTokens.newToken();
        Pledge pledge = new Pledge(uniqueReference(), accessToken, submission.submissionKey(),
                new CampaignTarget(campaign.campaignId(), unit.id(), unit.path()), commitment,
                submission.plan(), contact, Instant.now());
        pledge.enteredBy(enteredBy);
        DonorHandle donor = donors.registerFromPledge(unit.id(), donorDetails(submission, contact),
                optIns(submission), source);
        pledge.linkDonor(donor.donorId(), donor.claimId());
        admit.accept(pledge);
        pledges.save(pledge);
        audit.record(AUDIT_SUBJECT, pledge.id(), enteredBy == null ? "submitted" : "entered", null, pledge.toString());
        events.publishEvent(new PledgeSubmitted(pledge.id(), pledge.reference(), pledge.contactEmail(),
                pledge.language(), confirmationValues(pledge, campaign, accessToken), unit.id(),
                optInValues(pledge, campaign, donor.optInToken(), optIns(submission))));
        return new SubmittedPledge(pledge.id(), accessToken);
    }

    /**
     * The commitment with its project designation checked here, whatever the form showed (a crafted request skips
     * the browser): the project must raise money now and through this campaign. A project-designated gift's
     * programme is the project's programme.
     */
    private Commitment designated(PledgeTarget campaign, Commitment commitment) {
        if (commitment.projectId() == null) {
            return commitment;
        }
        FundraisingProject project = projects.designatable(campaign.campaignId(), commitment.projectId())
                .orElseThrow(() -> new UserFacingException("pledges.error.project-not-open"));
        return commitment.forProject(project.id(), project.programme());
    }

    /** The projects a pledge of this active campaign may be designated to, for the online and staff forms. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FundraisingProject> projectsOf(String campaignSlug) {
        return campaigns.findPledgeTarget(campaignSlug)
                .map(target -> projects.fundraisingProjectsOf(target.campaignId()))
                .orElse(List.of());
    }

    /** The donor's own view of a pledge, for the holder of its access token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PledgeConfirmation> confirmation(String accessToken) {
        if (accessToken == null) {
            return Optional.empty();
        }
        return pledges.findByAccessTokenHash(AccessTokens.hash(accessToken)).map(pledge -> {
            PledgeTarget campaign = campaigns.findPledgeTargetById(pledge.campaignId()).orElseThrow();
            return letters.confirmation(pledge, campaign);
        });
    }

    /** The VietQR image of a pledge paid by transfer, for the holder of its access token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> qrImage(String accessToken, int sizePx) {
        return confirmation(accessToken).filter(PledgeConfirmation::paidByTransfer)
                .map(pledge -> VietQr.png(pledge.qrPayload(), sizePx));
    }

    /** Units below a campaign's fund unit that a sponsor may prefer, for the online form. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<FundUnitRef> communesOf(String campaignSlug) {
        return campaigns.findPledgeTarget(campaignSlug)
                .map(target -> fundUnits.activeUnitsBelow(target.fundUnitId()))
                .orElse(List.of());
    }

    // ---------------------------------------------------------------- staff

    /** A page of the pledges of the caller's subtree that match, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<PledgeSummary> list(PledgeFilter filter, int offset, int limit) {
        return pipeline.page(FundScope.subtreePath(), filter, Math.max(0, offset), Math.max(0, limit));
    }

    /** How many pledges of the caller's subtree match. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(PledgeFilter filter) {
        return pipeline.count(FundScope.subtreePath(), filter);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public PledgeDetails get(long id) {
        Pledge pledge = pledgeInScope(id);
        String campaignName = campaigns.findPledgeTargetById(pledge.campaignId())
                .map(target -> target.nameVi()).orElse("");
        String projectTitle = pledge.projectId() == null ? null
                : projects.designated(pledge.projectId()).map(FundraisingProject::titleVi).orElse(null);
        return new PledgeDetails(pledge, campaignName, audit.historyOf(AUDIT_SUBJECT, id), projectTitle);
    }

    /**
     * Staff checked the pledge: from now on it counts, and it counts for the donor it names, also when
     * that is an existing record of another unit. The details submitted with it stay a claim on that
     * record, which its keepers confirm or reject in the donor register; the pledge reveals nothing
     * of the record and changes nothing in it.
     */
    @PreAuthorize(HANDLERS)
    public PledgeSummary confirm(long id) {
        Pledge pledge = pledgeInScope(id);
        String before = pledge.toString();
        pledge.confirm();
        audit.record(AUDIT_SUBJECT, id, "confirmed", before, pledge.toString());
        return PledgeSummary.of(pledge);
    }

    @PreAuthorize(HANDLERS)
    public PledgeSummary cancel(long id, String reason) {
        Pledge pledge = pledgeInScope(id);
        String before = pledge.toString();
        pledge.cancel(reason);
        audit.record(AUDIT_SUBJECT, id, "cancelled", before, pledge + " reason=" + pledge.cancelReason());
        return PledgeSummary.of(pledge);
    }

    @PreAuthorize(HANDLERS)
    public PledgeSummary markLapsed(long id) {
        Pledge pledge = pledgeInScope(id);
        String before = pledge.toString();
        pledge.lapse();
        audit.record(AUDIT_SUBJECT, id, "lapsed", before, pledge.toString());
        return PledgeSummary.of(pledge);
    }

    // ---------------------------------------------------------------- inside

    private Pledge pledgeInScope(long id) {
        Pledge pledge = pledges.findById(id).orElseThrow(() -> new UserFacingException("pledges.error.not-found"));
        FundScope.check(pledge.fundUnitPath());
        return pledge;
    }

    /**
     * The contact fields, each checked against the limit its form field shows, because a crafted
     * client sends what it likes: names plain and not too long, email, phone and tax code in their
     * canonical forms ({@link EmailAddress}, {@link PhoneNumber}, {@link TaxCode}).
     */
    private static PledgeContact checkedContact(PledgeSubmission submission) {
        boolean organisation = submission.organisation();
        String donorName = plain(submission.donorName(), organisation ? PledgeSubmission.ORGANISATION_NAME_LIMIT
                : PledgeSubmission.PERSON_NAME_LIMIT, "pledges.error.donor-name-required",
                "pledges.error.donor-name-too-long");
        String contactName = organisation ? plain(submission.contactName(), PledgeSubmission.PERSON_NAME_LIMIT,
                "pledges.error.contact-name-required", "pledges.error.contact-name-too-long") : donorName;
        String email = EmailAddress.parse(submission.email()).value();
        String taxCode = null;
        if (organisation) {
            if (submission.sector() == null) {
                throw new UserFacingException("pledges.error.sector-required");
            }
            boolean given = submission.taxCode() != null && !submission.taxCode().isBlank();
            if (given || submission.sector().requiresTaxCode()) {
                taxCode = TaxCode.parse(submission.taxCode()).value();
            }
        }
        String phone = submission.phone() == null || submission.phone().isBlank() ? null
                : PhoneNumber.parse(submission.phone()).value();
        if (submission.address() != null && submission.address().strip().length() > PledgeSubmission.ADDRESS_LIMIT) {
            throw new UserFacingException("pledges.error.address-too-long", PledgeSubmission.ADDRESS_LIMIT);
        }
        Locale language = submission.language() == null ? Locale.of("vi") : submission.language();
        return new PledgeContact(donorName, taxCode, contactName, email, phone, language);
    }

    /** The first instalment falls between today and a year ahead, as the form's date picker allows. */
    private static void checkFirstDueDate(InstalmentPlan plan) {
        LocalDate today = VietnamTime.today();
        if (plan.firstDueDate().isBefore(today)
                || plan.firstDueDate().isAfter(PledgeSubmission.lastFirstDueDate(today))) {
            throw new UserFacingException("pledges.error.first-due");
        }
    }

    private static String plain(String text, int limit, String requiredKey, String tooLongKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new UserFacingException(requiredKey);
        }
        if (stripped.length() > limit) {
            throw new UserFacingException(tooLongKey, limit);
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("pledges.error.text-invalid");
        }
        return stripped;
    }

    private static DonorDetails donorDetails(PledgeSubmission submission, PledgeContact contact) {
        String language = contact.language().getLanguage();
        if (submission.organisation()) {
            return new OrganisationDetails(contact.donorName(),
                    contact.taxCode() == null ? null : TaxCode.parse(contact.taxCode()), submission.sector(),
                    submission.address(), null, null,
                    List.of(new ContactDetails(contact.contactName(), null, contact.email(), contact.phone())),
                    language, submission.mayBeNamed());
        }
        return new IndividualDetails(contact.donorName(), contact.email(), contact.phone(), submission.address(),
                language, submission.mayBeNamed());
    }

    private static Set<ConsentCategory> optIns(PledgeSubmission submission) {
        Set<ConsentCategory> optIns = new java.util.HashSet<>();
        if (submission.progressUpdates()) {
            optIns.add(ConsentCategory.PROGRESS_UPDATES);
        }
        if (submission.appeals()) {
            optIns.add(ConsentCategory.APPEALS);
        }
        return optIns;
    }

    /**
     * What the opt-in confirmation says, in the donor's language: the news ticked on the form and the link that
     * confirms them (double opt-in); empty when the visitor ticked none, or the address had them already.
     */
    private Map<String, Object> optInValues(Pledge pledge, PledgeTarget campaign, String optInToken,
            Set<ConsentCategory> ticked) {
        if (optInToken == null) {
            return Map.of();
        }
        Locale language = pledge.language();
        return Map.of(
                "contactName", PledgeLetters.quoted(pledge.contactName()),
                "fundUnitName", letters.confirmation(pledge, campaign).fundUnitName(),
                "categories", ticked.stream().sorted().map(category -> words.getTranslation(category.labelKey(), language))
                        .collect(Collectors.joining("; ")),
                "confirmUrl", publicBaseUrl + "/consent/confirm/" + optInToken,
                "validDays", Integer.toString(OptInLink.VALID_FOR_DAYS));
    }

    private ReferenceCode uniqueReference() {
        Year year = Year.now(VietnamTime.ZONE);
        ReferenceCode reference = ReferenceCode.generate(year);
        while (pledges.existsByReference(reference.value())) {
            reference = ReferenceCode.generate(year);
        }
        return reference;
    }

    /** What the confirmation email says, in the donor's language. */
    private Map<String, Object> confirmationValues(Pledge pledge, PledgeTarget campaign, String accessToken) {
        PledgeConfirmation details = letters.confirmation(pledge, campaign);
        Locale language = pledge.language();
        DateTimeFormatter dates = letters.dates(language);
        String pageUrl = publicBaseUrl + "/" + PledgesNavigation.confirmation(accessToken);
        Map<String, Object> values = letters.letterhead(pledge, details, language);
        values.put("contactName", PledgeLetters.quoted(pledge.contactName()));
        values.put("commitment", PledgeLetters.quoted(PledgeTexts.commitment(words, language, details)));
        values.put("total", pledge.total().format(language));
        values.put("pageUrl", pageUrl);
        if (details.paidByTransfer()) {
            Map<String, Object> transfer = letters.account(details);
            transfer.put("qrUrl", pageUrl + "/qr.png");
            transfer.put("instalments", pledge.instalments().stream().map(instalment -> Map.of(
                    "number", instalment.number(),
                    "amount", instalment.amount().format(language),
                    "dueDate", dates.format(instalment.dueDate()))).toList());
            values.put("transfer", transfer);
        } else {
            values.put("transfer", false);
        }
        return values;
    }
}
