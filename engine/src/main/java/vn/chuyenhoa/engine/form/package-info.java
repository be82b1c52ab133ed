/** Forms for people filling in facts: templates, the JSON Schema generated from a manifest, and {@code validate}. */
package vn.chuyenhoa.engine.form;
