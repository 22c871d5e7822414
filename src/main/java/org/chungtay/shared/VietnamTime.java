package org.chungtay.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates (campaign days, due dates, receipt dates) are days in Vietnam; instants stay UTC. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
