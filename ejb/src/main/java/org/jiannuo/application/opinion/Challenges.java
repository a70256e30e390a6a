package org.jiannuo.application.opinion;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.domain.model.opinion.ProofOfWork;

/**
 * The deployment's proof-of-work challenge: how much work ({@code jiannuo.opinions.challenge-max-number}, half
 * of it on average: about a second on a phone) and for how long a challenge holds
 * ({@code jiannuo.opinions.challenge-minutes}). Handing one out costs one hash and stores nothing.
 */
@ApplicationScoped
public class Challenges {

    @Inject
    @ConfigProperty(name = "jiannuo.opinions.challenge-max-number", defaultValue = "20000")
    long maxNumber;

    @Inject
    @ConfigProperty(name = "jiannuo.opinions.challenge-minutes", defaultValue = "10")
    int minutes;

    @Inject
    OpinionKeys keys;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();
    private ProofOfWork proofOfWork;

    @PostConstruct
    void configure() {
        proofOfWork = new ProofOfWork(keys::challengeSignature, maxNumber, Duration.ofMinutes(minutes));
    }

    public ProofOfWork.Challenge issue() {
        return proofOfWork.issue(clock.instant(), random);
    }

    /** Checks a solution's form, work, signature and time; its single use is the caller's to record. */
    public ProofOfWork.Solved verify(String solution) {
        return proofOfWork.verify(solution, clock.instant());
    }
}
