package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.stars.StarRulesBook;
import org.jiannuo.domain.model.person.VillageCategory;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.stars.StarQuota;
import org.jiannuo.domain.model.stars.StarSettings;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 创星规则, the department's page: each category's star cap, each aspect's most stars and standard, and 1+2. */
@Named
@ViewScoped
public class StarRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarRulesBook rules;

    /** A category's cap as the form edits it. */
    public static final class CapRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final VillageCategory category;
        private int cap;

        CapRow(VillageCategory category, int cap) {
            this.category = category;
            this.cap = cap;
        }

        public VillageCategory getCategory() {
            return category;
        }

        public int getCap() {
            return cap;
        }

        public void setCap(int cap) {
            this.cap = cap;
        }
    }

    /** An aspect's most stars and standard as the form edits them. */
    public static final class AspectRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final StarAspect aspect;
        private int most;
        private String standard;

        AspectRow(StarAspect aspect, int most, String standard) {
            this.aspect = aspect;
            this.most = most;
            this.standard = standard;
        }

        public StarAspect getAspect() {
            return aspect;
        }

        public int getMost() {
            return most;
        }

        public void setMost(int most) {
            this.most = most;
        }

        public String getStandard() {
            return standard;
        }

        public void setStandard(String standard) {
            this.standard = standard;
        }
    }

    /** One year-end quota as edited: of the members under the cap, at most the percent at the threshold or more. */
    public static final class QuotaRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private int cap;
        private int threshold;
        private int percent;

        QuotaRow(StarQuota quota) {
            this.cap = quota.cap();
            this.threshold = quota.threshold();
            this.percent = quota.percent();
        }

        StarQuota quota() {
            return new StarQuota(cap, threshold, percent);
        }

        public int getCap() {
            return cap;
        }

        public void setCap(int cap) {
            this.cap = cap;
        }

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }

        public int getPercent() {
            return percent;
        }

        public void setPercent(int percent) {
            this.percent = percent;
        }
    }

    private List<CapRow> caps = List.of();
    private List<QuotaRow> quotas = List.of();
    private List<AspectRow> aspects = List.of();
    private int liaisonLeast;
    private int liaisonMost;

    public void load() {
        show(rules.get());
    }

    private void show(StarSettings settings) {
        caps = new ArrayList<>(settings.caps().stream().map(c -> new CapRow(c.category(), c.cap())).toList());
        aspects = new ArrayList<>(settings.aspects().stream()
                .map(a -> new AspectRow(a.aspect(), a.most(), a.standard())).toList());
        liaisonLeast = settings.liaisonLeast();
        liaisonMost = settings.liaisonMost();
        quotas = new ArrayList<>(settings.quotas().stream().map(QuotaRow::new).toList());
    }

    public void save() {
        StarSettings settings = new StarSettings(
                caps.stream().map(c -> new StarSettings.CategoryCap(c.getCategory(), c.getCap())).toList(),
                aspects.stream().map(a -> new StarSettings.AspectRule(a.getAspect(), a.getMost(), a.getStandard()))
                        .toList(), liaisonLeast, liaisonMost, quotas.stream().map(QuotaRow::quota).toList());
        StarSettings saved = PageActions.call(() -> rules.change(settings));
        if (saved != null) {
            show(saved);
            Messages.info("stars.rules.saved");
        }
    }

    public List<CapRow> getCaps() {
        return caps;
    }

    public List<QuotaRow> getQuotas() {
        return quotas;
    }

    public List<AspectRow> getAspects() {
        return aspects;
    }

    public int getLiaisonLeast() {
        return liaisonLeast;
    }

    public void setLiaisonLeast(int liaisonLeast) {
        this.liaisonLeast = liaisonLeast;
    }

    public int getLiaisonMost() {
        return liaisonMost;
    }

    public void setLiaisonMost(int liaisonMost) {
        this.liaisonMost = liaisonMost;
    }
}
