/**
 * Rule sets as files, for their authors: a version's folder, drafts given with {@code --rules}, the release lock
 * ({@code plans.lock}) and the changelog, the repository's source tree that {@code lock} writes.
 */
package vn.chuyenhoa.engine.authoring;
