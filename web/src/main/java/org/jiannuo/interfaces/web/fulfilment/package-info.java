/**
 * The screens 践诺 ({@code fulfilment.xhtml}: an item's records, checks, reports and rectifications), 践诺台账
 * ({@code ledger.xhtml}) and 完成情况 ({@code progress.xhtml}).
 */
package org.jiannuo.interfaces.web.fulfilment;
