/**
 * The report delivery batch: the schedule that fires it, the worker that takes runs up and works them a chunk at a
 * time, and the rendering of each recipient's document on behalf of the recipient's post.
 */
package org.jiannuo.interfaces.delivery;
