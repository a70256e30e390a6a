package org.jiannuo.it.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of the security review (issue 17), every finding at least once, tried over real HTTP against the
 * deployed application. Prints each attack with what the application answered, then how many were tried and how
 * many succeeded, which must be none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdversarialIT {

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void noAttackSucceeds() throws Exception {
        Target target = new Target(deploymentUrl.toURI());
        List<Attack> attacks = new ArrayList<>();
        attacks.addAll(new FileAttacks(target).attacks());
        attacks.addAll(new LoginAttacks(target).attacks());
        attacks.addAll(new RecordAttacks(target).attacks());
        attacks.addAll(new SessionAttacks(target).attacks());
        attacks.addAll(new ProblemAttacks(target).attacks());
        attacks.sort((a, b) -> Integer.compare(a.finding(), b.finding()));

        StringBuilder table = new StringBuilder(String.format("%nADVERSARIAL %-3s %-9s %-95s %s%n", "#", "result",
                "attack", "what the application answered"));
        List<String> succeeded = new ArrayList<>();
        for (Attack attack : attacks) {
            Attack.Outcome outcome = attack.tryIt();
            if (outcome.succeeded()) {
                succeeded.add(attack.finding() + ": " + attack.name());
            }
            table.append(String.format("ADVERSARIAL %-3d %-9s %-95s %s%n", attack.finding(),
                    outcome.succeeded() ? "SUCCEEDED" : "refused", attack.name(), oneLine(outcome.evidence())));
        }
        table.append(String.format("ADVERSARIAL attacks tried: %d, succeeded: %d%n", attacks.size(), succeeded.size()));
        System.out.println(table);

        assertEquals(List.of(), succeeded, "attacks that got through");
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
