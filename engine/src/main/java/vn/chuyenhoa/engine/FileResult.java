package vn.chuyenhoa.engine;

/**
 * What evaluating one facts file gave: its {@link Verdict}, or the {@link FileError} that kept it from being
 * evaluated. A batch (several files on a command line, a batch over HTTP) keeps one per input, in order, so that
 * one bad input never loses the others' results.
 */
public sealed interface FileResult permits Verdict, FileError {}
