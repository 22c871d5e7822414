package org.chungtay.children;

import java.util.Locale;

/**
 * Why a child is in the register: the groups of children in special circumstances of Article 10 of the Law on
 * Children 2016 (Luật Trẻ em số 102/2016/QH13), and OTHER for a child the fund helps outside them.
 */
public enum CircumstanceCategory {
    /** Mồ côi cả cha và mẹ. */
    ORPHANED,
    /** Bị bỏ rơi. */
    ABANDONED,
    /** Không nơi nương tựa. */
    WITHOUT_CARE,
    /** Khuyết tật. */
    DISABLED,
    /** Nhiễm HIV/AIDS. */
    HIV_AIDS,
    /** Vi phạm pháp luật. */
    IN_CONFLICT_WITH_LAW,
    /** Nghiện ma túy. */
    DRUG_DEPENDENT,
    /** Phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở. */
    LEFT_SCHOOL_TO_WORK,
    /** Bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực. */
    HARMED_BY_VIOLENCE,
    /** Bị bóc lột. */
    EXPLOITED,
    /** Bị xâm hại tình dục. */
    SEXUALLY_ABUSED,
    /** Bị mua bán. */
    TRAFFICKED,
    /** Mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo. */
    SERIOUSLY_ILL_POOR_HOUSEHOLD,
    /** Di cư, lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc. */
    MIGRANT_UNACCOMPANIED,
    OTHER;

    public String labelKey() {
        return "children.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
