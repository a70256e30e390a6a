package org.jiannuo.domain.model.person;

import java.util.Objects;

/** What an editor may change about a person; the ID card (and so birth date and gender) never changes. */
public record PersonProfile(
        String name,
        String phone,
        String email,
        PartyStatus partyStatus,
        String post,
        String assignedPost,
        LeadingCadreLevel leadingCadreLevel,
        boolean retired,
        boolean infirm,
        boolean floating,
        String floatingLocation,
        VillageCategory villageCategory) {

    public static PersonProfile of(Person person) {
        return new PersonProfile(person.getName(), person.getPhone(), person.getEmail(), person.getPartyStatus(), person.getPost(),
                person.getAssignedPost(), person.getLeadingCadreLevel(), person.isRetired(), person.isInfirm(),
                person.isFloating(), person.getFloatingLocation(), person.getVillageCategory());
    }

    /**
     * Whether the other profile leaves the organization's record as this one has it: everything but the
     * phone and e-mail. Party status, cadre level, retirement, infirmity and floating decide what the
     * appraisal asks of a person and are the organization's to record (DOMAIN.md: floating members narrate
     * from afar, the infirm are exempted with a superior's approval); the floating location goes with the
     * floating status. Blank and absent text are the same, as the form sends either.
     */
    public boolean sameOrganizationRecord(PersonProfile other) {
        return Objects.equals(text(name), text(other.name))
                && partyStatus == other.partyStatus
                && Objects.equals(text(post), text(other.post))
                && Objects.equals(text(assignedPost), text(other.assignedPost))
                && leadingCadreLevel == other.leadingCadreLevel
                && retired == other.retired
                && infirm == other.infirm
                && floating == other.floating
                && (!floating || Objects.equals(text(floatingLocation), text(other.floatingLocation)))
                && villageCategory == other.villageCategory;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
