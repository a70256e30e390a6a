/**
 * Keeping commitments: the owner's monthly records and reports
 * ({@link org.jiannuo.application.fulfilment.FulfilmentRecords}), the reviewer's checks, close-outs and rectifications
 * ({@link org.jiannuo.application.fulfilment.FulfilmentOversight}), what is due and the reminders, the ledger and the
 * completion rates (Criteria queries paged by the database), and the daily sweep with its reminder mail.
 * {@link org.jiannuo.application.fulfilment.Mailer} is the port the SMTP adapter implements.
 */
package org.jiannuo.application.fulfilment;
