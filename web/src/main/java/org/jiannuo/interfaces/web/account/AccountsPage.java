package org.jiannuo.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiannuo.application.account.AccountAdministration;
import org.jiannuo.application.account.AccountRow;
import org.jiannuo.application.account.AccountState;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.domain.model.account.UsernameScheme;
import org.jiannuo.interfaces.account.AccountIssueJob;
import org.jiannuo.interfaces.account.AccountIssuing;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 账号管理: the people below the caller with their accounts; issue accounts to a selection or to everyone
 * without one (in the background, with a progress bar and the login slips at the end), reset a password
 * (its login slip is downloaded at once), disable and enable.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AccountAdministration administration;

    @Inject
    private transient AccountIssuing issuing;

    private AccountsLazyModel accounts;
    private List<AccountRow> selection = new ArrayList<>();
    private String jobId;
    private UsernameScheme usernameScheme;

    @PostConstruct
    void load() {
        accounts = new AccountsLazyModel(administration);
        usernameScheme = administration.usernameScheme();
    }

    public void issueToSelection() {
        List<Long> people = selection.stream().filter(row -> row.state() == AccountState.NONE)
                .map(AccountRow::personId).toList();
        if (people.isEmpty()) {
            Messages.error("accounts.selectPeopleWithout");
            return;
        }
        start(new IssueScope(people, null));
    }

    public void issueToEveryone() {
        start(IssueScope.everyoneWithoutAccount());
    }

    private void start(IssueScope scope) {
        PageActions.run(() -> jobId = issuing.start(scope, locale()).id());
    }

    /** Called by the progress bar once it reaches 100. */
    public void finish() {
        AccountIssueJob job = getJob();
        if (job == null) {
            return;
        }
        selection = new ArrayList<>();
        if (job.phase() == AccountIssueJob.Phase.FAILED) {
            Messages.error("accounts.issueFailed");
        } else {
            Messages.info("accounts.issued", job.issued(), job.mailed());
        }
    }

    public StreamedContent getSlips() {
        AccountIssueJob job = getJob();
        if (job == null || job.slips() == null) {
            return null;
        }
        return DefaultStreamedContent.builder().name("login-slips.pdf").contentType("application/pdf")
                .stream(() -> {
                    try {
                        return Files.newInputStream(job.slips());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** A new one-time password; the slip downloads at once. */
    public StreamedContent reset(AccountRow row) {
        IssuedAccount reset = PageActions.call(() -> administration.reset(row.accountId()));
        if (reset == null) {
            return null;
        }
        Locale locale = locale();
        return DefaultStreamedContent.builder().name("login-slip-" + reset.username() + ".pdf")
                .contentType("application/pdf").writer(out -> issuing.writeSlip(reset, locale, out)).build();
    }

    public void disable(AccountRow row) {
        PageActions.run(() -> administration.disable(row.accountId()), "accounts.disabled", row.name());
    }

    public void enable(AccountRow row) {
        PageActions.run(() -> administration.enable(row.accountId()), "accounts.enabled", row.name());
    }

    public void saveUsernameScheme() {
        PageActions.run(() -> administration.chooseUsernameScheme(usernameScheme), "accounts.schemeSaved");
    }

    public AccountIssueJob getJob() {
        return jobId == null ? null : issuing.job(jobId).orElse(null);
    }

    public String getJobSummary() {
        AccountIssueJob job = getJob();
        return job == null ? "" : Messages.text("accounts.job", job.candidates(), job.issued(), job.mailed());
    }

    public int getProgress() {
        AccountIssueJob job = getJob();
        return job == null ? 0 : job.percent();
    }

    public AccountsLazyModel getAccounts() {
        return accounts;
    }

    public List<AccountRow> getSelection() {
        return selection;
    }

    public void setSelection(List<AccountRow> selection) {
        this.selection = selection;
    }

    public UsernameScheme getUsernameScheme() {
        return usernameScheme;
    }

    public void setUsernameScheme(UsernameScheme usernameScheme) {
        this.usernameScheme = usernameScheme;
    }

    public UsernameScheme[] getUsernameSchemes() {
        return UsernameScheme.values();
    }

    public AccountState[] getStates() {
        return AccountState.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
