package dev.veille.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseVersionTest {

    @ParameterizedTest(name = "''{0}'' -> {1}, prerelease={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # finals: a bare tag, a product name before it, a project-name prefix
            v3.0.0                                                     | 3.0.0                   | false
            Helm v3.0.0                                                | 3.0.0                   | false
            telegraf-1.12.0                                            | 1.12.0                  | false
            v2.1.0                                                     | 2.1.0                   | false
            Release 2.1.0                                              | 2.1.0                   | false
            traefik v2.0.2                                             | 2.0.2                   | false
            Grafana 6.4.3                                              | 6.4.3                   | false
            go1.21.0                                                   | 1.21.0                  | false
            V1.2.3                                                     | 1.2.3                   | false
            # build metadata is not a prerelease
            v10.0.0+security-01                                        | 10.0.0+security-01      | false
            # semver prereleases
            v1.12.0-rc.1                                               | 1.12.0-rc.1             | true
            v2.0.0-beta.2                                              | 2.0.0-beta.2            | true
            7.0.0-alpha                                                | 7.0.0-alpha             | true
            1.0.0-alpha.2                                              | 1.0.0-alpha.2           | true
            v6.4.0-beta1                                               | 6.4.0-beta1             | true
            v3.0.0-preview.1                                           | 3.0.0-preview.1         | true
            v1.0.0-pre                                                 | 1.0.0-pre               | true
            v1.0.0-rc95                                                | 1.0.0-rc95              | true
            v1.0.0-rc.1+build.5                                        | 1.0.0-rc.1+build.5      | true
            v8.0.0-preview.7.23375.6                                   | 8.0.0-preview.7.23375.6 | true
            v1.2.0-release-candidate                                   | 1.2.0-release-candidate | true
            # a hyphen qualifier that names the final release
            v4.0.0-GA                                                  | 4.0.0-GA                | false
            2.3.1-final                                                | 2.3.1-final             | false
            # Maven-style dotted qualifiers
            6.0.0.CR1                                                  | 6.0.0.CR1               | true
            5.0.0.M1                                                   | 5.0.0.M1                | true
            Hibernate ORM 6.2.0.Beta2                                  | 6.2.0.Beta2             | true
            5.4.2.Final                                                | 5.4.2.Final             | false
            5.0.0.RELEASE                                              | 5.0.0.RELEASE           | false
            # PEP 440 glued qualifiers
            1.0.0rc1                                                   | 1.0.0rc1                | true
            2.0b3                                                      | 2.0b3                   | true
            3.13.0a4                                                   | 3.13.0a4                | true
            # a qualifier written as a separate word
            2.1.0 RC 2                                                 | 2.1.0-rc.2              | true
            2.1.0 RC1                                                  | 2.1.0-rc.1              | true
            3.0 (Beta 2)                                               | 3.0-beta.2              | true
            Grafana 6.4 beta release                                   | 6.4-beta                | true
            Telegraf 1.12.0 Release Candidate 1                        | 1.12.0-rc.1             | true
            v3.0.0 beta - new UI                                       | 3.0.0-beta              | true
            # ...but not a word that starts a phrase about the release
            v2.1.0 Beta support for ARM                                | 2.1.0                   | false
            v2.1.0 Betamax                                             | 2.1.0                   | false
            # prerelease markers without a qualifier, or without a version
            nightly                                                    | ""                      | true
            Nightly build 2024-01-02                                   | ""                      | true
            Pre-release: v3.1.0                                        | 3.1.0                   | true
            Canary 2024.05.01                                          | 2024.05.01              | true
            # the first version wins; major.minor is the least that counts
            Release v1.7.0 - Rebrand to Helios Launcher, Various Fixes. | 1.7.0                  | false
            Release v1.4.1 - Important Fix for Latest 1.12.2 Forge     | 1.4.1                   | false
            Release v1.4.0 - Added Shader Settings + Electron v4       | 1.4.0                   | false
            v1.13 [2019-12-12]                                         | 1.13                    | false
            Released 2.1.0. Release notes follow                       | 2.1.0                   | false
            Electron v4                                                | ""                      | false
            The "Do Nothing" Release                                   | ""                      | false
            ""                                                         | ""                      | false
            """)
    void readsVersionAndPrereleaseFromTheTitle(String title, String version, boolean prerelease) {
        assertEquals(new ReleaseVersion(version.isEmpty() ? null : version, prerelease),
                ReleaseVersion.parse(title, null));
    }

    @ParameterizedTest(name = "''{0}'' at {1} -> {2}, prerelease={3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # no version in the title: the tag gives it
            The "Do Nothing" Release | https://github.com/skyzyx/signer/releases/tag/1.0.3              | 1.0.3              | false
            Fixing the stupid        | /skyzyx/signer/releases/tag/1.0.1                                | 1.0.1              | false
            Big Bang                 | https://github.com/skyzyx/signer/releases/tag/1.0                | 1.0                | false
            Big release              | https://github.com/o/r/releases/tag/v2.0.0-beta.1                | 2.0.0-beta.1       | true
            Security fix             | https://github.com/o/r/releases/tag/v10.0.0%2Bsecurity-01        | 10.0.0+security-01 | false
            Weekly build             | https://github.com/o/r/releases/tag/nightly-2024-01-02           | ""                 | true
                                     | https://github.com/o/r/releases/tag/v1.2.3                       | 1.2.3              | false
            # the title's version wins over the tag's
            v1.0.0                   | https://github.com/Shopify/Timber/releases/tag/v1.0              | 1.0.0              | false
            Release v1.7.0 - Rebrand | https://github.com/dscalzi/HeliosLauncher/releases/tag/v1.7.0    | 1.7.0              | false
            # either place can flag a prerelease
            v3.0.0                   | https://github.com/o/r/releases/tag/v3.0.0-rc.1                  | 3.0.0              | true
            v3.0.0-rc.1              | https://github.com/o/r/releases/tag/v3.0.0                       | 3.0.0-rc.1         | true
            # not a tag URL: nothing to fall back on
            Some title               | https://github.com/o/r/commit/abc123                             | ""                 | false
            Some title               | https://github.com/o/r/releases/tag/                             | ""                 | false
            """)
    void fallsBackToTheTagInTheReleaseUrl(String title, String url, String version, boolean prerelease) {
        assertEquals(new ReleaseVersion(version.isEmpty() ? null : version, prerelease),
                ReleaseVersion.parse(title, url));
    }
}
