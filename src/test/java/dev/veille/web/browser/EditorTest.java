package dev.veille.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where every browser test starts: the run's one Chromium ({@link BrowserExtension}) and, for each test, a fresh
 * Veille on a temporary database with its editor open ({@link VeilleEditor}). A subclass's own
 * {@code @AfterEach} runs before the editor closes.
 */
abstract class EditorTest {

    @RegisterExtension
    static final BrowserExtension CHROMIUM = new BrowserExtension();

    protected VeilleEditor editor;
    protected Browser browser;

    @BeforeEach
    final void openEditor() {
        editor = VeilleEditor.start(CHROMIUM.browser());
        browser = editor.browser;
    }

    @AfterEach
    final void closeEditor() {
        editor.close();
    }
}
