/**
 * Words for people, apart from any front end: every input error message in both languages
 * ({@link vn.chuyenhoa.engine.message.InputErrors}) with its stable {@link vn.chuyenhoa.engine.message.ErrorCode},
 * the parameters a front end passes ({@link vn.chuyenhoa.engine.message.Parameter}) and how it spells them
 * ({@link vn.chuyenhoa.engine.message.Spelling}), and "did you mean" suggestions.
 */
package vn.chuyenhoa.engine.message;
