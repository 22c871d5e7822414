package org.chungtay.donors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.UserFacingException;

/**
 * The rules for what is kept of a donor, applied to everything that comes in, whoever sends it:
 * texts are composed (NFC: some keyboards send Vietnamese letters decomposed), trimmed, runs of
 * spaces become one, control characters are refused; emails and phone numbers take the canonical
 * form of {@link EmailAddress} and {@link PhoneNumber}. Texts are kept as plain text: views escape them.
 */
final class DonorChecks {

    static final Set<String> LANGUAGES = Set.of("vi", "en");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private DonorChecks() {
    }

    static DonorDetails checked(DonorDetails details) {
        if (details == null) {
            throw new UserFacingException("donors.error.name-required");
        }
        return switch (details) {
            case OrganisationDetails organisation -> checked(organisation);
            case IndividualDetails individual -> checked(individual);
        };
    }

    static OrganisationDetails checked(OrganisationDetails details) {
        String name = required(details.name(), DonorLimits.NAME, "donors.error.name-required");
        if (details.sector() == null) {
            throw new UserFacingException("donors.error.sector-required");
        }
        if (details.taxCode() == null && details.sector().requiresTaxCode()) {
            throw new UserFacingException("donors.error.tax-code-required");
        }
        if (details.contacts().size() > DonorLimits.CONTACTS) {
            throw new UserFacingException("donors.error.too-many-contacts", DonorLimits.CONTACTS);
        }
        List<ContactDetails> contacts = new ArrayList<>();
        for (ContactDetails contact : details.contacts()) {
            contacts.add(checked(contact));
        }
        return new OrganisationDetails(name, details.taxCode(), details.sector(),
                optional(details.address(), DonorLimits.ADDRESS),
                optional(details.representativeName(), DonorLimits.PERSON_NAME),
                optional(details.representativeTitle(), DonorLimits.TITLE),
                contacts, language(details.preferredLanguage()), details.mayBeNamed());
    }

    static IndividualDetails checked(IndividualDetails details) {
        String name = required(details.name(), DonorLimits.PERSON_NAME, "donors.error.name-required");
        String email = email(details.email());
        if (email == null) {
            throw new UserFacingException("donors.error.email-required");
        }
        return new IndividualDetails(name, email, phone(details.phone()), optional(details.address(),
                DonorLimits.ADDRESS), language(details.preferredLanguage()), details.mayBeNamed());
    }

    static ContactDetails checked(ContactDetails contact) {
        return new ContactDetails(
                required(contact.name(), DonorLimits.PERSON_NAME, "donors.error.contact-name-required"),
                optional(contact.role(), DonorLimits.ROLE), email(contact.email()), phone(contact.phone()));
    }

    /** A lower-case address, or null when none is given. */
    static String email(String input) {
        return input == null || input.isBlank() ? null : EmailAddress.parse(input).value();
    }

    /** The national form, or null when none is given. */
    static String phone(String input) {
        return input == null || input.isBlank() ? null : PhoneNumber.parse(input).value();
    }

    static String language(String language) {
        if (language == null || language.isBlank()) {
            return "vi";
        }
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("donors.error.language-unknown");
        }
        return language;
    }

    private static String required(String input, int limit, String missingKey) {
        String text = optional(input, limit);
        if (text == null) {
            throw new UserFacingException(missingKey);
        }
        return text;
    }

    private static String optional(String input, int limit) {
        if (input == null) {
            return null;
        }
        String text = SPACES.matcher(Normalizer.normalize(input, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > limit) {
            throw new UserFacingException("donors.error.too-long", limit);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("donors.error.text-invalid");
        }
        return text;
    }
}
