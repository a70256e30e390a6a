package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Attendance;
import org.jiannuo.domain.model.appraisal.Grading;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.Remark;
import org.jiannuo.domain.model.appraisal.RemarkKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * The star-pioneer evaluation tables: annex 1 for a branch's monthly meeting (members, then staff),
 * annex 2 for a superior's secretaries' meeting (its branches and their secretaries).
 */
@Stateless
@TenantScoped
public class EvaluationTables {

    @Inject
    Authorization authorization;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    @Inject
    BallotCount ballotCount;

    public EvaluationTable of(long meetingId) {
        AccessScope scope = authorization.currentScope();
        Meeting meeting = access.inReadableUnit(meetingId, scope);
        BallotResults results = ballotCount.of(meeting);
        List<Attendance> roster = appraisal.attendance(meeting);
        Map<Long, Attendance> byPerson = roster.stream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), Function.identity()));
        Map<String, Grading> grades = appraisal.gradings(meeting).stream()
                .collect(Collectors.toMap(Grading::getSubjectKey, Function.identity()));
        Map<String, Remark> remarks = appraisal.remarks(meeting).stream()
                .filter(r -> r.getKind() != RemarkKind.ON_SECRETARY)
                .collect(Collectors.toMap(Remark::getSubjectKey, Function.identity()));
        Map<String, SubjectResult> bySubject = results.subjects().stream()
                .collect(Collectors.toMap(SubjectResult::key, Function.identity()));
        List<EvaluationLine> lines = appraisal.tallies(meeting).stream().map(tally -> {
            SubjectResult result = bySubject.get(tally.getSubjectKey());
            Grading grading = grades.get(tally.getSubjectKey());
            Remark remark = remarks.get(tally.getSubjectKey());
            Person narrator = tally.getSubjectPerson() != null ? tally.getSubjectPerson()
                    : secretaryOf(tally.getSubjectUnit());
            Attendance attendance = narrator == null ? null : byPerson.get(narrator.getId());
            return new EvaluationLine(tally.getSubjectName(),
                    tally.getSubjectPerson() == null ? null : tally.getSubjectPerson().getPartyStatus(),
                    tally.getSubjectUnit() == null || narrator == null ? null : narrator.getName(),
                    attendance == null ? null : attendance.getPresence(),
                    attendance == null ? null : attendance.getNarrationMode(), result.tally(),
                    grading == null ? null : grading.getGrade(), remark == null ? null : remark.summary());
        }).toList();
        return new EvaluationTable(meetingId, meeting.getUnit().getName(), meeting.getKind(), meeting.period(),
                meeting.getHeldOn(), roster.size(), results.present(), results.electronicBallots(),
                results.paperBallots(), results.minimum(), results.shown(), currentRules.get().getPioneerPercent(),
                meeting.isPublished(), lines);
    }

    private static Person secretaryOf(OrgUnit unit) {
        return unit == null ? null : unit.getSecretary();
    }
}
