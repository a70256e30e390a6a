package org.jiannuo.domain.model.stars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * A household of the village (农户) that members keep in touch with under 1+2. Its head, address and phone are
 * private: the village branch's keepers and the members in touch with it read them, nobody on the public board.
 */
@Entity
@Table(name = "village_household")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = OrgUnit.TENANT_PROPERTY, length = 40)
public class Household {

    static final int LONGEST_HEAD = 60;
    static final int LONGEST_ADDRESS = 200;
    /** A mobile or a landline with its area code, as a village phone is written. */
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    @Id
    @SequenceGenerator(name = "village_household_seq", sequenceName = "village_household_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "village_household_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(nullable = false)
    private String head;

    @Column(nullable = false)
    private String address;

    @Column
    private String phone;

    @Version
    private long version;

    protected Household() {
    }

    public Household(OrgUnit village, String head, String address, String phone) {
        this.unit = village;
        describe(head, address, phone);
    }

    public void describe(String headText, String addressText, String phoneText) {
        String newHead = headText == null ? "" : headText.strip();
        String newAddress = addressText == null ? "" : addressText.strip();
        String newPhone = phoneText == null || phoneText.isBlank() ? null : phoneText.strip();
        if (newHead.isEmpty() || newHead.length() > LONGEST_HEAD) {
            throw new RuleViolation("stars.householdHead", LONGEST_HEAD);
        }
        if (newAddress.isEmpty() || newAddress.length() > LONGEST_ADDRESS) {
            throw new RuleViolation("stars.householdAddress", LONGEST_ADDRESS);
        }
        if (newPhone != null && !PHONE.matcher(newPhone).matches()) {
            throw new RuleViolation("stars.householdPhone", newPhone);
        }
        head = newHead;
        address = newAddress;
        phone = newPhone;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("head", head);
        state.put("address", address);
        state.put("phone", phone);
        return state;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getHead() {
        return head;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone == null ? "" : phone;
    }

    public long getVersion() {
        return version;
    }
}
