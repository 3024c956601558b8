package dev.veille.process;

import java.util.Optional;

/**
 * The version a GitHub release announces and whether it is a prerelease. {@code version} is null when neither
 * the title nor the tag holds one; {@code prerelease} can still be true then (a "nightly" release).
 */
public record ReleaseVersion(String version, boolean prerelease) {

    /**
     * Reads the release title first, since that is what the maintainer wrote ({@code Helm v3.0.0},
     * {@code Release v1.5.0 - Customize your Installation}), and falls back to the tag in the release URL
     * ({@code …/releases/tag/v3.0.0}) for titles such as {@code The "Do Nothing" Release}.
     *
     * <p>It is a prerelease when either the title or the tag says so: they rarely disagree, and when they do
     * the maintainer has flagged it in one of the two places.
     *
     * @param title      the release title as plain text; may be null
     * @param releaseUrl the release page URL; may be null or point elsewhere than a tag
     */
    public static ReleaseVersion parse(String title, String releaseUrl) {
        String tag = ReleaseTag.fromUrl(releaseUrl).orElse("");
        String titleText = title == null ? "" : title;
        Optional<ReleaseVersion> fromTitle = VersionFinder.find(titleText);
        Optional<ReleaseVersion> fromTag = VersionFinder.find(tag);
        String version = fromTitle.or(() -> fromTag).map(ReleaseVersion::version).orElse(null);
        boolean prerelease = fromTitle.map(ReleaseVersion::prerelease).orElse(false)
                || fromTag.map(ReleaseVersion::prerelease).orElse(false)
                || VersionFinder.hasPrereleaseMarker(titleText)
                || VersionFinder.hasPrereleaseMarker(tag);
        return new ReleaseVersion(version, prerelease);
    }

    public Optional<String> versionIfFound() {
        return Optional.ofNullable(version);
    }
}
