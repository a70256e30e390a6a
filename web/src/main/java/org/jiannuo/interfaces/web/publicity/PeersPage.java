package org.jiannuo.interfaces.web.publicity;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.YearMonth;
import org.jiannuo.application.publicity.BoardAddress;
import org.jiannuo.application.publicity.BoardAddresses;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.application.publicity.PublicBoard;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 本支部公示: what the caller's own branch has published (its members' commitments, grades and year-end results,
 * as its public board shows them) and, during a grade's or result's publicity period, an objection in the
 * member's name.
 * Only the caller's own unit: the screen takes no unit from the address.
 */
@Named
@ViewScoped
public class PeersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BoardAddresses addresses;

    @EJB
    PublicBoard board;

    @EJB
    Objections objections;

    private BoardAddress address;
    private String month;
    private int page;
    private String objectedGrade;
    private String objectionText;
    private transient UnitBoard view;

    public void load() {
        address = addresses.mine();
    }

    public UnitBoard getView() {
        if (view == null && address != null && address.unitKey() != null) {
            view = PageActions.call(() -> board.unit(address.tenantKey(), address.unitKey(), null, monthOf(month), page));
        }
        return view;
    }

    public void showMonth(String chosen) {
        month = chosen;
        page = 0;
        view = null;
    }

    public void turnPage(int delta) {
        page = Math.max(0, page + delta);
        view = null;
    }

    /** The objection form for a grade or a year-end result: the key says which. */
    public void objectTo(String targetKey) {
        objectedGrade = targetKey;
        objectionText = null;
    }

    public void lodge() {
        if (PageActions.run(() -> objections.lodge(objectedGrade, objectionText, senderAddress()), "peers.objectionLodged")) {
            objectedGrade = null;
            objectionText = null;
            view = null;
        }
    }

    private static String senderAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public void cancel() {
        objectedGrade = null;
    }

    private static YearMonth monthOf(String text) {
        return text == null ? null : YearMonth.parse(text);
    }

    public BoardAddress getAddress() {
        return address;
    }

    public String getObjectedGrade() {
        return objectedGrade;
    }

    public String getObjectionText() {
        return objectionText;
    }

    public void setObjectionText(String objectionText) {
        this.objectionText = objectionText;
    }
}
