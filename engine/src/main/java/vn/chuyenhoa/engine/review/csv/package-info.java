/** A review's areas read from CSV rows (one area per row, Excel's encodings and separators); internal to the review. */
package vn.chuyenhoa.engine.review.csv;
