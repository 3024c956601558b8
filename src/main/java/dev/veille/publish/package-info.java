/**
 * Publishing a month's digest as a Markdown post for Hugo or Jekyll, and reading such a post back. Pure: no
 * I/O, no database, no clock.
 *
 * <ul>
 *   <li>{@link dev.veille.publish.MarkdownWriter} writes a {@link dev.veille.model.Digest} byte-exactly;
 *       {@link dev.veille.publish.DigestMarkdownReader} reads it back into an
 *       {@link dev.veille.publish.ImportedDigest}, tolerating the usual hand-written variations.</li>
 *   <li>{@link dev.veille.publish.DigestTitle}, {@link dev.veille.publish.DigestDate},
 *       {@link dev.veille.publish.DerivedTags} and {@link dev.veille.publish.FrenchMonths} give a new digest
 *       its defaults; {@link dev.veille.publish.ReleaseRollup} suggests folding a source's releases.</li>
 * </ul>
 *
 * <h2>The decisions the format needed</h2>
 * <ul>
 *   <li><b>Multi-line commentary</b>: its first line follows {@code " : "} on the bullet line; every further
 *       line is indented by two spaces (the item's content column); a blank line inside it is written as an
 *       empty line and the text after it stays indented, so CommonMark keeps it in the same list item (the list
 *       then renders as a loose list, each item's text in a paragraph). Lists and fenced code inside a
 *       commentary work the same way. The credit {@code (via [title](url))} ends the commentary's last line, or
 *       comes on a line of its own when that line is code ({@link dev.veille.publish.CreditPlacement}).</li>
 *   <li><b>Outro</b>: after sections, the outro is the text from the first top-level line after the last link
 *       bullet that is not part of a bullet (indented lines and lazy continuation lines are), to the end of the
 *       post. After the tip, only the tip's last block, when it is a plain paragraph one blank line after
 *       another block, is the outro. A post with neither sections nor tip is all intro.</li>
 *   <li><b>What the format cannot tell apart</b>, and so reads one way whatever was written (the post written
 *       again is always the same): a tip body and an outro (see above); a URL holding {@code %20 %28 %29},
 *       which comes back decoded; a credit without a URL after a commentary, which comes back as commentary
 *       text. A {@code ##} heading or an unclosed code fence inside the intro, the tip or the outro cuts or
 *       swallows the post's structure, as it would on the published page; an outro that starts with a list item
 *       is read as bullets.</li>
 *   <li><b>Nothing silently dropped</b>: a bullet without a link, text between bullets and unknown front matter
 *       keys are not imported but listed, with their line and text, in
 *       {@link dev.veille.publish.ImportedDigest#warnings()}.</li>
 * </ul>
 */
package dev.veille.publish;
