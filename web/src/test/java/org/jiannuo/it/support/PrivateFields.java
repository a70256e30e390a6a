package org.jiannuo.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The private fields of every person of a tenant, as its department admin exports them: ID-card numbers, the birth
 * dates in them, phones and e-mails; none may appear in a public page or response.
 */
public final class PrivateFields {

    private PrivateFields() {
    }

    public static Set<String> of(HttpSession http, String admin, String password) throws Exception {
        HttpResponse<byte[]> csv = http.getBytes("api/v1/people/export?format=CSV", admin, password);
        assertEquals(200, csv.statusCode());
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int idCard = indexOf(header, "身份证号", "id_card_no");
        int phone = indexOf(header, "联系电话", "phone");
        int email = indexOf(header, "电子邮箱", "email");
        Set<String> secrets = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String card = clean(cells[idCard]);
            if (card.length() == 18) {
                secrets.add(card);
                secrets.add(card.substring(6, 10) + "-" + card.substring(10, 12) + "-" + card.substring(12, 14));
            }
            if (!clean(cells[phone]).isEmpty()) {
                secrets.add(clean(cells[phone]));
            }
            if (!clean(cells[email]).isEmpty()) {
                secrets.add(clean(cells[email]));
            }
        }
        return secrets;
    }

    private static int indexOf(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            for (String name : names) {
                if (clean(header.get(i)).equals(name)) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("No column " + names[0] + " in " + header);
    }

    private static String clean(String cell) {
        return cell.replace("\"", "").replaceFirst("^'", "").strip();
    }
}
