package org.chungtay.pledges;

import java.util.Optional;

import org.chungtay.projects.FundraisingProject;
import org.chungtay.projects.ProjectService;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.PledgeTarget;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.springframework.stereotype.Component;

/**
 * What every email about a pledge says the same way, in the donor's language: who gives, to which campaign
 * of which unit, under which reference, and where to transfer. The confirmation and the instalment
 * reminders are built from it, so they never tell a donor two different accounts.
 */
@Component
class PledgeLetters {

    private final FundUnitService fundUnits;
    private final I18NProvider words;
    private final ProjectService projects;

    PledgeLetters(FundUnitService fundUnits, I18NProvider words, ProjectService projects) {
        this.fundUnits = fundUnits;
        this.words = words;
        this.projects = projects;
    }

    /** The donor's own view of a pledge, as its confirmation page and emails show it. */
    PledgeConfirmation confirmation(Pledge pledge, PledgeTarget campaign) {
        boolean transfer = pledge.kind().isPaidByTransfer() && campaign.account().isComplete();
        String payload = transfer ? VietQr.payload(campaign.account().bankBin(), campaign.account().accountNumber(),
                pledge.instalments().getFirst().amount(), pledge.reference()) : null;
        String unitName = fundUnits.findPublic(pledge.fundUnitId()).map(FundUnitRef::name).orElse("");
        Optional<FundraisingProject> project = pledge.projectId() == null ? Optional.empty()
                : projects.designated(pledge.projectId());
        return new PledgeConfirmation(pledge.reference(), campaign.nameVi(), campaign.nameEn(), unitName,
                pledge.kind(), pledge.programme(), pledge.children(), pledge.months(), pledge.perChildPerMonth(),
                pledge.inKindDescription(), pledge.total(), pledge.instalments(),
                campaign.account().bankShortName().orElse(""), campaign.account().accountNumber(),
                campaign.account().accountName(), payload, pledge.status(), pledge.donorName(), pledge.contactName(),
                project.map(FundraisingProject::titleVi).orElse(null), project.map(FundraisingProject::titleEn).orElse(null));
    }

    /** The values a letter about the pledge starts from: donor, campaign, unit and reference. */
    Map<String, Object> letterhead(Pledge pledge, PledgeConfirmation details, Locale language) {
        Map<String, Object> values = new HashMap<>();
        // What the visitor typed is shown only as quoted data, never as the fund's own words.
        values.put("donorName", quoted(pledge.donorName()));
        values.put("campaignName", details.campaignName(language));
        values.put("fundUnitName", details.fundUnitName());
        values.put("reference", pledge.reference());
        return values;
    }

    /** The account to transfer to, for a pledge paid by transfer. */
    Map<String, Object> account(PledgeConfirmation details) {
        Map<String, Object> account = new HashMap<>();
        account.put("bankName", details.bankName());
        account.put("accountNumber", details.accountNumber());
        account.put("accountName", details.accountName());
        return account;
    }

    DateTimeFormatter dates(Locale language) {
        return DateTimeFormatter.ofPattern(words.getTranslation("format.date", language));
    }

    /** One line in quotation marks, so that a typed line break cannot leave the quoted block. */
    static String quoted(String typed) {
        return "“" + typed.replaceAll("\\s+", " ").strip() + "”";
    }
}
