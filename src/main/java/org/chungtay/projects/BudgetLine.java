package org.chungtay.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.chungtay.shared.Money;

/** One line of a project's budget; the ledger pays to it by its id (a disbursement target). */
@Entity
@Table(name = "project_budget_line")
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_vi", nullable = false, length = ProjectDraft.LABEL_LIMIT)
    private String labelVi;

    @Column(name = "label_en", length = ProjectDraft.LABEL_LIMIT)
    private String labelEn;

    @Column(nullable = false)
    private Money amount;

    protected BudgetLine() {
    }

    BudgetLine(int position, String labelVi, String labelEn, Money amount) {
        this.position = position;
        revise(position, labelVi, labelEn, amount);
    }

    void revise(int position, String labelVi, String labelEn, Money amount) {
        this.position = position;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.amount = amount;
    }

    Long id() {
        return id;
    }

    String labelVi() {
        return labelVi;
    }

    String labelEn() {
        return labelEn;
    }

    Money amount() {
        return amount;
    }

    @Override
    public String toString() {
        return labelVi + "=" + amount.amount();
    }
}
