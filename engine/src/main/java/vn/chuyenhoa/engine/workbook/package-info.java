/**
 * Excel workbooks (.xlsx), both ways: a review's areas read from a workbook a row per area ({@link WorkbookAreas},
 * the CSV's rules with the cells' own types), a review written as a workbook ({@link ReviewWorkbook}) and a plan's
 * template for a district to fill ({@link TemplateWorkbook}). Written with fastexcel and read with fastexcel-reader;
 * only this package touches them, so a command that does not open or write a workbook loads none of their classes.
 */
package vn.chuyenhoa.engine.workbook;
