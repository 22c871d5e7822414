/**
 * A few value types and helpers that every feature uses: roles, the fund-unit scope of the signed-in
 * user, user-facing errors and the audit trail. Kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.chungtay.shared;
