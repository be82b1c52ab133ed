/**
 * What a rule set declares, and reading it: the manifest's records ({@link vn.chuyenhoa.engine.manifest.PlanManifest},
 * criteria, sources, review targets), the fact catalog, {@link vn.chuyenhoa.engine.manifest.Manifests} (reading and
 * checking them), {@code plans.index}. {@code ManifestTree}, {@code PlansIndex} and {@code PrecompiledManifests}
 * (a step of the rules build) are internal.
 */
package vn.chuyenhoa.engine.manifest;
