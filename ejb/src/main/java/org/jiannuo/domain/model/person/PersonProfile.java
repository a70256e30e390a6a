package org.jiannuo.domain.model.person;

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
}
