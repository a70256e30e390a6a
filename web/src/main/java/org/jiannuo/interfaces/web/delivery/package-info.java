/** The screens of report delivery: the department's subscriptions and batch progress, and a recipient's inbox. */
package org.jiannuo.interfaces.web.delivery;
