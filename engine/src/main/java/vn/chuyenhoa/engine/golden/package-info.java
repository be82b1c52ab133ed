/** Golden cases stored as data beside each rule set, run by {@code test}, {@code check} and the build. */
package vn.chuyenhoa.engine.golden;
