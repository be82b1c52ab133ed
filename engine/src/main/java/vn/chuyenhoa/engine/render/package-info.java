/**
 * Every output format of verdicts and reviews, used alike by the command line and the HTTP server: verdicts as
 * text and JSON ({@code chuyenhoa.verdict/v1}); reviews as text, JSON, CSV for Excel and a self-contained HTML page
 * with its bar charts. A renderer takes the reader's language and how their front end spells parameters.
 */
package vn.chuyenhoa.engine.render;
