/**
 * The screen 批量导入 ({@code import.xhtml}: upload, preview, import with progress) and the roster downloads in the
 * import format.
 */
package org.jiannuo.interfaces.web.importing;
