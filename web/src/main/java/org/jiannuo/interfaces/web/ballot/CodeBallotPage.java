package org.jiannuo.interfaces.web.ballot;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.CodePaper;
import org.jiannuo.application.ballot.PaperLine;
import org.jiannuo.interfaces.web.PageActions;

/**
 * The public phone page for participation codes ({@code ballot.xhtml?t=tenant&o=occasion&code=…} from
 * the slip's QR code, or the code typed in): one choice for every subject, cast once. Nobody is logged
 * in; the choices live only until they are cast and are never logged.
 */
@Named
@ViewScoped
public class CodeBallotPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CodeBallots codeBallots;

    private String tenant;
    private Long occasion;
    private String code;
    private CodePaper paper;
    private List<VoteLine> lines = List.of();
    private boolean thanked;

    public void load() {
        if (tenant != null && !tenant.isBlank() && code != null && !code.isBlank()) {
            open();
        }
    }

    /** Opens the paper the code belongs to. */
    public void open() {
        paper = null;
        lines = List.of();
        PageActions.run(() -> {
            paper = codeBallots.paper(tenant, occasion, code);
            occasion = paper.occasionId();
            lines = paper.subjects().stream().map(VoteLine::new).toList();
        });
    }

    public void cast() {
        Map<String, String> choices = new HashMap<>();
        lines.forEach(line -> choices.put(line.getSubject().key(), line.getChoice()));
        try {
            if (PageActions.run(() -> codeBallots.cast(tenant, occasion, code, choices))) {
                thanked = true;
                lines = List.of();
                code = null;
            }
        } finally {
            choices.clear();
        }
    }

    public CodePaper getPaper() {
        return paper;
    }

    public List<VoteLine> getLines() {
        return lines;
    }

    public boolean isVoting() {
        return !lines.isEmpty();
    }

    public boolean isThanked() {
        return thanked;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public Long getOccasion() {
        return occasion;
    }

    public void setOccasion(Long occasion) {
        this.occasion = occasion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** One subject of the paper with the holder's choice (an option of the occasion's scale). */
    public static class VoteLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PaperLine subject;
        private String choice;

        public VoteLine(PaperLine subject) {
            this.subject = subject;
        }

        public PaperLine getSubject() {
            return subject;
        }

        public String getChoice() {
            return choice;
        }

        public void setChoice(String choice) {
            this.choice = choice;
        }
    }
}
