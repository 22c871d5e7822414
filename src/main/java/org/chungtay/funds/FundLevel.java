package org.chungtay.funds;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A level of the fund tree, by depth: 1 is the root (a province), and each deeper level is the
 * parent's children. Since July 2025 most provinces have two levels (province, commune); others
 * still have a district level in between. The names are what the fund calls each level.
 */
@Entity
@Table(name = "fund_level")
public class FundLevel {

    @Id
    private int depth;

    @Column(name = "name_vi", nullable = false, length = 100)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected FundLevel() {
    }

    FundLevel(int depth, String nameVi, String nameEn) {
        this.depth = depth;
        rename(nameVi, nameEn);
    }

    void rename(String vietnamese, String english) {
        this.nameVi = vietnamese.strip();
        this.nameEn = english.strip();
    }

    public int depth() {
        return depth;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
