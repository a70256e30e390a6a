package org.jiannuo.it.adversarial;

import static org.jiannuo.it.adversarial.Attack.Outcome.refusedIf;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jiannuo.it.support.HttpSession;

/** Bad parameters and bodies, to make an error tell how the server is built (12). */
final class ProblemAttacks {

    /** What raw exception text looks like: class names, packages, stack frames. */
    private static final Pattern RAW = Pattern.compile("Exception|java\\.|jakarta\\.|org\\.jiannuo|org\\.glassfish"
            + "|\\bat [a-z]+\\.[a-zA-Z.$]+\\(");

    private final Target target;

    ProblemAttacks(Target target) {
        this.target = target;
    }

    List<Attack> attacks() {
        return List.of(
                leak("GET", "api/v1/people?status=NO_SUCH_STATUS", null),
                leak("GET", "api/v1/people?size=many", null),
                leak("GET", "api/v1/people/not-a-number", null),
                leak("GET", "api/v1/people/export?format=EXE", null),
                leak("GET", "api/v1/ledger?year=last", null),
                leak("PUT", "api/v1/people/1", "{\"version\":"),
                leak("POST", "api/v1/meetings", "{\"kind\":\"NO_SUCH_KIND\",\"period\":\"2026-13\"}"),
                new Attack(12, "raw exception text from POST api/v1/imports/no-such-kind", () -> judge(target.client()
                        .postFile("api/v1/imports/no-such-kind", Target.ADMIN, Target.DEMO_PASSWORD,
                                "unit_path,type\r\n".getBytes(StandardCharsets.UTF_8), "zh-CN"))));
    }

    private Attack leak(String method, String path, String body) {
        return new Attack(12, "raw exception text from " + method + " " + path, () -> {
            HttpSession http = target.client();
            return judge(http.api(method, path, Target.ADMIN, Target.DEMO_PASSWORD, body, null));
        });
    }

    /** The contract is about the text: a refusal (or a failure) says nothing of the code behind it. */
    private static Attack.Outcome judge(HttpResponse<String> answer) {
        return refusedIf(!RAW.matcher(answer.body()).find(), Target.brief(answer));
    }
}
