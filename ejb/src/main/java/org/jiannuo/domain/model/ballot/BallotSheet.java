package org.jiannuo.domain.model.ballot;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * One voter's choices, checked against the paper and written as one byte per subject (the option's
 * place on the scale) in the paper's order. Every ballot of an occasion is therefore the same length,
 * so a sealed ballot's size says nothing about what it holds.
 */
public final class BallotSheet {

    private final byte[] choices;

    private BallotSheet(byte[] choices) {
        this.choices = choices;
    }

    /** A complete ballot: one option of the scale for every subject of the paper, nothing else. */
    public static BallotSheet of(List<String> subjectKeys, Scale scale, Map<String, String> choices) {
        if (choices == null || !new HashSet<>(subjectKeys).equals(choices.keySet())
                || choices.values().stream().anyMatch(Objects::isNull)) {
            Set<String> missing = new HashSet<>(subjectKeys);
            if (choices != null) {
                missing.removeAll(choices.keySet());
            }
            throw new RuleViolation("ballot.incomplete", missing.size(), subjectKeys.size());
        }
        byte[] encoded = new byte[subjectKeys.size()];
        for (int i = 0; i < subjectKeys.size(); i++) {
            int option = scale.indexOf(choices.get(subjectKeys.get(i)));
            if (option < 0) {
                throw new RuleViolation("ballot.notOnScale");
            }
            encoded[i] = (byte) option;
        }
        return new BallotSheet(encoded);
    }

    /** Reads an opened ballot back; one that does not fit the paper is refused. */
    public static BallotSheet read(byte[] encoded, int subjects, Scale scale) {
        if (encoded.length != subjects) {
            throw new IllegalStateException("A sealed ballot does not fit its paper");
        }
        for (byte option : encoded) {
            if (option < 0 || option >= scale.options().size()) {
                throw new IllegalStateException("A sealed ballot holds an option off its scale");
            }
        }
        return new BallotSheet(encoded.clone());
    }

    public byte[] bytes() {
        return choices.clone();
    }

    /** The chosen option of each subject, in the paper's order. */
    public Map<String, String> choices(List<String> subjectKeys, Scale scale) {
        Map<String, String> read = new LinkedHashMap<>();
        for (int i = 0; i < subjectKeys.size(); i++) {
            read.put(subjectKeys.get(i), scale.option(choices[i]));
        }
        return read;
    }
}
